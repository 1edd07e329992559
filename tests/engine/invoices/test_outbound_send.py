"""HubSpot invoices to QuickBooks over HTTP through the engine: the demo book's cases."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import Calls
from tests.engine.invoices.outbound_support import (
    case_numbers,
    hubspot_by_number,
    invoice_links,
    qbo_invoices,
    run,
    state_of,
    switch_on,
)


def _items(synced: Synced) -> dict[str, dict[str, Any]]:
    async def go(hubspot: Any, qbo: Any) -> list[dict[str, Any]]:
        return [r async for r in qbo.iter_query("Item")]

    return {str(i["Id"]): i for i in synced.api(go)}


def _credit_memos_numbered(synced: Synced, number: str) -> list[dict[str, Any]]:
    async def go(hubspot: Any, qbo: Any) -> list[dict[str, Any]]:
        return [r async for r in qbo.iter_query("CreditMemo") if r.get("DocNumber") == number]

    return synced.api(go)  # type: ignore[no-any-return]


def test_demo_invoices_go_to_quickbooks_once_with_each_case_shown(synced: Synced) -> None:
    account = switch_on(synced)
    summary = run(synced)
    hs = hubspot_by_number(synced)
    by_doc = {q.get("DocNumber"): q for q in qbo_invoices(synced)}
    links = invoice_links(synced)
    sent = [*case_numbers("custom line item"), *case_numbers("open"), *case_numbers("paid")]
    sent += case_numbers("partly paid") + case_numbers("deal with two invoices")
    # Contact sync made its contact a customer: E1 is tested where contact sync cannot.
    sent += case_numbers("E1 contact without QBO customer")
    for number in sent:
        inv = hs[number]
        qbo = by_doc[number]  # custom transaction numbers are on: HubSpot's number is sent
        assert links[inv.id] == qbo["Id"]
        billed = Decimal(inv.properties["hs_amount_billed"])
        assert Decimal(str(qbo["TotalAmt"])) == billed, number
        assert state_of(synced, inv.id).state == "synced"
    (custom,) = case_numbers("custom line item")
    items = _items(synced)
    used = [items[ln["SalesItemLineDetail"]["ItemRef"]["value"]] for ln in by_doc[custom]["Line"]
            if ln.get("DetailType") == "SalesItemLineDetail"]  # fmt: skip
    (made,) = [i for i in used if i["Name"] == "Custom line item"]
    assert made["IncomeAccountRef"]["value"] == account

    (draft,) = case_numbers("draft")
    assert draft not in hs or state_of(synced, hs[draft].id).code == "invoice_draft"
    (voided,) = case_numbers("voided")
    assert state_of(synced, hs[voided].id).code == "invoice_voided_unsent"
    (e6,) = case_numbers("E6 duplicate document number")
    row = state_of(synced, hs[e6].id)
    assert (row.state, row.code) == ("failed", "invoice_doc_number_held")
    (holder,) = _credit_memos_numbered(synced, e6)  # the demo's holder of that number
    assert json.loads(row.params) == {
        "number": e6,
        "holder_entity": "CreditMemo",
        "holder_id": holder["Id"],
    }
    assert e6 not in {q.get("DocNumber") for q in qbo_invoices(synced)}
    assert summary.created["quickbooks"] == len(sent)

    calls = Calls(synced)
    with synced.watching(calls.hook):
        again = run(synced)
    assert calls.writes("quickbooks") == [] and again.created["quickbooks"] == 0
