"""Preferences that shape invoices: custom-field slots, terms, currency, closed books."""

from __future__ import annotations

from typing import Any

import httpx

from .conftest import Qbo, fault_code


def _line(item_id: str, amount: float = 10.0) -> dict[str, Any]:
    return {
        "Amount": amount,
        "DetailType": "SalesItemLineDetail",
        "SalesItemLineDetail": {"ItemRef": {"value": item_id}, "Qty": 1, "UnitPrice": amount},
    }


async def _setup(qbo: Qbo, **customer: Any) -> tuple[str, str]:
    cust = await qbo.create("customer", {"DisplayName": "Prefs Buyer", **customer})
    item = (await qbo.rows("select * from Item maxresults 1"))[0]["Id"]
    return cust["Id"], item


async def _invoice(qbo: Qbo, cust: str, item: str, **extra: Any) -> httpx.Response:
    return await qbo.post("invoice", {"CustomerRef": {"value": cust}, "Line": [_line(item)],
                                      **extra})  # fmt: skip


def _slot(n: int, on: bool, label: str = "") -> dict[str, Any]:
    flag = {"Name": f"SalesFormsPrefs.UseSalesCustom{n}", "Type": "BooleanType",
            "BooleanValue": on}  # fmt: skip
    name = {"Name": f"SalesFormsPrefs.SalesCustomName{n}", "Type": "StringType",
            "StringValue": label}  # fmt: skip
    return {"flag": flag, "name": name}


async def _set_slots(http: httpx.AsyncClient, slots: list[dict[str, Any]]) -> None:
    groups = [{"CustomField": [s["flag"] for s in slots]},
              {"CustomField": [s["name"] for s in slots if s["name"]["StringValue"]]}]  # fmt: skip
    resp = await http.post(
        "/_sandbox/company", json={"Preferences": {"SalesFormsPrefs": {"CustomField": groups}}}
    )
    assert resp.status_code == 200


# ---- custom fields ------------------------------------------------------------------------


async def test_value_for_a_disabled_custom_field_slot_is_silently_dropped(qbo: Qbo) -> None:
    # Seeded: slot 1 "PO #" enabled, 2 and 3 off. QBO drops values for disabled slots
    # without an error [S ruckus/quickbooks-ruby#219].
    cust, item = await _setup(qbo)
    resp = await _invoice(qbo, cust, item, CustomField=[
        {"DefinitionId": "1", "Type": "StringType", "StringValue": "PO-7781"},
        {"DefinitionId": "2", "Type": "StringType", "StringValue": "lost"},
    ])  # fmt: skip
    assert resp.status_code == 200, resp.text
    inv = (await qbo.get(f"invoice/{resp.json()['Invoice']['Id']}")).json()["Invoice"]
    assert inv["CustomField"] == [
        {"DefinitionId": "1", "Name": "PO #", "Type": "StringType", "StringValue": "PO-7781"}
    ]


async def test_enabled_slots_are_echoed_on_read_even_when_empty(http, qbo: Qbo) -> None:
    await _set_slots(http, [_slot(1, True, "PO #"), _slot(2, True, "Ship via"), _slot(3, False)])
    cust, item = await _setup(qbo)
    inv = (await _invoice(qbo, cust, item, CustomField=[
        {"DefinitionId": "2", "Type": "StringType", "StringValue": "UPS"},
        {"DefinitionId": "3", "Type": "StringType", "StringValue": "dropped"},
    ])).json()["Invoice"]  # fmt: skip
    assert inv["CustomField"] == [
        {"DefinitionId": "1", "Name": "PO #", "Type": "StringType"},
        {"DefinitionId": "2", "Name": "Ship via", "Type": "StringType", "StringValue": "UPS"},
    ]
    sparse = await qbo.create(
        "invoice", {"Id": inv["Id"], "SyncToken": inv["SyncToken"], "sparse": True,
                    "PrivateNote": "kept"},
    )  # fmt: skip
    assert sparse["CustomField"] == inv["CustomField"]  # a sparse update keeps the values
    full = await qbo.create(
        "invoice", {"Id": inv["Id"], "SyncToken": sparse["SyncToken"],
                    "CustomerRef": {"value": cust}, "Line": [_line(item)]},
    )  # fmt: skip
    # A full update leaves out what it clears (qbo.md 2.3): the slots stay, the value goes.
    assert [f.get("StringValue") for f in full["CustomField"]] == [None, None]


# ---- terms --------------------------------------------------------------------------------


async def test_terms_are_queryable_and_creatable(qbo: Qbo) -> None:
    names = [t["Name"] for t in await qbo.rows("select * from Term")]
    assert {"Due on receipt", "Net 30", "Net 60"} <= set(names)
    net15 = await qbo.create("term", {"Name": "Net 15", "DueDays": 15})
    assert net15["Type"] == "STANDARD" and net15["DueDays"] == 15 and net15["Active"] is True
    assert fault_code(await qbo.post("term", {"Name": "net 15", "DueDays": 15})) == "6240"
    found = await qbo.rows("select * from Term where Name = 'Net 15'")
    assert [t["Id"] for t in found] == [net15["Id"]]


