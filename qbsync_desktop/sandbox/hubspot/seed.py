"""Demo books for the HubSpot sandbox from the shared `demo_book(size, seed)`.

Contacts and products come straight from the book (emails exactly as generated);
companies are the distinct company names of the contacts; each HubSpot demo invoice
becomes an invoice (source "hubspot") in its status (draft, open or voided) with its line
items, contact, a deal (invoices sharing a `deal_key` share one deal), and a succeeded
payment for its paid fraction, so amounts and statuses follow the invoice rules.

The building blocks (`seed_line_item`, `seed_invoice`, `seed_payment`, `seed_deal`) write
as the HubSpot UI would and are what other demo data should be made of.
"""

from __future__ import annotations

from decimal import Decimal

from ..demo import DemoInvoice, Person, demo_book
from .crm import Crm
from .money import money
from .schema import OBJECT_TYPES
from .store import Rec


def _assoc(to_id: int, type_id: int) -> dict[str, object]:
    return {
        "to": {"id": str(to_id)},
        "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": type_id}],
    }


def contact_props(p: Person) -> dict[str, str]:
    props = {
        "firstname": p.first,
        "lastname": p.last,
        "email": p.email or "",
        "company": p.company or "",
        "phone": p.phone,
        "address": p.street,
        "city": p.city,
        "state": p.state,
        "zip": p.zip,
        "country": p.country,
    }
    return {k: v for k, v in props.items() if v}


def seed_demo(crm: Crm, size: int, seed: int) -> dict[str, int]:
    book = demo_book(size, seed)
    T = OBJECT_TYPES
    companies: dict[str, int] = {}
    for p in book.hubspot_contacts:
        if p.company and p.company not in companies:
            domain = p.company.lower().replace(" ", "") + ".test"
            rec = crm.create(T["companies"], None, trusted={"name": p.company, "domain": domain})
            companies[p.company] = rec.id
    contacts: dict[int, int] = {}
    for p in book.hubspot_contacts:
        assocs = []
        if p.company:
            cid = companies[p.company]
            assocs = [_assoc(cid, 1), _assoc(cid, 279)]
        rec = crm.create(T["contacts"], None, assocs, trusted=contact_props(p))
        contacts[p.key] = rec.id
    products: dict[int, int] = {}
    for pr in book.hubspot_products:
        props = {
            "name": pr.name,
            "price": pr.price,
            "description": pr.description,
            "hs_product_type": pr.type,
        }
        if pr.sku:
            props["hs_sku"] = pr.sku
        products[pr.key] = crm.create(T["products"], None, trusted=props).id
    shared: dict[int, list[tuple[DemoInvoice, Rec]]] = {}
    for inv in book.hubspot_invoices:
        invoice = _invoice(crm, inv, contacts, products)
        if inv.deal_key is None:
            _deal(crm, [(inv, invoice)], contacts)
        else:
            shared.setdefault(inv.deal_key, []).append((inv, invoice))
    for group in shared.values():
        _deal(crm, group, contacts)
    return {n: st.count() for n, st in crm.stores.items()}


def _invoice(crm: Crm, inv: DemoInvoice, contacts: dict[int, int], products: dict[int, int]) -> Rec:
    """One demo invoice in its status (draft/open/voided), paid for its paid fraction."""
    lines = [
        seed_line_item(
            crm,
            line.description,
            line.quantity,
            line.unit_price,
            product_id=products.get(line.product_key) if line.product_key is not None else None,
        )
        for line in inv.lines
    ]
    contact_id = contacts[inv.person_key]
    invoice = seed_invoice(
        crm,
        contact_id=contact_id,
        line_ids=[r.id for r in lines],
        number=inv.number,
        date=inv.date,
        due=inv.due,
        status=inv.status,
    )
    if inv.paid_fraction > 0:
        billed = Decimal(invoice.props["hs_amount_billed"])
        seed_payment(
            crm,
            invoice_id=invoice.id,
            amount=money(billed * Decimal(str(inv.paid_fraction))),
            date=inv.date,
            contact_id=contact_id,
        )
    return invoice


def _deal(crm: Crm, group: list[tuple[DemoInvoice, Rec]], contacts: dict[int, int]) -> None:
    """One deal for invoices sharing a deal_key (or for a single invoice)."""
    numbers = " and ".join(inv.number for inv, _ in group)
    total = sum((Decimal(rec.props["hs_amount_billed"]) for _, rec in group), Decimal(0))
    seed_deal(
        crm,
        name=f"Deal for invoice{'s' if len(group) > 1 else ''} {numbers}",
        amount=money(total),
        contact_id=contacts[group[0][0].person_key],
        invoice_ids=[rec.id for _, rec in group],
    )


