"""What payments do to the invoices and credit memos they link, and to the customer's balance.

A Payment line links one Invoice or one CreditMemo (`LinkedTxn.TxnType`), "applied
against multiple Invoices and Credit Memos" [C Intuit Payment reference, qbo.md
3.5]. Invoice lines take money off invoices, credit-memo lines use up credit, so
a payment's applied amount is the invoice lines minus the credit-memo lines; a
zero-amount payment that applies a credit memo to an invoice is how a credit is
used through the API [S breadwinner docs "Applying Credit to an Invoice": "a
zero-dollar payment, which is the link between the Credit Memo and the Invoice"].
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .books import Books, Obj
from .names import ref_id

CENT = Decimal("0.01")
LINKABLE = ("Invoice", "CreditMemo")


def money(value: Any) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def payment_amount_for(payment: Obj, txn_type: str, txn_id: str) -> Decimal:
    """What `payment` applies to one invoice or credit memo."""
    total = Decimal(0)
    for line in payment.get("Line", []):
        for link in line.get("LinkedTxn", []):
            if link.get("TxnType") == txn_type and str(link.get("TxnId")) == txn_id:
                total += money(line.get("Amount", 0))
    return total


def linked(payment: Obj | None, txn_type: str) -> set[str]:
    out: set[str] = set()
    for line in (payment or {}).get("Line", []):
        for link in line.get("LinkedTxn", []):
            if link.get("TxnType") == txn_type:
                out.add(str(link.get("TxnId")))
    return out


def linked_invoices(payment: Obj | None) -> set[str]:
    return linked(payment, "Invoice")


def payments_applied(books: Books, txn_type: str, txn: Obj) -> Decimal:
    """Money (invoice) or credit (credit memo) that payments have applied to `txn`."""
    customer_id = ref_id(txn.get("CustomerRef")) or ""
    payments = books.customer_txns("Payment", customer_id)
    return sum((payment_amount_for(p, txn_type, txn["Id"]) for p in payments), Decimal(0))


def applied_to_invoice(books: Books, invoice: Obj) -> Decimal:
    return payments_applied(books, "Invoice", invoice)


def refresh_linked(books: Books, txn_type: str, txn_id: str, now: float) -> None:
    """Re-derive an invoice's LinkedTxn and Balance, or a credit memo's remaining credit,
    after a payment changed; a change bumps the transaction's SyncToken [U]."""
    txn = books.get(txn_type, txn_id)
    if txn is None:
        return
    new = dict(txn)
    left = money(txn.get("TotalAmt", 0)) - payments_applied(books, txn_type, txn)
    new["Balance"] = float(left)
    if txn_type == "Invoice":
        others = [ln for ln in txn.get("LinkedTxn", []) if ln.get("TxnType") != "Payment"]
        customer_id = ref_id(txn.get("CustomerRef")) or ""
        payers = [
            {"TxnId": p["Id"], "TxnType": "Payment"}
            for p in books.customer_txns("Payment", customer_id)
            if payment_amount_for(p, "Invoice", txn_id) > 0
        ]
        new["LinkedTxn"] = others + payers
    else:
        new["RemainingCredit"] = float(left)
    if new != txn:
        books.replace(txn_type, new, now)


def refresh_payment_links(books: Books, before: Obj | None, after: Obj | None, now: float) -> None:
    for txn_type in LINKABLE:
        for txn_id in sorted(linked(before, txn_type) | linked(after, txn_type)):
            refresh_linked(books, txn_type, txn_id, now)


def refresh_customer_balance(books: Books, customer_id: str) -> None:
    """Open invoices less unused credit memos and unapplied payments.

    Intuit's Customer reference calls Balance the open balance, the amount the customer
    has not paid [C]; that credit memos and unapplied payments lower it is accounting,
    as QBO's customer list shows it [U for the API field]. Not a customer edit, so no
    SyncToken bump [U].
    """
    customer = books.get("Customer", customer_id)
    if customer is None:
        return
    total = Decimal(0)
    for inv in books.customer_txns("Invoice", customer_id):
        total += money(inv.get("Balance", 0))
    for memo in books.customer_txns("CreditMemo", customer_id):
        total -= money(memo.get("RemainingCredit", memo.get("Balance", 0)))
    for payment in books.customer_txns("Payment", customer_id):
        total -= money(payment.get("UnappliedAmt", 0))
    customer["Balance"] = float(total)
    customer["BalanceWithJobs"] = float(total)
