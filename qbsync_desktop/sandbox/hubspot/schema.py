"""Static facts of the emulated HubSpot account: object types, built-in properties, scopes.

Everything here mirrors ../shared/api/hubspot.md; names marked [U] there are guesses
kept in one place so they are easy to change.
"""

from __future__ import annotations

from dataclasses import dataclass


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
        # Invoice-level adjustments (hubspot.md s3.8). The SDK's taxes client calls
        # /crm/v3/objects/taxes and the guides /crm/v3/objects/tax, so v3 takes both; their
        # scopes are the line-item ones [C discounts/fees/taxes guides].
        *(
            _ot(
                plural,
                type_id,
                plural[:-1] if plural != "taxes" else "tax",
                plural[:-1].upper() if plural != "taxes" else "TAX",
                "line_items",
                "hs_createdate",
                "hs_lastmodifieddate",
                ("hs_label", "hs_type", "hs_value", "hs_createdate", "hs_lastmodifieddate"),
            )
            for plural, type_id in (("discounts", "0-84"), ("fees", "0-85"), ("taxes", "0-86"))
        ),
    )
}

_ALIASES: dict[str, str] = {}
for _t in OBJECT_TYPES.values():
    for _alias in (_t.name, _t.type_id, _t.singular, _t.label.lower()):
        _ALIASES[_alias] = _t.name
_ALIASES["payments"] = "commerce_payments"  # legacy name; treated as the same objects [U]
_ALIASES["line_item"] = "line_items"
V3_SINGULARS = {"discount", "fee", "tax"}  # the guides' spelling of those v3 paths [C]


def resolve_type(segment: str, v4: bool = False) -> ObjectType | None:
    """v3 paths take the plural name or the type id; v4 paths also take the singular [C/O]."""
    key = segment.lower()
    v3_names = {t.name for t in OBJECT_TYPES.values()} | V3_SINGULARS
    if not v4 and key not in v3_names and not key.startswith("0-"):
        return None
    name = _ALIASES.get(key)
    return OBJECT_TYPES[name] if name else None


# ---- scopes --------------------------------------------------------------------------

ALL_SCOPES: frozenset[str] = frozenset(
    ["oauth", "e-commerce", "crm.import", "crm.export"]
    + [f"crm.objects.{t.scope}.{rw}" for t in OBJECT_TYPES.values() for rw in ("read", "write")]
    + [f"crm.schemas.{t.scope}.{rw}" for t in OBJECT_TYPES.values() for rw in ("read", "write")]
    + ["crm.objects.owners.read", "crm.lists.read", "crm.lists.write", "tax_rates.read"]
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
        # [U] ids: invoice-level discount/fee/tax links are documented [C] but their type ids
        # are not; these follow invoice->line item 409/410. Prefer associations/default.
        ("invoices", "discounts", 411, 412, None),
        ("invoices", "fees", 413, 414, None),
        ("invoices", "taxes", 415, 416, None),
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
