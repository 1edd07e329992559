"""Invoice rules without I/O: HubSpot invoice -> QBO Invoice body, the outbound fixed
filters and the checks that fail an invoice before any write (issue 16, SPEC 2.3 and 3).

How `core/sync/objects/invoices.py` will use these (with the service calls in
`core/connectors/hubspot_invoices.py` and `core/connectors/qbo_invoices.py`):

1. Once per run: `invoice_preferences()` (Preferences + CompanyInfo -> `QboFacts`),
   `hubspot_invoices.tax_rates()` and `qbo_invoices.tax_codes()` for the tax mapping
   settings, and `ensure_key_properties()` before the first HubSpot create.
2. Outbound (HubSpot -> QBO): read changed invoices with the engine's
   `changes.hubspot_changes(client, "invoices", "hs_lastmodifieddate", INVOICE_PROPERTIES,
   since)`, their lines and links (`invoice_links`, `read_line_items`), build a
   `HsInvoice` per invoice (`hs_line`, `hubspot_date`), drop those `outbound_exclusion()`
   names (show the reason), then `outbound_body()`; any `RuleProblem` fails the invoice
   before a call. Where a line needs the custom line item, `find_or_create_item()`
   first (its id goes in the context). For E6 the dry run and the writer ask
   `doc_number_holders()` for the DocNumbers about to be sent and pass each holder to
   `doc_number_problem()`. Bodies go out through `invoice_batches()` + `QboClient.batch`
   (or `write_invoices()`) with the request base kept in a pending write; the returned
   invoice's `fingerprint()` is stored with the link.
3. Inbound (QBO -> HubSpot): `invoices_changed_since()` (CDC; not `changes.qbo_changes`,
   whose query fallback filters on `Active`, which invoices lack) -> `inbound_invoice()` per
   invoice (in invoice_inbound.py) -> `upsert_line_items()`, `create_invoices()` (keyed
   by our unique property, associations in the create), `finalise_invoices()`.
4. A later QBO change to a HubSpot-made invoice: `compare_fingerprints(stored, now)` ->
   E4 / E5 (stop, don't overwrite HubSpot) or None (in step again: resume).

Problems are `RuleProblem(code, params, field)`: codes, never sentences; the object module
maps them onto the shared problem codes of `core/sync/errors.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final, Literal, Protocol

from qbsync_desktop.core.connectors.qbo_invoices import DocNumberHolder as DocHolder
from qbsync_desktop.core.connectors.qbo_invoices import InvoicePreferences as QboFacts

__all__ = ["DocHolder", "QboFacts"]  # re-exported: the facts and holders the connectors read

CENT = Decimal("0.01")
UNIT_PRICE_PLACES = Decimal("0.000001")
GLOBAL_TAX = "TaxExcluded"  # HubSpot line amounts are before tax

# Outbound fixed filters, in the order they are checked.
OutboundFilter = Literal["from_quickbooks", "draft", "before_switch_on"]
FROM_QUICKBOOKS: Final[OutboundFilter] = "from_quickbooks"
DRAFT: Final[OutboundFilter] = "draft"
BEFORE_SWITCH_ON: Final[OutboundFilter] = "before_switch_on"


def cents(value: Decimal) -> Decimal:
    """Money rounded half-up to cents, as both services show it."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class RuleProblem:
    """Why an invoice can't go as it is: a code ("E1", "totals_differ", ...) and values."""

    code: str
    params: dict[str, str] = field(default_factory=dict)
    field: str | None = None


# ---- inputs -------------------------------------------------------------------------------
@dataclass(frozen=True)
class HsLine:
    id: str
    name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal  # after line discounts, before tax
    product_id: str | None = None
    description: str | None = None
    tax_rate_id: str | None = None
    tax_rate_label: str | None = None
    service_date: date | None = None  # from the mapped line-item date property, if any


