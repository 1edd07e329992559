"""Items, invoices, payments: derived amounts, numbering, void/delete, preference-driven faults."""

from __future__ import annotations

from typing import Any

from .conftest import Qbo, fault_code


async def _customer_and_item(qbo: Qbo) -> tuple[str, dict[str, Any]]:
    cust = await qbo.create("customer", {"DisplayName": "Txn Buyer"})
    item = (await qbo.rows("select * from Item maxresults 1"))[0]
    return cust["Id"], item


def _line(item_id: str, qty: int, price: float, **detail: Any) -> dict[str, Any]:
    return {
        "Amount": round(qty * price, 2),
        "DetailType": "SalesItemLineDetail",
        "SalesItemLineDetail": {"ItemRef": {"value": item_id}, "Qty": qty, "UnitPrice": price,
                                **detail},
    }  # fmt: skip


async def _invoice(qbo: Qbo, cust: str, item: str, **extra: Any) -> dict[str, Any]:
    body = {"CustomerRef": {"value": cust}, "Line": [_line(item, 2, 50.0)], **extra}
    return await qbo.create("invoice", body)


async def test_item_create_needs_income_account_and_unique_name(qbo: Qbo) -> None:
    income = (await qbo.rows("select * from Account where AccountType = 'Income'"))[0]
    expense = (await qbo.rows("select * from Account where AccountType = 'Expense'"))[0]
    made = await qbo.create(
        "item",
        {"Name": "Gadget", "Sku": "G-1", "Type": "NonInventory",
         "IncomeAccountRef": {"value": income["Id"]}},
    )  # fmt: skip
    assert made["IncomeAccountRef"]["name"] == income["Name"]
    dup = await qbo.post(
        "item", {"Name": "gadget", "Type": "Service", "IncomeAccountRef": {"value": income["Id"]}}
    )
    assert fault_code(dup) == "6240"
    assert fault_code(await qbo.post("item", {"Name": "No Acct", "Type": "Service"})) == "2020"
    wrong = await qbo.post(
        "item", {"Name": "Wrong", "Type": "Service", "IncomeAccountRef": {"value": expense["Id"]}}
    )
    assert fault_code(wrong) == "6430"
    assert fault_code(await qbo.post("item", {"Type": "Service"})) == "2020"


async def test_invoice_totals_subtotal_line_and_balance(qbo: Qbo) -> None:
    cust, item = await _customer_and_item(qbo)
    inv = await qbo.create(
        "invoice",
        {
            "CustomerRef": {"value": cust},
            "TotalAmt": 1,  # read-only: ignored
            "Line": [
                _line(item["Id"], 2, 100.0),
                _line(item["Id"], 1, 50.5),
                {"Amount": 0, "DetailType": "DiscountLineDetail",
                 "DiscountLineDetail": {"PercentBased": True, "DiscountPercent": 10}},
            ],
        },
    )  # fmt: skip
    assert inv["TotalAmt"] == 225.45  # 250.50 - 10%
    assert inv["Balance"] == 225.45
    assert inv["CustomerRef"]["name"] == "Txn Buyer"
    kinds = [ln["DetailType"] for ln in inv["Line"]]
    assert kinds == ["SalesItemLineDetail", "SalesItemLineDetail", "SubTotalLineDetail",
                     "DiscountLineDetail"]  # fmt: skip
    assert inv["Line"][2]["Amount"] == 250.5
    assert [ln.get("Id") for ln in inv["Line"][:2]] == ["1", "2"]
    assert inv["LinkedTxn"] == [] and inv["DueDate"] > inv["TxnDate"]
    cust_now = (await qbo.get(f"customer/{cust}")).json()["Customer"]
    assert cust_now["Balance"] == 225.45


async def test_line_amount_must_match_qty_times_price(qbo: Qbo) -> None:
    cust, item = await _customer_and_item(qbo)
    line = _line(item["Id"], 2, 10.0)
    line["Amount"] = 25
    resp = await qbo.post("invoice", {"CustomerRef": {"value": cust}, "Line": [line]})
    assert fault_code(resp) == "6070"