async def test_invoice_due_date_follows_the_term_sent_on_it(qbo: Qbo) -> None:
    net15 = await qbo.create("term", {"Name": "Net 15", "DueDays": 15})
    cust, item = await _setup(qbo)
    inv = (await _invoice(qbo, cust, item, TxnDate="2026-03-01",
                          SalesTermRef={"value": net15["Id"]})).json()["Invoice"]  # fmt: skip
    assert inv["DueDate"] == "2026-03-16"
    assert inv["SalesTermRef"] == {"value": net15["Id"], "name": "Net 15"}
    explicit = (await _invoice(qbo, cust, item, TxnDate="2026-03-01", DueDate="2026-03-05",
                               SalesTermRef={"value": net15["Id"]})).json()["Invoice"]  # fmt: skip
    assert explicit["DueDate"] == "2026-03-05"  # a DueDate sent wins
    assert fault_code(await _invoice(qbo, cust, item, SalesTermRef={"value": "999"})) == "2500"


async def test_date_driven_term_falls_on_its_day_of_month(qbo: Qbo) -> None:
    term = await qbo.create("term", {"Name": "10th", "DayOfMonthDue": 10, "DueNextMonthDays": 5})
    assert term["Type"] == "DATE_DRIVEN"
    cust, item = await _setup(qbo)
    early = await _invoice(
        qbo, cust, item, TxnDate="2026-03-01", SalesTermRef={"value": term["Id"]}
    )
    late = await _invoice(qbo, cust, item, TxnDate="2026-03-07", SalesTermRef={"value": term["Id"]})
    assert early.json()["Invoice"]["DueDate"] == "2026-03-10"
    assert late.json()["Invoice"]["DueDate"] == "2026-04-10"  # within 5 days: next month


async def test_customer_terms_are_not_copied_onto_an_api_invoice(qbo: Qbo) -> None:
    # S quickbooks-online-mcp-server#91; without a term the company default (Net 30) counts [U].
    net60 = (await qbo.rows("select * from Term where Name = 'Net 60'"))[0]
    cust, item = await _setup(qbo, SalesTermRef={"value": net60["Id"]})
    inv = (await _invoice(qbo, cust, item, TxnDate="2026-03-01")).json()["Invoice"]
    assert "SalesTermRef" not in inv
    assert inv["DueDate"] == "2026-03-31"


# ---- currency -----------------------------------------------------------------------------


async def test_multicurrency_off_refuses_a_foreign_currency_invoice_code_u(qbo: Qbo) -> None:
    cust, item = await _setup(qbo)
    refused = await _invoice(qbo, cust, item, CurrencyRef={"value": "EUR"})
    assert fault_code(refused) == "6000"
    assert refused.json()["Fault"]["Error"][0]["element"] == "CurrencyRef"
    home = (await _invoice(qbo, cust, item, CurrencyRef={"value": "USD"})).json()["Invoice"]
    assert home["CurrencyRef"]["value"] == "USD"


async def test_multicurrency_on_invoice_currency_must_match_the_customer(http, qbo: Qbo) -> None:
    await http.post(
        "/_sandbox/company", json={"Preferences": {"CurrencyPrefs": {"MultiCurrencyEnabled": True}}}
    )
    cust, item = await _setup(qbo, CurrencyRef={"value": "EUR"})
    assert fault_code(await _invoice(qbo, cust, item, CurrencyRef={"value": "USD"})) == "6000"
    euro = (await _invoice(qbo, cust, item, CurrencyRef={"value": "EUR"})).json()["Invoice"]
    assert euro["CurrencyRef"]["value"] == "EUR"
    # Omitted: the customer's currency [U: Intuit says "must be defined"; the sandbox defaults].
    default = (await _invoice(qbo, cust, item)).json()["Invoice"]
    assert default["CurrencyRef"]["value"] == "EUR"


# ---- closed books ---------------------------------------------------------------------------


async def _close(http: httpx.AsyncClient, **prefs: Any) -> dict[str, Any]:
    resp = await http.post(
        "/_sandbox/company", json={"Preferences": {"AccountingInfoPrefs": prefs}}
    )
    return dict(resp.json()["Preferences"]["AccountingInfoPrefs"])


async def test_control_api_clears_book_close_date_with_null_or_empty(http, qbo: Qbo) -> None:
    cust, item = await _setup(qbo)
    for clear in (None, ""):
        await _close(http, BookCloseDate="2025-12-31")
        assert fault_code(await _invoice(qbo, cust, item, TxnDate="2025-06-01")) == "6200"
        prefs = await _close(http, BookCloseDate=clear)
        assert "BookCloseDate" not in prefs
        assert (await _invoice(qbo, cust, item, TxnDate="2025-06-01")).status_code == 200


async def test_password_protected_closed_period_answers_6210(http, qbo: Qbo) -> None:
    cust, item = await _setup(qbo)
    prefs = await _close(http, BookCloseDate="2025-12-31", BookClosePasswordRequired=True)
    assert "BookClosePasswordRequired" not in prefs  # a sandbox switch, not a QBO field
    served = (await qbo.get("preferences")).json()["Preferences"]["AccountingInfoPrefs"]
    assert served["BookCloseDate"] == "2025-12-31" and "BookClosePasswordRequired" not in served
    assert fault_code(await _invoice(qbo, cust, item, TxnDate="2025-12-31")) == "6210"
    await _close(http, BookClosePasswordRequired=False)
    assert fault_code(await _invoice(qbo, cust, item, TxnDate="2025-12-31")) == "6200"