@dataclass(frozen=True)
class HsInvoice:
    id: str
    status: str  # draft | open | paid | voided
    currency: str
    invoice_date: date
    billed: Decimal  # hs_amount_billed
    lines: tuple[HsLine, ...]
    contact_id: str | None
    contact_name: str = ""
    contact_email: str = ""
    number: str | None = None
    due_date: date | None = None
    custom_values: Mapping[str, str] = field(default_factory=dict)  # HubSpot property -> value


@dataclass(frozen=True)
class QboTaxCode:
    id: str
    percent: Decimal  # sum of the code's sales rates; 0 for exempt / no VAT


@dataclass(frozen=True)
class TaxMapping:
    codes: Mapping[str, QboTaxCode] = field(default_factory=dict)  # HubSpot rate id -> code
    untaxed: QboTaxCode | None = None  # non-US: the code of lines without a HubSpot rate


@dataclass(frozen=True)
class CustomerMatch:
    customer_id: str | None
    likely_name: str | None = None  # e.g. a customer with the contact's name, for E1
    currency: str | None = None


class CustomerResolver(Protocol):
    def customer(self, contact_id: str) -> CustomerMatch: ...


class ItemResolver(Protocol):
    def item_id(self, product_id: str) -> str | None: ...


@dataclass(frozen=True)
class OutboundContext:
    facts: QboFacts
    customers: CustomerResolver
    items: ItemResolver
    custom_line_item_id: str | None  # None until found or created
    tax: TaxMapping = field(default_factory=TaxMapping)
    custom_fields: Mapping[str, str] = field(default_factory=dict)  # HubSpot prop -> slot


@dataclass
class OutboundResult:
    body: dict[str, Any] | None
    problems: list[RuleProblem]
    qbo_total: Decimal | None = None
    uses_custom_line_item: bool = False


def hubspot_date(value: str | None) -> date | None:
    """The calendar date (UTC) of a HubSpot date or datetime: ISO text or epoch ms."""
    if not value:
        return None
    if value.isdigit():
        return datetime.fromtimestamp(int(value) / 1000, tz=UTC).date()
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed.astimezone(UTC).date() if parsed.tzinfo else parsed.date()


def _decimal(value: str | None) -> Decimal:
    return Decimal(value) if value not in (None, "") else Decimal(0)


def hs_line(
    line_id: str, props: Mapping[str, str | None], service_date_property: str | None = None
) -> HsLine:
    """An `HsLine` from a HubSpot line item's properties (as the connectors read them)."""
    return HsLine(
        id=line_id,
        name=props.get("name") or "",
        quantity=_decimal(props.get("quantity")),
        unit_price=_decimal(props.get("price")),
        amount=_decimal(props.get("amount")),
        product_id=props.get("hs_product_id") or None,
        description=props.get("description") or None,
        tax_rate_id=props.get("hs_tax_rate_group_id") or None,
        tax_rate_label=props.get("hs_tax_label") or None,
        service_date=hubspot_date(props.get(service_date_property or "") or None),
    )


# ---- outbound fixed filters -----------------------------------------------------------------
def outbound_exclusion(
    *,
    made_from_qbo: bool,
    status: str,
    modified_at: datetime,
    switched_on_at: datetime,
) -> OutboundFilter | None:
    """Which fixed filter keeps a HubSpot invoice from going to QBO, or None.

    `made_from_qbo` comes from our own links (invoices we create in HubSpot are not marked
    as coming from QuickBooks). "Created or changed after switch-on" is the modified time,
    which is never before the created time."""
    if made_from_qbo:
        return FROM_QUICKBOOKS
    if status == "draft":
        return DRAFT
    if modified_at < switched_on_at:
        return BEFORE_SWITCH_ON
    return None


# ---- single checks ----------------------------------------------------------------------
def closed_books_problem(txn_date: date, facts: QboFacts) -> RuleProblem | None:
    """A write dated on or before the close date fails once (not retried)."""
    close = facts.book_close_date
    if close is None or txn_date > close:
        return None
    return RuleProblem(
        "closed_books", {"date": txn_date.isoformat(), "close_date": close.isoformat()}, "TxnDate"
    )


