"""Field mappings between HubSpot records and QBO entities, in one canonical form.

Every record is read into `{field key: str | None}` (trimmed, empty -> None, money as a
plain decimal), so comparing sides and the last-synced baseline is plain equality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from qbsync_desktop.core.sync.settings import ObjectSettings

Kind = Literal["text", "email", "money", "product_type"]
Values = dict[str, str | None]


@dataclass(frozen=True)
class FieldMap:
    key: str  # canonical key (the HubSpot property name for defaults)
    hubspot: str
    qbo: str  # dotted path in the QBO entity
    kind: Kind = "text"


CONTACT_FIELDS: tuple[FieldMap, ...] = (
    FieldMap("firstname", "firstname", "GivenName"),
    FieldMap("lastname", "lastname", "FamilyName"),
    FieldMap("company", "company", "CompanyName"),
    FieldMap("email", "email", "PrimaryEmailAddr.Address", "email"),
    FieldMap("phone", "phone", "PrimaryPhone.FreeFormNumber"),
    FieldMap("address", "address", "BillAddr.Line1"),
    FieldMap("city", "city", "BillAddr.City"),
    FieldMap("state", "state", "BillAddr.CountrySubDivisionCode"),
    FieldMap("zip", "zip", "BillAddr.PostalCode"),
    FieldMap("country", "country", "BillAddr.Country"),
)

PRODUCT_FIELDS: tuple[FieldMap, ...] = (
    FieldMap("name", "name", "Name"),
    FieldMap("hs_sku", "hs_sku", "Sku"),
    FieldMap("description", "description", "Description"),
    FieldMap("price", "price", "UnitPrice", "money"),
    FieldMap("hs_product_type", "hs_product_type", "Type", "product_type"),
)

# HubSpot product types <-> QBO item types.
_HS_TO_QBO_TYPE = {"service": "Service", "non_inventory": "NonInventory", "inventory": "Inventory"}
_QBO_TO_HS_TYPE = {v.lower(): k for k, v in _HS_TO_QBO_TYPE.items()}


@dataclass(frozen=True)
class ObjectSpec:
    name: str  # "contacts" | "products"
    hubspot_type: str
    qbo_entity: str
    match_key: str  # canonical key matched on: email | hs_sku
    defaults: tuple[FieldMap, ...]
    hubspot_modified: str = "hs_lastmodifieddate"  # searched on by incremental reads
    hubspot_unique: str = "email"  # the unique property HubSpot creates upsert on

    def fields(self, settings: ObjectSettings) -> list[FieldMap]:
        """The active mappings: defaults not switched off, plus custom ones.

        The match key always stays mapped: without it records cannot be matched.
        """
        off = set(settings.disabled_fields) - {self.match_key}
        active = [f for f in self.defaults if f.key not in off]
        for c in settings.custom:
            active.append(FieldMap(f"custom:{c.hubspot_property}", c.hubspot_property, c.qbo_field))
        return active


CONTACTS = ObjectSpec(
    "contacts", "contacts", "Customer", "email", CONTACT_FIELDS, "lastmodifieddate", "email"
)
# HubSpot does not keep SKUs unique: products are upserted on our own unique property.
PRODUCT_KEY_PROPERTY = "qbsync_key"
PRODUCTS = ObjectSpec(
    "products",
    "products",
    "Item",
    "hs_sku",
    PRODUCT_FIELDS,
    "hs_lastmodifieddate",
    PRODUCT_KEY_PROPERTY,
)
SPECS = {"contacts": CONTACTS, "products": PRODUCTS}


def clean_text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def canonical_money(value: Any) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text  # left as is; validation names it
    return format(number.normalize(), "f")


def match_key(value: str | None) -> str | None:
    """Emails and SKUs match trimmed and case-insensitively."""
    text = clean_text(value)
    return text.lower() if text else None


def same(kind: Kind, a: str | None, b: str | None) -> bool:
    if kind == "email":
        return match_key(a) == match_key(b)
    return a == b


def get_path(entity: dict[str, Any], path: str) -> Any:
    node: Any = entity
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def set_path(entity: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    node = entity
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


def from_hubspot(fields: list[FieldMap], properties: dict[str, str | None]) -> Values:
    out: Values = {}
    for f in fields:
        raw = properties.get(f.hubspot)
        out[f.key] = canonical_money(raw) if f.kind == "money" else clean_text(raw)
    return out


def from_qbo(fields: list[FieldMap], entity: dict[str, Any]) -> Values:
    out: Values = {}
    for f in fields:
        raw = get_path(entity, f.qbo)
        if f.kind == "money":
            out[f.key] = canonical_money(raw)
        elif f.kind == "product_type":
            text = clean_text(raw)
            out[f.key] = _QBO_TO_HS_TYPE.get(text.lower(), text.lower()) if text else None
        else:
            out[f.key] = clean_text(raw)
    return out


def to_hubspot(fields: list[FieldMap], values: Values) -> dict[str, str]:
    """HubSpot properties to write; "" clears a value."""
    by_key = {f.key: f for f in fields}
    return {
        by_key[k].hubspot: (v if v is not None else "") for k, v in values.items() if k in by_key
    }


def to_qbo(fields: list[FieldMap], values: Values) -> dict[str, Any]:
    """A (sparse) QBO entity body holding these canonical values."""
    by_key = {f.key: f for f in fields}
    body: dict[str, Any] = {}
    for key, value in values.items():
        f = by_key.get(key)
        if f is None:
            continue
        out: Any = value if value is not None else ""
        if f.kind == "money" and value is not None:
            out = float(Decimal(value))
        elif f.kind == "product_type" and value is not None:
            out = _HS_TO_QBO_TYPE.get(value, value)
        set_path(body, f.qbo, out)
    return body


# --- names -----------------------------------------------------------------------------


def person_name(values: Values) -> str:
    parts = [values.get("firstname"), values.get("lastname")]
    return " ".join(p for p in parts if p)


def record_label(spec: ObjectSpec, values: Values) -> str:
    """How the status table names a record."""
    if spec.name == "contacts":
        return person_name(values) or values.get("company") or values.get("email") or ""
    return values.get("name") or values.get("hs_sku") or ""


# --- validation before anything is sent (each bad record fails alone, named) ------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_QBO_NAME_FORBIDDEN = re.compile(r"[:\t\n\r]")
_QBO_LIMITS = {
    "GivenName": 100,
    "FamilyName": 100,
    "CompanyName": 100,
    "DisplayName": 500,
    "PrimaryEmailAddr.Address": 100,
    "PrimaryPhone.FreeFormNumber": 21,
    "BillAddr.Line1": 500,
    "BillAddr.City": 255,
    "BillAddr.CountrySubDivisionCode": 255,
    "BillAddr.PostalCode": 30,
    "BillAddr.Country": 255,
    "Name": 100,
    "Sku": 100,
    "Description": 4000,
}
_QBO_NO_COLON = {"GivenName", "FamilyName", "DisplayName", "Name"}


def check_email(value: str | None) -> str | None:
    """Why an email is not usable, or None when it is."""
    if value is None:
        return None
    if not _EMAIL.match(value):
        return f"“{value[:80]}” is not a valid email address."
    return None


def check_for_qbo(fields: list[FieldMap], values: Values) -> tuple[str, str] | None:
    """(QBO field, plain problem) for the first value QBO would refuse, else None."""
    by_key = {f.key: f for f in fields}
    for key, value in values.items():
        f = by_key.get(key)
        if f is None or value is None:
            continue
        if f.kind == "email" and (problem := check_email(value)):
            return f.qbo, problem
        limit = _QBO_LIMITS.get(f.qbo)
        if limit is not None and len(value) > limit:
            return f.qbo, f"It is {len(value)} characters long; QuickBooks allows at most {limit}."
        if f.qbo in _QBO_NO_COLON and _QBO_NAME_FORBIDDEN.search(value):
            return f.qbo, "QuickBooks does not allow colons, tabs or line breaks in names."
        if f.kind == "money":
            try:
                number = Decimal(value)
            except InvalidOperation:
                return f.qbo, f"“{value[:40]}” is not a number."
            if number.as_tuple().exponent < -5:  # type: ignore[operator]
                return f.qbo, "QuickBooks keeps at most 5 decimal places in prices."
    return None


def check_for_hubspot(fields: list[FieldMap], values: Values) -> tuple[str, str] | None:
    for f in fields:
        if f.kind == "email" and (problem := check_email(values.get(f.key))):
            return f.hubspot, problem
    return None