async def test_required_fields_and_invalid_refs(qbo: Qbo) -> None:
    cust, item = await _customer_and_item(qbo)
    no_customer = await qbo.post("invoice", {"Line": [_line(item["Id"], 1, 1.0)]})
    assert fault_code(no_customer) == "2020"
    assert no_customer.json()["Fault"]["Error"][0]["element"] == "CustomerRef"
    no_lines = await qbo.post("invoice", {"CustomerRef": {"value": cust}, "Line": []})
    assert fault_code(no_lines) == "2020"
    bad_item = await qbo.post(
        "invoice", {"CustomerRef": {"value": cust}, "Line": [_line("99999", 1, 1.0)]}
    )
    assert fault_code(bad_item) == "2500"
    assert bad_item.json()["Fault"]["Error"][0]["element"] == "Line.SalesItemLineDetail.ItemRef"
    bad_customer = await qbo.post(
        "invoice", {"CustomerRef": {"value": "99999"}, "Line": [_line(item["Id"], 1, 1.0)]}
    )
    assert fault_code(bad_customer) == "2500"


async def test_duplicate_doc_number_is_6140_when_custom_numbers_are_on(qbo: Qbo) -> None:
    cust, item = await _customer_and_item(qbo)
    resp = await qbo.post(
        "invoice",
        {
            "CustomerRef": {"value": cust},
            "DocNumber": "HS-1003",
            "Line": [_line(item["Id"], 1, 1.0)],
        },
    )
    error = resp.json()["Fault"]["Error"][0]
    assert error["code"] == "6140"
    assert "DocNumber=HS-1003 is assigned to TxnType=CreditMemo with TxnId=" in error["Detail"]
    allowed = await qbo.post(
        "invoice",
        {
            "CustomerRef": {"value": cust},
            "DocNumber": "HS-1003",
            "Line": [_line(item["Id"], 1, 1.0)],
        },
        include="allowduplicatedocnum",
    )
    assert allowed.status_code == 200


async def test_custom_numbers_on_leaves_doc_number_empty(qbo: Qbo) -> None:
    cust, item = await _customer_and_item(qbo)
    inv = await _invoice(qbo, cust, item["Id"])
    assert "DocNumber" not in inv
    auto = await _invoice(qbo, cust, item["Id"], DocNumber="AUTO_GENERATE")
    assert auto["DocNumber"].isdigit()


async def test_auto_numbering_when_custom_numbers_are_off(http, qbo: Qbo) -> None:
    await http.post(
        "/_sandbox/company", json={"Preferences": {"SalesFormsPrefs": {"CustomTxnNumbers": False}}}
    )
    cust, item = await _customer_and_item(qbo)
    first = await _invoice(qbo, cust, item["Id"])
    second = await _invoice(qbo, cust, item["Id"])
    assert int(second["DocNumber"]) == int(first["DocNumber"]) + 1


async def test_revenue_recognition_requires_service_date(http, qbo: Qbo) -> None:
    await http.post(
        "/_sandbox/company",
        json={"Preferences": {"ProductAndServicesPrefs": {"RevenueRecognition": True}}},
    )
    cust, item = await _customer_and_item(qbo)
    resp = await qbo.post(
        "invoice", {"CustomerRef": {"value": cust}, "Line": [_line(item["Id"], 1, 5.0)]}
    )
    error = resp.json()["Fault"]["Error"][0]
    assert error["code"] == "6000"
    assert error["Detail"].startswith("Business Validation Error: Enter a service date")
    ok = await qbo.post(
        "invoice",
        {"CustomerRef": {"value": cust},
         "Line": [_line(item["Id"], 1, 5.0, ServiceDate="2026-01-02")]},
    )  # fmt: skip
    assert ok.status_code == 200