def currency_problem(
    invoice_currency: str, facts: QboFacts, customer_currency: str | None
) -> RuleProblem | None:
    """Without multicurrency QBO takes only the home currency; with it, the customer's."""
    wanted = invoice_currency.strip().upper()
    home = facts.home_currency.upper()
    if not facts.multicurrency:
        if wanted != home:
            return RuleProblem("currency", {"currency": wanted, "expected": home}, "CurrencyRef")
        return None
    expected = (customer_currency or home).upper()
    if wanted != expected:
        return RuleProblem(
            "currency", {"currency": wanted, "expected": expected, "of": "customer"}, "CurrencyRef"
        )
    return None


def doc_number_problem(
    number: str | None, holder: DocHolder | None, own_qbo_id: str | None = None
) -> RuleProblem | None:
    """E6 predicted: the number we would send is held by another QBO document."""
    if not number or holder is None:
        return None
    if holder.entity == "Invoice" and holder.id == own_qbo_id:
        return None
    return RuleProblem(
        "E6", {"number": number, "entity": holder.entity, "id": holder.id}, "DocNumber"
    )


# ---- outbound body ------------------------------------------------------------------------
def _money(value: Decimal) -> float:
    return float(cents(value))


def _unit_price(line: HsLine, amount: Decimal) -> Decimal:
    """QBO wants Amount == Qty x UnitPrice (6070): a discounted line sends amount / qty."""
    if line.quantity == 0:
        return line.unit_price
    if cents(line.quantity * line.unit_price) == amount:
        return line.unit_price
    return (amount / line.quantity).quantize(UNIT_PRICE_PLACES, rounding=ROUND_HALF_UP)


def _line_tax_code(
    line: HsLine, ctx: OutboundContext
) -> tuple[QboTaxCode | None, RuleProblem | None]:
    if line.tax_rate_id:
        code = ctx.tax.codes.get(line.tax_rate_id)
        if code is None:
            label = line.tax_rate_label or line.tax_rate_id
            return None, RuleProblem(
                "tax_unmapped", {"rate": label, "rate_id": line.tax_rate_id}, "TaxCodeRef"
            )
        return code, None
    if ctx.facts.is_us:
        return None, None
    if ctx.tax.untaxed is None:
        return None, RuleProblem("tax_unmapped", {"rate": "", "rate_id": ""}, "TaxCodeRef")
    return ctx.tax.untaxed, None


def _tax_total(taxable: Mapping[str, Decimal], codes: Mapping[str, QboTaxCode]) -> Decimal:
    """Tax as QBO adds it with amounts before tax: per code, on the sum of its lines."""
    return sum(
        (cents(amount * codes[cid].percent / 100) for cid, amount in taxable.items()),
        Decimal(0),
    )


