"""How the window names object types and their match keys, from the object registry."""

from __future__ import annotations

from qbsync_desktop.core.sync import objects


def key_nouns() -> list[str]:
    """Each registered type's match key ("email", "SKU"), once each, parents first."""
    return list(dict.fromkeys(t.spec.key_noun for t in objects.all_types()))


def key_column_label() -> str:
    """The header of a column holding any type's match key: "Email / SKU"."""
    label = " / ".join(key_nouns())
    return label[:1].upper() + label[1:]


def key_label(name: str) -> str:
    """The match key of one type's record ("Email"); the column's for a type not registered
    (a record kept from a sync since removed)."""
    try:
        noun = objects.get(name).spec.key_noun
    except objects.UnknownObject:
        return key_column_label()
    return noun[:1].upper() + noun[1:]
