"""Commerce rules: line-item amounts, invoice status transitions, billed/paid/balance.

hubspot.md s3.5-3.7: line item `amount` = quantity x price - discounts; an invoice
leaves draft only with a contact and >= 1 line item; `hs_amount_billed` sums its line
items, payments associated with it lower `hs_balance_due` and a covered open invoice
becomes paid; voided is terminal.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from .errors import bad_request
from .schema import AssocType, ObjectType
from .store import Rec, iso_ms, parse_number

if TYPE_CHECKING:
    from .crm import Crm

CENT = Decimal("0.01")
INVOICE_CONTACT_TYPE = 177
INVOICE_LINE_ITEM_TYPE = 409
PAID_STATUSES = {"succeeded", ""}  # [U] payments without a status count as completed


def money(d: Decimal) -> str:
    return str(d.quantize(CENT))


def _num(props: dict[str, str], name: str, default: str = "0") -> Decimal:
    return parse_number(props.get(name) or default) or Decimal(0)


def line_amounts(props: dict[str, str]) -> dict[str, str]:
    qty = _num(props, "quantity", "1")
    price = _num(props, "price")
    pre = qty * price
    discount = qty * _num(props, "discount") + pre * _num(props, "hs_discount_percentage") / 100
    return {
        "amount": money(pre - discount),
        "hs_pre_discount_amount": money(pre),
        "hs_total_discount": money(discount),
    }


def before_create(
    crm: Crm,
    t: ObjectType,
    props: dict[str, str],
    assocs: list[tuple[AssocType, int]],
    *,
    api: bool,
) -> None:
    if t.name == "line_items":
        _fill_from_product(crm, props)
        _check_price(props)
        props.update(line_amounts(props))
    elif t.name == "invoices":
        if api and not props.get("hs_currency"):
            raise bad_request("hs_currency is required to create an invoice")
        status = props.setdefault("hs_invoice_status", "draft")
        if api:
            props["hs_invoice_source"] = "api"
        today = datetime.fromtimestamp(crm.clock(), tz=UTC).date()
        props.setdefault("hs_invoice_date", today.isoformat())
        # [U] due date default: invoice date + 30 days.
        props.setdefault("hs_due_date", (today + timedelta(days=30)).isoformat())
        props.update({"hs_amount_billed": "0.00", "hs_amount_paid": "0.00"})
        props["hs_balance_due"] = "0.00"
        if status != "draft":
            contacts = sum(1 for at, _ in assocs if at.type_id == INVOICE_CONTACT_TYPE)
            lines = sum(1 for at, _ in assocs if at.type_id == INVOICE_LINE_ITEM_TYPE)
            _check_transition("draft", status, contacts, lines)
    elif t.name == "commerce_payments":
        if api:
            missing = [p for p in ("hs_initial_amount", "hs_initiated_date") if not props.get(p)]
            if missing:
                raise bad_request(f"Missing required properties: {', '.join(missing)}")
        props.setdefault("hs_latest_status", "succeeded")
        props["hs_net_amount"] = money(_num(props, "hs_initial_amount") - _refunds(props))


def before_update(crm: Crm, t: ObjectType, rec: Rec, props: dict[str, str]) -> None:
    if t.name == "line_items":
        merged = {**rec.props, **props}
        if "hs_product_id" in props:
            _fill_from_product(crm, merged)
        _check_price(merged)
        props.update(line_amounts(merged))
    elif t.name == "invoices":
        new = props.get("hs_invoice_status")
        old = rec.props.get("hs_invoice_status", "draft")
        if new == "":
            raise bad_request("hs_invoice_status can't be cleared")
        if new and new != old:
            contacts = len(crm.live_targets("invoices", rec.id, "contacts"))
            lines = len(crm.live_targets("invoices", rec.id, "line_items"))
            _check_transition(old, new, contacts, lines)
    elif t.name == "commerce_payments":
        merged = {**rec.props, **props}
        props["hs_net_amount"] = money(_num(merged, "hs_initial_amount") - _refunds(merged))


def _refunds(props: dict[str, str]) -> Decimal:
    return _num(props, "hs_refunds_amount")


def _check_price(props: dict[str, str]) -> None:
    if _num(props, "price") < 0:
        raise bad_request("Line item price must not be negative")


def _fill_from_product(crm: Crm, props: dict[str, str]) -> None:
    """hs_product_id copies the product's values the caller did not give [C]."""
    pid = props.get("hs_product_id")
    if not pid:
        return
    try:
        product = crm.stores["products"].live(int(Decimal(pid)))
    except (ValueError, ArithmeticError):
        product = None
    if product is None:
        raise bad_request(f"Product {pid} does not exist", context={"hs_product_id": [pid]})
    for name in ("name", "price", "hs_sku", "description"):
        if name in product.props and not props.get(name):
            props[name] = product.props[name]


