"""Edits in QuickBooks: a QuickBooks-made invoice is followed in HubSpot (lines included, in
batch calls), voids carry over, deletions are shown and never propagated."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from qbsync_desktop.core.sync.invoice_inbound import invoice_key, line_key
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import (
    Calls,
    edit_invoice,
    inbound,
    invoice_by_key,
    lines_of,
    qbo_call,
    qbo_invoices,
    sales_lines,
)


def _open_invoice(synced: Synced) -> dict[str, Any]:
    """A synced QuickBooks invoice with at least two lines and nothing paid."""
    synced.sync(objects=("contacts", "products"))
    inbound(synced)
    return next(
        i
        for i in qbo_invoices(synced)
        if len(sales_lines(i)) >= 2 and Decimal(str(i["Balance"])) == Decimal(str(i["TotalAmt"]))
    )


def test_lines_changed_added_and_removed_in_quickbooks_follow_in_hubspot(synced: Synced) -> None:
    invoice = _open_invoice(synced)
    first, second = sales_lines(invoice)[:2]

    def change(body: dict[str, Any]) -> None:
        lines = [ln for ln in body["Line"] if ln.get("Id") != second["Id"]]  # removed
        for ln in lines:
            if ln.get("Id") == first["Id"]:
                ln["SalesItemLineDetail"]["Qty"] = 7
                ln["Amount"] = float(Decimal(str(ln["SalesItemLineDetail"]["UnitPrice"])) * 7)
        lines.append(  # added
            {
                "DetailType": "SalesItemLineDetail",
                "Amount": 12.5,
                "Description": "Rush fee",
                "SalesItemLineDetail": {
                    "ItemRef": dict(first["SalesItemLineDetail"]["ItemRef"]),
                    "Qty": 1,
                    "UnitPrice": 12.5,
                },
            }
        )
        body["Line"] = [ln for ln in lines if ln.get("DetailType") != "SubTotalLineDetail"]
        body["DueDate"] = "2026-12-31"

    edited = edit_invoice(synced, invoice["Id"], change)
    preview = Calls(synced)
    with synced.watching(preview.hook):
        dry = inbound(synced, dry_run=True)
    assert preview.writes("hubspot") == []
    (pair,) = dry.plans["invoices"].of("update")
    assert pair.qbo is not None and pair.qbo.id == invoice["Id"]
    assert str(pair.to_hubspot["line_items"]).endswith("(removed: 1)")
    assert pair.to_hubspot["hs_due_date"] == "2026-12-31T00:00:00.000Z"
    calls = Calls(synced)
    with synced.watching(calls.hook):
        run = inbound(synced)
    assert run.summary.updated["hubspot"] == 1

    hs = invoice_by_key(synced, invoice_key(invoice["Id"]))
    lines = {ln.properties["qbsync_key"]: ln for ln in lines_of(synced, hs.id)}
    assert set(lines) == {line_key(invoice["Id"], ln["Id"]) for ln in sales_lines(edited)}
    assert line_key(invoice["Id"], second["Id"]) not in lines
    assert Decimal(lines[line_key(invoice["Id"], first["Id"])].properties["quantity"]) == 7
    assert Decimal(hs.properties["hs_amount_billed"]) == Decimal(str(edited["TotalAmt"]))
    assert hs.properties["hs_due_date"].startswith("2026-12-31")
    # Batch calls, never one per line: property update, line upsert, association, archive.
    writes = calls.writes("hubspot")
    assert len(writes) <= 4, writes
    assert all("/batch/" in path for _, path in writes), writes


def test_a_void_in_quickbooks_voids_the_hubspot_invoice(synced: Synced) -> None:
    invoice = _open_invoice(synced)
    qbo_call(synced, "void", invoice["Id"])
    inbound(synced)
    hs = invoice_by_key(synced, invoice_key(invoice["Id"]))
    assert hs.properties["hs_invoice_status"] == "voided"
    assert synced.state("invoices", qbo_id=invoice["Id"]).state == "synced"


def test_a_deletion_in_quickbooks_is_shown_and_not_propagated(synced: Synced) -> None:
    invoice = _open_invoice(synced)
    before = invoice_by_key(synced, invoice_key(invoice["Id"]))
    qbo_call(synced, "delete", invoice["Id"])
    inbound(synced)
    after = invoice_by_key(synced, invoice_key(invoice["Id"]))
    assert after is not None and after.properties == before.properties
    state = synced.state("invoices", qbo_id=invoice["Id"])
    assert (state.state, state.code) == ("excluded", "deleted")
    assert '"service": "quickbooks"' in state.params
