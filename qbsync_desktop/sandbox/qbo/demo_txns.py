"""Demo invoices, payments and the credit memo that makes the duplicate-number case (E6)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..demo import DUPLICATE_NUMBER_CASE, DemoBook
from .books import Books, Obj
from .formprefs import company_context
from .payments import write_payment
from .tax import is_us, standard_code
from .txns import write_sales_form

# A QBO credit memo holding the number of a HubSpot demo invoice: sending that
# invoice to QBO fails with 6140 while custom transaction numbers are on (SPEC E6).
CLASHING_DOC_NUMBER = DUPLICATE_NUMBER_CASE


def seed_invoices(
    books: Books,
    book: DemoBook,
    customer_ids: dict[int, str],
    item_ids: dict[int, str],
    now: float,
    today: str,
) -> tuple[int, int, int]:
    # Seeding goes through the same writers as the API, so totals, balances and
    # links are derived exactly as for client writes, under the company's own rules.
    ctx = company_context(books, today, include="allowduplicatedocnum")
    vat = None if is_us(ctx.country) else standard_code(books)
    invoices = payments = 0
    for inv in book.qbo_invoices:
        cust = customer_ids.get(inv.person_key)
        if cust is None:
            continue
        lines: list[Obj] = []
        for ln in inv.lines:
            detail: Obj = {"Qty": ln.quantity, "UnitPrice": float(ln.unit_price)}
            if ln.product_key is not None and ln.product_key in item_ids:
                detail["ItemRef"] = {"value": item_ids[ln.product_key]}
            if vat is not None:
                detail["TaxCodeRef"] = {"value": vat}
            amount = (Decimal(ln.unit_price) * ln.quantity).quantize(Decimal("0.01"))
            lines.append(
                {
                    "Amount": float(amount),
                    "DetailType": "SalesItemLineDetail",
                    "Description": ln.description,
                    "SalesItemLineDetail": detail,
                }
            )
        stored = write_sales_form(
            books,
            "Invoice",
            {
                "CustomerRef": {"value": cust},
                "DocNumber": inv.number,
                "TxnDate": inv.date,
                "DueDate": inv.due,
                "Line": lines,
            },
            now,
            ctx,
        )
        invoices += 1
        if inv.paid_fraction <= 0:
            continue
        total = Decimal(str(stored["TotalAmt"]))
        paid = (total * Decimal(str(inv.paid_fraction))).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
        write_payment(
            books,
            {
                "CustomerRef": {"value": cust},
                "TotalAmt": float(paid),
                "TxnDate": inv.date,
                "PaymentRefNum": f"DEMO-{inv.number}",
                "Line": [
                    {
                        "Amount": float(paid),
                        "LinkedTxn": [{"TxnId": stored["Id"], "TxnType": "Invoice"}],
                    }
                ],
            },
            now,
            ctx,
        )
        payments += 1
    memos = 0
    first_customer = next(iter(books.objects["Customer"]), None)
    first_item = next(iter(item_ids.values()), None)
    if first_customer is not None and first_item is not None:
        write_sales_form(
            books,
            "CreditMemo",
            {
                "CustomerRef": {"value": first_customer},
                "DocNumber": CLASHING_DOC_NUMBER,
                "TxnDate": today,
                "PrivateNote": "Demo: holds a number a HubSpot invoice also uses",
                "Line": [
                    {
                        "Amount": 25.0,
                        "DetailType": "SalesItemLineDetail",
                        "Description": "Goodwill credit",
                        "SalesItemLineDetail": {
                            "ItemRef": {"value": first_item},
                            **({"TaxCodeRef": {"value": vat}} if vat else {}),
                        },
                    }
                ],
            },
            now,
            ctx,
        )
        memos = 1
    return invoices, payments, memos