def _check_transition(old: str, new: str, contacts: int, lines: int) -> None:
    if old == "voided":
        raise bad_request("A voided invoice can't change status")
    if new == "paid":
        # [U] paid is reached by associating payments that cover the balance.
        raise bad_request(
            "hs_invoice_status paid can't be set directly; associate a payment instead"
        )
    if new == "open" and (contacts < 1 or lines < 1):
        raise bad_request(
            "An invoice needs an associated contact and at least one line item "
            "before it can leave draft",
            sub_category="INVOICE_MISSING_REQUIRED_ASSOCIATIONS",
        )


def after_write(crm: Crm, t: ObjectType, rec: Rec) -> None:
    if t.name in ("line_items", "commerce_payments"):
        for inv_id in crm.assoc.targets(t.name, rec.id, "invoices"):
            inv = crm.stores["invoices"].live(inv_id)
            if inv is not None:
                recompute_invoice(crm, inv)
    elif t.name == "invoices":
        recompute_invoice(crm, rec)


def after_archive(crm: Crm, t: ObjectType, rec: Rec) -> None:
    after_write(crm, t, rec)


def after_association(crm: Crm, from_type: str, from_id: int, to_type: str, to_id: int) -> None:
    """Links between an invoice and its line items or payments change its amounts."""
    pair = {from_type, to_type}
    if "invoices" not in pair or not pair & {"line_items", "commerce_payments"}:
        return
    inv_id = from_id if from_type == "invoices" else to_id
    inv = crm.stores["invoices"].live(inv_id)
    if inv is not None:
        recompute_invoice(crm, inv)


def recompute_invoice(crm: Crm, inv: Rec) -> None:
    t_lines, t_pay = crm.stores["line_items"], crm.stores["commerce_payments"]
    billed = sum(
        (
            _num(t_lines.records[i].props, "amount")
            for i in crm.live_targets("invoices", inv.id, "line_items")
        ),
        Decimal(0),
    )
    paid = sum(
        (
            _num(t_pay.records[i].props, "hs_net_amount")
            for i in crm.live_targets("invoices", inv.id, "commerce_payments")
            if t_pay.records[i].props.get("hs_latest_status", "") in PAID_STATUSES
        ),
        Decimal(0),
    )
    changes = {
        "hs_amount_billed": money(billed),
        "hs_amount_paid": money(paid),
        "hs_balance_due": money(max(billed - paid, Decimal(0))),
    }
    status = inv.props.get("hs_invoice_status", "draft")
    if status == "open" and billed > 0 and paid >= billed:
        changes["hs_invoice_status"] = "paid"
        changes["hs_payment_date"] = iso_ms(crm.now_ms())
    elif status == "paid" and paid < billed:
        changes["hs_invoice_status"] = "open"
        changes["hs_payment_date"] = ""
    changes = {k: v for k, v in changes.items() if inv.props.get(k, "") != v}
    if changes:
        crm.apply(crm.stores["invoices"].otype, inv, changes)
