"""Invoice rules without I/O, QBO's side: a QBO invoice -> what HubSpot gets, and the
financial fingerprint that tells an edit in QBO (E4 / E5) from a harmless one.

See invoice_rules.py for how an invoice object module puts these together.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from qbsync_desktop.core.connectors.qbo_fields import CUSTOM_FIELD  # CustomField:<slot>

from .invoice_rules import RuleProblem, cents
from .object_settings import ObjectSettings
from .problems import Problem, ProblemCode

SALES_LINE = "SalesItemLineDetail"
DISCOUNT_LINE = "DiscountLineDetail"


def _ref(value: Any) -> str | None:
    if isinstance(value, dict) and value.get("value") not in (None, ""):
        return str(value["value"])
    return None


def _dec(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else Decimal(0)
    except ArithmeticError:
        return Decimal(0)


def is_voided(invoice: Mapping[str, Any]) -> bool:
    """QBO keeps a voided invoice with zero amounts and "Voided" before its private note."""
    note = str(invoice.get("PrivateNote") or "")
    return note.startswith("Voided") and _dec(invoice.get("TotalAmt")) == 0


# ---- inbound ----------------------------------------------------------------------------
def line_key(qbo_invoice_id: str, line_id: str) -> str:
    """Our unique key of the HubSpot line item made from one QBO invoice line."""
    return f"qbo-invoice-{qbo_invoice_id}-line-{line_id}"


def invoice_key(qbo_invoice_id: str) -> str:
    """Our unique key of the HubSpot invoice made from a QBO invoice."""
    return f"qbo-invoice-{qbo_invoice_id}"


@dataclass(frozen=True)
class InboundLine:
    key: str
    properties: dict[str, str]


@dataclass
class InboundInvoice:
    key: str
    properties: dict[str, str]  # invoice properties for the create (drafts) / update
    status: str  # open | voided: set after the lines and associations are in place
    lines: list[InboundLine]
    contact_id: str | None
    company_id: str | None
    problems: list[RuleProblem] = field(default_factory=list)


def hubspot_datetime(day: str) -> str:
    """A QBO date as HubSpot datetime text (midnight UTC): HubSpot stores date-times."""
    return f"{day}T00:00:00.000Z"


def inbound_invoice(
    invoice: Mapping[str, Any],
    *,
    contact_for_customer: Callable[[str], str | None],
    company_of_contact: Callable[[str], str | None],
    product_for_item: Callable[[str], str | None],
    home_currency: str,
    custom_fields: Mapping[str, str] | None = None,
) -> InboundInvoice:
    """What HubSpot gets for a QBO invoice: properties, lines (linked to the HubSpot product
    of the line's item where one is linked), the contact linked to the customer and that
    contact's company, and the status (open unless QBO voided it; paid follows payments)."""
    qid = str(invoice.get("Id"))
    problems: list[RuleProblem] = []
    customer = _ref(invoice.get("CustomerRef")) or ""
    contact = contact_for_customer(customer) if customer else None
    if contact is None:
        name = str((invoice.get("CustomerRef") or {}).get("name") or "")
        problems.append(
            RuleProblem("customer_unlinked", {"customer": name, "id": customer}, "CustomerRef")
        )
    company = company_of_contact(contact) if contact else None
    props: dict[str, str] = {
        "hs_currency": (_ref(invoice.get("CurrencyRef")) or home_currency).upper(),
    }
    if invoice.get("DocNumber"):
        props["hs_number"] = str(invoice["DocNumber"])
    if invoice.get("TxnDate"):
        props["hs_invoice_date"] = hubspot_datetime(str(invoice["TxnDate"]))
    if invoice.get("DueDate"):
        props["hs_due_date"] = hubspot_datetime(str(invoice["DueDate"]))
    props.update(custom_values(invoice, custom_fields or {}))
    lines: list[InboundLine] = []
    for line in invoice.get("Line") or []:
        if not isinstance(line, dict) or line.get("DetailType") != SALES_LINE:
            continue
        detail = line.get(SALES_LINE) or {}
        item = _ref(detail.get("ItemRef"))
        qty = _dec(detail.get("Qty")) or Decimal(1)
        amount = cents(_dec(line.get("Amount")))
        price = _dec(detail.get("UnitPrice")) if detail.get("UnitPrice") is not None else None
        if price is None:
            price = amount / qty
        lp: dict[str, str] = {
            "name": str((detail.get("ItemRef") or {}).get("name") or line.get("Description") or ""),
            "quantity": str(qty),
            "price": str(price),
        }
        if line.get("Description"):
            lp["description"] = str(line["Description"])
        product = product_for_item(item) if item else None
        if product is not None:
            lp["hs_product_id"] = product
        lines.append(InboundLine(line_key(qid, str(line.get("Id") or len(lines) + 1)), lp))
        if price < 0:  # HubSpot refuses a negative line price (discounts go on the line)
            problems.append(RuleProblem("negative_price", {"line": lp["name"]}, "price"))
    if not lines:
        problems.append(RuleProblem("no_lines", {}, "Line"))
    return InboundInvoice(
        key=invoice_key(qid),
        properties=props,
        status="voided" if is_voided(invoice) else "open",
        lines=lines,
        contact_id=contact,
        company_id=company,
        problems=problems,
    )


def custom_values(invoice: Mapping[str, Any], slots: Mapping[str, str]) -> dict[str, str]:
    """HubSpot property -> the value of the QBO custom field slot mapped to it (`slots`:
    slot -> property), for the slots the invoice carries (QBO lists the enabled ones; an
    empty one clears the property)."""
    out: dict[str, str] = {}
    for field_ in invoice.get("CustomField") or []:
        if isinstance(field_, dict) and str(field_.get("DefinitionId")) in slots:
            out[slots[str(field_["DefinitionId"])]] = str(field_.get("StringValue") or "")
    return out


def custom_slots(settings: ObjectSettings) -> dict[str, str]:
    """QuickBooks custom field slot -> the HubSpot invoice property the custom mappings
    pair it with: QuickBooks-made invoices bring the value along (create and edits)."""
    return {
        c.qbo_field[len(CUSTOM_FIELD) :]: c.hubspot_property
        for c in settings.custom
        if c.qbo_field.startswith(CUSTOM_FIELD)
    }


# ---- financial fingerprint -----------------------------------------------------------------
@dataclass(frozen=True)
class LinePrint:
    id: str
    kind: str  # SalesItemLineDetail | DiscountLineDetail
    item: str | None
    qty: str
    unit_price: str
    amount: str
    tax_code: str | None


@dataclass(frozen=True)
class Fingerprint:
    """The money of a QBO invoice: its lines, tax lines and total. Memo, email status,
    custom fields (and the 9999-12-31 service dates QBO may echo) are not in it."""

    lines: tuple[LinePrint, ...]
    tax: tuple[tuple[str, str], ...]  # (rate id, amount)
    total: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "lines": [vars(line).copy() for line in self.lines],
            "tax": [list(t) for t in self.tax],
            "total": self.total,
        }

    @staticmethod
    def from_dict(raw: Mapping[str, Any]) -> Fingerprint:
        return Fingerprint(
            tuple(LinePrint(**line) for line in raw.get("lines") or []),
            tuple((str(a), str(b)) for a, b in raw.get("tax") or []),
            str(raw.get("total", "0.00")),
        )


