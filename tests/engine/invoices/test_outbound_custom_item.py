"""The "Custom line item" QuickBooks item across runs, over both sandboxes: made once by the
first run that needs it and reused by later runs (one lookup a run, never one per invoice),
or found by name when someone made it by hand in QuickBooks (never a second one)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from qbsync_desktop.core.sync.invoices import outbound
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import Calls, links_of
from tests.engine.invoices.outbound_support import (
    case_numbers,
    custom_line_items,
    hubspot_by_number,
    income_account,
    invoice_links,
    new_hubspot_invoice,
    qbo_invoices,
    run,
    state_of,
    switch_on,
)

UNLINKED_LINE = {"name": "Workshop on site", "quantity": "2", "price": "150.00"}


def _contact_of_open_invoice(synced: Synced) -> str:
    (number,) = case_numbers("open")
    (contact,) = links_of(synced, hubspot_by_number(synced)[number].id, "contacts")
    return contact


def _items_used(synced: Synced, qbo_id: str) -> set[str]:
    (invoice,) = [q for q in qbo_invoices(synced) if q["Id"] == qbo_id]
    return {
        ln["SalesItemLineDetail"]["ItemRef"]["value"]
        for ln in invoice["Line"]
        if ln.get("DetailType") == "SalesItemLineDetail"
    }


class _QueryCalls(Calls):
    """Calls, plus the text of each QuickBooks query sent."""

    def __init__(self, synced: Synced) -> None:
        super().__init__(synced)
        self.queries: list[str] = []

    async def hook(self, request: Any) -> None:
        await super().hook(request)
        if request.url.path.endswith("/query"):
            self.queries.append(request.url.params.get("query") or request.content.decode())


def _item_queries(calls: _QueryCalls) -> int:
    """QuickBooks queries of items by name (the custom line item's lookup)."""
    return sum(1 for q in calls.queries if "FROM Item WHERE Name" in q)


def _second_run_invoices(synced: Synced) -> list[str]:
    """Two new HubSpot invoices, each with a line no product is linked to."""
    contact = _contact_of_open_invoice(synced)
    return [
        new_hubspot_invoice(synced, number, contact, [dict(UNLINKED_LINE)])
        for number in ("HS-NEW-1", "HS-NEW-2")
    ]


def test_a_later_run_reuses_the_custom_line_item_the_first_run_made(
    synced: Synced, monkeypatch: pytest.MonkeyPatch
) -> None:
    switch_on(synced)
    monkeypatch.setattr(outbound, "CHUNK", 1)  # a lookup per chunk would show
    run(synced)  # the demo book's "custom line item" case makes it
    (made,) = custom_line_items(synced)
    new = _second_run_invoices(synced)
    calls = _QueryCalls(synced)
    with synced.watching(calls.hook):
        summary = run(synced)
    assert summary.created["quickbooks"] == 2
    assert [i["Id"] for i in custom_line_items(synced)] == [made["Id"]]  # no second item
    links = invoice_links(synced)
    for hs_id in new:
        assert state_of(synced, hs_id).state == "synced"
        assert _items_used(synced, links[hs_id]) == {made["Id"]}
    assert _item_queries(calls) == 1  # one lookup for the run, not one per invoice
    assert [p for m, p in calls.writes("quickbooks") if p.endswith("/item")] == []


def test_a_custom_line_item_made_by_hand_in_quickbooks_is_used_not_duplicated(
    synced: Synced,
) -> None:
    synced.sync(objects=("contacts", "products"))
    account = income_account(synced)

    async def make(hubspot: Any, qbo: Any) -> dict[str, Any]:
        body = {
            "Name": "Custom line item",
            "Type": "Service",
            "IncomeAccountRef": {"value": account},
        }
        return await qbo.create("Item", body, uuid.uuid4().hex)  # type: ignore[no-any-return]

    by_hand = synced.api(make)
    switch_on(synced)
    new = _second_run_invoices(synced)
    calls = _QueryCalls(synced)
    with synced.watching(calls.hook):
        run(synced)
    assert [i["Id"] for i in custom_line_items(synced)] == [str(by_hand["Id"])]
    links = invoice_links(synced)
    for hs_id in new:
        assert _items_used(synced, links[hs_id]) == {str(by_hand["Id"])}
    assert _item_queries(calls) == 1
    assert [p for m, p in calls.writes("quickbooks") if p.endswith("/item")] == []


def test_chunks_decided_at_once_make_one_custom_line_item(
    synced: Synced, monkeypatch: pytest.MonkeyPatch
) -> None:
    switch_on(synced)
    new = _second_run_invoices(synced)  # with the demo's own case: 3 invoices need it
    monkeypatch.setattr(outbound, "CHUNK", 1)  # each its own chunk, decided side by side
    calls = _QueryCalls(synced)
    with synced.watching(calls.hook):
        run(synced)
    (made,) = custom_line_items(synced)
    # Looked up and made once for the run, not by each chunk that needed it meanwhile (our
    # lookup, then the connector's own before it makes the item; 5 without the run's lock).
    assert _item_queries(calls) == 2
    assert len([p for m, p in calls.writes("quickbooks") if p.endswith("/item")]) == 1
    links = invoice_links(synced)
    assert all(_items_used(synced, links[hs_id]) == {made["Id"]} for hs_id in new)
