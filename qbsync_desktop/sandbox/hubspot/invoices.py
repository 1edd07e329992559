"""Invoice rules: status transitions, numbering, locks, deletion, recipient, amounts.

hubspot.md s3.6/s3.9 [C invoices guide unless marked]:
- draft -> open needs a contact and >= 1 line item; `paid` is reached through payments,
  never set; open -> draft is refused; voided is final.
- `hs_number` is assigned on finalise (draft -> open) from the account's prefix and
  sequence when the caller set none [O]; numbers already in use are skipped [U].
- A paid or partly paid invoice can't be edited or voided through the API. Properties
  the app created itself (custom properties, e.g. a QuickBooks id) stay writable [U].
- Only drafts can be deleted; open ones only with the account setting (off by default);
  paid and voided ones never [U for paid/voided].
- Associating a contact fills the recipient details from it and from its primary
  company; associating a company fills the company address [C; property names of the
  name/email U]. Voided and paid invoices keep what they had [U].
- Amounts: line subtotal (line amounts after line discounts), then invoice-level
  discounts, fees and taxes (tax.py); line taxes are added; only `succeeded` payments
  count towards `hs_amount_paid` [C payments guide]. A voided invoice's amounts are
  frozen, so archiving one of its line items changes nothing [C].
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from . import payments
from .errors import bad_request
from .money import money, num
from .properties import RECIPIENT_COMPANY, RECIPIENT_SHIPPING
from .schema import AssocType
from .store import Rec, iso_ms
from .tax import invoice_adjustments

if TYPE_CHECKING:
    from .crm import Crm

INVOICE_CONTACT_TYPE = 177
INVOICE_LINE_ITEM_TYPE = 409
CONTACT_PRIMARY_COMPANY_TYPE = 1


def is_locked(rec: Rec) -> bool:
    """Voided, paid or partly paid: HubSpot's own properties can no longer change."""
    status = rec.props.get("hs_invoice_status", "draft")
    return status in ("voided", "paid") or num(rec.props, "hs_amount_paid") > 0


def before_create(
    crm: Crm, props: dict[str, str], assocs: list[tuple[AssocType, int]], *, api: bool
) -> None:
    if api and not props.get("hs_currency"):
        raise bad_request("hs_currency is required to create an invoice")
    status = props.setdefault("hs_invoice_status", "draft")
    if api:
        props["hs_invoice_source"] = "api"
    now = iso_ms(crm.now_ms())
    props.setdefault("hs_invoice_date", now)
    props.setdefault("hs_due_date", now)
    zero = money(Decimal(0))
    for name in ("hs_subtotal", "hs_taxes_total", "hs_amount_billed", "hs_amount_paid"):
        props[name] = zero
    props["hs_balance_due"] = zero
    props["hs_payment_status"] = "unpaid"
    if status != "draft":
        contacts = sum(1 for at, _ in assocs if at.type_id == INVOICE_CONTACT_TYPE)
        lines = sum(1 for at, _ in assocs if at.type_id == INVOICE_LINE_ITEM_TYPE)
        check_transition("draft", status, contacts, lines, paid=Decimal(0))
        if status == "open":
            assign_number(crm, props)


def before_update(crm: Crm, rec: Rec, props: dict[str, str]) -> None:
    old = rec.props.get("hs_invoice_status", "draft")
    new = props.get("hs_invoice_status")
    if new == "":
        raise bad_request("hs_invoice_status can't be cleared")
    if is_locked(rec):
        defs = crm.stores["invoices"].defs
        own = [k for k in props if defs[k].get("hubspotDefined")]
        if own:
            state = "voided" if old == "voided" else "paid or partly paid"
            raise bad_request(
                f"This invoice is {state} and can't be edited through the API "
                f"(properties: {', '.join(sorted(own))})",
                sub_category="INVOICE_LOCKED",  # [U] name
            )
    if new and new != old:
        contacts = len(crm.live_targets("invoices", rec.id, "contacts"))
        lines = len(crm.live_targets("invoices", rec.id, "line_items"))
        paid = num(rec.props, "hs_amount_paid")
        check_transition(old, new, contacts, lines, paid=paid)
        if new == "open" and not rec.props.get("hs_number") and not props.get("hs_number"):
            assign_number(crm, props)


def check_transition(old: str, new: str, contacts: int, lines: int, *, paid: Decimal) -> None:
    if old == "voided":
        raise bad_request("A voided invoice can't change status")
    if new == "paid":
        # [U] paid is reached by associating payments that cover the balance.
        raise bad_request(
            "hs_invoice_status paid can't be set directly; associate a payment instead"
        )
    if new == "draft":
        raise bad_request("A finalised invoice can't go back to draft")
    if new == "voided" and paid > 0:
        raise bad_request("An invoice with payments can't be voided")
    if new == "open" and (contacts < 1 or lines < 1):
        raise bad_request(
            "An invoice needs an associated contact and at least one line item "
            "before it can leave draft",
            sub_category="INVOICE_MISSING_REQUIRED_ASSOCIATIONS",
        )


def assign_number(crm: Crm, props: dict[str, str]) -> None:
    if props.get("hs_number"):
        return
    used = {r.props.get("hs_number") for r in crm.stores["invoices"].records.values()}
    acct = crm.account
    n = acct.next_invoice_number
    while f"{acct.invoice_prefix}{n}" in used:
        n += 1
    props["hs_number"] = f"{acct.invoice_prefix}{n}"
    acct.next_invoice_number = n + 1


