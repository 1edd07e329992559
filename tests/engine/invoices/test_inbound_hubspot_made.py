"""A HubSpot-made invoice is edited only in HubSpot: lines, amounts or tax changed in
QuickBooks stop it with E4, lines added or removed with E5, HubSpot is not written, and it
syncs again once the QuickBooks change is undone. Memo edits are not financial changes."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from qbsync_desktop.core.store import Link, RecordState
from qbsync_desktop.core.sync.invoice_inbound import fingerprint
from qbsync_desktop.core.sync.invoices import store
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import (
    Calls,
    edit_invoice,
    inbound,
    qbo_invoices,
    sales_lines,
)


def _hubspot_made(synced: Synced) -> dict[str, Any]:
    """A QuickBooks invoice linked as outbound links what it sent: origin HubSpot, with the
    fingerprint of the QuickBooks invoice as written (the HubSpot id stands for the
    invoice HubSpot holds; inbound must never write to it)."""
    invoice = next(
        i
        for i in qbo_invoices(synced)
        if len(sales_lines(i)) >= 2 and Decimal(str(i["Balance"])) == Decimal(str(i["TotalAmt"]))
    )
    baseline = store.InvoiceBaseline(
        origin="hubspot",
        fingerprint=json.dumps(fingerprint(invoice).as_dict(), sort_keys=True),
        qbo_total=str(invoice["TotalAmt"]),
    )
    with synced.database():
        store.save_links(
            [store.InvoiceLink("900001", invoice["Id"], baseline, invoice["SyncToken"])]
        )
    inbound(synced)  # the QuickBooks-made invoices come in; this one is left alone
    assert _state(synced, invoice) is None
    return invoice


def _run_watched(synced: Synced) -> Calls:
    calls = Calls(synced)
    with synced.watching(calls.hook):
        inbound(synced)
    return calls


def _state(synced: Synced, invoice: dict[str, Any]) -> tuple[str, str | None] | None:
    with synced.database():
        row = RecordState.get_or_none(
            (RecordState.object == "invoices") & (RecordState.qbo_id == invoice["Id"])
        )
    return None if row is None else (row.state, row.code)


def _set_qty(qty: int, line_id: str) -> Any:
    def change(body: dict[str, Any]) -> None:
        for ln in sales_lines(body):
            if ln["Id"] == line_id:
                price = Decimal(str(ln["SalesItemLineDetail"]["UnitPrice"]))
                ln["SalesItemLineDetail"]["Qty"] = qty
                ln["Amount"] = float(price * qty)

    return change


def test_amounts_changed_in_quickbooks_stop_it_with_e4_until_undone(synced: Synced) -> None:
    synced.sync(objects=("contacts", "products"))
    invoice = _hubspot_made(synced)
    line = sales_lines(invoice)[0]
    old_qty = int(line["SalesItemLineDetail"]["Qty"])
    edit_invoice(synced, invoice["Id"], _set_qty(old_qty + 3, line["Id"]))
    calls = _run_watched(synced)
    assert _state(synced, invoice) == ("failed", "invoice_edited")
    assert calls.writes("hubspot") == []  # HubSpot is not overwritten
    with synced.database():
        kept = Link.get((Link.object == "invoices") & (Link.qbo_id == invoice["Id"]))
        assert json.loads(kept.baseline)["fingerprint"] == json.dumps(
            fingerprint(invoice).as_dict(), sort_keys=True
        )  # the money as synced stays the reference

    edit_invoice(synced, invoice["Id"], _set_qty(old_qty, line["Id"]))  # undone
    calls = _run_watched(synced)
    assert _state(synced, invoice) == ("synced", None)
    assert calls.writes("hubspot") == []


def test_lines_added_or_removed_in_quickbooks_stop_it_with_e5(synced: Synced) -> None:
    synced.sync(objects=("contacts", "products"))
    invoice = _hubspot_made(synced)
    gone = sales_lines(invoice)[-1]["Id"]

    def remove(body: dict[str, Any]) -> None:
        body["Line"] = [ln for ln in sales_lines(body) if ln["Id"] != gone]

    edit_invoice(synced, invoice["Id"], remove)
    calls = _run_watched(synced)
    assert _state(synced, invoice) == ("failed", "invoice_lines_changed")
    assert calls.writes("hubspot") == []


def test_memo_edits_are_not_financial_changes(synced: Synced) -> None:
    synced.sync(objects=("contacts", "products"))
    invoice = _hubspot_made(synced)

    def memo(body: dict[str, Any]) -> None:
        body["CustomerMemo"] = {"value": "Thanks for your business"}
        body["PrivateNote"] = "called them"

    edit_invoice(synced, invoice["Id"], memo)
    calls = _run_watched(synced)
    assert calls.writes("hubspot") == []
    assert _state(synced, invoice) is None  # nothing to say: not failed, not touched
