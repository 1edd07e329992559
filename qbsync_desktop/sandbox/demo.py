"""Deterministic demo books, consistent between the HubSpot and QuickBooks sandboxes.

`demo_book(size, seed)` returns plain records; each sandbox turns them into its
own API shape. Both sandboxes call it with the same (size, seed), so the people
and products overlap the way real books of one business do:

- size N gives N HubSpot contacts and about 0.8*N QBO customers; about half the
  contacts share an email with a customer (some differ only in case/whitespace,
  some differ in phone: a conflict once both sides change);
- one contact has no email; several contacts share a company (so a naive
  "display name = company" rule collides);
- a QBO vendor holds the same name as one HubSpot-only contact (duplicate display
  name, E2, even when the customer list shows no clash);
- products: about 0.4*N, most with a SKU, some without; some in both systems by SKU;
- invoice and payment seeds (see `invoices`) reference the people above and carry
  the SPEC.md section-3 troublesome cases (unknown customer, unmatched SKU, ...).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

FIRST = [
    "Ana",
    "Ben",
    "Carla",
    "Dev",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemi",
    "Liam",
    "Maya",
    "Noor",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tara",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
    "Aiden",
    "Bea",
    "Cyrus",
    "Dalia",
    "Emil",
    "Fatima",
    "Gus",
    "Hana",
    "Ivan",
    "Jade",
    "Kofi",
    "Lena",
    "Marco",
    "Nia",
    "Oscar",
    "Pia",
    "Rafael",
    "Sofia",
    "Theo",
    "Una",
    "Vera",
    "Will",
    "Yara",
    "Zane",
]
LAST = [
    "Silva",
    "Okafor",
    "Novak",
    "Haddad",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Kowalski",
    "Brennan",
    "Achebe",
    "Rossi",
    "Schmidt",
    "Fischer",
    "Dubois",
    "Garcia",
    "Nguyen",
    "Patel",
    "Ibrahim",
    "Larsen",
    "Murphy",
    "Costa",
    "Varga",
    "Kim",
    "Alvarez",
    "Petrov",
    "Olsen",
    "Romero",
    "Weber",
    "Sato",
    "Mensah",
    "Quist",
    "Duarte",
    "Hale",
    "Ortiz",
    "Bauer",
    "Keller",
    "Ruiz",
    "Hughes",
    "Price",
    "Shaw",
]
COMPANY_A = [
    "Harbor",
    "Lane",
    "Northwind",
    "Fjord",
    "Pine",
    "Bluebird",
    "Summit",
    "Cedar",
    "Riverside",
    "Copper",
    "Maple",
    "Granite",
    "Lakeside",
    "Oakridge",
    "Silverline",
    "Brightwater",
    "Ironwood",
    "Meadow",
    "Sunrise",
    "Westgate",
    "Redwood",
]
COMPANY_B = [
    "Dental",
    "Bakery",
    "Studio",
    "Logistics",
    "Consulting",
    "Florist",
    "Garage",
    "Labs",
    "Design",
    "Builders",
]
STREETS = [
    "Main St",
    "Oak Ave",
    "Pine Rd",
    "Maple Dr",
    "Cedar Ln",
    "Elm St",
    "Harbor Way",
    "Hill Rd",
    "Lake St",
]
CITIES = [
    ("Portland", "OR", "97201"),
    ("Austin", "TX", "73301"),
    ("Denver", "CO", "80202"),
    ("Boston", "MA", "02108"),
    ("Madison", "WI", "53703"),
    ("Tucson", "AZ", "85701"),
    ("Raleigh", "NC", "27601"),
    ("Boise", "ID", "83702"),
]
PRODUCT_NOUNS = [
    "Onboarding",
    "Consulting",
    "Audit",
    "Workshop",
    "Retainer",
    "Installation",
    "Maintenance",
    "License",
    "Training",
    "Support",
    "Setup",
    "Review",
    "Design",
    "Migration",
    "Cleaning",
    "Delivery",
    "Repair",
    "Inspection",
    "Subscription",
]
PRODUCT_ADJ = [
    "Basic",
    "Standard",
    "Premium",
    "Express",
    "Annual",
    "Monthly",
    "Onsite",
    "Remote",
    "Deluxe",
    "Starter",
]

# The HubSpot-only contact whose name a QBO vendor already holds (QBO error 6240).
VENDOR_CLASH_NAME = ("Jordan", "Blake")


@dataclass(frozen=True)
class Person:
    key: int  # stable index; the same person has the same key on both sides
    first: str
    last: str
    email: str | None
    company: str | None
    phone: str
    street: str
    city: str
    state: str
    zip: str
    country: str = "US"


@dataclass(frozen=True)
class Product:
    key: int
    name: str
    sku: str | None
    description: str
    price: str  # decimal as text, 2 places
    type: str  # "service" | "non_inventory"


@dataclass(frozen=True)
class InvoiceLine:
    product_key: int | None  # None: a custom line with no product
    description: str
    quantity: int
    unit_price: str


@dataclass(frozen=True)
class DemoInvoice:
    key: int
    person_key: int
    number: str
    date: str  # YYYY-MM-DD
    due: str
    lines: tuple[InvoiceLine, ...]
    paid_fraction: float  # 0 = unpaid, 1 = fully paid
    # HubSpot invoice status as set in the UI: draft | open | voided (paid and partly
    # paid come from payments, i.e. paid_fraction).
    status: str = "open"
    # Invoices with the same deal_key belong to one deal; None: a deal of its own.
    deal_key: int | None = None
    case: str = ""  # what the invoice exercises (see the module docstring)


@dataclass(frozen=True)
class InvoiceCase:
    case: str
    status: str = "open"
    paid_fraction: float = 0.0
    customer: str = "matched"  # matched: the contact has a QBO customer; none: E1
    custom_line: bool = False
    deal: int | None = None


# In number order (HS-1001 first); HS-1003 is the number QBO's demo credit memo holds.
HUBSPOT_INVOICE_CASES = (
    InvoiceCase("custom line item", custom_line=True),
    InvoiceCase("paid", paid_fraction=1.0),
    InvoiceCase("E6 duplicate document number"),
    InvoiceCase("partly paid", paid_fraction=0.5),
    InvoiceCase("draft", status="draft"),
    InvoiceCase("voided", status="voided"),
    InvoiceCase("E1 contact without QBO customer", customer="none"),
    InvoiceCase("deal with two invoices", deal=1),
    InvoiceCase("deal with two invoices", deal=1),
    InvoiceCase("open"),
)
DUPLICATE_NUMBER_CASE = "HS-1003"


@dataclass
class DemoBook:
    hubspot_contacts: list[Person] = field(default_factory=list)
    qbo_customers: list[Person] = field(default_factory=list)
    qbo_vendors: list[str] = field(default_factory=list)  # display names
    hubspot_products: list[Product] = field(default_factory=list)
    qbo_items: list[Product] = field(default_factory=list)
    hubspot_invoices: list[DemoInvoice] = field(default_factory=list)
    qbo_invoices: list[DemoInvoice] = field(default_factory=list)


def _person(rng: random.Random, key: int) -> Person:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    company = None
    if rng.random() < 0.6:
        company = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}"
    city, state, zip_code = rng.choice(CITIES)
    domain = (company or "example").lower().replace(" ", "") + ".test"
    return Person(
        key=key,
        first=first,
        last=last,
        email=f"{first.lower()}.{last.lower()}{key}@{domain}",
        company=company,
        phone=f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        street=f"{rng.randint(1, 9999)} {rng.choice(STREETS)}",
        city=city,
        state=state,
        zip=zip_code,
    )


def _product(rng: random.Random, key: int) -> Product:
    noun = PRODUCT_NOUNS[key % len(PRODUCT_NOUNS)]
    adj = PRODUCT_ADJ[(key // len(PRODUCT_NOUNS)) % len(PRODUCT_ADJ)]
    name = f"{adj} {noun}" if key < len(PRODUCT_NOUNS) * len(PRODUCT_ADJ) else f"{adj} {noun} {key}"
    sku = None if rng.random() < 0.15 else f"SKU-{key:05d}"
    price = f"{rng.randint(10, 2000)}.{rng.choice(['00', '50', '99', '25'])}"
    kind = "service" if rng.random() < 0.7 else "non_inventory"
    return Product(key, name, sku, f"{name} ({kind.replace('_', '-')})", price, kind)


def demo_book(size: int = 50, seed: int = 1) -> DemoBook:
    """The demo books for both services; same (size, seed) -> same books."""
    rng = random.Random(seed)
    book = DemoBook()
    n_contacts = max(size, 12)
    n_customers = max(int(size * 0.8), 10)
    overlap = n_contacts // 2

    people = [_person(rng, k) for k in range(n_contacts + n_customers - overlap)]
    # Troublesome cases at fixed keys, so tests can rely on them at any size.
    p0 = people[0]
    people[0] = Person(**{**p0.__dict__, "email": None})  # contact without email (excluded)
    # Keys 1 and 2: two contacts of the same company (naming-rule collision).
    people[2] = Person(
        **{**people[2].__dict__, "company": people[1].company or "Harbor Lane Dental"}
    )
    people[1] = Person(**{**people[1].__dict__, "company": people[2].company})
    # Key 3: a HubSpot-only contact whose name a QBO vendor holds.
    p3 = people[3]
    people[3] = Person(
        **{
            **p3.__dict__,
            "first": VENDOR_CLASH_NAME[0],
            "last": VENDOR_CLASH_NAME[1],
            "company": None,
            "email": "jordan.blake3@example.test",
        }
    )
    book.qbo_vendors.append(" ".join(VENDOR_CLASH_NAME))

    contacts = people[:n_contacts]
    # Customers: the overlapping half of the contacts (keys overlap_start..n_contacts-1)
    # plus QBO-only people after them. Key 3 stays HubSpot-only.
    overlap_start = n_contacts - overlap
    customers = people[overlap_start:]
    book.hubspot_contacts = contacts
    for i, person in enumerate(customers):
        variant = person
        if person.email and i % 7 == 0:
            # Same mailbox, different spelling: must still match (trimmed, case-insensitive).
            variant = Person(**{**person.__dict__, "email": f"  {person.email.upper()} "})
        elif i % 5 == 0:
            # Same person, different phone in QBO: a conflict once both change.
            variant = Person(**{**person.__dict__, "phone": f"+1 555 000 {i:04d}"})
        book.qbo_customers.append(variant)

    n_products = max(int(size * 0.4), 8)
    products = [_product(rng, k) for k in range(n_products)]
    # Products: first 60% in HubSpot, last 60% in QBO; the middle 20% in both.
    cut_hs = int(n_products * 0.6)
    cut_qbo = n_products - int(n_products * 0.6)
    book.hubspot_products = products[:cut_hs]
    book.qbo_items = products[cut_qbo:]

    _invoices(rng, book, size)
    return book


def _invoices(rng: random.Random, book: DemoBook, size: int) -> None:
    """The HubSpot invoice cases plus filler, and QBO invoices paid / part paid / open."""
    customer_keys = {p.key for p in book.qbo_customers}
    emails = [p for p in book.hubspot_contacts if p.email]
    # Key 3 is the vendor-name clash (E2); leave it to contact sync.
    matched = [p for p in emails if p.key in customer_keys]
    unmatched = [p for p in emails if p.key not in customer_keys and p.key != 3]
    n_hubspot = max(size // 5, len(HUBSPOT_INVOICE_CASES))
    for k in range(n_hubspot):
        spec = HUBSPOT_INVOICE_CASES[k] if k < len(HUBSPOT_INVOICE_CASES) else InvoiceCase("open")
        people = unmatched if spec.customer == "none" else matched
        person = people[(k * 7 + 3) % len(people)]
        book.hubspot_invoices.append(_invoice(rng, k, person, book.hubspot_products, "HS-", spec))
    qbo_people = [p for p in book.qbo_customers if p.email]
    cycle = (InvoiceCase("paid", paid_fraction=1.0), InvoiceCase("partly paid", paid_fraction=0.5),
             InvoiceCase("open"))  # fmt: skip
    for k in range(max(size // 5, 4)):
        spec = cycle[k % 3]
        if k == 0:
            spec = InvoiceCase(f"{spec.case}, custom line", paid_fraction=1.0, custom_line=True)
        person = qbo_people[(k * 7 + 3) % len(qbo_people)]
        book.qbo_invoices.append(_invoice(rng, k, person, book.qbo_items, "", spec))


def _invoice(
    rng: random.Random,
    k: int,
    person: Person,
    products: list[Product],
    prefix: str,
    spec: InvoiceCase,
) -> DemoInvoice:
    lines = []
    for _ in range(rng.randint(1, 4)):
        prod = rng.choice(products)
        lines.append(InvoiceLine(prod.key, prod.name, rng.randint(1, 5), prod.price))
    if spec.custom_line:
        lines.append(InvoiceLine(None, "Custom work (no product)", 1, "75.00"))
    month = 1 + (k % 12)
    day = 1 + (k % 27)
    return DemoInvoice(
        key=k,
        person_key=person.key,
        number=f"{prefix}{1001 + k}",
        date=f"2026-{month:02d}-{day:02d}",
        due=f"2026-{month:02d}-28",
        lines=tuple(lines),
        paid_fraction=spec.paid_fraction,
        status=spec.status,
        deal_key=spec.deal,
        case=spec.case,
    )
