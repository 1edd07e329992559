"""Sales forms: Invoice and CreditMemo writes, with QBO's derived amounts.

TotalAmt, Balance, LinkedTxn and the customer's Balance are computed here (and in
`ledger`) and never taken from the client (read-only inputs are ignored, qbo.md 2.3).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from . import faults, ledger, tax, terms
from .books import Books, Obj
from .formprefs import TxnContext, apply_currency, apply_custom_fields, check_closed
from .names import clean, merge_for_write, ref_id

__all__ = ["TxnContext", "merge_for_write", "write_sales_form"]

CENT = Decimal("0.01")
TXN_READ_ONLY = frozenset(
    {
        "Id",
        "SyncToken",
        "MetaData",
        "domain",
        "sparse",
        "status",
        "time",
        "TotalAmt",
        "Balance",
        "HomeBalance",
        "HomeTotalAmt",
        "LinkedTxn",
        "InvoiceLink",
        "RemainingCredit",
    }
)
PAYMENT_READ_ONLY = (TXN_READ_ONLY - {"TotalAmt", "LinkedTxn"}) | {"UnappliedAmt"}


def money(value: Any, element: str = "Amount") -> Decimal:
    try:
        return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError) as exc:
        raise faults.invalid_property(element) from exc


def num(value: Decimal) -> float:
    return float(value)


def _customer(books: Books, obj: Obj) -> Obj:
    cust_id = ref_id(obj.get("CustomerRef"))
    if cust_id is None:
        raise faults.required("CustomerRef")
    customer = books.get("Customer", cust_id)
    if customer is None or not customer.get("Active", True):
        raise faults.invalid_ref("CustomerRef", inactive=customer is not None)
    obj["CustomerRef"] = {"value": cust_id, "name": customer["DisplayName"]}
    return customer


def _sales_line(books: Books, line: Obj, ctx: TxnContext) -> tuple[Decimal, str]:
    """Validate one SalesItemLine in place; (amount, tax code)."""
    detail = dict(line.get("SalesItemLineDetail") or {})
    item_id = ref_id(detail.get("ItemRef"))
    if item_id is not None:
        item = books.get("Item", item_id)
        if item is None or not item.get("Active", True) or item.get("Type") == "Category":
            raise faults.invalid_ref("Line.SalesItemLineDetail.ItemRef", inactive=item is not None)
        detail["ItemRef"] = {"value": item_id, "name": item["Name"]}
    qty = detail.get("Qty")
    price = detail.get("UnitPrice")
    if "Amount" not in line:
        if qty in (None, "") or price in (None, ""):
            raise faults.required("Line.Amount")
        line["Amount"] = num(money(Decimal(str(qty)) * Decimal(str(price))))
    amount = money(line["Amount"], "Line.Amount")
    if qty not in (None, "", 0) and price not in (None, "", 0):
        # python-quickbooks sends Qty 0 / UnitPrice 0 for "not set": only check real values.
        if money(Decimal(str(qty)) * Decimal(str(price))) != amount:
            raise faults.QboError(
                6070,
                "Amount calculation incorrect",
                f"Amount calculation incorrect : Amount {amount} is not equal to Qty * UnitPrice",
                element="Line.Amount",
            )
    elif qty not in (None, "", 0) and price in (None, "", 0):
        detail["UnitPrice"] = num(amount / Decimal(str(qty)))
    rev_rec = ctx.pref("ProductAndServicesPrefs", "RevenueRecognition")
    if rev_rec and item_id is not None and not detail.get("ServiceDate"):
        raise faults.business(
            "Enter a service date for the revenue recognition line item.",
            element="Line.SalesItemLineDetail.ServiceDate",
        )
    code = tax.line_tax_code(books, detail, ctx.country)
    detail["TaxCodeRef"] = {"value": code}
    line["SalesItemLineDetail"] = detail
    line["Amount"] = num(amount)
    return amount, code


def _build_lines(
    books: Books, obj: Obj, existing: Obj | None, ctx: TxnContext
) -> tuple[list[Obj], Decimal, Decimal]:
    """Lines in response shape plus (subtotal, tax)."""
    lines = obj.get("Line")
    if not isinstance(lines, list) or not [ln for ln in lines if isinstance(ln, dict)]:
        raise faults.required("Line")
    old_ids = {str(ln.get("Id")) for ln in (existing or {}).get("Line", []) if ln.get("Id")}
    next_line = max([int(i) for i in old_ids if i.isdigit()] + [0]) + 1
    body_lines: list[Obj] = []
    discounts: list[Obj] = []
    subtotal = Decimal(0)
    taxable: dict[str, Decimal] = {}
    for raw in lines:
        line = clean(dict(raw))
        kind = line.get("DetailType")
        if kind == "SubTotalLineDetail":
            continue  # server-generated
        if not kind:
            raise faults.required("Line.DetailType")
        if str(line.get("Id", "")) not in old_ids:
            line["Id"] = str(next_line)
            next_line += 1
        line.pop("LineNum", None)
        if kind == "SalesItemLineDetail":
            amount, code = _sales_line(books, line, ctx)
            subtotal += amount
            taxable[code] = taxable.get(code, Decimal(0)) + amount
            body_lines.append(line)
        elif kind == "DescriptionOnly":
            line.setdefault("DescriptionLineDetail", {})
            body_lines.append(line)
        elif kind == "DiscountLineDetail":
            discounts.append(line)
        else:
            raise faults.invalid_property(f"Line.{kind}")
    discount_total = Decimal(0)
    for line in discounts:
        detail = line.get("DiscountLineDetail") or {}
        if detail.get("PercentBased") in (True, "true"):
            pct = Decimal(str(detail.get("DiscountPercent", 0)))
            amount = money(subtotal * pct / 100)
        else:
            amount = money(line.get("Amount", 0), "Line.Amount")
        line["Amount"] = num(amount)
        discount_total += amount
    tax_total = tax.compute_tax(books, obj, taxable, ctx.country)
    out: list[Obj] = []
    for n, line in enumerate(body_lines, start=1):
        out.append({"Id": line.pop("Id"), "LineNum": n, **line})
    out.append(
        {"Amount": num(subtotal), "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}
    )
    out.extend(discounts)
    return out, subtotal - discount_total, tax_total


def _doc_number(books: Books, entity: str, obj: Obj, existing: Obj | None, ctx: TxnContext) -> None:
    custom = bool(ctx.pref("SalesFormsPrefs", "CustomTxnNumbers", False))
    number = obj.get("DocNumber")
    auto = number == "AUTO_GENERATE" or obj.pop("AutoDocNumber", False) in (True, "true")
    if auto or (not number and not custom and existing is None):
        obj["DocNumber"] = str(books.next_doc_number)
        return
    if not number:
        return  # custom numbers on and none given: stays empty (qbo.md 3.4)
    if len(str(number)) > 21:
        raise faults.too_long("DocNumber", 21, len(str(number)))
    if custom and not ctx.allow_duplicate_doc_number:
        holders = books.doc_numbers.get(str(number).casefold(), [])
        others = [h for h in holders if h != (entity, obj.get("Id"))]
        if others:
            holder = others[0]
            raise faults.duplicate_doc_number(str(number), holder[0], holder[1])


def write_sales_form(books: Books, entity: str, body: Obj, now: float, ctx: TxnContext) -> Obj:
    """Invoice or CreditMemo create / full update / sparse update."""
    existing, obj, _sparse = merge_for_write(books, entity, body, TXN_READ_ONLY)
    customer = _customer(books, obj)
    obj.setdefault("TxnDate", ctx.today)
    check_closed(ctx, obj["TxnDate"], existing.get("TxnDate") if existing else None)
    apply_currency(obj, customer, ctx)
    lines, net, tax_total = _build_lines(books, obj, existing, ctx)
    obj["Line"] = lines
    total = net + tax_total
    obj["TotalAmt"] = num(total)
    _doc_number(books, entity, obj, existing, ctx)
    if entity == "Invoice":
        terms.invoice_due_date(books, obj, ctx.pref("SalesFormsPrefs", "DefaultTerms"))
    if existing is None:
        # Addresses come from the customer; BillEmail, CustomerMemo and SalesTermRef do
        # not [C addresses; S mcp-server#91 for the rest, qbo.md 3.5].
        for addr in ("BillAddr", "ShipAddr"):
            if addr not in obj and customer.get(addr):
                obj[addr] = dict(customer[addr])
    obj.setdefault("PrintStatus", "NotSet")
    obj.setdefault("EmailStatus", "NotSet")
    if obj["EmailStatus"] == "NeedToSend" and not (obj.get("BillEmail") or {}).get("Address"):
        raise faults.business("Need to send an email requires a BillEmail address.", "BillEmail")
    apply_custom_fields(obj, ctx)
    if existing is not None:
        obj["Id"] = existing["Id"]
    applied = ledger.payments_applied(books, entity, obj) if existing is not None else Decimal(0)
    if applied > total:
        what = "payments applied to it" if entity == "Invoice" else "credit already used"
        raise faults.business(f"The {entity} total is less than the {what}.", "TotalAmt")
    obj["Balance"] = num(total - applied)
    if entity == "Invoice":
        obj["LinkedTxn"] = list((existing or {}).get("LinkedTxn", []))
    else:
        obj["RemainingCredit"] = num(total - applied)
    old_customer = ref_id(existing.get("CustomerRef")) if existing else None
    stored = books.insert(entity, obj, now) if existing is None else books.replace(entity, obj, now)
    ledger.refresh_customer_balance(books, stored["CustomerRef"]["value"])
    if old_customer and old_customer != stored["CustomerRef"]["value"]:
        ledger.refresh_customer_balance(books, old_customer)
    return stored
