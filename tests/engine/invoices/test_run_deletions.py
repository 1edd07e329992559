"""Invoices deleted on either side over HTTP, both ways: shown on the record (deleted in
HubSpot / QuickBooks), never passed on (the other side's invoice stays as it was), recorded
once."""

from __future__ import annotations

import json
from typing import Any

from qbsync_desktop.core.store import Activity, Link
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import Calls, qbo_call
from tests.engine.invoices.outbound_support import (
    case_numbers,
    hubspot_by_number,
    invoice_links,
    qbo_invoices,
    run,
    state_of,
    switch_on,
)


def _archive(synced: Synced, ids: list[str]) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_archive("invoices", ids)

    synced.api(go)


def _made_in_quickbooks(synced: Synced) -> list[str]:
    with synced.database():
        rows = Link.select().where(Link.object == "invoices")
        return sorted(
            r.hubspot_id for r in rows if json.loads(r.baseline)["origin"] == "quickbooks"
        )


def _activity_count(synced: Synced, hubspot_id: str) -> int:
    with synced.database():
        return int(Activity.select().where(Activity.hubspot_id == hubspot_id).count())


def test_a_hubspot_deletion_is_shown_and_nothing_changes_in_quickbooks(synced: Synced) -> None:
    switch_on(synced, direction="both")
    run(synced)
    hs = hubspot_by_number(synced)
    (open_,) = case_numbers("open")
    ours = hs[open_].id  # made in HubSpot
    links = invoice_links(synced)
    status = {o.id: o.properties.get("hs_invoice_status") for o in hs.values()}
    # One whose HubSpot copy inbound made; open ones may be deleted with this account setting.
    other = next(h for h in _made_in_quickbooks(synced) if status.get(h) == "open")
    synced.sandboxes.control("hubspot", "account", {"allow_delete_open_invoices": True})
    before = {q["Id"]: q for q in qbo_invoices(synced)}
    _archive(synced, [ours, other])

    calls = Calls(synced)
    with synced.watching(calls.hook):
        summary = run(synced)
    assert calls.writes("quickbooks") == []  # nothing voided or deleted in the books
    assert {q["Id"]: q for q in qbo_invoices(synced)} == before
    for hs_id in (ours, other):
        row = state_of(synced, hs_id)
        assert (row.state, row.code) == ("excluded", "deleted")
        assert json.loads(row.params)["service"] == "hubspot"
        assert row.qbo_id == links[hs_id]
    assert summary.excluded >= 2
    shown = _activity_count(synced, ours)
    run(synced)  # shown once, not again on every run
    assert _activity_count(synced, ours) == shown


def test_a_quickbooks_deletion_of_a_hubspot_made_invoice_is_shown_not_passed_on(
    synced: Synced,
) -> None:
    switch_on(synced, direction="both")
    run(synced)
    hs = hubspot_by_number(synced)
    (open_,) = case_numbers("open")
    qbo_id = invoice_links(synced)[hs[open_].id]
    qbo_call(synced, "delete", qbo_id)
    calls = Calls(synced)
    with synced.watching(calls.hook):
        run(synced)
    assert calls.writes("hubspot") == []  # the HubSpot invoice stays as it is
    assert hubspot_by_number(synced)[open_].properties == hs[open_].properties
    row = state_of(synced, hs[open_].id)
    assert (row.state, row.code) == ("excluded", "deleted")
    assert json.loads(row.params)["service"] == "quickbooks"
