"""Demo books for the HubSpot sandbox from the shared `demo_book(size, seed)`.

Contacts and products come straight from the book (emails exactly as generated);
companies are the distinct company names of the contacts; each HubSpot demo invoice
becomes an invoice (source "hubspot") with its line items, contact, a deal, and a
payment for its paid fraction, so amounts and statuses follow the invoice rules.
"""

from __future__ import annotations

from decimal import Decimal

from ..demo import DemoInvoice, Person, demo_book
from .commerce import money
from .crm import Crm
from .schema import OBJECT_TYPES


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
    for inv in book.hubspot_invoices:
        _invoice(crm, inv, contacts, products)
    return {n: st.count() for n, st in crm.stores.items()}


def _invoice(
    crm: Crm, inv: DemoInvoice, contacts: dict[int, int], products: dict[int, int]
) -> None:
    T = OBJECT_TYPES
    line_ids = []
    billed = Decimal(0)
    for line in inv.lines:
        props = {"name": line.description, "quantity": str(line.quantity), "price": line.unit_price}
        if line.product_key is not None and line.product_key in products:
            props["hs_product_id"] = str(products[line.product_key])
        rec = crm.create(T["line_items"], None, trusted=props)
        line_ids.append(rec.id)
        billed += Decimal(rec.props["amount"])
    contact_id = contacts[inv.person_key]
    invoice = crm.create(
        T["invoices"],
        None,
        [_assoc(contact_id, 177), *(_assoc(i, 409) for i in line_ids)],
        trusted={
            "hs_currency": "USD",
            "hs_number": inv.number,
            "hs_invoice_date": inv.date,
            "hs_due_date": inv.due,
            "hs_invoice_status": "open",
            "hs_invoice_source": "hubspot",
        },
    )
    crm.create(
        T["deals"],
        None,
        [_assoc(contact_id, 3), _assoc(invoice.id, 176)],
        trusted={
            "dealname": f"Deal for invoice {inv.number}",
            "amount": money(billed),
            "dealstage": "closedwon",
            "pipeline": "default",
        },
    )
    if inv.paid_fraction > 0:
        amount = money(billed * Decimal(str(inv.paid_fraction)))
        crm.create(
            T["commerce_payments"],
            None,
            [_assoc(invoice.id, 542), _assoc(contact_id, 387)],
            trusted={
                "hs_initial_amount": amount,
                "hs_initiated_date": f"{inv.date}T12:00:00.000Z",
                "hs_currency_code": "USD",
                "hs_payment_method": "manual",
            },
        )
