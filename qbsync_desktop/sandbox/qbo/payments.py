"""Payments, and the void / delete operations of transactions (qbo.md 2.4, 3.5)."""

from __future__ import annotations

from decimal import Decimal

from . import faults, ledger
from .books import Books, Obj
from .formprefs import TxnContext, apply_currency, check_closed
from .ledger import applied_to_invoice
from .names import check_sync_token, merge_for_write, ref_id
from .txns import PAYMENT_READ_ONLY, _customer, money, num


def write_payment(books: Books, body: Obj, now: float, ctx: TxnContext) -> Obj:
    existing, obj, _sparse = merge_for_write(books, "Payment", body, PAYMENT_READ_ONLY)
    customer = _customer(books, obj)
    if obj.get("TotalAmt") in (None, ""):
        raise faults.required("TotalAmt")
    total = money(obj["TotalAmt"], "TotalAmt")
    if total < 0:
        raise faults.business("The payment amount cannot be negative.", "TotalAmt")
    obj.setdefault("TxnDate", ctx.today)
    check_closed(ctx, obj["TxnDate"], existing.get("TxnDate") if existing else None)
    apply_currency(obj, customer, ctx)
    applied = {"Invoice": Decimal(0), "CreditMemo": Decimal(0)}
    lines: list[Obj] = []
    for raw in obj.get("Line") or []:
        line = dict(raw)
        if line.get("Amount") in (None, ""):
            raise faults.required("Line.Amount")
        amount = money(line["Amount"], "Line.Amount")
        links = []
        for link in line.get("LinkedTxn") or []:
            txn_type = _linked_txn(books, link, amount, customer["Id"], existing)
            links.append({"TxnId": str(link.get("TxnId", "")), "TxnType": txn_type})
            applied[txn_type] += amount
        line["LinkedTxn"] = links
        line["Amount"] = num(amount)
        lines.append(line)
    # Credit used pays invoices too: what the payment itself brings is the difference.
    net = applied["Invoice"] - applied["CreditMemo"]
    if net < 0:
        raise faults.business(
            "The credits applied are more than the invoices they are applied to.", "Line.Amount"
        )
    if net > total:
        raise faults.business("The amount applied is more than the payment amount.", "TotalAmt")
    obj["Line"] = lines
    obj["TotalAmt"] = num(total)
    obj["UnappliedAmt"] = num(total - net)
    obj.setdefault("ProcessPayment", False)
    if "DepositToAccountRef" not in obj:
        undeposited = books.account_names.get("undeposited funds")
        if undeposited:
            obj["DepositToAccountRef"] = {"value": undeposited}
    stored = (
        books.insert("Payment", obj, now)
        if existing is None
        else books.replace("Payment", obj, now)
    )
    ledger.refresh_payment_links(books, existing, stored, now)
    ledger.refresh_customer_balance(books, customer["Id"])
    old_customer = ref_id((existing or {}).get("CustomerRef"))
    if old_customer and old_customer != customer["Id"]:
        ledger.refresh_customer_balance(books, old_customer)
    return stored


def _linked_txn(
    books: Books, link: Obj, amount: Decimal, customer_id: str, existing: Obj | None
) -> str:
    """Check one LinkedTxn of a payment line; its TxnType."""
    txn_id, txn_type = str(link.get("TxnId", "")), link.get("TxnType")
    if txn_type not in ledger.LINKABLE:
        raise faults.invalid_ref("Line.LinkedTxn.TxnType")
    txn = books.get(str(txn_type), txn_id)
    if txn is None:
        # LinkedTxn.TxnId is the transaction Id, never its DocNumber [S ruckus#277].
        raise faults.invalid_ref("Line.LinkedTxn.TxnId")
    if ref_id(txn.get("CustomerRef")) != customer_id:
        raise faults.business(
            f"{txn_type} {txn_id} belongs to a different customer.", "Line.LinkedTxn"
        )
    open_amount = money(txn.get("Balance", 0))
    if existing is not None:
        open_amount += ledger.payment_amount_for(existing, str(txn_type), txn_id)
    if amount > open_amount:
        # [U] QBO's exact wording; the rule (no over-application) is accounting.
        what = "open balance" if txn_type == "Invoice" else "remaining credit"
        raise faults.business(
            f"The amount applied to {txn_type} {txn_id} is more than its {what}.",
            "Line.Amount",
        )
    return str(txn_type)


def _load_for_change(books: Books, entity: str, body: Obj, ctx: TxnContext) -> Obj:
    obj_id = ref_id(body.get("Id"))
    if obj_id is None:
        raise faults.required("Id")
    existing = books.get(entity, obj_id)
    if existing is None:
        raise faults.not_found(entity, obj_id)
    check_sync_token(existing, body)
    check_closed(ctx, existing.get("TxnDate"))
    return existing


def void(books: Books, entity: str, body: Obj, now: float, ctx: TxnContext) -> Obj:
    if entity not in {"Invoice", "Payment"}:
        raise faults.unsupported(f"Operation Void is not supported for {entity}.")
    existing = _load_for_change(books, entity, body, ctx)
    new = dict(existing)
    note = str(existing.get("PrivateNote", ""))
    if not note.startswith("Voided"):
        new["PrivateNote"] = f"Voided - {note}" if note else "Voided"
    if entity == "Invoice":
        if applied_to_invoice(books, existing) > 0:
            # [U] claimed by third parties: payments must be removed first.
            raise faults.business(
                "This invoice has payments applied. Delete or void the payments first."
            )
        new["Line"] = [_zero_line(ln) for ln in existing.get("Line", [])]
        new["TotalAmt"] = 0.0
        new["Balance"] = 0.0
        new["TxnTaxDetail"] = {**(existing.get("TxnTaxDetail") or {}), "TotalTax": 0.0}
        stored = books.replace("Invoice", new, now)
        ledger.refresh_customer_balance(books, ref_id(stored.get("CustomerRef")) or "")
        return stored
    new["Line"] = [{**ln, "Amount": 0.0} for ln in existing.get("Line", [])]
    new["TotalAmt"] = 0.0
    new["UnappliedAmt"] = 0.0
    stored = books.replace("Payment", new, now)
    ledger.refresh_payment_links(books, existing, stored, now)
    ledger.refresh_customer_balance(books, ref_id(stored.get("CustomerRef")) or "")
    return stored


def _zero_line(line: Obj) -> Obj:
    new = {**line, "Amount": 0.0}
    detail = line.get("SalesItemLineDetail")
    if isinstance(detail, dict):
        new["SalesItemLineDetail"] = {**detail, "Qty": 0, "UnitPrice": 0}
    return new


def delete(books: Books, entity: str, body: Obj, now: float, ctx: TxnContext) -> Obj:
    if entity not in {"Invoice", "Payment", "CreditMemo"}:
        # Name lists are made inactive instead (qbo.md 2.4).
        raise faults.unsupported(
            f"Operation Delete is not supported for {entity}. Make it inactive instead."
        )
    existing = _load_for_change(books, entity, body, ctx)
    if entity != "Payment" and ledger.payments_applied(books, entity, existing) > 0:
        raise faults.business(
            f"This {entity} has payments applied. Unlink or delete the payments first."
        )
    stub = books.remove(entity, existing["Id"], now)
    if entity == "Payment":
        ledger.refresh_payment_links(books, existing, None, now)
    customer_id = ref_id(existing.get("CustomerRef"))
    if customer_id:
        ledger.refresh_customer_balance(books, customer_id)
    return {"Id": stub["Id"], "status": "Deleted", "domain": "QBO"}
