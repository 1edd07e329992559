"""The registry of synced object types: one module per type, registered here.

Adding a type is writing its module (an `ObjectType`: spec, labels, level, own settings,
hooks) and registering it; the engine, the CLI and the window loop over `all_types()`.
"""

from __future__ import annotations

from qbsync_desktop.core.sync.objects.base import ObjectType, SettingField

_TYPES: dict[str, ObjectType] = {}


class UnknownObject(KeyError):
    """A name no object type is registered under; str() is a plain sentence."""

    def __str__(self) -> str:
        return f"Unknown object sync “{self.args[0]}”."


def register(obj: ObjectType) -> None:
    """Add a type; its dependencies must be registered first and sit on lower levels."""
    for parent in obj.depends_on:
        if parent not in _TYPES or _TYPES[parent].level >= obj.level:
            raise ValueError(f"{obj.name} depends on {parent}, not registered on a lower level")
    _TYPES[obj.name] = obj


def unregister(name: str) -> None:
    """Remove a type (tests registering a toy type take it out again)."""
    _TYPES.pop(name, None)


def get(name: str) -> ObjectType:
    try:
        return _TYPES[name]
    except KeyError:
        raise UnknownObject(name) from None


def all_types() -> tuple[ObjectType, ...]:
    """Every registered type, parents before children (by level, then registration)."""
    return tuple(sorted(_TYPES.values(), key=lambda t: t.level))


def names() -> tuple[str, ...]:
    return tuple(t.name for t in all_types())


def levels(selected: tuple[str, ...] | list[str] | None = None) -> list[tuple[ObjectType, ...]]:
    """The types (all, or the `selected` names) grouped by level, lowest first: each group
    may run side by side once the groups before it are done."""
    chosen = all_types() if selected is None else tuple(get(n) for n in selected)
    by_level: dict[int, list[ObjectType]] = {}
    for t in sorted(chosen, key=lambda t: t.level):
        by_level.setdefault(t.level, []).append(t)
    return [tuple(group) for _, group in sorted(by_level.items())]


def _register_builtin() -> None:
    from qbsync_desktop.core.sync.objects import contacts, invoices, products

    for module in (contacts, products, invoices):
        register(module.OBJECT)


_register_builtin()

__all__ = [
    "ObjectType",
    "SettingField",
    "UnknownObject",
    "all_types",
    "get",
    "levels",
    "names",
    "register",
    "unregister",
]
