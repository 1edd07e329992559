"""Per-object sync settings, stored as plain JSON in `Profile.sync` (typed here).

Which objects there are, each type's default settings and the checks of its own options
come from the object registry (`core/sync/objects`); one object's settings are
`object_settings.ObjectSettings` (re-exported here).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any

from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.object_settings import (
    DIRECTIONS,
    FILTER_OPS,
    ConflictRule,
    CustomMapping,
    Direction,
    Filter,
    ObjectSettings,
    SettingsError,
)

__all__ = [
    "FILTER_OPS",
    "ConflictRule",
    "CustomMapping",
    "Direction",
    "Filter",
    "ObjectSettings",
    "SettingsError",
    "SyncSettings",
    "object_names",
]


def object_names() -> tuple[str, ...]:
    """The registered object types, parents first (the settings' and the run's order)."""
    return objects.names()


def _registered(name: str) -> objects.ObjectType:
    try:
        return objects.get(name)
    except objects.UnknownObject as exc:
        raise SettingsError(str(exc)) from None


def _object_from_dict(name: str, raw: dict[str, Any]) -> ObjectSettings:
    raw = dict(raw)
    raw["custom"] = [CustomMapping(**c) for c in raw.get("custom", [])]
    raw["filters"] = [Filter(**f) for f in raw.get("filters", [])]
    known = ObjectSettings.__dataclass_fields__
    saved = {k: v for k, v in raw.items() if k in known}
    try:
        kind = objects.get(name)
    except objects.UnknownObject:
        return ObjectSettings(**saved)  # refused by validate(), which names it
    defaults = kind.default_settings()
    # Settings saved before own options existed kept them at the top level
    # ("naming_rule", "income_account_id"): carry them over.
    legacy = {f.attribute: raw[f.attribute] for f in kind.settings_fields if f.attribute in raw}
    saved["own"] = {**defaults.own, **legacy, **saved.get("own", {})}
    return replace(defaults, **saved)


@dataclass
class SyncSettings:
    objects: dict[str, ObjectSettings] = field(
        default_factory=lambda: {t.name: t.default_settings() for t in objects.all_types()}
    )
    interval_minutes: int = 1  # 0: no automatic syncs (the window syncs on request only)
    # Incremental runs read only changes; a full re-read ("reconcile") happens when the last
    # one is older than this many hours (0: only on request or when settings change).
    reconcile_hours: int = 24

    def for_object(self, name: str) -> ObjectSettings:
        found = self.objects.get(name)
        if found is not None:
            return found
        try:
            return objects.get(name).default_settings()
        except objects.UnknownObject:
            return ObjectSettings()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def switched_on_since(self, before: SyncSettings | None, now: datetime) -> SyncSettings:
        """These settings as they are saved over `before`: a type switched on by this save
        gets its `on_switch_on` hook's changes (the window and the CLI both save so)."""
        for name, obj in list(self.objects.items()):
            kind = objects.get(name)
            was_on = before is not None and before.for_object(name).enabled
            if obj.enabled and not was_on and kind.on_switch_on is not None:
                self.objects[name] = kind.on_switch_on(obj, now)
        return self

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SyncSettings:
        data = data or {}
        settings = cls()
        for name, raw in (data.get("objects") or {}).items():
            settings.objects[name] = _object_from_dict(name, raw)
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
            if obj.direction not in DIRECTIONS:
                raise SettingsError(f"{name}: unknown direction “{obj.direction}”.")
            if obj.conflict not in ("hubspot", "quickbooks"):
                raise SettingsError(f"{name}: the conflict rule must be hubspot or quickbooks.")
            for problem in kind.check_settings(obj):  # the type's own settings
                raise SettingsError(f"{name}: {problem}")
            for parent in kind.depends_on if obj.enabled else ():
                if not self.for_object(parent).enabled:
                    needed = objects.get(parent).label
                    raise SettingsError(
                        f"{kind.label} needs {needed} switched on: its records refer to them."
                    )
            for f in obj.filters:
                if f.op not in FILTER_OPS:
                    raise SettingsError(f"{name}: unknown filter operator “{f.op}”.")
                if not f.property.strip():
                    raise SettingsError(f"{name}: a filter needs a property.")
            for c in obj.custom:
                if not c.hubspot_property.strip() or not c.qbo_field.strip():
                    raise SettingsError(f"{name}: a custom mapping needs both fields.")
