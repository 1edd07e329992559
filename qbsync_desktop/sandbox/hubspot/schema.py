"""Static facts of the emulated HubSpot account: object types, built-in properties, scopes.

Everything here mirrors ../shared/api/hubspot.md; names marked [U] there are guesses
kept in one place so they are easy to change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ObjectType:
    name: str  # path name, e.g. "contacts"
    type_id: str  # e.g. "0-1"
    singular: str  # e.g. "contact" (v4 paths accept it)
    label: str  # "CONTACT": used in batch error messages
    scope: str  # scope stem: crm.objects.<scope>.read / .write
    created_prop: str
    modified_prop: str
    defaults: tuple[str, ...]  # returned when the caller names no properties
    alt_read_scopes: tuple[str, ...] = ()
    alt_write_scopes: tuple[str, ...] = ()

    @property
    def read_scopes(self) -> list[str]:
        return [f"crm.objects.{self.scope}.read", *self.alt_read_scopes]

    @property
    def write_scopes(self) -> list[str]:
        return [f"crm.objects.{self.scope}.write", *self.alt_write_scopes]

    @property
    def schema_read_scope(self) -> str:
        return f"crm.schemas.{self.scope}.read"

    @property
    def schema_write_scope(self) -> str:
        return f"crm.schemas.{self.scope}.write"


def _ot(
    name: str,
    type_id: str,
    singular: str,
    label: str,
    scope: str,
    created: str,
    modified: str,
    defaults: tuple[str, ...],
    legacy: bool = False,
) -> ObjectType:
    alt = ("e-commerce",) if legacy else ()
    return ObjectType(name, type_id, singular, label, scope, created, modified, defaults, alt, alt)


OBJECT_TYPES: dict[str, ObjectType] = {
    t.name: t
    for t in (
        _ot(
            "contacts",
            "0-1",
            "contact",
            "CONTACT",
            "contacts",
            "createdate",
            "lastmodifieddate",
            ("createdate", "email", "firstname", "hs_object_id", "lastmodifieddate", "lastname"),
        ),
        _ot(
            "companies",
            "0-2",
            "company",
            "COMPANY",
            "companies",
            "createdate",
            "hs_lastmodifieddate",
            ("createdate", "domain", "hs_lastmodifieddate", "hs_object_id", "name"),
        ),
        _ot(
            "deals",
            "0-3",
            "deal",
            "DEAL",
            "deals",
            "createdate",
            "hs_lastmodifieddate",
            (
                "amount",
                "closedate",
                "createdate",
                "dealname",
                "dealstage",
                "hs_lastmodifieddate",
                "hs_object_id",
                "pipeline",
            ),
        ),
        _ot(
            "products",
            "0-7",
            "product",
            "PRODUCT",
            "products",
            "createdate",
            "hs_lastmodifieddate",
            ("createdate", "description", "hs_lastmodifieddate", "hs_object_id", "name", "price"),
            legacy=True,
        ),
        _ot(
            "line_items",
            "0-8",
            "line_item",
            "LINE_ITEM",
            "line_items",
            "createdate",
            "hs_lastmodifieddate",
            (
                "amount",
                "createdate",
                "hs_lastmodifieddate",
                "hs_object_id",
                "hs_product_id",
                "name",
                "price",
                "quantity",
            ),
            legacy=True,
        ),
        _ot(
            "invoices",
            "0-53",
            "invoice",
            "INVOICE",
            "invoices",
            "hs_createdate",
            "hs_lastmodifieddate",
            ("hs_createdate", "hs_lastmodifieddate", "hs_object_id"),
        ),
        _ot(
            "commerce_payments",
            "0-101",
            "commerce_payment",
            "COMMERCE_PAYMENT",
            "commercepayments",
            "hs_createdate",
            "hs_lastmodifieddate",
            ("hs_createdate", "hs_lastmodifieddate", "hs_object_id"),
        ),
    )
}

_ALIASES: dict[str, str] = {}
for _t in OBJECT_TYPES.values():
    for _alias in (_t.name, _t.type_id, _t.singular, _t.label.lower()):
        _ALIASES[_alias] = _t.name
_ALIASES["payments"] = "commerce_payments"  # legacy name; treated as the same objects [U]
_ALIASES["line_item"] = "line_items"


def resolve_type(segment: str, v4: bool = False) -> ObjectType | None:
    """v3 paths take the plural name or the type id; v4 paths also take the singular [C/O]."""
    key = segment.lower()
    if not v4 and key not in {t.name for t in OBJECT_TYPES.values()} and not key.startswith("0-"):
        return None
    name = _ALIASES.get(key)
    return OBJECT_TYPES[name] if name else None


# ---- property definitions ---------------------------------------------------------

READ_ONLY = {"archivable": False, "readOnlyDefinition": True, "readOnlyValue": True}
WRITABLE = {"archivable": False, "readOnlyDefinition": True, "readOnlyValue": False}


def prop_def(
    name: str,
    label: str,
    ptype: str = "string",
    field_type: str | None = None,
    group: str = "information",
    *,
    read_only: bool = False,
    calculated: bool = False,
    unique: bool = False,
    options: list[str] | None = None,
    hubspot_defined: bool = True,
) -> dict[str, Any]:
    """A property definition in the shape of `GET /crm/v3/properties/{type}`."""
    ft = (
        field_type
        or {
            "string": "text",
            "number": "number",
            "date": "date",
            "datetime": "date",
            "enumeration": "select",
            "bool": "booleancheckbox",
            "phone_number": "phonenumber",
        }[ptype]
    )
    return {
        "name": name,
        "label": label,
        "type": ptype,
        "fieldType": ft,
        "description": "",
        "groupName": group,
        "options": [
            {"label": o.replace("_", " ").title(), "value": o, "hidden": False, "displayOrder": i}
            for i, o in enumerate(options or [])
        ],
        "displayOrder": -1,
        "calculated": calculated,
        "externalOptions": False,
        "hasUniqueValue": unique,
        "hidden": False,
        "hubspotDefined": hubspot_defined,
        "formField": not read_only,
        "modificationMetadata": dict(READ_ONLY if read_only or calculated else WRITABLE),
        "createdAt": "2019-08-06T02:41:52.000Z",
        "updatedAt": "2019-08-06T02:41:52.000Z",
        "archived": False,
        "dataSensitivity": "non_sensitive",
    }


def _common(t: ObjectType) -> list[dict[str, Any]]:
    out = [
        prop_def("hs_object_id", "Record ID", "number", group="system", read_only=True),
        prop_def(t.created_prop, "Create Date", "datetime", group="system", read_only=True),
        prop_def(t.modified_prop, "Last Modified Date", "datetime", group="system", read_only=True),
        prop_def("hs_object_source", "Record source", group="system", read_only=True),
    ]
    return out


def _strings(names: str, group: str = "information") -> list[dict[str, Any]]:
    return [prop_def(n, n.replace("_", " ").title(), group=group) for n in names.split()]


LIFECYCLE = [
    "subscriber",
    "lead",
    "marketingqualifiedlead",
    "salesqualifiedlead",
    "opportunity",
    "customer",
    "evangelist",
    "other",
]
INVOICE_STATUSES = ["draft", "open", "paid", "voided"]
# Where an invoice came from. [U] internal values; the KB only shows labels
# "HubSpot" / "Data Sync" / "QuickBooks". API-created invoices get "api".
INVOICE_SOURCES = ["hubspot", "api", "data_sync", "quickbooks"]


def builtin_properties(t: ObjectType) -> list[dict[str, Any]]:
    """Built-in property definitions of one object type."""
    props = _common(t)
    n = t.name
    if n == "contacts":
        props += _strings(
            "firstname lastname company phone mobilephone address city state zip country "
            "jobtitle website"
        )
        props += [
            prop_def("email", "Email", group="contactinformation", unique=True),
            prop_def("lifecyclestage", "Lifecycle Stage", "enumeration", options=LIFECYCLE),
            prop_def("hs_email_domain", "Email Domain", read_only=True, calculated=True),
        ]
    elif n == "companies":
        props += _strings("name domain phone address city state zip country website industry")
        props += [prop_def("numberofemployees", "Number of Employees", "number")]
    elif n == "deals":
        props += _strings("dealname pipeline dealstage deal_currency_code description")
        props += [
            prop_def("amount", "Amount", "number"),
            prop_def("closedate", "Close Date", "datetime"),
        ]
    elif n == "products":
        props += _strings("name description hs_sku hs_url hs_images hs_recurring_billing_period")
        props += [
            prop_def("price", "Unit price", "number"),
            prop_def("hs_cost_of_goods_sold", "Unit cost", "number"),
            prop_def(
                "hs_product_type",
                "Product type",
                "enumeration",
                options=["inventory", "non_inventory", "service"],
            ),
        ]
    elif n == "line_items":
        props += _strings(
            "name description hs_sku hs_line_item_currency_code hs_recurring_billing_period "
            "hs_tax_rate_group_id"
        )
        props += [
            prop_def("hs_product_id", "Product ID", "number"),
            prop_def("quantity", "Quantity", "number"),
            prop_def("price", "Unit price", "number"),
            prop_def("discount", "Unit discount", "number"),
            prop_def("hs_discount_percentage", "Discount Percentage", "number"),
            prop_def("hs_term_in_months", "Term", "number"),
            prop_def("amount", "Net price", "number", calculated=True),
            prop_def("hs_pre_discount_amount", "Pre-discount amount", "number", calculated=True),
            prop_def("hs_total_discount", "Total discount", "number", calculated=True),
        ]
    elif n == "invoices":
        props += _strings(
            "hs_title hs_comments hs_purchase_order_number hs_number hs_tax_id "
            "hs_invoice_link hs_pdf_download_link hs_payment_status"
        )
        props += [
            prop_def("hs_currency", "Currency", "enumeration", options=CURRENCIES),
            prop_def("hs_invoice_date", "Invoice date", "date"),
            prop_def("hs_due_date", "Due date", "date"),
            prop_def("hs_payment_date", "Payment date", "datetime", read_only=True),
            prop_def("hs_invoice_status", "Status", "enumeration", options=INVOICE_STATUSES),
            prop_def(
                "hs_invoice_source",
                "Source",
                "enumeration",
                options=INVOICE_SOURCES,
                read_only=True,
            ),
            prop_def("hs_amount_billed", "Amount billed", "number", calculated=True),
            prop_def("hs_amount_paid", "Amount paid", "number", calculated=True),
            prop_def("hs_balance_due", "Balance due", "number", calculated=True),
        ]
    elif n == "commerce_payments":
        props += _strings(
            "hs_customer_email hs_payment_method hs_payment_type hs_processor_type "
            "hs_payment_source_name hs_reference_number"
        )
        props += [
            prop_def("hs_initial_amount", "Gross amount", "number"),
            prop_def("hs_initiated_date", "Payment date", "datetime"),
            prop_def("hs_currency_code", "Currency", "enumeration", options=CURRENCIES),
            prop_def(
                "hs_latest_status",
                "Status",
                "enumeration",
                options=["succeeded", "processing", "failed", "refunded"],
            ),
            prop_def("hs_net_amount", "Net amount", "number", calculated=True),
            prop_def("hs_refunds_amount", "Refunds", "number"),
        ]
    return props


CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD"]


# ---- scopes --------------------------------------------------------------------------

ALL_SCOPES: frozenset[str] = frozenset(
    ["oauth", "e-commerce", "crm.import", "crm.export"]
    + [f"crm.objects.{t.scope}.{rw}" for t in OBJECT_TYPES.values() for rw in ("read", "write")]
    + [f"crm.schemas.{t.scope}.{rw}" for t in OBJECT_TYPES.values() for rw in ("read", "write")]
    + ["crm.objects.owners.read", "crm.lists.read", "crm.lists.write"]
)


# ---- association types (hubspot.md s4, HUBSPOT_DEFINED, directional) ------------------


@dataclass(frozen=True)
class AssocType:
    from_type: str
    to_type: str
    type_id: int
    reverse_id: int
    label: str | None  # "Primary" for primary ones, else None


def _pairs() -> list[AssocType]:
    rows = [
        ("contacts", "companies", 1, 2, "Primary"),
        ("contacts", "companies", 279, 280, None),
        ("deals", "contacts", 3, 4, None),
        ("deals", "companies", 5, 6, "Primary"),
        ("deals", "companies", 341, 342, None),
        ("deals", "line_items", 19, 20, None),
        ("invoices", "deals", 175, 176, None),
        ("invoices", "contacts", 177, 178, None),
        ("invoices", "companies", 179, 180, None),
        ("invoices", "line_items", 409, 410, None),
        ("invoices", "commerce_payments", 541, 542, None),
        ("commerce_payments", "contacts", 387, 388, None),
        ("commerce_payments", "companies", 389, 390, None),
        ("commerce_payments", "deals", 391, 392, None),
        ("commerce_payments", "line_items", 395, 396, None),
    ]
    out = []
    for f, t, fid, rid, label in rows:
        out.append(AssocType(f, t, fid, rid, label))
        out.append(AssocType(t, f, rid, fid, label))
    return out


ASSOC_TYPES: dict[int, AssocType] = {a.type_id: a for a in _pairs()}


def default_assoc_type(from_type: str, to_type: str) -> AssocType | None:
    """The unlabeled type used by `associations/default` for a pair."""
    cands = [a for a in ASSOC_TYPES.values() if a.from_type == from_type and a.to_type == to_type]
    plain = [a for a in cands if a.label is None]
    return (plain or cands or [None])[0]
