"""Pickers for custom mappings and filters: the fields the connected accounts have, by their
labels and types, instead of free text (issue 17).

QuickBooks' fields are known from the start (a table in code); HubSpot's once its
properties are read (`EditorFields.set_fields`, by the window when HubSpot is connected).
A name typed that is not among them is kept as typed, and `problems` says why it cannot
be saved. The API name is in each entry's tooltip (the details), not in its text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QTableWidget, QTableWidgetItem

from qbsync_desktop.core.sync.field_catalogue import (
    FieldInfo,
    TypeFields,
    mapping_problems,
    qbo_fields,
)
from qbsync_desktop.core.sync.objects import ObjectType
from qbsync_desktop.core.sync.problems import capitalized
from qbsync_desktop.core.sync.settings import ObjectSettings

from .i18n import translate, translate_marked
from .plain import plain_tip


def kind_word(kind: str) -> str:
    """A field's type in words (HubSpot's property types and ours)."""
    words = {
        "string": translate("FieldPicker", "text"),
        "text": translate("FieldPicker", "text"),
        "email": translate("FieldPicker", "email"),
        "phone": translate("FieldPicker", "phone number"),
        "phone_number": translate("FieldPicker", "phone number"),
        "url": translate("FieldPicker", "web address"),
        "number": translate("FieldPicker", "number"),
        "date": translate("FieldPicker", "date"),
        "datetime": translate("FieldPicker", "date and time"),
        "enumeration": translate("FieldPicker", "choice"),
        "bool": translate("FieldPicker", "yes/no"),
        "boolean": translate("FieldPicker", "yes/no"),
    }
    return words.get(kind, kind)


class FieldPicker(QComboBox):
    """An editable list of one side's fields; `value()` is the chosen field's API name."""

    def __init__(self, side: str, name: str) -> None:
        super().__init__()
        self.side = side
        self.setObjectName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = self.completer()
        if completer is not None:  # typing part of a label finds it
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(translate("FieldPicker", "Pick a field or type its name"))

    def set_fields(self, fields: tuple[FieldInfo, ...] | None) -> None:
        """Offer these fields (None: unknown, typing only); the current choice is kept."""
        current = self.value()
        self.clear()
        for f in fields or ():
            label = f.label if self.side == "hubspot" else translate_marked("Fields", f.label)
            self.addItem(f"{capitalized(label)} ({kind_word(f.kind)})", f.name)
            self.setItemData(self.count() - 1, plain_tip(f.name), Qt.ItemDataRole.ToolTipRole)
        self.set_value(current)

    def set_value(self, name: str) -> None:
        i = self.findData(name) if name else -1
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(name)

    def value(self) -> str:
        """The chosen field's API name; text typed that names no listed field, as typed."""
        text = self.currentText().strip()
        i = self.currentIndex()
        if i >= 0 and self.itemText(i) == text:
            return str(self.itemData(i))
        shown = self.findText(text, Qt.MatchFlag.MatchFixedString)  # a label typed in full
        if shown >= 0:
            return str(self.itemData(shown))
        return text


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """A cell's value: a picker's field name, else the item's text."""
    widget = table.cellWidget(row, column)
    if isinstance(widget, FieldPicker):
        return widget.value()
    item = table.item(row, column)
    return item.text().strip() if item else ""


class EditorFields:
    """One object editor's pickers and the fields they offer."""

    def __init__(self, kind: ObjectType) -> None:
        self.kind = kind
        self.fields = TypeFields(kind.name, None, qbo_fields(kind.spec.qbo_entity))
        self.pickers: list[FieldPicker] = []

    def _picker(self, table: QTableWidget, row: int, column: int, side: str, value: str) -> None:
        picker = FieldPicker(side, f"{table.objectName()}_{side}_{row}")
        picker.set_fields(self.fields.hubspot if side == "hubspot" else self.fields.quickbooks)
        picker.set_value(value)
        picker.destroyed.connect(lambda _=None, p=picker: self._forget(p))
        table.setItem(row, column, QTableWidgetItem())  # the row keeps an item to select
        table.setCellWidget(row, column, picker)
        self.pickers.append(picker)

    def _forget(self, picker: FieldPicker) -> None:
        if picker in self.pickers:
            self.pickers.remove(picker)

    def place_mapping(self, table: QTableWidget, row: int, hubspot: str, qbo: str) -> None:
        self._picker(table, row, 0, "hubspot", hubspot)
        self._picker(table, row, 1, "quickbooks", qbo)

    def place_filter(self, table: QTableWidget, row: int, prop: str) -> None:
        self._picker(table, row, 0, "hubspot", prop)

    def set_fields(self, fields: TypeFields) -> None:
        """The accounts' fields were read: every picker offers them."""
        self.fields = fields
        for picker in self.pickers:
            picker.set_fields(fields.hubspot if picker.side == "hubspot" else fields.quickbooks)

    def problems(self, settings: ObjectSettings) -> dict[str, str]:
        """The first field each list names that is not there, keyed as the editor's errors."""
        out: dict[str, str] = {}
        for problem in mapping_problems(settings, self.fields):
            out.setdefault(problem.where, problem.words(translate_marked))
        return out
