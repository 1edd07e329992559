"""Outbound invoice tests: a profile whose contacts and products are synced, invoice sync
switched on towards QuickBooks, runs through the engine (`run_sync`) over real HTTP."""

from __future__ import annotations

from typing import Any

from qbsync_desktop.core.connectors.hubspot_invoices import (
    INVOICE_LINK_TYPES,
    INVOICE_PROPERTIES,
    finalise_invoices,
)
from qbsync_desktop.core.store import Link, RecordState
from qbsync_desktop.core.sync.events import RunSummary
from qbsync_desktop.sandbox.demo import demo_book
from tests.engine.conftest import Synced

LONG_AGO = "2000-01-01T00:00:00+00:00"  # switched on before the demo invoices were made
BOOK = demo_book(50, 1)


def case_numbers(case: str) -> list[str]:
    """The HubSpot numbers of the demo book's invoices of one case."""
    return [inv.number for inv in BOOK.hubspot_invoices if inv.case == case]


def income_account(synced: Synced) -> str:
    async def go(hubspot: Any, qbo: Any) -> list[dict[str, Any]]:
        return await qbo.query("SELECT * FROM Account WHERE AccountType = 'Income'")  # type: ignore[no-any-return]

    return str(synced.api(go)[0]["Id"])


def switch_on(synced: Synced, direction: str = "to_quickbooks", **own: Any) -> str:
    """Contacts and products synced, then invoice sync on (since long ago unless `own`
    says otherwise); returns the custom line item's income account."""
    synced.sync(objects=("contacts", "products"))
    account = income_account(synced)
    options = {"custom_line_item_account": account, "enabled_at": LONG_AGO, **own}
    synced.settings("invoices", enabled=True, direction=direction, own=options)
    return account


def run(synced: Synced, **kw: Any) -> RunSummary:
    summary, _ = synced.sync(objects=("invoices",), **kw)
    return summary


def hubspot_by_number(synced: Synced) -> dict[str, Any]:
    async def go(hubspot: Any, qbo: Any) -> list[Any]:
        props = [*INVOICE_PROPERTIES, "qbsync_quickbooks_number"]
        return [o async for o in hubspot.iter_objects("invoices", props)]

    return {
        o.properties.get("hs_number"): o for o in synced.api(go) if o.properties.get("hs_number")
    }


def qbo_invoices(synced: Synced) -> list[dict[str, Any]]:
    async def go(hubspot: Any, qbo: Any) -> list[dict[str, Any]]:
        return [r async for r in qbo.iter_query("Invoice")]

    return synced.api(go)  # type: ignore[no-any-return]


def state_of(synced: Synced, hubspot_id: str) -> Any:
    return synced.state("invoices", hubspot_id=hubspot_id)


def invoice_links(synced: Synced) -> dict[str, str]:
    """HubSpot invoice id -> QBO invoice id."""
    with synced.database():
        return {r.hubspot_id: r.qbo_id for r in Link.select().where(Link.object == "invoices")}


def states(synced: Synced) -> dict[str, Any]:
    with synced.database():
        rows = RecordState.select().where(RecordState.object == "invoices")
        return {r.hubspot_id: r for r in rows}


def new_hubspot_invoice(
    synced: Synced, number: str, contact_id: str, lines: list[dict[str, str]]
) -> str:
    """A finalised HubSpot invoice made by hand in HubSpot (its line items first, then the
    invoice linked to the contact and the lines, then opened); returns its id."""

    async def go(hubspot: Any, qbo: Any) -> str:
        made = await hubspot.batch_create("line_items", [{"properties": p} for p in lines])
        links = [("contacts", contact_id), *(("line_items", o.id) for o in made.results)]
        associations = [
            {
                "to": {"id": target},
                "types": [
                    {
                        "associationCategory": "HUBSPOT_DEFINED",
                        "associationTypeId": INVOICE_LINK_TYPES[kind],
                    }
                ],
            }
            for kind, target in links
        ]
        props = {"hs_number": number, "hs_currency": "USD", "hs_invoice_date": "2026-11-02"}
        res = await hubspot.batch_create(
            "invoices", [{"properties": props, "associations": associations}]
        )
        (invoice,) = res.results
        await finalise_invoices(hubspot, [invoice.id])
        return str(invoice.id)

    return synced.api(go)  # type: ignore[no-any-return]


def custom_line_items(synced: Synced) -> list[dict[str, Any]]:
    """QuickBooks items named "Custom line item" (active or not)."""

    async def go(hubspot: Any, qbo: Any) -> list[dict[str, Any]]:
        where = "Name = 'Custom line item' AND Active IN (true, false)"
        return await qbo.query(f"SELECT * FROM Item WHERE {where}")  # type: ignore[no-any-return]

    return synced.api(go)  # type: ignore[no-any-return]
