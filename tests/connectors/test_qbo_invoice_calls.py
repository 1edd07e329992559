"""QBO invoice calls over HTTP against the sandbox: batched writes replayed by requestid,
CDC, DocNumber holders, the custom line item, Preferences facts and tax codes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.connectors import qbo_invoices as qi
from qbsync_desktop.core.connectors.qbo import QboClient, new_request_id
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.sync.invoice_inbound import compare_fingerprints, fingerprint, is_voided
from tests.connectors.conftest import PROFILE
from tests.unit.test_invoice_rules import US

CUSTOM_ITEM = "Custom line item"


@pytest.fixture
async def qbo(connected: Connections) -> AsyncIterator[QboClient]:
    async with httpx.AsyncClient(timeout=30) as http:
        yield connected.qbo_client(PROFILE, http)


async def customer_and_item(qbo: QboClient) -> tuple[str, str]:
    [customer] = await qbo.query("SELECT * FROM Customer MAXRESULTS 1")
    items = await qbo.query("SELECT * FROM Item WHERE Type = 'Service' MAXRESULTS 1")
    return str(customer["Id"]), str(items[0]["Id"])


def _invoice(customer: str, item: str, number: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "CustomerRef": {"value": customer},
        "TxnDate": date.today().isoformat(),
        "Line": [
            {
                "DetailType": "SalesItemLineDetail",
                "Amount": 250.0,
                "Description": "Consulting",
                "SalesItemLineDetail": {"ItemRef": {"value": item}, "Qty": 2, "UnitPrice": 125},
            }
        ],
    }
    if number:
        body["DocNumber"] = number
    return body


async def test_batch_create_replayed_on_resend(qbo: QboClient) -> None:
    customer, item = await customer_and_item(qbo)
    before = await qbo.count("Invoice")
    writes = [
        qi.InvoiceWrite(f"b{n}", "create", _invoice(customer, item, f"QS-{n:03}"))
        for n in range(35)  # two batches: 30 + 5
    ]
    base = new_request_id()
    first = await qi.write_invoices(qbo, writes, base)
    assert all(r.fault is None for r in first.values()), [r.fault for r in first.values()]
    assert await qbo.count("Invoice") == before + 35
    # The answer was lost (a crash): the same writes and base are sent again.
    again = await qi.write_invoices(qbo, writes, base)
    assert await qbo.count("Invoice") == before + 35
    assert {b: r.entity["Id"] for b, r in again.items() if r.entity} == {
        b: r.entity["Id"] for b, r in first.items() if r.entity
    }
    ids = [r.entity["Id"] for r in first.values() if r.entity]
    assert len(await qi.read_invoices(qbo, ids)) == 35


async def test_update_and_void_in_batches(qbo: QboClient) -> None:
    customer, item = await customer_and_item(qbo)
    made = await qi.write_invoices(
        qbo, [qi.InvoiceWrite("c", "create", _invoice(customer, item, "QS-V1"))], new_request_id()
    )
    inv = made["c"].entity
    assert inv is not None
    written = fingerprint(inv)
    memo = {"Id": inv["Id"], "SyncToken": inv["SyncToken"], "PrivateNote": "call first"}
    res = await qi.write_invoices(qbo, [qi.InvoiceWrite("u", "update", memo)], new_request_id())
    updated = res["u"].entity
    assert updated is not None and updated["PrivateNote"] == "call first"
    assert compare_fingerprints(written, fingerprint(updated)) is None  # memo only

    void = {"Id": inv["Id"], "SyncToken": updated["SyncToken"]}
    res = await qi.write_invoices(qbo, [qi.InvoiceWrite("v", "void", void)], new_request_id())
    assert res["v"].fault is None
    [after] = await qi.read_invoices(qbo, [inv["Id"]])
    assert is_voided(after)


async def test_cdc_reads_changed_invoices(qbo: QboClient) -> None:
    customer, item = await customer_and_item(qbo)
    since = datetime.now(UTC) - timedelta(seconds=5)
    made = await qbo.create("Invoice", _invoice(customer, item, "QS-CDC"), new_request_id())
    changed = await qi.invoices_changed_since(qbo, since)
    assert made["Id"] in [row["Id"] for row in changed]
    await qbo.delete("Invoice", made["Id"], made["SyncToken"], new_request_id())
    changed = await qi.invoices_changed_since(qbo, since)
    stub = next(row for row in changed if row["Id"] == made["Id"])
    assert stub.get("status") == "Deleted"


async def test_cdc_at_its_cap_reads_the_window_by_query(qbo: QboClient) -> None:
    """At CDC's cap the same window is paged by a query (no `Active` on transactions)."""
    customer, item = await customer_and_item(qbo)
    since = datetime.now(UTC) - timedelta(seconds=5)
    made = [
        await qbo.create("Invoice", _invoice(customer, item, f"QS-CAP{n}"), new_request_id())
        for n in range(3)
    ]
    rows = await qi.invoices_changed_since(qbo, since, cdc_max=2)
    assert {m["Id"] for m in made} <= {row["Id"] for row in rows}


