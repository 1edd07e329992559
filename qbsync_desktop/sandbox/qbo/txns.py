"""Sales transactions: Invoice, CreditMemo and Payment, with QBO's derived amounts.

TotalAmt, Balance, LinkedTxn and the customer's Balance are computed here and
never taken from the client (read-only inputs are ignored, qbo.md 2.3).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from . import faults
from .books import Books, Obj
from .names import clean, merge_for_write, ref_id

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
USD = {"value": "USD", "name": "United States Dollar"}
TAX_WORD = {"GB": "VAT", "IE": "VAT", "ZA": "VAT", "FR": "VAT", "CA": "GST/HST", "AU": "GST"}


@dataclass
class TxnContext:
    """What a transaction write needs to know about the company."""

    preferences: Obj
    country: str
    today: str
    allow_duplicate_doc_number: bool = False

    def pref(self, group: str, name: str, default: Any = None) -> Any:
        return (self.preferences.get(group) or {}).get(name, default)


def money(value: Any, element: str = "Amount") -> Decimal:
    try:
        return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError) as exc:
        raise faults.invalid_property(element) from exc


def num(value: Decimal) -> float:
    return float(value)


def _check_closed(ctx: TxnContext, *dates: Any) -> None:
    close = ctx.pref("AccountingInfoPrefs", "BookCloseDate")
    if not close:
        return
    for date in dates:
        if date and str(date) <= str(close):
            raise faults.period_closed()


def _customer(books: Books, obj: Obj) -> Obj:
    cust_id = ref_id(obj.get("CustomerRef"))
    if cust_id is None:
        raise faults.required("CustomerRef")
    customer = books.get("Customer", cust_id)
    if customer is None or not customer.get("Active", True):
        raise faults.invalid_ref("CustomerRef", inactive=customer is not None)
    obj["CustomerRef"] = {"value": cust_id, "name": customer["DisplayName"]}
    return customer


def _tax_code_ok(books: Books, code: str, us: bool) -> bool:
    if us and code in {"TAX", "NON"}:
        return True
    return books.get("TaxCode", code) is not None


def _tax_rate(books: Books, code: str | None) -> Decimal:
    """Percent of the first sales rate of a tax code (0 when none)."""
    tax_code = books.get("TaxCode", code) if code else None
    if not tax_code:
        return Decimal(0)
    rates = (tax_code.get("SalesTaxRateList") or {}).get("TaxRateDetail") or []
    total = Decimal(0)
    for detail in rates:
        rate = books.get("TaxRate", ref_id(detail.get("TaxRateRef")) or "")
        if rate:
            total += Decimal(str(rate.get("RateValue", 0)))
    return total


def _sales_line(books: Books, line: Obj, ctx: TxnContext) -> tuple[Decimal, str | None]:
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
    us = ctx.country.upper() in {"US", "USA"}
    code = ref_id(detail.get("TaxCodeRef"))
    if code is None and not us:
        word = TAX_WORD.get(ctx.country.upper(), "VAT")
        raise faults.business(
            f"Make sure all your transactions have a {word} rate before you save."
        )
    if code is not None and not _tax_code_ok(books, code, us):
        raise faults.invalid_ref("Line.SalesItemLineDetail.TaxCodeRef")
    if code is None:
        code = "NON"
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
    tax = _tax(books, obj, taxable, ctx)
    out: list[Obj] = []
    for n, line in enumerate(body_lines, start=1):
        out.append({"Id": line.pop("Id"), "LineNum": n, **line})
    out.append(
        {"Amount": num(subtotal), "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}
    )
    out.extend(discounts)
    return out, subtotal - discount_total, tax


def _tax(books: Books, obj: Obj, taxable: dict[str, Decimal], ctx: TxnContext) -> Decimal:
    detail = dict(obj.get("TxnTaxDetail") or {})
    us = ctx.country.upper() in {"US", "USA"}
    if us:
        code = ref_id(detail.get("TxnTaxCodeRef"))
        if code is not None and books.get("TaxCode", code) is None:
            raise faults.invalid_ref("TxnTaxDetail.TxnTaxCodeRef")
        tax = money(taxable.get("TAX", Decimal(0)) * _tax_rate(books, code) / 100)
    else:
        tax = Decimal(0)
        for code, amount in taxable.items():
            tax += money(amount * _tax_rate(books, code) / 100)
        if obj.get("GlobalTaxCalculation") == "NotApplicable":
            tax = Decimal(0)
    detail["TotalTax"] = num(tax)
    obj["TxnTaxDetail"] = detail
    if not us and obj.get("GlobalTaxCalculation") == "TaxInclusive":
        return Decimal(0)  # amounts already include the tax
    return tax


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
    _customer(books, obj)
    obj.setdefault("TxnDate", ctx.today)
    _check_closed(ctx, obj["TxnDate"], existing.get("TxnDate") if existing else None)
    lines, net, tax = _build_lines(books, obj, existing, ctx)
    obj["Line"] = lines
    total = net + tax
    obj["TotalAmt"] = num(total)
    _doc_number(books, entity, obj, existing, ctx)
    if "DueDate" not in obj:
        obj["DueDate"] = (dt.date.fromisoformat(obj["TxnDate"]) + dt.timedelta(days=30)).isoformat()
    customer = books.get("Customer", obj["CustomerRef"]["value"]) or {}
    if existing is None:
        for addr in ("BillAddr", "ShipAddr"):
            if addr not in obj and customer.get(addr):
                obj[addr] = dict(customer[addr])
        if "BillEmail" not in obj and customer.get("PrimaryEmailAddr"):
            obj["BillEmail"] = dict(customer["PrimaryEmailAddr"])
    obj.setdefault("CurrencyRef", USD)
    obj.setdefault("PrintStatus", "NotSet")
    obj.setdefault("EmailStatus", "NotSet")
    if obj["EmailStatus"] == "NeedToSend" and not (obj.get("BillEmail") or {}).get("Address"):
        raise faults.business("Need to send an email requires a BillEmail address.", "BillEmail")
    _custom_field_names(obj, ctx)
    if entity == "Invoice":
        obj["LinkedTxn"] = list((existing or {}).get("LinkedTxn", []))
        applied = applied_to_invoice(books, obj)
        if applied > total:
            raise faults.business(
                "The invoice total is less than the payments applied to it.", "TotalAmt"
            )
        obj["Balance"] = num(total - applied)
    else:
        obj["Balance"] = num(total)  # credit memo: remaining credit
        obj["RemainingCredit"] = num(total)
    old_customer = ref_id(existing.get("CustomerRef")) if existing else None
    stored = books.insert(entity, obj, now) if existing is None else books.replace(entity, obj, now)
    refresh_customer_balance(books, stored["CustomerRef"]["value"])
    if old_customer and old_customer != stored["CustomerRef"]["value"]:
        refresh_customer_balance(books, old_customer)
    return stored


def _custom_field_names(obj: Obj, ctx: TxnContext) -> None:
    names: dict[str, str] = {}
    for group in ctx.pref("SalesFormsPrefs", "CustomField", []) or []:
        for field in group.get("CustomField", []):
            key = str(field.get("Name", ""))
            if key.startswith("SalesFormsPrefs.SalesCustomName"):
                names[key[-1]] = str(field.get("StringValue", ""))
    for field in obj.get("CustomField") or []:
        slot = str(field.get("DefinitionId", ""))
        if slot in names:
            field["Name"] = names[slot]


def applied_to_invoice(books: Books, invoice: Obj) -> Decimal:
    total = Decimal(0)
    for link in invoice.get("LinkedTxn", []):
        if link.get("TxnType") != "Payment":
            continue
        payment = books.get("Payment", str(link.get("TxnId")))
        if payment is not None:
            total += _payment_amount_for(payment, invoice["Id"])
    return total


def _payment_amount_for(payment: Obj, invoice_id: str) -> Decimal:
    total = Decimal(0)
    for line in payment.get("Line", []):
        for link in line.get("LinkedTxn", []):
            if link.get("TxnType") == "Invoice" and str(link.get("TxnId")) == invoice_id:
                total += money(line.get("Amount", 0))
    return total


def refresh_customer_balance(books: Books, customer_id: str) -> None:
    """Customer.Balance follows its invoices; not a customer edit, so no SyncToken bump [U]."""
    customer = books.get("Customer", customer_id)
    if customer is None:
        return
    total = Decimal(0)
    for inv_id in books.invoices_by_customer.get(customer_id, ()):
        inv = books.get("Invoice", inv_id)
        if inv is not None:
            total += money(inv.get("Balance", 0))
    customer["Balance"] = num(total)
    customer["BalanceWithJobs"] = num(total)


def refresh_invoice(books: Books, invoice_id: str, payment_id: str, now: float) -> None:
    """Re-derive LinkedTxn and Balance after `payment_id` changed; bumps the invoice [U]."""
    invoice = books.get("Invoice", invoice_id)
    if invoice is None:
        return
    links = [ln for ln in invoice.get("LinkedTxn", []) if ln.get("TxnType") != "Payment"]
    payment_ids = [
        str(ln["TxnId"]) for ln in invoice.get("LinkedTxn", []) if ln.get("TxnType") == "Payment"
    ]
    if payment_id not in payment_ids:
        payment_ids.append(payment_id)
    for pid in payment_ids:
        payment = books.get("Payment", pid)
        if payment is not None and _payment_amount_for(payment, invoice_id) > 0:
            links.append({"TxnId": pid, "TxnType": "Payment"})
    new = dict(invoice)
    new["LinkedTxn"] = links
    new["Balance"] = num(money(invoice.get("TotalAmt", 0)) - applied_to_invoice(books, new))
    if new["LinkedTxn"] != invoice.get("LinkedTxn") or new["Balance"] != invoice.get("Balance"):
        books.replace("Invoice", new, now)
        refresh_customer_balance(books, ref_id(new.get("CustomerRef")) or "")


def linked_invoices(payment: Obj | None) -> set[str]:
    out: set[str] = set()
    for line in (payment or {}).get("Line", []):
        for link in line.get("LinkedTxn", []):
            if link.get("TxnType") == "Invoice":
                out.add(str(link.get("TxnId")))
    return out
