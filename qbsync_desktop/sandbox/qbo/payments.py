"""Payments, and the void / delete operations of transactions (qbo.md 2.4, 3.5)."""

from __future__ import annotations

from decimal import Decimal

from . import faults
from .books import Books, Obj
from .names import check_sync_token, ref_id
from .txns import (
    PAYMENT_READ_ONLY,
    USD,
    TxnContext,
    _check_closed,
    _customer,
    _payment_amount_for,
    applied_to_invoice,
    linked_invoices,
    merge_for_write,
    money,
    num,
    refresh_customer_balance,
    refresh_invoice,
)


def write_payment(books: Books, body: Obj, now: float, ctx: TxnContext) -> Obj:
    existing, obj, _sparse = merge_for_write(books, "Payment", body, PAYMENT_READ_ONLY)
    customer = _customer(books, obj)
    if obj.get("TotalAmt") in (None, ""):
        raise faults.required("TotalAmt")
    total = money(obj["TotalAmt"], "TotalAmt")
    if total < 0:
        raise faults.business("The payment amount cannot be negative.", "TotalAmt")
    obj.setdefault("TxnDate", ctx.today)
    _check_closed(ctx, obj["TxnDate"], existing.get("TxnDate") if existing else None)
    applied = Decimal(0)
    lines: list[Obj] = []
    for raw in obj.get("Line") or []:
        line = dict(raw)
        if line.get("Amount") in (None, ""):
            raise faults.required("Line.Amount")
        amount = money(line["Amount"], "Line.Amount")
        links = []
        for link in line.get("LinkedTxn") or []:
            txn_id, txn_type = str(link.get("TxnId", "")), link.get("TxnType")
            if txn_type != "Invoice":
                raise faults.invalid_ref("Line.LinkedTxn.TxnType")
            invoice = books.get("Invoice", txn_id)
            if invoice is None:
                raise faults.invalid_ref("Line.LinkedTxn.TxnId")
            if ref_id(invoice.get("CustomerRef")) != customer["Id"]:
                raise faults.business(
                    f"Invoice {txn_id} belongs to a different customer.", "Line.LinkedTxn"
                )
            open_amount = money(invoice.get("Balance", 0))
            if existing is not None:
                open_amount += _payment_amount_for(existing, txn_id)
            if amount > open_amount:
                # [U] QBO's exact wording; the rule (no over-application) is accounting.
                raise faults.business(
                    f"The amount applied to invoice {txn_id} is more than its open balance.",
                    "Line.Amount",
                )
            links.append({"TxnId": txn_id, "TxnType": "Invoice"})
        line["LinkedTxn"] = links
        line["Amount"] = num(amount)
        applied += amount
        lines.append(line)
    if applied > total:
        raise faults.business("The amount applied is more than the payment amount.", "TotalAmt")
    obj["Line"] = lines
    obj["TotalAmt"] = num(total)
    obj["UnappliedAmt"] = num(total - applied)
    obj.setdefault("ProcessPayment", False)
    obj.setdefault("CurrencyRef", USD)
    if "DepositToAccountRef" not in obj:
        undeposited = books.account_names.get("undeposited funds")
        if undeposited:
            obj["DepositToAccountRef"] = {"value": undeposited}
    before = linked_invoices(existing)
    stored = (
        books.insert("Payment", obj, now)
        if existing is None
        else books.replace("Payment", obj, now)
    )
    for inv_id in sorted(before | linked_invoices(stored)):
        refresh_invoice(books, inv_id, stored["Id"], now)
    refresh_customer_balance(books, customer["Id"])
    return stored


def _load_for_change(books: Books, entity: str, body: Obj, ctx: TxnContext) -> Obj:
    obj_id = ref_id(body.get("Id"))
    if obj_id is None:
        raise faults.required("Id")
    existing = books.get(entity, obj_id)
    if existing is None:
        raise faults.not_found(entity, obj_id)
    check_sync_token(existing, body)
    _check_closed(ctx, existing.get("TxnDate"))
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
        refresh_customer_balance(books, ref_id(stored.get("CustomerRef")) or "")
        return stored
    new["Line"] = [{**ln, "Amount": 0.0} for ln in existing.get("Line", [])]
    new["TotalAmt"] = 0.0
    new["UnappliedAmt"] = 0.0
    stored = books.replace("Payment", new, now)
    for inv_id in sorted(linked_invoices(existing)):
        refresh_invoice(books, inv_id, stored["Id"], now)
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
    if entity == "Invoice" and applied_to_invoice(books, existing) > 0:
        raise faults.business(
            "This invoice has payments applied. Unlink or delete the payments first."
        )
    stub = books.remove(entity, existing["Id"], now)
    if entity == "Payment":
        for inv_id in sorted(linked_invoices(existing)):
            refresh_invoice(books, inv_id, existing["Id"], now)
    customer_id = ref_id(existing.get("CustomerRef"))
    if customer_id:
        refresh_customer_balance(books, customer_id)
    return {"Id": stub["Id"], "status": "Deleted", "domain": "QBO"}