async def test_doc_number_holders(qbo: QboClient) -> None:
    customer, item = await customer_and_item(qbo)
    inv = await qbo.create("Invoice", _invoice(customer, item, "QS-E6"), new_request_id())
    memo = await qbo.create("CreditMemo", _invoice(customer, item, "QS-CM7"), new_request_id())
    holders = await qi.doc_number_holders(qbo, ["qs-e6", "QS-CM7", "QS-FREE"])
    assert holders["qs-e6"] == qi.DocNumberHolder("Invoice", inv["Id"], "QS-E6")
    assert holders["QS-CM7"] == qi.DocNumberHolder("CreditMemo", memo["Id"], "QS-CM7")
    assert "QS-FREE" not in holders


async def test_custom_line_item_found_or_created_once(qbo: QboClient) -> None:
    [account] = await qbo.query("SELECT * FROM Account WHERE Name = 'Services'")
    first = await qi.find_or_create_item(qbo, CUSTOM_ITEM, account["Id"], new_request_id())
    second = await qi.find_or_create_item(qbo, CUSTOM_ITEM, account["Id"], new_request_id())
    assert first["Id"] == second["Id"]
    assert first["IncomeAccountRef"]["value"] == account["Id"]
    # Someone made it inactive in QBO: it is made active again, not duplicated.
    await qbo.update(
        "Item",
        {"Id": first["Id"], "SyncToken": second["SyncToken"], "Active": False},
        new_request_id(),
    )
    third = await qi.find_or_create_item(qbo, CUSTOM_ITEM, account["Id"], new_request_id())
    assert third["Id"] == first["Id"] and third["Active"] is True
    rows = await qbo.query(
        f"SELECT * FROM Item WHERE Name = '{CUSTOM_ITEM}' AND Active IN (true, false)"
    )
    assert len(rows) == 1


async def test_preferences_facts(qbo: QboClient, sandboxes: Any) -> None:
    # The sandbox's default company is the US company of the rules' unit tests.
    assert await qi.invoice_preferences(qbo) == US
    sandboxes.control(
        "quickbooks",
        "company",
        {
            "Preferences": {
                "SalesFormsPrefs": {"CustomTxnNumbers": False},
                "ProductAndServicesPrefs": {"RevenueRecognition": True},
                "AccountingInfoPrefs": {"BookCloseDate": "2026-06-30"},
            }
        },
    )
    facts = await qi.invoice_preferences(qbo)
    assert not facts.custom_txn_numbers and facts.revenue_recognition
    assert facts.book_close_date == date(2026, 6, 30)


async def test_tax_codes_with_rates(qbo: QboClient) -> None:
    codes = await qi.tax_codes(qbo)
    california = next(c for c in codes if c.name == "California")
    assert california.percent == 8 and california.taxable and california.active
