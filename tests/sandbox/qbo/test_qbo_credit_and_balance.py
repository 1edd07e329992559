"""Payments that apply credit memos, and the customer's open balance (qbo.md 3.5).

Evidence: Intuit's Payment reference ("applied ... against multiple Invoices and
Credit Memos"); a zero-amount payment linking a credit memo and an invoice is how a
credit is used through the API (breadwinner's QBO docs, "Applying Credit to an
Invoice"). Over-application wording is the sandbox's own [U].
"""

from __future__ import annotations

from typing import Any

from .conftest import Qbo, fault_code


def _line(item_id: str, amount: float) -> dict[str, Any]:
    return {
        "Amount": amount,
        "DetailType": "SalesItemLineDetail",
        "SalesItemLineDetail": {"ItemRef": {"value": item_id}, "Qty": 1, "UnitPrice": amount},
    }


async def _books(qbo: Qbo, invoice: float = 100.0, credit: float = 30.0) -> dict[str, Any]:
    cust = await qbo.create("customer", {"DisplayName": "Credit Buyer"})
    item = (await qbo.rows("select * from Item maxresults 1"))[0]["Id"]
    inv = await qbo.create(
        "invoice", {"CustomerRef": {"value": cust["Id"]}, "Line": [_line(item, invoice)]}
    )
    memo = await qbo.create(
        "creditmemo", {"CustomerRef": {"value": cust["Id"]}, "Line": [_line(item, credit)]}
    )
    return {"cust": cust["Id"], "item": item, "inv": inv, "memo": memo}


def _applies(txn_id: str, txn_type: str, amount: float) -> dict[str, Any]:
    return {"Amount": amount, "LinkedTxn": [{"TxnId": txn_id, "TxnType": txn_type}]}


async def _balance(qbo: Qbo, cust: str) -> float:
    return float((await qbo.get(f"customer/{cust}")).json()["Customer"]["Balance"])


async def test_zero_amount_payment_applies_a_credit_memo_to_an_invoice(qbo: Qbo) -> None:
    b = await _books(qbo)
    assert await _balance(qbo, b["cust"]) == 70.0  # 100 open less 30 unused credit
    pay = await qbo.create(
        "payment",
        {
            "CustomerRef": {"value": b["cust"]},
            "TotalAmt": 0,
            "Line": [
                _applies(b["inv"]["Id"], "Invoice", 30.0),
                _applies(b["memo"]["Id"], "CreditMemo", 30.0),
            ],
        },
    )
    assert pay["TotalAmt"] == 0 and pay["UnappliedAmt"] == 0
    assert [ln["LinkedTxn"][0]["TxnType"] for ln in pay["Line"]] == ["Invoice", "CreditMemo"]
    inv = (await qbo.get(f"invoice/{b['inv']['Id']}")).json()["Invoice"]
    assert inv["Balance"] == 70.0
    assert {"TxnId": pay["Id"], "TxnType": "Payment"} in inv["LinkedTxn"]
    memo = (await qbo.get(f"creditmemo/{b['memo']['Id']}")).json()["CreditMemo"]
    assert memo["RemainingCredit"] == 0 and memo["Balance"] == 0
    assert await _balance(qbo, b["cust"]) == 70.0  # the credit moved, the balance did not


async def test_payment_total_is_invoice_lines_minus_credit_memo_lines(qbo: Qbo) -> None:
    b = await _books(qbo)
    lines = [
        _applies(b["inv"]["Id"], "Invoice", 80.0),
        _applies(b["memo"]["Id"], "CreditMemo", 30.0),
    ]
    short = await qbo.post(
        "payment", {"CustomerRef": {"value": b["cust"]}, "TotalAmt": 40.0, "Line": lines}
    )
    assert fault_code(short) == "6000"  # 80 - 30 = 50 applied, only 40 paid
    pay = await qbo.create(
        "payment", {"CustomerRef": {"value": b["cust"]}, "TotalAmt": 60.0, "Line": lines}
    )
    assert pay["UnappliedAmt"] == 10.0
    inv = (await qbo.get(f"invoice/{b['inv']['Id']}")).json()["Invoice"]
    assert inv["Balance"] == 20.0
    # 20 still open, less the 10 paid but not applied
    assert await _balance(qbo, b["cust"]) == 10.0


