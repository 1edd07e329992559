"""HubSpot invoice calls over HTTP against the sandbox: built in a bounded number of
batch calls, read back, and a repeated create finds the first instead of making two."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.connectors import hubspot_invoices as hsi
from qbsync_desktop.core.connectors.hubspot import HsObject, HubSpotClient
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.sync.changes import hubspot_changes, hubspot_stamp
from tests.connectors.conftest import PROFILE


def changed_invoices(client: HubSpotClient, since: float) -> AsyncIterator[HsObject]:
    return hubspot_changes(client, "invoices", "hs_lastmodifieddate", hsi.INVOICE_PROPERTIES, since)


class CallLog:
    """Service calls made through one httpx client (not tokens, not the control API)."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    async def __call__(self, request: httpx.Request) -> None:
        path = request.url.path
        if not path.startswith(("/_sandbox", "/oauth")):
            self.calls.append(f"{request.method} {path}")

    def since(self, mark: int) -> list[str]:
        return self.calls[mark:]


@pytest.fixture
async def hubspot(connected: Connections) -> AsyncIterator[tuple[HubSpotClient, CallLog]]:
    log = CallLog()
    async with httpx.AsyncClient(timeout=30, event_hooks={"request": [log]}) as http:
        yield connected.hubspot_client(PROFILE, http), log


async def _first(client: HubSpotClient, object_type: str, props: list[str]) -> Any:
    page = await client.list_objects(object_type, props, limit=5)
    assert page.results, f"the sandbox seeds {object_type}"
    return page.results[0]


def _draft(key: str, contact: str, company: str, deal: str, lines: list[str]) -> hsi.InvoiceDraft:
    return hsi.InvoiceDraft(
        key=key,
        properties={"hs_currency": "USD", "hs_invoice_date": "2026-11-20"},
        contacts=[contact],
        companies=[company],
        deals=[deal],
        line_items=lines,
    )


async def test_invoice_with_three_lines_and_links_in_bounded_calls(
    hubspot: tuple[HubSpotClient, CallLog],
) -> None:
    client, log = hubspot
    await hsi.ensure_key_properties(client)
    contact = await _first(client, "contacts", ["email"])
    company = await _first(client, "companies", ["name"])
    deal = await _first(client, "deals", ["dealname"])
    product = await _first(client, "products", ["name", "price"])
    lines = [
        ("t-inv-1-l1", {"name": "Setup", "quantity": "2", "price": "150.00"}),
        ("t-inv-1-l2", {"name": "Hours", "quantity": "3.5", "price": "80.00"}),
        ("t-inv-1-l3", {"hs_product_id": product.id, "quantity": "1"}),
    ]

    mark = len(log.calls)
    made = await hsi.upsert_line_items(client, lines)
    assert not made.errors and len(made.results) == 3
    line_ids = [o.id for o in made.results]
    created = await hsi.create_invoices(
        client, [_draft("t-inv-1", contact.id, company.id, deal.id, line_ids)]
    )
    assert not created.errors and len(created.results) == 1
    invoice_id = created.results[0].id
    final = await hsi.finalise_invoices(client, [invoice_id])
    assert not final.errors
    # Line items (1 upsert), invoice (key read + create), finalise (1 update).
    assert len(log.since(mark)) == 4, log.since(mark)

    mark = len(log.calls)
    [invoice] = await hsi.read_invoices(client, [invoice_id])
    links = await hsi.invoice_links(client, [invoice_id])
    read_lines = await hsi.read_line_items(client, links[invoice_id].line_items)
    assert len(log.since(mark)) == 1 + 4 + 1
    assert invoice.properties["hs_invoice_status"] == "open"
    assert invoice.properties["hs_number"]  # numbered on finalise
    assert invoice.properties[hsi.KEY_PROPERTY] == "t-inv-1"
    expected = Decimal("300") + Decimal("280") + Decimal(str(product.properties["price"]))
    assert Decimal(invoice.properties["hs_amount_billed"] or "0") == expected
    got = links[invoice_id]
    assert got.contacts == [contact.id] and got.companies == [company.id]
    assert got.deals == [deal.id]
    assert sorted(got.line_items) == sorted(line_ids)
    assert {o.properties[hsi.KEY_PROPERTY] for o in read_lines} == {k for k, _ in lines}