def outbound_body(inv: HsInvoice, ctx: OutboundContext) -> OutboundResult:
    """The QBO Invoice body for a HubSpot invoice, or the problems that stop it (all of
    them, so one look shows everything to fix)."""
    facts = ctx.facts
    problems: list[RuleProblem] = []
    customer_id: str | None = None
    match: CustomerMatch | None = None
    if inv.contact_id is None:
        problems.append(RuleProblem("no_contact", {}, "CustomerRef"))
    else:
        match = ctx.customers.customer(inv.contact_id)
        customer_id = match.customer_id
        if customer_id is None:
            params = {"contact": inv.contact_name, "email": inv.contact_email}
            if match.likely_name:
                params["likely_match"] = match.likely_name
            problems.append(RuleProblem("E1", params, "CustomerRef"))
    if not inv.lines:
        problems.append(RuleProblem("no_lines", {}, "Line"))
    for check in (
        closed_books_problem(inv.invoice_date, facts),
        currency_problem(inv.currency, facts, match.currency if match else None),
    ):
        if check is not None:
            problems.append(check)

    lines: list[dict[str, Any]] = []
    codes: dict[str, QboTaxCode] = {}
    taxable: dict[str, Decimal] = {}
    subtotal = Decimal(0)
    uses_custom = False
    missing_dates: list[str] = []
    for line in inv.lines:
        item_id = ctx.items.item_id(line.product_id) if line.product_id else None
        if item_id is None:
            uses_custom = True
            item_id = ctx.custom_line_item_id
        amount = cents(line.amount)
        subtotal += amount
        detail: dict[str, Any] = {
            "ItemRef": {"value": item_id or ""},
            "Qty": float(line.quantity),
            "UnitPrice": float(_unit_price(line, amount)),
        }
        if line.service_date is not None:
            detail["ServiceDate"] = line.service_date.isoformat()
        elif facts.revenue_recognition:
            missing_dates.append(line.name or line.id)
        code, problem = _line_tax_code(line, ctx)
        if problem is not None:
            if problem not in problems:
                problems.append(problem)
        elif facts.is_us:
            detail["TaxCodeRef"] = {"value": "TAX" if code else "NON"}
        elif code is not None:
            detail["TaxCodeRef"] = {"value": code.id}
        if code is not None:
            codes[code.id] = code
            taxable[code.id] = taxable.get(code.id, Decimal(0)) + amount
        out: dict[str, Any] = {
            "DetailType": "SalesItemLineDetail",
            "Amount": float(amount),
            "SalesItemLineDetail": detail,
        }
        if line.description or line.name:
            out["Description"] = line.description or line.name
        lines.append(out)
    if uses_custom and ctx.custom_line_item_id is None:
        problems.append(RuleProblem("custom_line_item", {}, "ItemRef"))
    if missing_dates:
        problems.append(RuleProblem("E3", {"lines": ", ".join(missing_dates)}, "ServiceDate"))
    if facts.is_us and len(codes) > 1:
        # A US invoice names one sales-tax code for all its taxable lines.
        problems.append(RuleProblem("tax_mixed", {"codes": ", ".join(sorted(codes))}, "TaxCodeRef"))

    total = subtotal + _tax_total(taxable, codes)
    if cents(inv.billed) != total and not any(p.code.startswith("tax") for p in problems):
        problems.append(
            RuleProblem(
                "totals_differ",
                {"hubspot_total": str(cents(inv.billed)), "quickbooks_total": str(total)},
                "TotalAmt",
            )
        )
    if problems:
        return OutboundResult(None, problems, total, uses_custom)

    body: dict[str, Any] = {
        "CustomerRef": {"value": customer_id},
        "TxnDate": inv.invoice_date.isoformat(),
        "Line": lines,
    }
    if inv.due_date is not None:
        body["DueDate"] = inv.due_date.isoformat()
    if facts.custom_txn_numbers and inv.number:
        body["DocNumber"] = inv.number
    if facts.multicurrency:
        body["CurrencyRef"] = {"value": inv.currency.upper()}
    if facts.is_us:
        if codes:
            body["TxnTaxDetail"] = {"TxnTaxCodeRef": {"value": next(iter(codes))}}
    else:
        body["GlobalTaxCalculation"] = GLOBAL_TAX
    custom = custom_fields(inv.custom_values, ctx.custom_fields, facts.custom_field_slots)
    if custom:
        body["CustomField"] = custom
    return OutboundResult(body, [], total, uses_custom)


def custom_fields(
    values: Mapping[str, str], mapping: Mapping[str, str], enabled: Mapping[str, str]
) -> list[dict[str, Any]]:
    """QBO CustomField entries for mapped HubSpot properties, enabled slots only (QBO
    silently drops a value for a slot that is off)."""
    out = []
    for prop, slot in sorted(mapping.items(), key=lambda kv: kv[1]):
        value = values.get(prop)
        if slot in enabled and value:
            out.append(
                {
                    "DefinitionId": slot,
                    "Name": enabled[slot],
                    "Type": "StringType",
                    "StringValue": value,
                }
            )
    return out
