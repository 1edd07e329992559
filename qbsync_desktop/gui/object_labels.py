"""How the window names object types, their records, keys and fields, from the object
registry, in the current language.

A type's module marks its words with `QT_TRANSLATE_NOOP("Objects", ...)`; field names
come from the plain field labels in core/sync/problems.py ("Fields"). Nothing here names
a type.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.problems import capitalized, field_title

from .i18n import translate_marked


def _objects(text: str) -> str:
    return translate_marked("Objects", text)


def key_nouns() -> list[str]:
    """Each registered type's match key ("email", "SKU"), once each, parents first."""
    return list(dict.fromkeys(_objects(t.spec.key_noun) for t in objects.all_types()))


def key_column_label() -> str:
    """The header of a column holding any type's match key: "Email / SKU"."""
    return capitalized(" / ".join(key_nouns()))


def key_label(name: str) -> str:
    """The match key of one type's record ("Email"); the column's for a type not registered
    (a record kept from a sync since removed)."""
    try:
        noun = objects.get(name).spec.key_noun
    except objects.UnknownObject:
        return key_column_label()
    return capitalized(_objects(noun))


def key_noun(name: str) -> str | None:
    """One type's match key inside a sentence ("email", "SKU"); None for a type no longer
    registered."""
    try:
        return _objects(objects.get(name).spec.key_noun)
    except objects.UnknownObject:
        return None


def object_title(name: str) -> str:
    """A type as every table names it ("Contacts ⇄ Customers"); a type no longer
    registered by its own name, capitalised the same way."""
    try:
        return _objects(objects.get(name).label)
    except objects.UnknownObject:
        return capitalized(name)


def record_noun(name: str, side: str) -> str:
    """One record of type `name` on `side` inside a sentence ("customer"; German keeps
    its nouns capitalised: "Kunde")."""
    try:
        kind = objects.get(name)
    except objects.UnknownObject:
        return name
    noun = _objects(kind.hubspot_label if side == "hubspot" else kind.qbo_label)
    return noun if QLocale().language() == QLocale.Language.German else noun.lower()


def mapping_title(hubspot: str, qbo: str) -> str:
    """A field mapping in both sides' words: "First name ⇄ First name"."""
    return f"{field_title(hubspot, translate_marked)}  ⇄  {field_title(qbo, translate_marked)}"


def as_button_text(text: str) -> str:
    """`text` on a button, check box or tab, where Qt reads "&" as a shortcut mark: a
    translated name such as "Produkte & Services" keeps its ampersand."""
    return text.replace("&", "&&")