def before_archive(crm: Crm, rec: Rec) -> None:
    status = rec.props.get("hs_invoice_status", "draft")
    if status == "draft":
        return
    if status == "open" and crm.account.allow_delete_open_invoices and not is_locked(rec):
        return
    raise bad_request(
        f"Only draft invoices can be deleted (this one is {status})",
        sub_category="INVOICE_NOT_DELETABLE",  # [U] name
    )


def fill_recipient(crm: Crm, inv: Rec, contact_id: int | None, company_id: int | None) -> None:
    """Copy address, name and email from a newly associated contact and/or company."""
    if is_locked(inv):
        return
    changes: dict[str, str] = {}
    if contact_id is not None:
        c = crm.stores["contacts"].records[contact_id].props
        for field, src in zip(
            RECIPIENT_SHIPPING,
            ("address", "address2", "city", "state", "zip", "country"),
            strict=True,
        ):
            if c.get(src):
                changes[f"hs_recipient_shipping_{field}"] = c[src]
        name = " ".join(p for p in (c.get("firstname"), c.get("lastname")) if p)
        if name:
            changes["hs_recipient_shipping_name"] = name
        if c.get("email"):
            changes["hs_recipient_shipping_email"] = c["email"]
        if company_id is None and not crm.live_targets("invoices", inv.id, "companies"):
            primary = [
                cid
                for cid, types in crm.live_targets("contacts", contact_id, "companies").items()
                if CONTACT_PRIMARY_COMPANY_TYPE in types
            ]
            company_id = primary[0] if primary else None
    if company_id is not None:
        co = crm.stores["companies"].records[company_id].props
        for field in RECIPIENT_COMPANY:
            if co.get(field):
                changes[f"hs_recipient_company_{field}"] = co[field]
        if co.get("name"):
            changes["hs_recipient_company_name"] = co["name"]
    changes = {k: v for k, v in changes.items() if inv.props.get(k) != v}
    if changes:
        crm.apply(crm.stores["invoices"].otype, inv, changes)


def recompute(crm: Crm, inv: Rec) -> None:
    if inv.props.get("hs_invoice_status") == "voided":
        return  # amounts are frozen once voided
    lines, pays = crm.stores["line_items"], crm.stores["commerce_payments"]
    line_recs = [lines.records[i] for i in crm.live_targets("invoices", inv.id, "line_items")]
    subtotal = sum((num(r.props, "amount") for r in line_recs), Decimal(0))
    line_taxes = sum((num(r.props, "hs_tax_amount") for r in line_recs), Decimal(0))
    before_tax, invoice_taxes = invoice_adjustments(crm, inv.id, subtotal)
    billed = before_tax + line_taxes + invoice_taxes
    paid = sum(
        (
            num(pays.records[i].props, "hs_net_amount")
            for i in crm.live_targets("invoices", inv.id, "commerce_payments")
            if pays.records[i].props.get("hs_latest_status") == "succeeded"
        ),
        Decimal(0),
    )
    changes = {
        "hs_subtotal": money(subtotal),
        "hs_taxes_total": money(line_taxes + invoice_taxes),
        "hs_amount_billed": money(billed),
        "hs_amount_paid": money(paid),
        "hs_balance_due": money(max(billed - paid, Decimal(0))),
        "hs_payment_status": (
            "paid" if billed > 0 and paid >= billed else "partially_paid" if paid > 0 else "unpaid"
        ),
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


# ---- after writes (commerce.RULES dispatches these by type) -------------------------------
# The records whose links change an invoice's amounts.
AMOUNT_LINKS = ("line_items", "commerce_payments", "discounts", "fees", "taxes")
# Associations that make the other end the invoice's recipient, and as what.
RECIPIENT_LINKS = {"contacts": "contact_id", "companies": "company_id"}


def recompute_linked(type_name: str, crm: Crm, rec: Rec) -> None:
    """A record an invoice's amounts count changed: recompute its invoices."""
    for inv_id in crm.assoc.targets(type_name, rec.id, "invoices"):
        inv = crm.stores["invoices"].live(inv_id)
        if inv is not None:
            recompute(crm, inv)


def after_archive(crm: Crm, inv: Rec) -> None:
    """An archived invoice: its payments no longer count it."""
    for pid in crm.live_targets("invoices", inv.id, "commerce_payments"):
        payments.refresh_invoice_count(crm, crm.stores["commerce_payments"].records[pid])


def after_link(crm: Crm, inv_id: int, other: str, other_id: int) -> None:
    """Links of an invoice change its recipient, its amounts and its payments' counts."""
    inv = crm.stores["invoices"].live(inv_id)
    if inv is None:
        return
    role = RECIPIENT_LINKS.get(other)
    if role is not None and other_id in crm.live_targets("invoices", inv_id, other):
        fill_recipient(crm, inv, **{"contact_id": None, "company_id": None, role: other_id})
    if other == "commerce_payments":
        pay = crm.stores["commerce_payments"].live(other_id)
        if pay is not None:
            payments.refresh_invoice_count(crm, pay)
    if other in AMOUNT_LINKS:
        recompute(crm, inv)