# ---- building blocks for demo data (also used by sandbox/demo.py) -------------------------
# They write as the HubSpot UI would (trusted: no API-only checks, source "hubspot"), but
# every commerce rule still applies: amounts, statuses, numbering, recipient details.


def _day(date: str) -> str:
    """A YYYY-MM-DD demo date as the datetime HubSpot stores (midnight UTC)."""
    return date if "T" in date else f"{date}T00:00:00.000Z"


def seed_line_item(
    crm: Crm,
    name: str,
    quantity: int | str,
    unit_price: str,
    *,
    product_id: int | None = None,
    tax_rate_id: str | None = None,
) -> Rec:
    """A line item; with `product_id` it copies that product's values it was not given."""
    props = {"name": name, "quantity": str(quantity), "price": unit_price}
    if product_id is not None:
        props["hs_product_id"] = str(product_id)
    if tax_rate_id is not None:
        props["hs_tax_rate_group_id"] = tax_rate_id
    return crm.create(OBJECT_TYPES["line_items"], None, trusted=props)


def seed_invoice(
    crm: Crm,
    *,
    contact_id: int | None,
    line_ids: list[int],
    number: str | None = None,
    date: str | None = None,
    due: str | None = None,
    status: str = "open",
    currency: str = "USD",
    source: str = "hubspot",
    company_id: int | None = None,
) -> Rec:
    """An invoice made in the HubSpot UI. `status` is draft, open or voided; paid comes from
    payments (seed_payment). An open invoice without `number` gets the account's next one;
    the contact fills the recipient details."""
    assocs = [_assoc(i, 409) for i in line_ids]
    if contact_id is not None:
        assocs.insert(0, _assoc(contact_id, 177))
    if company_id is not None:
        assocs.append(_assoc(company_id, 179))
    props = {
        "hs_currency": currency,
        "hs_invoice_status": "draft" if status == "draft" else "open",
        "hs_invoice_source": source,
    }
    for key, value in (("hs_number", number), ("hs_invoice_date", date), ("hs_due_date", due)):
        if value:
            props[key] = _day(value) if key != "hs_number" else value
    t = OBJECT_TYPES["invoices"]
    rec = crm.create(t, None, assocs, trusted=props)
    if status == "voided":
        crm.apply(t, rec, {"hs_invoice_status": "voided"})
    return rec


def seed_payment(
    crm: Crm,
    *,
    invoice_id: int | None,
    amount: str,
    date: str,
    contact_id: int | None = None,
    status: str = "succeeded",
    processor: str | None = None,
    method_type: str | None = None,
) -> Rec:
    """A payment (succeeded unless told) applied to `invoice_id`; the invoice's paid amount,
    balance and status follow. `processor="hubspot"` makes one the API can't change."""
    assocs = []
    if invoice_id is not None:
        assocs.append(_assoc(invoice_id, 542))
    if contact_id is not None:
        assocs.append(_assoc(contact_id, 387))
    props = {
        "hs_initial_amount": amount,
        "hs_initiated_date": _day(date).replace("T00:00:00", "T12:00:00"),
        "hs_currency_code": "USD",
        "hs_payment_method": "manual",
        "hs_latest_status": status,
    }
    if processor:
        props["hs_processor_type"] = processor
    if method_type:
        props["hs_payment_method_type"] = method_type
    return crm.create(OBJECT_TYPES["commerce_payments"], None, assocs, trusted=props)


def seed_deal(
    crm: Crm,
    *,
    name: str,
    amount: str,
    contact_id: int | None = None,
    invoice_ids: list[int] | tuple[int, ...] = (),
    stage: str = "closedwon",
    pipeline: str = "default",
) -> Rec:
    """A deal in `pipeline` at `stage` (a stage id), linked to its contact and invoices."""
    assocs = [_assoc(i, 176) for i in invoice_ids]
    if contact_id is not None:
        assocs.insert(0, _assoc(contact_id, 3))
    props = {"dealname": name, "amount": amount, "dealstage": stage, "pipeline": pipeline}
    return crm.create(OBJECT_TYPES["deals"], None, assocs, trusted=props)
