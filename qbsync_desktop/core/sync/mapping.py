"""Field mappings between HubSpot records and QBO entities, in one canonical form.

Every record is read into `{field key: str | None}` (trimmed, empty -> None, money as a
plain decimal), so comparing sides and the last-synced baseline is plain equality.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, Protocol

from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.errors import Problem
from qbsync_desktop.core.sync.object_settings import ObjectSettings

Kind = Literal["text", "email", "money", "product_type"]
Values = dict[str, str | None]


class NameSet(Protocol):
    """QBO display names taken (lower case): a set, or a table a streamed run keeps them in."""

    def __contains__(self, name: object, /) -> bool: ...
    def add(self, name: str, /) -> None: ...


@dataclass(frozen=True)
class FieldMap:
    key: str  # canonical key (the HubSpot property name for defaults)
    hubspot: str
    qbo: str  # dotted path in the QBO entity
    kind: Kind = "text"


# HubSpot product types <-> QBO item types.
_HS_TO_QBO_TYPE = {"service": "Service", "non_inventory": "NonInventory", "inventory": "Inventory"}
_QBO_TO_HS_TYPE = {v.lower(): k for k, v in _HS_TO_QBO_TYPE.items()}


class QboQuery(Protocol):
    """What an object's hooks may ask of QuickBooks (the QBO client)."""

    async def query(self, statement: str) -> list[dict[str, Any]]: ...


class NewQboRecord(Protocol):
    """A record about to be created in QuickBooks, as naming hooks see it."""

    merged: Values
    qbo_name: str | None


@dataclass(frozen=True)
class ObjectSpec:
    """What the engine needs to know of one synced object type; each type's module in
    `core/sync/objects/` builds one. The optional hooks are what differs between types
    beyond data (None: the type does not need it)."""

    name: str  # the settings, store and CLI key
    hubspot_type: str
    qbo_entity: str
    match_key: str  # canonical key matched on (e.g. email, hs_sku)
    defaults: tuple[FieldMap, ...]
    missing_key: Callable[[], Problem]  # why a record without a match key is left out
    key_noun: str  # the match key as messages say it: "email", "SKU"
    record_noun: str  # one record as messages say it: "contact", "product"
    label_of: Callable[[Values], str]  # how the status table names a record
    qbo_key_field: str  # the QBO query field a match key is looked up by
    # The unique property HubSpot creates upsert on: the match key when HubSpot keeps it
    # unique (emails), else a property of our own holding the QBO id (see apply_hubspot).
    hubspot_unique: str
    hubspot_modified: str = "hs_lastmodifieddate"  # searched on by incremental reads
    hubspot_group: str = ""  # the property group our own unique property is created in
    qbo_name_field: str = "Name"  # the QBO field that must be unique among `name_holders`
    name_holders: tuple[str, ...] = ()  # QBO entities sharing that name space
    qbo_limits: Mapping[str, int] = field(default_factory=dict)  # QBO field -> max length
    qbo_no_colon: frozenset[str] = frozenset()  # QBO name fields refusing : tab newline
    # Names new QBO records (and records the names given in `taken`, lower case); None: a
    # new record's name is its `qbo_name_from` value, and a taken one fails when written.
    name_new_qbo: Callable[[Sequence[NewQboRecord], ObjectSettings, NameSet], None] | None = None
    qbo_name_from: str = ""
    # Settings a run's QBO creates need, found once per run before the first create (e.g.
    # an income account): the settings to write with and a note for the activity log.
    prepare_qbo_creates: (
        Callable[[QboQuery, ObjectSettings], Awaitable[tuple[ObjectSettings, str | None]]] | None
    ) = None
    complete_new_qbo: Callable[[dict[str, Any], ObjectSettings], None] | None = None

    def fields(self, settings: ObjectSettings) -> list[FieldMap]:
        """The active mappings: defaults not switched off, plus custom ones.

        The match key always stays mapped: without it records cannot be matched.
        """
        off = set(settings.disabled_fields) - {self.match_key}
        active = [f for f in self.defaults if f.key not in off]
        for c in settings.custom:
            active.append(FieldMap(f"custom:{c.hubspot_property}", c.hubspot_property, c.qbo_field))
        return active


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


def record_label(spec: ObjectSpec, values: Values) -> str:
    """How the status table names a record."""
    return spec.label_of(values)


# --- validation before anything is sent (each bad record fails alone, named) ------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_QBO_NAME_FORBIDDEN = re.compile(r"[:\t\n\r]")


def check_email(field: str, value: str | None) -> Problem | None:
    """Why an email is not usable, or None when it is."""
    if value is None:
        return None
    if not _EMAIL.match(value):
        return errors.not_an_email(field, value)
    return None


def check_for_qbo(spec: ObjectSpec, fields: list[FieldMap], values: Values) -> Problem | None:
    """The first value QBO would refuse (naming its QBO field), else None."""
    by_key = {f.key: f for f in fields}
    for key, value in values.items():
        f = by_key.get(key)
        if f is None or value is None:
            continue
        if f.kind == "email" and (problem := check_email(f.qbo, value)):
            return problem
        limit = spec.qbo_limits.get(f.qbo)
        if limit is not None and len(value) > limit:
            return errors.too_long(f.qbo, len(value), limit)
        if f.qbo in spec.qbo_no_colon and _QBO_NAME_FORBIDDEN.search(value):
            return errors.forbidden_characters(f.qbo)
        if f.kind == "money":
            try:
                number = Decimal(value)
            except InvalidOperation:
                return errors.not_a_number(f.qbo, value)
            if number.as_tuple().exponent < -5:  # type: ignore[operator]
                return errors.too_many_decimals(f.qbo)
    return None


def check_for_hubspot(fields: list[FieldMap], values: Values) -> Problem | None:
    for f in fields:
        if f.kind == "email" and (problem := check_email(f.hubspot, values.get(f.key))):
            return problem
    return None