async def test_non_us_company_needs_a_tax_code_on_every_line(http, qbo: Qbo) -> None:
    await http.post("/_sandbox/company", json={"CompanyInfo": {"Country": "CA"}})
    cust, item = await _customer_and_item(qbo)
    resp = await qbo.post(
        "invoice", {"CustomerRef": {"value": cust}, "Line": [_line(item["Id"], 1, 5.0)]}
    )
    error = resp.json()["Fault"]["Error"][0]
    assert error["code"] == "6000" and "GST/HST rate" in error["Detail"]
    code = (await qbo.rows("select * from TaxCode"))[0]["Id"]
    taxed = await qbo.create(
        "invoice",
        {"CustomerRef": {"value": cust},
         "Line": [_line(item["Id"], 1, 100.0, TaxCodeRef={"value": code})]},
    )  # fmt: skip
    assert taxed["TotalAmt"] == 108.0  # the seeded 8% rate, tax excluded


async def test_closed_books_reject_dates_on_or_before_close(http, qbo: Qbo) -> None:
    await http.post(
        "/_sandbox/company",
        json={"Preferences": {"AccountingInfoPrefs": {"BookCloseDate": "2025-12-31"}}},
    )
    cust, item = await _customer_and_item(qbo)
    resp = await qbo.post(
        "invoice",
        {
            "CustomerRef": {"value": cust},
            "TxnDate": "2025-12-31",
            "Line": [_line(item["Id"], 1, 1.0)],
        },
    )
    assert fault_code(resp) == "6200"
    ok = await _invoice(qbo, cust, item["Id"], TxnDate="2026-01-01")
    assert ok["TxnDate"] == "2026-01-01"


