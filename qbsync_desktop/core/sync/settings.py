"""Per-object sync settings, stored as plain JSON in `Profile.sync` (typed here).

Which objects there are, and the checks of each type's own settings (a naming rule, an
income account), come from the object registry (`core/sync/objects`); this module holds
only what every type has.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from qbsync_desktop.core.sync.objects import ObjectType

Direction = Literal["both", "to_quickbooks", "to_hubspot"]
ConflictRule = Literal["hubspot", "quickbooks"]
NamingRule = Literal["company_or_company_person", "company_person", "person", "person_email"]
NAMING_RULES: tuple[str, ...] = get_args(NamingRule)
FILTER_OPS = ("equals", "not_equals", "contains", "not_contains", "is_empty", "is_not_empty")


class SettingsError(ValueError):
    """A sync setting that cannot work; the message says which and why."""


def object_names() -> tuple[str, ...]:
    """The registered object types, parents first (the settings' and the run's order)."""
    # Imported here: the object modules build on this module's ObjectSettings.
    from qbsync_desktop.core.sync import objects

    return objects.names()


def _registered(name: str) -> ObjectType:
    from qbsync_desktop.core.sync import objects

    try:
        return objects.get(name)
    except objects.UnknownObject as exc:
        raise SettingsError(str(exc)) from None


@dataclass
class CustomMapping:
    hubspot_property: str
    qbo_field: str  # dotted path in the QBO entity, e.g. "Notes" or "ShipAddr.City"


@dataclass
class Filter:
    """Records whose HubSpot `property` meets `op`/`value` are excluded, with the reason shown."""

    property: str
    op: str = "equals"
    value: str = ""

    def describe(self) -> str:
        if self.op in ("is_empty", "is_not_empty"):
            return f"“{self.property}” {self.op.replace('_', ' ')}"
        return f"“{self.property}” {self.op.replace('_', ' ')} “{self.value}”"

    def matches(self, value: str | None) -> bool:
        have = (value or "").strip().lower()
        want = self.value.strip().lower()
        return {
            "equals": have == want,
            "not_equals": have != want,
            "contains": want in have,
            "not_contains": want not in have,
            "is_empty": not have,
            "is_not_empty": bool(have),
        }[self.op]


@dataclass
class ObjectSettings:
    enabled: bool = True
    direction: Direction = "both"
    conflict: ConflictRule = "hubspot"
    disabled_fields: list[str] = field(default_factory=list)  # default mappings switched off
    custom: list[CustomMapping] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    naming_rule: NamingRule = "company_or_company_person"  # contacts: QBO display names
    income_account_id: str | None = None  # products created in QBO

    def writes_to(self, side: str) -> bool:
        if side == "hubspot":
            return self.direction in ("both", "to_hubspot")
        return self.direction in ("both", "to_quickbooks")


@dataclass
class SyncSettings:
    objects: dict[str, ObjectSettings] = field(
        default_factory=lambda: {name: ObjectSettings() for name in object_names()}
    )
    interval_minutes: int = 1  # 0: no automatic syncs (the window syncs on request only)
    # Incremental runs read only changes; a full re-read ("reconcile") happens when the last
    # one is older than this many hours (0: only on request or when settings change).
    reconcile_hours: int = 24

    def for_object(self, name: str) -> ObjectSettings:
        return self.objects.get(name) or ObjectSettings()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SyncSettings:
        data = data or {}
        settings = cls()
        for name, raw in (data.get("objects") or {}).items():
            raw = dict(raw)
            raw["custom"] = [CustomMapping(**c) for c in raw.get("custom", [])]
            raw["filters"] = [Filter(**f) for f in raw.get("filters", [])]
            known = ObjectSettings.__dataclass_fields__
            settings.objects[name] = ObjectSettings(**{k: v for k, v in raw.items() if k in known})
        settings.interval_minutes = int(data.get("interval_minutes", 1))
        settings.reconcile_hours = int(data.get("reconcile_hours", 24))
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.interval_minutes < 0:
            raise SettingsError("The sync interval cannot be negative (0 means manual only).")
        if self.reconcile_hours < 0:
            raise SettingsError("The full re-read interval cannot be negative.")
        for name, obj in self.objects.items():
            kind = _registered(name)
            if obj.direction not in ("both", "to_quickbooks", "to_hubspot"):
                raise SettingsError(f"{name}: unknown direction “{obj.direction}”.")
            if obj.conflict not in ("hubspot", "quickbooks"):
                raise SettingsError(f"{name}: the conflict rule must be hubspot or quickbooks.")
            for problem in kind.check_settings(obj):  # the type's own settings
                raise SettingsError(f"{name}: {problem}")
            for f in obj.filters:
                if f.op not in FILTER_OPS:
                    raise SettingsError(f"{name}: unknown filter operator “{f.op}”.")
                if not f.property.strip():
                    raise SettingsError(f"{name}: a filter needs a property.")
            for c in obj.custom:
                if not c.hubspot_property.strip() or not c.qbo_field.strip():
                    raise SettingsError(f"{name}: a custom mapping needs both fields.")