async def test_repeated_create_finds_the_first(hubspot: tuple[HubSpotClient, CallLog]) -> None:
    """A batch create that reached HubSpot before a crash, sent again: one invoice, one set
    of line items, every association in place."""
    client, log = hubspot
    await hsi.ensure_key_properties(client)
    await hsi.ensure_key_properties(client)  # a second run finds the properties
    contact = await _first(client, "contacts", ["email"])
    company = await _first(client, "companies", ["name"])
    deal = await _first(client, "deals", ["dealname"])
    lines = [("t-inv-2-l1", {"name": "Setup", "quantity": "1", "price": "10"})]
    first_lines = await hsi.upsert_line_items(client, lines)
    draft = _draft("t-inv-2", contact.id, company.id, deal.id, [first_lines.results[0].id])
    first = await hsi.create_invoices(client, [draft])

    again_lines = await hsi.upsert_line_items(client, lines)
    mark = len(log.calls)
    again = await hsi.create_invoices(client, [draft])
    # Key read, no create, then the default association of each linked type.
    assert len(log.since(mark)) == 1 + 4
    assert not again.errors
    assert [o.id for o in again.results] == [o.id for o in first.results]
    assert [o.id for o in again_lines.results] == [o.id for o in first_lines.results]
    found = await client.search(
        "invoices",
        [{"filters": [{"propertyName": hsi.KEY_PROPERTY, "operator": "EQ", "value": "t-inv-2"}]}],
        [hsi.KEY_PROPERTY],
    )
    assert [o.id for o in found.results] == [first.results[0].id]
    links = await hsi.invoice_links(client, [first.results[0].id])
    assert links[first.results[0].id].contacts == [contact.id]


async def test_search_by_modified_date_and_void(hubspot: tuple[HubSpotClient, CallLog]) -> None:
    client, _ = hubspot
    await hsi.ensure_key_properties(client)
    contact = await _first(client, "contacts", ["email"])
    company = await _first(client, "companies", ["name"])
    deal = await _first(client, "deals", ["dealname"])
    made = await hsi.upsert_line_items(
        client, [("t-inv-3-l1", {"name": "A", "quantity": "1", "price": "5"})]
    )
    created = await hsi.create_invoices(
        client, [_draft("t-inv-3", contact.id, company.id, deal.id, [made.results[0].id])]
    )
    invoice = created.results[0]
    await hsi.finalise_invoices(client, [invoice.id])
    stamp = hubspot_stamp(invoice, "hs_lastmodifieddate")
    assert stamp is not None

    # The engine's incremental search reads invoices by hs_lastmodifieddate as it is.
    seen = [o async for o in changed_invoices(client, stamp)]
    assert invoice.id in [o.id for o in seen]
    assert all(set(hsi.INVOICE_PROPERTIES) <= set(o.properties) for o in seen)
    later = [o.id async for o in changed_invoices(client, stamp + 60)]
    assert invoice.id not in later
    everything = [o async for o in changed_invoices(client, 0)]
    assert len(everything) > 10  # the seeded ones too
    assert len({o.id for o in everything}) == len(everything)

    voided = await hsi.void_invoices(client, [invoice.id])
    assert not voided.errors
    [after] = await hsi.read_invoices(client, [invoice.id])
    assert after.properties["hs_invoice_status"] == "voided"


async def test_tax_rates_listed(hubspot: tuple[HubSpotClient, CallLog]) -> None:
    client, _ = hubspot
    rates = await hsi.tax_rates(client)
    assert rates and all({"id", "percentageRate"} <= set(r) for r in rates)