async def test_credit_memo_links_are_checked_conservative_wording_u(qbo: Qbo) -> None:
    b = await _books(qbo)
    more_credit_than_invoices = await qbo.post(
        "payment",
        {"CustomerRef": {"value": b["cust"]}, "TotalAmt": 0,
         "Line": [_applies(b["inv"]["Id"], "Invoice", 10.0),
                  _applies(b["memo"]["Id"], "CreditMemo", 30.0)]},
    )  # fmt: skip
    assert fault_code(more_credit_than_invoices) == "6000"
    over_credit = await qbo.post(
        "payment",
        {"CustomerRef": {"value": b["cust"]}, "TotalAmt": 0,
         "Line": [_applies(b["inv"]["Id"], "Invoice", 40.0),
                  _applies(b["memo"]["Id"], "CreditMemo", 40.0)]},
    )  # fmt: skip
    assert fault_code(over_credit) == "6000"  # the memo holds only 30
    other = await qbo.create("customer", {"DisplayName": "Someone Else"})
    foreign = await qbo.post(
        "payment",
        {"CustomerRef": {"value": other["Id"]}, "TotalAmt": 0,
         "Line": [_applies(b["memo"]["Id"], "CreditMemo", 1.0)]},
    )  # fmt: skip
    assert fault_code(foreign) == "6000"
    unknown_type = await qbo.post(
        "payment",
        {"CustomerRef": {"value": b["cust"]}, "TotalAmt": 1,
         "Line": [_applies(b["memo"]["Id"], "Estimate", 1.0)]},
    )  # fmt: skip
    assert fault_code(unknown_type) == "2500"


async def test_deleting_the_payment_gives_the_credit_back_and_an_applied_memo_stays(
    qbo: Qbo,
) -> None:
    b = await _books(qbo)
    pay = await qbo.create(
        "payment",
        {"CustomerRef": {"value": b["cust"]}, "TotalAmt": 0,
         "Line": [_applies(b["inv"]["Id"], "Invoice", 30.0),
                  _applies(b["memo"]["Id"], "CreditMemo", 30.0)]},
    )  # fmt: skip
    memo = (await qbo.get(f"creditmemo/{b['memo']['Id']}")).json()["CreditMemo"]
    refused = await qbo.post(
        "creditmemo", {"Id": memo["Id"], "SyncToken": memo["SyncToken"]}, operation="delete"
    )
    assert fault_code(refused) == "6000"  # unlink the payment first, as for invoices
    gone = await qbo.post(
        "payment", {"Id": pay["Id"], "SyncToken": pay["SyncToken"]}, operation="delete"
    )
    assert gone.status_code == 200
    memo = (await qbo.get(f"creditmemo/{b['memo']['Id']}")).json()["CreditMemo"]
    assert memo["RemainingCredit"] == 30.0
    inv = (await qbo.get(f"invoice/{b['inv']['Id']}")).json()["Invoice"]
    assert inv["Balance"] == 100.0 and inv["LinkedTxn"] == []


async def test_customer_balance_nets_unapplied_payments_and_credit_memos(qbo: Qbo) -> None:
    b = await _books(qbo, invoice=100.0, credit=30.0)
    await qbo.create("payment", {"CustomerRef": {"value": b["cust"]}, "TotalAmt": 50.0})
    assert await _balance(qbo, b["cust"]) == 20.0  # 100 - 30 credit - 50 on account
    rows = await qbo.rows(f"select * from Customer where Id = '{b['cust']}'")
    assert rows[0]["Balance"] == 20.0