async def test_payment_lowers_balance_and_links_invoice(qbo: Qbo) -> None:
    cust, item = await _customer_and_item(qbo)
    inv = await _invoice(qbo, cust, item["Id"])  # 100.00
    pay = await qbo.create(
        "payment",
        {"CustomerRef": {"value": cust}, "TotalAmt": 70.0,
         "Line": [{"Amount": 60.0, "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]},
    )  # fmt: skip
    assert pay["UnappliedAmt"] == 10.0
    after = (await qbo.get(f"invoice/{inv['Id']}")).json()["Invoice"]
    assert after["Balance"] == 40.0
    assert after["LinkedTxn"] == [{"TxnId": pay["Id"], "TxnType": "Payment"}]
    assert int(after["SyncToken"]) == int(inv["SyncToken"]) + 1
    over = await qbo.post(
        "payment",
        {"CustomerRef": {"value": cust}, "TotalAmt": 50.0,
         "Line": [{"Amount": 50.0, "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]},
    )  # fmt: skip
    assert fault_code(over) == "6000"
    assert fault_code(await qbo.post("payment", {"CustomerRef": {"value": cust}})) == "2020"


async def _paid(qbo: Qbo) -> tuple[dict[str, Any], dict[str, Any]]:
    cust, item = await _customer_and_item(qbo)
    inv = await _invoice(qbo, cust, item["Id"])
    pay = await qbo.create(
        "payment",
        {"CustomerRef": {"value": cust}, "TotalAmt": 100.0,
         "Line": [{"Amount": 100.0, "LinkedTxn": [{"TxnId": inv["Id"], "TxnType": "Invoice"}]}]},
    )  # fmt: skip
    return inv, pay


async def test_payment_void_python_quickbooks_form_restores_balance(qbo: Qbo) -> None:
    inv, pay = await _paid(qbo)
    resp = await qbo.post(
        "payment", {"Id": pay["Id"], "SyncToken": pay["SyncToken"], "sparse": True},
        operation="update", include="void",
    )  # fmt: skip
    voided = resp.json()["Payment"]
    assert voided["TotalAmt"] == 0 and voided["PrivateNote"].startswith("Voided")
    after = (await qbo.get(f"invoice/{inv['Id']}")).json()["Invoice"]
    assert after["Balance"] == 100.0 and after["LinkedTxn"] == []


async def test_payment_void_operation_void_form(qbo: Qbo) -> None:
    inv, pay = await _paid(qbo)
    resp = await qbo.post(
        "payment", {"Id": pay["Id"], "SyncToken": pay["SyncToken"]}, operation="void"
    )
    assert resp.status_code == 200
    assert (await qbo.get(f"invoice/{inv['Id']}")).json()["Invoice"]["Balance"] == 100.0


async def test_payment_delete_restores_balance_and_leaves_a_stub(qbo: Qbo) -> None:
    inv, pay = await _paid(qbo)
    resp = await qbo.post(
        "payment", {"Id": pay["Id"], "SyncToken": pay["SyncToken"]}, operation="delete"
    )
    assert resp.json()["Payment"] == {"Id": pay["Id"], "status": "Deleted", "domain": "QBO"}
    assert (await qbo.get(f"invoice/{inv['Id']}")).json()["Invoice"]["Balance"] == 100.0
    assert fault_code(await qbo.get(f"payment/{pay['Id']}")) == "610"


async def test_invoice_with_payments_cannot_be_voided_or_deleted(qbo: Qbo) -> None:
    inv, _pay = await _paid(qbo)
    inv = (await qbo.get(f"invoice/{inv['Id']}")).json()["Invoice"]
    body = {"Id": inv["Id"], "SyncToken": inv["SyncToken"]}
    assert fault_code(await qbo.post("invoice", body, operation="void")) == "6000"
    assert fault_code(await qbo.post("invoice", body, operation="delete")) == "6000"


async def test_invoice_void_zeroes_amounts(qbo: Qbo) -> None:
    cust, item = await _customer_and_item(qbo)
    inv = await _invoice(qbo, cust, item["Id"], PrivateNote="from CRM")
    resp = await qbo.post("invoice", {"Id": inv["Id"], "SyncToken": "0"}, operation="void")
    voided = resp.json()["Invoice"]
    assert voided["TotalAmt"] == 0 and voided["Balance"] == 0
    assert voided["PrivateNote"] == "Voided - from CRM"
    assert voided["SyncToken"] == "1"
    assert all(ln["Amount"] == 0 for ln in voided["Line"])


async def test_invoice_delete(qbo: Qbo) -> None:
    cust, item = await _customer_and_item(qbo)
    inv = await _invoice(qbo, cust, item["Id"])
    stale = await qbo.post("invoice", {"Id": inv["Id"], "SyncToken": "7"}, operation="delete")
    assert fault_code(stale) == "5010"
    resp = await qbo.post("invoice", {"Id": inv["Id"], "SyncToken": "0"}, operation="delete")
    assert resp.json()["Invoice"]["status"] == "Deleted"
    cust_now = (await qbo.get(f"customer/{cust}")).json()["Customer"]
    assert cust_now["Balance"] == 0


async def test_line_ids_survive_a_full_update(qbo: Qbo) -> None:
    cust, item = await _customer_and_item(qbo)
    inv = await qbo.create(
        "invoice",
        {
            "CustomerRef": {"value": cust},
            "Line": [_line(item["Id"], 1, 10.0), _line(item["Id"], 1, 20.0)],
        },
    )
    keep = inv["Line"][1]
    updated = await qbo.create(
        "invoice",
        {"Id": inv["Id"], "SyncToken": "0", "CustomerRef": {"value": cust},
         "Line": [keep, _line(item["Id"], 3, 1.0)]},
    )  # fmt: skip
    sales = [ln for ln in updated["Line"] if ln["DetailType"] == "SalesItemLineDetail"]
    assert [ln["Id"] for ln in sales] == ["2", "3"]
    assert updated["TotalAmt"] == 23.0


async def test_demo_invoices_carry_payments_and_a_custom_line(qbo: Qbo) -> None:
    invoices = await qbo.rows("select * from Invoice maxresults 1000")
    assert any(i["Balance"] == 0 for i in invoices)
    assert any(0 < i["Balance"] < i["TotalAmt"] for i in invoices)
    assert any(i["Balance"] == i["TotalAmt"] for i in invoices)
    lines = [ln for i in invoices for ln in i["Line"] if ln["DetailType"] == "SalesItemLineDetail"]
    assert any("ItemRef" not in ln["SalesItemLineDetail"] for ln in lines)
    memos = await qbo.rows("select * from CreditMemo where DocNumber = 'HS-1003'")
    assert len(memos) == 1
