"""Object types seen from outside the engine: a toy type registered by tests only, and
records of any registered type made from its own spec (for the conformance tests)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.sync import errors, objects
from qbsync_desktop.core.sync.changes import qbo_by_values
from qbsync_desktop.core.sync.mapping import (
    FieldMap,
    NewQboRecord,
    ObjectSpec,
    Values,
    from_hubspot,
    from_qbo,
    match_key,
    to_hubspot,
    to_qbo,
)
from qbsync_desktop.core.sync.objects import ObjectType
from qbsync_desktop.core.sync.settings import ObjectSettings

# --- the toy type: HubSpot companies ⇄ QuickBooks vendors, matched by company name --------

SUPPLIER_FIELDS = (
    FieldMap("name", "name", "CompanyName"),
    FieldMap("phone", "phone", "PrimaryPhone.FreeFormNumber"),
    FieldMap("city", "city", "BillAddr.City"),
)


def _supplier_names(
    creates: Sequence[NewQboRecord], settings: ObjectSettings, taken: set[str]
) -> None:
    # Vendors share display names with customers: a suffix keeps them apart.
    for rec in creates:
        rec.qbo_name = f"{rec.merged.get('name')} (supplier)"
        taken.add(rec.qbo_name.lower())


SUPPLIERS = ObjectType(
    ObjectSpec(
        "suppliers",
        hubspot_type="companies",
        qbo_entity="Vendor",
        match_key="name",
        defaults=SUPPLIER_FIELDS,
        missing_key=lambda: errors.filtered("the company has no name"),
        key_noun="name",
        record_noun="supplier",
        label_of=lambda values: values.get("name") or "",
        qbo_key_field="CompanyName",
        hubspot_unique="qbsync_key",
        hubspot_group="companyinformation",
        qbo_name_field="DisplayName",
        name_holders=("Vendor", "Customer", "Employee"),
        qbo_limits={"CompanyName": 100, "DisplayName": 500, "PrimaryPhone.FreeFormNumber": 21},
        qbo_no_colon=frozenset({"DisplayName"}),
        name_new_qbo=_supplier_names,
    ),
    label="Companies ⇄ Vendors",
    hubspot_label="Company",
    qbo_label="Vendor",
)


@contextmanager
def registered(obj: ObjectType) -> Iterator[ObjectType]:
    objects.register(obj)
    try:
        yield obj
    finally:
        objects.unregister(obj.name)


# What tests parametrise over: every registered type synced by the engine's generic path
# (a type with its own `run`, e.g. invoices, has its own tests), and the toy type.
EVERY_TYPE = [*(t.name for t in objects.all_types() if t.run is None), SUPPLIERS.name]


@contextmanager
def type_named(name: str) -> Iterator[ObjectType]:
    """The type registered as `name`, or the toy type, registered for the while."""
    if name == SUPPLIERS.name:
        with registered(SUPPLIERS) as toy:
            yield toy
    else:
        yield objects.get(name)


# --- records of any type, made from its spec ------------------------------------------------


def sample_values(spec: ObjectSpec, tag: str) -> Values:
    """Values for every default field, the match key unique to `tag`."""
    values: Values = {}
    for f in spec.defaults:
        if f.kind == "email":
            values[f.key] = f"{tag}@types.test"
        elif f.kind == "money":
            values[f.key] = "12.5"
        elif f.kind == "product_type":
            values[f.key] = "service"
        elif f.key == spec.match_key:
            values[f.key] = f"Key {tag}"
        else:
            values[f.key] = f"{f.key.title()} {tag}"[:20]
    return values


def limited_field(spec: ObjectSpec) -> tuple[FieldMap, int]:
    """A default text field, not the key, with a QBO length limit (to make a value QBO
    would refuse)."""
    for f in spec.defaults:
        limit = spec.qbo_limits.get(f.qbo)
        if f.kind == "text" and f.key != spec.match_key and limit is not None:
            return f, limit
    raise AssertionError(f"{spec.name}: no limited text field to test with")


@dataclass
class _New:
    merged: Values
    qbo_name: str | None = None


async def create_hubspot(client: HubSpotClient, spec: ObjectSpec, values: Values) -> str:
    props = {k: v for k, v in to_hubspot(list(spec.defaults), values).items() if v}
    result = await client.batch_create(spec.hubspot_type, [{"properties": props}])
    assert not result.errors, result.errors
    return result.results[0].id


async def create_qbo(client: QboClient, spec: ObjectSpec, values: Values) -> str:
    """Create a QBO record as a person would, named and completed by the type's own hooks."""
    body = to_qbo(list(spec.defaults), values)
    new = _New(values)
    if spec.name_new_qbo is not None:
        spec.name_new_qbo([new], ObjectSettings(), set())
    else:
        new.qbo_name = values.get(spec.qbo_name_from)
    body[spec.qbo_name_field] = new.qbo_name
    settings = ObjectSettings()
    if spec.prepare_qbo_creates is not None:
        settings, _ = await spec.prepare_qbo_creates(client, settings)
    if spec.complete_new_qbo is not None:
        spec.complete_new_qbo(body, settings)
    entity = await client.create(spec.qbo_entity, body, request_id=uuid.uuid4().hex)
    return str(entity["Id"])


async def qbo_with_key(client: QboClient, spec: ObjectSpec, key: str) -> list[Values]:
    rows = await qbo_by_values(client, spec.qbo_entity, spec.qbo_key_field, [key])
    found = [from_qbo(list(spec.defaults), row) for row in rows]
    return [v for v in found if match_key(v.get(spec.match_key)) == match_key(key)]


async def hubspot_with_key(client: HubSpotClient, spec: ObjectSpec, key: str) -> list[Values]:
    props = [f.hubspot for f in spec.defaults]
    found = [
        from_hubspot(list(spec.defaults), o.properties)
        async for o in client.iter_objects(spec.hubspot_type, props)
    ]
    return [v for v in found if match_key(v.get(spec.match_key)) == match_key(key)]


def key_of(spec: ObjectSpec, values: Values) -> str:
    key = values.get(spec.match_key)
    assert key is not None
    return key


__all__ = [
    "EVERY_TYPE",
    "SUPPLIERS",
    "create_hubspot",
    "create_qbo",
    "hubspot_with_key",
    "key_of",
    "limited_field",
    "qbo_with_key",
    "registered",
    "sample_values",
    "type_named",
]