def _num(value: Any) -> str:
    """A stable text of a number: 2 == 2.0 == "2.00"."""
    number = _dec(value)
    return str(number.normalize()) if number != 0 else "0"


def fingerprint(invoice: Mapping[str, Any]) -> Fingerprint:
    lines = []
    for line in invoice.get("Line") or []:
        kind = line.get("DetailType") if isinstance(line, dict) else None
        if kind not in (SALES_LINE, DISCOUNT_LINE):
            continue  # subtotal lines are QBO's; description-only lines carry no money
        detail = line.get(kind) or {}
        lines.append(
            LinePrint(
                id=str(line.get("Id") or ""),
                kind=str(kind),
                item=_ref(detail.get("ItemRef")),
                qty=_num(detail.get("Qty")),
                unit_price=_num(detail.get("UnitPrice") or detail.get("DiscountPercent")),
                amount=str(cents(_dec(line.get("Amount")))),
                tax_code=_ref(detail.get("TaxCodeRef")),
            )
        )
    tax = []
    for tline in (invoice.get("TxnTaxDetail") or {}).get("TaxLine") or []:
        detail = tline.get("TaxLineDetail") or {}
        tax.append((_ref(detail.get("TaxRateRef")) or "", str(cents(_dec(tline.get("Amount"))))))
    return Fingerprint(
        tuple(sorted(lines, key=lambda p: p.id)),
        tuple(sorted(tax)),
        str(cents(_dec(invoice.get("TotalAmt")))),
    )


def compare_fingerprints(written: Fingerprint, current: Fingerprint) -> RuleProblem | None:
    """E5 when financial lines were added or removed in QBO, E4 when lines, amounts or tax
    changed, None when the money is as we wrote it (again, after an undo)."""
    before = {line.id: line for line in written.lines}
    after = {line.id: line for line in current.lines}
    if before.keys() != after.keys():
        return RuleProblem(
            "E5",
            {
                "added": ", ".join(sorted(after.keys() - before.keys())),
                "removed": ", ".join(sorted(before.keys() - after.keys())),
            },
            "Line",
        )
    changed = sorted(i for i in before if before[i] != after[i])
    if changed or written.tax != current.tax or written.total != current.total:
        return RuleProblem(
            "E4",
            {"lines": ", ".join(changed), "before": written.total, "after": current.total},
            "Line",
        )
    return None


# ---- problems -----------------------------------------------------------------------------
_CODES = {
    "customer_unlinked": ProblemCode.CUSTOMER_UNLINKED,
    "E4": ProblemCode.INVOICE_EDITED,
    "E5": ProblemCode.INVOICE_LINES_CHANGED,
    "no_lines": ProblemCode.INBOUND_NO_LINES,
    "negative_price": ProblemCode.INBOUND_NEGATIVE_PRICE,
}


def as_problem(rule: RuleProblem) -> Problem:
    """An inbound rule's problem as the store keeps it (code, values, field)."""
    return Problem(_CODES[rule.code], dict(rule.params), rule.field)


def created_before(day: str) -> Problem:
    """Left out by the inbound filter "created on or after `day`"."""
    return Problem(ProblemCode.CREATED_BEFORE, {"date": day})
