"""Sync settings page: one editor per object over the engine's typed `SyncSettings`.

The page only edits values; saving, pausing, deleting and dry runs are the window's job
(it owns the profile store and the worker), reached through the page's signals.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.settings import (
    FILTER_OPS,
    CustomMapping,
    Filter,
    ObjectSettings,
    SettingsError,
    SyncSettings,
)

from .field_picker import EditorFields, cell_text
from .i18n import translate_marked
from .object_labels import as_button_text, mapping_title, object_title
from .object_sections import SettingSection, section_for
from .object_sections import combo as _combo
from .object_sections import error_label as _error_label

DIRECTIONS = {
    "both": QT_TRANSLATE_NOOP("SettingsPage", "Both ways"),
    "to_quickbooks": QT_TRANSLATE_NOOP("SettingsPage", "HubSpot → QuickBooks only"),
    "to_hubspot": QT_TRANSLATE_NOOP("SettingsPage", "QuickBooks → HubSpot only"),
}
CONFLICTS = {
    "hubspot": QT_TRANSLATE_NOOP("SettingsPage", "Use HubSpot data"),
    "quickbooks": QT_TRANSLATE_NOOP("SettingsPage", "Use QuickBooks data"),
}
FILTER_WORDS = {  # the operators as the filter row reads: "city" "is" "Austin"
    "equals": QT_TRANSLATE_NOOP("SettingsPage", "is"),
    "not_equals": QT_TRANSLATE_NOOP("SettingsPage", "is not"),
    "contains": QT_TRANSLATE_NOOP("SettingsPage", "contains"),
    "not_contains": QT_TRANSLATE_NOOP("SettingsPage", "does not contain"),
    "is_empty": QT_TRANSLATE_NOOP("SettingsPage", "is empty"),
    "is_not_empty": QT_TRANSLATE_NOOP("SettingsPage", "is not empty"),
}


def _words(marked: dict[str, str]) -> dict[str, str]:
    return {value: translate_marked("SettingsPage", text) for value, text in marked.items()}


def filter_word(op: str) -> str:
    return translate_marked("SettingsPage", FILTER_WORDS.get(op, op))


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setMinimumHeight(90)
    table.setMaximumHeight(150)  # a few rows; the page scrolls, errors stay near their table
    return table


class ObjectEditor(QWidget):
    """Edits one object's `ObjectSettings`; `errors()` checks it field by field."""

    changed = Signal()
    errors_fixed = Signal()  # a field's error went away as it was corrected

    def __init__(self, kind: objects.ObjectType) -> None:
        super().__init__()
        self.kind = kind
        self._own = kind.default_settings().own  # the type's options as last loaded
        self.obj = obj = kind.name
        spec = kind.spec
        title = as_button_text(object_title(obj))  # "Produkte & Services": no mnemonic
        self.enabled = QCheckBox(self.tr("Sync {objects}").format(objects=title))
        self.enabled.setObjectName(f"{obj}_enabled")
        self.direction = _combo(_words(DIRECTIONS), f"{obj}_direction")
        if kind.one_way is not None:
            self.direction.setEnabled(False)
            self.direction.setToolTip(self.tr("This sync only ever writes in this direction."))
        self.conflict = _combo(_words(CONFLICTS), f"{obj}_conflict")
        self.conflict.setToolTip(self.tr("When a field changed on both sides since the last sync"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # Choices at their natural width read better than combos stretched across the page.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("", self.enabled)
        form.addRow(self.tr("Direction:"), self.direction)
        form.addRow(self.tr("When both sides changed:"), self.conflict)
        self.form = form
        # A one-way sync never has both sides changed: its conflict rule would mean nothing.
        self.direction.currentIndexChanged.connect(self._update_conflict)

        # The type's own settings (a naming rule, an income account), one section each.
        self.sections: dict[str, SettingSection] = {
            f.attribute: section_for(self.kind, f, form) for f in self.kind.settings_fields
        }
        for attribute, section in self.sections.items():
            section.on_change(partial(self._recheck, attribute))
        self.pickers = EditorFields(kind)  # the fields the accounts have, for the lists below

        self.field_boxes: dict[str, QCheckBox] = {}
        fields = QGroupBox(self.tr("Fields kept in sync"))
        grid = QGridLayout(fields)
        for i, f in enumerate(spec.defaults):
            # "First name ⇄ First name": each side's word for the field, not its API name.
            box = QCheckBox(as_button_text(mapping_title(f.hubspot, f.qbo)))
            box.setObjectName(f"field_{obj}_{f.key}")
            if f.key == spec.match_key:
                box.setEnabled(False)  # records are matched on it
                box.setToolTip(self.tr("Always synced: records are matched on it."))
            self.field_boxes[f.key] = box
            grid.addWidget(box, i // 2, i % 2)

        hubspot_property = self.tr("HubSpot property")
        self.custom = _table(
            [hubspot_property, self.tr("QuickBooks field (e.g. Notes)")], f"{obj}_custom"
        )
        self.custom_error = _error_label(f"{obj}_custom_error")
        custom_box = self._list_group(
            self.tr("Custom mappings"), self.custom, self.custom_error, self.add_custom
        )
        self.filters = _table(
            [hubspot_property, self.tr("Condition"), self.tr("Value")], f"{obj}_filters"
        )
        self.filters_error = _error_label(f"{obj}_filters_error")
        filters_box = self._list_group(
            self.tr("Leave out records where…"), self.filters, self.filters_error, self.add_filter
        )

        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName(f"{obj}_pause")
        self.pause_button.setToolTip(self.tr("Switch this sync off; its links are kept for later."))
        self.delete_button = QPushButton(self.tr("Delete sync…"))
        self.delete_button.setObjectName(f"{obj}_delete")
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.pause_button)
        actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(fields)
        layout.addWidget(custom_box)
        layout.addWidget(filters_box)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.enabled.toggled.connect(self._update_pause)
        for w in (self.enabled,):
            w.toggled.connect(self.changed)
        self.pause_button.clicked.connect(self._toggle_pause)

    def _list_group(self, title: str, table: QTableWidget, error: QLabel, add: Any) -> QGroupBox:
        box = QGroupBox(title)
        add_btn = QPushButton(self.tr("Add"))
        add_btn.setObjectName(f"{table.objectName()}_add")
        remove_btn = QPushButton(self.tr("Remove"))
        remove_btn.setObjectName(f"{table.objectName()}_remove")
        add_btn.clicked.connect(lambda: add())
        remove_btn.clicked.connect(lambda: self._remove_row(table))
        buttons = QHBoxLayout()
        buttons.addWidget(add_btn)
        buttons.addWidget(remove_btn)
        buttons.addStretch(1)
        lay = QVBoxLayout(box)
        lay.addWidget(table)
        lay.addWidget(error)
        lay.addLayout(buttons)
        return box

    # --- rows ---------------------------------------------------------------------------
    def add_custom(self, hubspot: str = "", qbo: str = "") -> None:
        row = self.custom.rowCount()
        self.custom.insertRow(row)
        self.pickers.place_mapping(self.custom, row, hubspot, qbo)  # field_picker.py

    def add_filter(self, prop: str = "", op: str = "equals", value: str = "") -> None:
        row = self.filters.rowCount()
        self.filters.insertRow(row)
        self.pickers.place_filter(self.filters, row, prop)
        ops = _combo({o: filter_word(o) for o in FILTER_OPS}, f"filter_op_{row}")
        ops.setCurrentIndex(max(0, ops.findData(op)))
        self.filters.setCellWidget(row, 1, ops)
        self.filters.setItem(row, 2, QTableWidgetItem(value))

    def _remove_row(self, table: QTableWidget) -> None:
        rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
        if not rows and table.rowCount():
            rows = [table.rowCount() - 1]
        for r in rows:
            table.removeRow(r)

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str:
        return cell_text(table, row, col)  # a field picker's name, else the text

    # --- pause --------------------------------------------------------------------------
    def _toggle_pause(self) -> None:
        self.enabled.setChecked(not self.enabled.isChecked())

    def _update_conflict(self) -> None:
        self.form.setRowVisible(self.conflict, self.direction.currentData() == "both")

    def _update_pause(self, on: bool) -> None:
        self.pause_button.setText(self.tr("Pause") if on else self.tr("Resume"))

    # --- values -------------------------------------------------------------------------
    def load(self, s: ObjectSettings) -> None:
        self._own = dict(s.own)  # options without a section here stay as they were
        self.enabled.setChecked(s.enabled)
        self._update_pause(s.enabled)
        # A one-way type (a projection) runs in its own direction whatever was saved.
        direction = self.kind.direction(s.direction)
        self.direction.setCurrentIndex(max(0, self.direction.findData(direction)))
        self.conflict.setCurrentIndex(max(0, self.conflict.findData(s.conflict)))
        self._update_conflict()
        for key, box in self.field_boxes.items():
            box.setChecked(key not in s.disabled_fields or not box.isEnabled())
        self.custom.setRowCount(0)
        for c in s.custom:
            self.add_custom(c.hubspot_property, c.qbo_field)
        self.filters.setRowCount(0)
        for f in s.filters:
            self.add_filter(f.property, f.op, f.value)
        for section in self.sections.values():
            section.load(s)
        self.show_errors({})

    def value(self) -> ObjectSettings:
        s = ObjectSettings(
            enabled=self.enabled.isChecked(),
            direction=self.direction.currentData(),
            conflict=self.conflict.currentData(),
            disabled_fields=[k for k, b in self.field_boxes.items() if not b.isChecked()],
            own=dict(self._own),
        )
        s.custom = [
            CustomMapping(self._cell(self.custom, r, 0), self._cell(self.custom, r, 1))
            for r in range(self.custom.rowCount())
        ]
        for r in range(self.filters.rowCount()):
            op = self.filters.cellWidget(r, 1)
            s.filters.append(
                Filter(
                    self._cell(self.filters, r, 0),
                    op.currentData() if isinstance(op, QComboBox) else "equals",
                    self._cell(self.filters, r, 2),
                )
            )
        for section in self.sections.values():
            s = section.store(s)
        return s

    def errors(self) -> dict[str, str]:
        """Field-level problems, keyed by the error label they belong next to."""
        s = self.value()
        out: dict[str, str] = {}
        bad = [i + 1 for i, c in enumerate(s.custom) if not (c.hubspot_property and c.qbo_field)]
        if bad:
            said = self.tr("Row {row}: a custom mapping needs both a property and a field.")
            out["custom"] = said.format(row=bad[0])
        for i, f in enumerate(s.filters):
            if not f.property:
                said = self.tr("Row {row}: a filter needs a HubSpot property.")
                out["filters"] = said.format(row=i + 1)
                break
            if f.op not in ("is_empty", "is_not_empty") and not f.value:
                said = self.tr("Row {row}: “{condition}” needs a value.")
                out["filters"] = said.format(row=i + 1, condition=filter_word(f.op))
                break
        for where, missing in self.pickers.problems(s).items():  # fields not there
            out.setdefault(where, missing)
        for attribute, section in self.sections.items():  # checked by the type itself
            problem = section.problem(s)
            if problem:
                out[attribute] = problem
        return out

    def _recheck(self, attribute: str) -> None:
        """A field shown in red changed: its error goes once the value can work (Save
        checks everything again)."""
        section = self.sections[attribute]
        if section.error.isHidden():
            return
        problem = section.problem(self.value())
        section.error.setText(problem or "")
        section.error.setVisible(problem is not None)
        if problem is None:
            self.errors_fixed.emit()

    def shows_errors(self) -> bool:
        labels = [s.error for s in self.sections.values()]
        return any(
            not label.isHidden() for label in [*labels, self.custom_error, self.filters_error]
        )

    def show_errors(self, errors: dict[str, str]) -> QLabel | None:
        """Show each error beside its field; returns the first label shown."""
        labels = {key: section.error for key, section in self.sections.items()}
        labels |= {"custom": self.custom_error, "filters": self.filters_error}
        first = None
        for key, label in labels.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
            if key in errors and first is None:
                first = label
        return first


class SettingsPage(QWidget):
    save_requested = Signal()
    dry_run_requested = Signal()
    delete_requested = Signal(str)  # object

    def __init__(self) -> None:
        super().__init__()
        self.editors = {kind.name: ObjectEditor(kind) for kind in objects.all_types()}
        self.scrolls: dict[str, QScrollArea] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_objects")
        for obj, editor in self.editors.items():
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(editor)
            self.scrolls[obj] = scroll
            self.tabs.addTab(scroll, as_button_text(object_title(obj)))
            editor.delete_button.clicked.connect(
                lambda _=False, o=obj: self.delete_requested.emit(o)
            )
            editor.errors_fixed.connect(self._fields_fixed)
        self.interval = QSpinBox()
        self.interval.setObjectName("interval_minutes")
        self.interval.setRange(0, 24 * 60)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setSuffix(self.tr(" min"))
        # 0 (the minimum) reads as words: only when the bookkeeper presses Sync now.
        self.interval.setSpecialValueText(self.tr("never (manual only)"))
        self.interval.setToolTip(self.tr("0: no automatic syncs; press Sync now when you want one"))
        self.error = _error_label("settings_error")
        self.saved = QLabel("")
        self.saved.setObjectName("settings_saved")
        # Its room is kept from the start: set later, the text waited for a relayout
        # and was drawn cut to "S" until then (and the buttons moved when it came).
        self.saved.setMinimumWidth(self.saved.fontMetrics().horizontalAdvance(self._saved_text()))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_settings")
        self.dry_run_button = QPushButton(self.tr("Preview…"))
        self.dry_run_button.setObjectName("dry_run")
        self.dry_run_button.setToolTip(
            self.tr(
                "Show what a sync with these settings would do, without saving or writing anything"
            )
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sync automatically")))
        top.addWidget(self.interval)
        top.addStretch(1)
        top.addWidget(self.saved)
        top.addWidget(self.dry_run_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.save_button.clicked.connect(self.save_requested)
        self.dry_run_button.clicked.connect(self.dry_run_requested)

    def _saved_text(self) -> str:
        return self.tr("Saved.")

    def _fix_fields_text(self) -> str:
        return self.tr("Fix the fields marked in red, then save again.")

    def _fields_fixed(self) -> None:
        """No field is red any more: the line asking to fix them goes too."""
        if self.error.text() == self._fix_fields_text() and not any(
            e.shows_errors() for e in self.editors.values()
        ):
            self.error.hide()

    def show_saved(self, saved: bool) -> None:
        """Say the settings were saved (or clear it)."""
        self.saved.setText(self._saved_text() if saved else "")

    def load(self, settings: SyncSettings) -> None:
        self.interval.setValue(settings.interval_minutes)
        for obj, editor in self.editors.items():
            editor.load(settings.for_object(obj))
        self.error.hide()
        self.saved.setText("")

    def collect(self, base: SyncSettings) -> SyncSettings | None:
        """The edited settings, validated; None (with errors shown) when they cannot work."""
        problems = False
        for obj, editor in self.editors.items():
            errs = editor.errors()
            label = editor.show_errors(errs)
            if label is not None and not problems:
                self.tabs.setCurrentIndex(self.tabs.indexOf(self.scrolls[obj]))
                editor.adjustSize()
                self.scrolls[obj].ensureWidgetVisible(label)
            problems = problems or bool(errs)
        self.error.setText(self._fix_fields_text() if problems else "")
        self.error.setVisible(problems)
        if problems:
            return None
        settings = SyncSettings(
            objects={obj: e.value() for obj, e in self.editors.items()},
            interval_minutes=self.interval.value(),
            reconcile_hours=base.reconcile_hours,
        )
        try:
            settings.validate()
        except SettingsError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return None
        return settings
