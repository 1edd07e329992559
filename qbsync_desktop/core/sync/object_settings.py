"""One object type's sync settings: what every type has, plus the type's own options.

A leaf module (it imports no other sync module), so the object types, the engine and
`settings.SyncSettings` all build on it without an import circle. Which own options a type
has, their defaults and checks, are declared by the type (`ObjectType.settings_fields`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

Direction = Literal["both", "to_quickbooks", "to_hubspot"]
DIRECTIONS: tuple[Direction, ...] = ("both", "to_quickbooks", "to_hubspot")
ConflictRule = Literal["hubspot", "quickbooks"]
FILTER_OPS = ("equals", "not_equals", "contains", "not_contains", "is_empty", "is_not_empty")


class SettingsError(ValueError):
    """A sync setting that cannot work; the message says which and why."""


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
    # The type's own options (a contact naming rule, an income account for new items…),
    # JSON values keyed by the names the type declares in `settings_fields`.
    own: dict[str, Any] = field(default_factory=dict)

    def writes_to(self, side: str) -> bool:
        if side == "hubspot":
            return self.direction in ("both", "to_hubspot")
        return self.direction in ("both", "to_quickbooks")

    def option(self, name: str, default: Any = None) -> Any:
        """One of the type's own options (`default` when it was never set)."""
        return self.own.get(name, default)

    def with_option(self, name: str, value: Any) -> ObjectSettings:
        """A copy with one own option changed (settings are shared: never edit in place)."""
        return replace(self, own={**self.own, name: value})
