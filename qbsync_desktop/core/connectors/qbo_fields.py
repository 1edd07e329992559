"""The standard fields of the QuickBooks entities a mapping may write to (api/qbo.md 3.x).

QuickBooks has no metadata API for its standard fields, so they are listed here from its
API reference: a field's dotted path in the entity, its plain label (marked for the
window, context "Fields", as core/sync/problems.py names fields) and its kind. Read-only
and reference fields (balances, ids, *Ref) are left out: a mapping cannot write them.
Sales forms also have up to three custom fields ("PO #"), switched on and named in
Preferences.SalesFormsPrefs.CustomField; a mapping names one by its slot ("CustomField:1").
Until the company's preferences are read every slot is offered.
"""

from __future__ import annotations

from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP

# (path, label, kind); kinds: text, email, phone, url, number, date, boolean.
_BILLING = (
    ("BillAddr.Line1", QT_TRANSLATE_NOOP("Fields", "billing street"), "text"),
    ("BillAddr.Line2", QT_TRANSLATE_NOOP("Fields", "billing street line 2"), "text"),
    ("BillAddr.City", QT_TRANSLATE_NOOP("Fields", "billing city"), "text"),
    ("BillAddr.CountrySubDivisionCode", QT_TRANSLATE_NOOP("Fields", "billing state"), "text"),
    ("BillAddr.PostalCode", QT_TRANSLATE_NOOP("Fields", "billing postal code"), "text"),
    ("BillAddr.Country", QT_TRANSLATE_NOOP("Fields", "billing country"), "text"),
)
_SHIPPING = (
    ("ShipAddr.Line1", QT_TRANSLATE_NOOP("Fields", "shipping street"), "text"),
    ("ShipAddr.Line2", QT_TRANSLATE_NOOP("Fields", "shipping street line 2"), "text"),
    ("ShipAddr.City", QT_TRANSLATE_NOOP("Fields", "shipping city"), "text"),
    ("ShipAddr.CountrySubDivisionCode", QT_TRANSLATE_NOOP("Fields", "shipping state"), "text"),
    ("ShipAddr.PostalCode", QT_TRANSLATE_NOOP("Fields", "shipping postal code"), "text"),
    ("ShipAddr.Country", QT_TRANSLATE_NOOP("Fields", "shipping country"), "text"),
)
_PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("DisplayName", QT_TRANSLATE_NOOP("Fields", "display name"), "text"),
    ("Title", QT_TRANSLATE_NOOP("Fields", "title"), "text"),
    ("GivenName", QT_TRANSLATE_NOOP("Fields", "first name"), "text"),
    ("MiddleName", QT_TRANSLATE_NOOP("Fields", "middle name"), "text"),
    ("FamilyName", QT_TRANSLATE_NOOP("Fields", "last name"), "text"),
    ("Suffix", QT_TRANSLATE_NOOP("Fields", "suffix"), "text"),
    ("CompanyName", QT_TRANSLATE_NOOP("Fields", "company name"), "text"),
    ("PrintOnCheckName", QT_TRANSLATE_NOOP("Fields", "name printed on cheques"), "text"),
    ("PrimaryEmailAddr.Address", QT_TRANSLATE_NOOP("Fields", "email"), "email"),
    ("PrimaryPhone.FreeFormNumber", QT_TRANSLATE_NOOP("Fields", "phone"), "phone"),
    ("Mobile.FreeFormNumber", QT_TRANSLATE_NOOP("Fields", "mobile"), "phone"),
    ("Fax.FreeFormNumber", QT_TRANSLATE_NOOP("Fields", "fax"), "phone"),
    ("WebAddr.URI", QT_TRANSLATE_NOOP("Fields", "website"), "url"),
    ("Notes", QT_TRANSLATE_NOOP("Fields", "notes"), "text"),
    ("Active", QT_TRANSLATE_NOOP("Fields", "active"), "boolean"),
)

QBO_FIELDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Customer": (
        *_PEOPLE,
        *_BILLING,
        *_SHIPPING,
        ("ResaleNum", QT_TRANSLATE_NOOP("Fields", "resale number"), "text"),
        ("Taxable", QT_TRANSLATE_NOOP("Fields", "taxable"), "boolean"),
    ),
    "Vendor": (
        *_PEOPLE,
        *_BILLING,
        ("AcctNum", QT_TRANSLATE_NOOP("Fields", "account number"), "text"),
        ("TaxIdentifier", QT_TRANSLATE_NOOP("Fields", "tax id"), "text"),
    ),
    "Item": (
        ("Name", QT_TRANSLATE_NOOP("Fields", "name"), "text"),
        ("Sku", QT_TRANSLATE_NOOP("Fields", "SKU"), "text"),
        ("Description", QT_TRANSLATE_NOOP("Fields", "description"), "text"),
        ("PurchaseDesc", QT_TRANSLATE_NOOP("Fields", "purchase description"), "text"),
        ("UnitPrice", QT_TRANSLATE_NOOP("Fields", "sales price"), "number"),
        ("PurchaseCost", QT_TRANSLATE_NOOP("Fields", "cost"), "number"),
        ("QtyOnHand", QT_TRANSLATE_NOOP("Fields", "quantity on hand"), "number"),
        ("InvStartDate", QT_TRANSLATE_NOOP("Fields", "inventory start date"), "date"),
        ("Taxable", QT_TRANSLATE_NOOP("Fields", "taxable"), "boolean"),
        ("Active", QT_TRANSLATE_NOOP("Fields", "active"), "boolean"),
    ),
    "Invoice": (
        ("DocNumber", QT_TRANSLATE_NOOP("Fields", "invoice number"), "text"),
        ("TxnDate", QT_TRANSLATE_NOOP("Fields", "invoice date"), "date"),
        ("DueDate", QT_TRANSLATE_NOOP("Fields", "due date"), "date"),
        ("ShipDate", QT_TRANSLATE_NOOP("Fields", "ship date"), "date"),
        ("TrackingNum", QT_TRANSLATE_NOOP("Fields", "tracking number"), "text"),
        ("PrivateNote", QT_TRANSLATE_NOOP("Fields", "private note"), "text"),
        ("CustomerMemo.value", QT_TRANSLATE_NOOP("Fields", "message on invoice"), "text"),
        ("BillEmail.Address", QT_TRANSLATE_NOOP("Fields", "billing email"), "email"),
        *_BILLING,
        *_SHIPPING,
    ),
}

# A sales-form custom field as a mapping names it: CustomField:<slot> (the invoice writer
# reads the same form), and the entities that have them.
CUSTOM_FIELD = "CustomField:"
CUSTOM_FIELD_SLOTS: dict[str, tuple[str, ...]] = {"Invoice": ("1", "2", "3")}
CUSTOM_FIELD_LABEL = QT_TRANSLATE_NOOP("Fields", "custom field {slot}")
