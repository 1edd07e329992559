"""The fields that exist in the connected accounts, for pickers and for checking mappings.

HubSpot's come from its properties API (GET /crm/v3/properties/{objectType}: name, label,
type, whether its value is read-only) through the client; QuickBooks has no metadata API
for standard fields, so its come from the table in `connectors/qbo_fields.py`. A custom
mapping or filter naming a field that is not there is a `MappingProblem`: the settings
page refuses to save it and the pre-flight check reports one saved before.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from qbsync_desktop.core.connectors.qbo_fields import (
    CUSTOM_FIELD,
    CUSTOM_FIELD_LABEL,
    CUSTOM_FIELD_SLOTS,
    QBO_FIELDS,
)
from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.problems import Translate, as_marked


@dataclass(frozen=True)
class FieldInfo:
    name: str  # the API name: HubSpot's property name, QuickBooks' dotted path
    label: str  # HubSpot's own label; for QuickBooks ours, marked ("Fields")
    kind: str  # HubSpot's property type (string, number, date…); ours for QuickBooks
    writable: bool = True


@dataclass(frozen=True)
class TypeFields:
    """One object type's fields on each side; None where they are not known (not read yet,
    or a QuickBooks entity without a table): nothing is refused for an unknown side."""

    object: str
    hubspot: tuple[FieldInfo, ...] | None = None
    quickbooks: tuple[FieldInfo, ...] | None = None

    def find(self, side: str, name: str) -> FieldInfo | None:
        fields = self.hubspot if side == "hubspot" else self.quickbooks
        return next((f for f in fields or () if f.name == name), None)

    def knows(self, side: str) -> bool:
        return (self.hubspot if side == "hubspot" else self.quickbooks) is not None


class PropertiesReader(Protocol):
    """What the catalogue needs of the HubSpot client."""

    async def properties(self, object_type: str) -> list[dict[str, Any]]: ...


def qbo_fields(entity: str, slots: Mapping[str, str] | None = None) -> tuple[FieldInfo, ...] | None:
    """QuickBooks' writable fields of `entity` (None: no table for it): its standard ones,
    then its sales-form custom fields: those switched on in `slots` (slot -> the name the
    company gave it, from its preferences), every slot while they are not known."""
    table = QBO_FIELDS.get(entity)
    if table is None:
        return None
    fields = [FieldInfo(path, label, kind) for path, label, kind in table]
    for slot in CUSTOM_FIELD_SLOTS.get(entity, ()):
        if slots is None or slot in slots:
            named = (slots or {}).get(slot) or CUSTOM_FIELD_LABEL.format(slot=slot)
            fields.append(FieldInfo(CUSTOM_FIELD + slot, named, "text"))
    return tuple(fields)


def hubspot_field(raw: Mapping[str, Any]) -> FieldInfo:
    """One property of HubSpot's properties API."""
    meta = raw.get("modificationMetadata") or {}
    read_only = bool(meta.get("readOnlyValue")) or bool(raw.get("calculated"))
    return FieldInfo(
        name=str(raw.get("name") or ""),
        label=str(raw.get("label") or raw.get("name") or ""),
        kind=str(raw.get("type") or "string"),
        writable=not read_only,
    )


async def read_fields(
    hubspot: PropertiesReader,
    names: Iterable[str] | None = None,
    slots: Mapping[str, str] | None = None,
) -> dict[str, TypeFields]:
    """Each registered type's fields (`names`: only those types), HubSpot's read side by
    side; `slots`: the company's sales-form custom fields (see `qbo_fields`)."""
    kinds = [objects.get(n) for n in names] if names is not None else objects.all_types()

    async def one(kind: objects.ObjectType) -> TypeFields:
        raw = await hubspot.properties(kind.spec.hubspot_type)
        listed = sorted((hubspot_field(p) for p in raw if p.get("name")), key=_by_label)
        return TypeFields(kind.name, tuple(listed), qbo_fields(kind.spec.qbo_entity, slots))

    found = await asyncio.gather(*(one(k) for k in kinds))
    return {f.object: f for f in found}


def _by_label(f: FieldInfo) -> str:
    return f.label.casefold()


# Why a mapping or filter cannot work, marked for the window ({name}: the field as given).
NO_HUBSPOT_PROPERTY = QT_TRANSLATE_NOOP(
    "FieldCatalogue", "Row {row}: HubSpot has no property “{name}” for this sync."
)
NO_QBO_FIELD = QT_TRANSLATE_NOOP(
    "FieldCatalogue", "Row {row}: QuickBooks has no field “{name}” this sync can write."
)
READ_ONLY_PROPERTY = QT_TRANSLATE_NOOP(
    "FieldCatalogue",
    "Row {row}: HubSpot does not let other apps change “{name}”; sync it to QuickBooks only.",
)


@dataclass(frozen=True)
class MappingProblem:
    """A custom mapping ("custom") or filter ("filters") that names a field not there."""

    object: str
    where: str  # "custom" | "filters": the list on the settings page
    row: int  # 1-based, as the page numbers its rows
    template: str  # one of the marked texts above
    name: str

    def words(self, say: Translate = as_marked) -> str:
        return say("FieldCatalogue", self.template).format(row=self.row, name=self.name)


def mapping_problems(settings: ObjectSettings, fields: TypeFields) -> list[MappingProblem]:
    """The custom mappings and filters of one type naming fields its accounts do not have."""
    out: list[MappingProblem] = []
    writes_hubspot = settings.writes_to("hubspot")
    for row, mapping in enumerate(settings.custom, 1):
        prop, path = mapping.hubspot_property.strip(), mapping.qbo_field.strip()
        found = fields.find("hubspot", prop)
        if prop and fields.knows("hubspot") and found is None:
            out.append(MappingProblem(fields.object, "custom", row, NO_HUBSPOT_PROPERTY, prop))
        elif found is not None and not found.writable and writes_hubspot:
            out.append(MappingProblem(fields.object, "custom", row, READ_ONLY_PROPERTY, prop))
        if path and fields.knows("quickbooks") and fields.find("quickbooks", path) is None:
            out.append(MappingProblem(fields.object, "custom", row, NO_QBO_FIELD, path))
    for row, flt in enumerate(settings.filters, 1):
        prop = flt.property.strip()
        if prop and fields.knows("hubspot") and fields.find("hubspot", prop) is None:
            out.append(MappingProblem(fields.object, "filters", row, NO_HUBSPOT_PROPERTY, prop))
    return out
