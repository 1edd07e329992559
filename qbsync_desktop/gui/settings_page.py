"""Sync settings page: one editor per object over the engine's typed `SyncSettings`.

The page only edits values; saving, pausing, deleting and dry runs are the window's job
(it owns the profile store and the worker), reached through the page's signals.
"""

from __future__ import annotations

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

from qbsync_desktop.core.sync.mapping import SPECS
from qbsync_desktop.core.sync.plan import display_name_for
from qbsync_desktop.core.sync.settings import (
    FILTER_OPS,
    OBJECTS,
    CustomMapping,
    Filter,
    ObjectSettings,
    SettingsError,
    SyncSettings,
)

from .plain import plain_label

TITLES = {"contacts": "Contacts ⇄ Customers", "products": "Products ⇄ Items"}
DIRECTIONS = {
    "both": "Both ways",
    "to_quickbooks": "HubSpot → QuickBooks only",
    "to_hubspot": "QuickBooks → HubSpot only",
}
CONFLICTS = {"hubspot": "HubSpot wins", "quickbooks": "QuickBooks wins"}
NAMING = {
    "company_or_company_person": "Company, or “Company (First Last)” when taken",
    "company_person": "Always “Company (First Last)”",
    "person": "First Last",
    "person_email": "Always “First Last (email)” (unique, also without a company)",
}
Contact = dict[str, str | None]
PREVIEW_SIZE = 4
# Until the book's own contacts are read: two people of one company show the rule's
# collision handling, a person without a company shows the fallback.
PREVIEW_CONTACTS: list[Contact] = [
    {"firstname": "Ada", "lastname": "Lovelace", "company": "Analytic Ltd", "email": "a@a.test"},
    {"firstname": "Jordan", "lastname": "Blake", "company": "Blake & Co", "email": "jb@b.test"},
    {"firstname": "Sam", "lastname": "Blake", "company": "Blake & Co", "email": "sam@b.test"},
    {"firstname": "Lee", "lastname": "Chen", "company": None, "email": "lee@c.test"},
]


def _company(contact: Contact) -> str:
    return (contact.get("company") or "").strip().lower()


def preview_sample(contacts: list[Contact], size: int = PREVIEW_SIZE) -> list[Contact]:
    """Contacts that show what a rule does: two of one company, one with a company of its
    own, one without a company; then the first others."""
    per_company: dict[str, list[Contact]] = {}
    for c in contacts:
        per_company.setdefault(_company(c), []).append(c)
    shared = next((cs for key, cs in per_company.items() if key and len(cs) > 1), [])
    alone = next((cs for key, cs in per_company.items() if key and len(cs) == 1), [])
    chosen = shared[:2] + alone[:1] + per_company.get("", [])[:1]
    rest = [c for c in contacts if not any(c is x for x in chosen)]
    return (chosen + rest)[:size]


def preview_names(
    rule: str, existing: set[str] | None = None, contacts: list[Contact] | None = None
) -> list[str]:
    """Names the engine's display-name rule gives `contacts` (default: the samples)."""
    contacts = PREVIEW_CONTACTS if contacts is None else contacts
    taken = {n.lower() for n in (existing or set())}
    per_company: dict[str, int] = {}
    for c in contacts:
        if _company(c):
            per_company[_company(c)] = per_company.get(_company(c), 0) + 1
    out = []
    for c in contacts:
        name = display_name_for(c, rule, taken, per_company.get(_company(c), 0))
        taken.add(name.lower())
        out.append(name)
    return out


def _error_label(name: str) -> QLabel:
    label = plain_label("", name, wrap=True)  # messages may quote names typed or fetched
    label.setStyleSheet("color: #d32f2f; font-weight: bold;")
    label.hide()
    return label


def _combo(options: dict[str, str], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for value, text in options.items():
        box.addItem(text, value)
    return box


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

    def __init__(self, obj: str) -> None:
        super().__init__()
        self.obj = obj
        spec = SPECS[obj]
        self.enabled = QCheckBox(f"Sync {obj}")
        self.enabled.setObjectName(f"{obj}_enabled")
        self.direction = _combo(DIRECTIONS, f"{obj}_direction")
        self.conflict = _combo(CONFLICTS, f"{obj}_conflict")
        self.conflict.setToolTip("When a field changed on both sides since the last sync")

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # Choices at their natural width read better than combos stretched across the page.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("", self.enabled)
        form.addRow("Direction:", self.direction)
        form.addRow("When both sides changed:", self.conflict)
        self.form = form
        # A one-way sync never has both sides changed: its conflict rule would mean nothing.
        self.direction.currentIndexChanged.connect(self._update_conflict)

        if obj == "contacts":
            self.naming = _combo(NAMING, "contacts_naming")
            self.preview = plain_label("", "naming_preview", wrap=True)  # the book's names
            self.preview_contacts: list[Contact] = []  # the book's, once read
            self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow("QuickBooks display name:", self.naming)
            form.addRow("Preview (examples):", self.preview)
            self.naming.currentIndexChanged.connect(self._update_preview)
        else:
            self.income = QComboBox()
            self.income.setObjectName("income_account")
            self.income.setEditable(True)
            self.income.setMinimumWidth(320)
            edit = self.income.lineEdit()
            if edit is not None:
                edit.setPlaceholderText("First active Income account")
            self.income_error = _error_label("income_account_error")
            self.allow_no_sku = QCheckBox("Sync products without a SKU (matched by name)")
            self.allow_no_sku.setObjectName("allow_no_sku")
            form.addRow("Income account for new items:", self.income)
            form.addRow("", self.income_error)
            form.addRow("", self.allow_no_sku)

        self.field_boxes: dict[str, QCheckBox] = {}
        fields = QGroupBox("Fields kept in sync")
        grid = QGridLayout(fields)
        for i, f in enumerate(spec.defaults):
            box = QCheckBox(f"{f.hubspot}  ⇄  {f.qbo}")
            box.setObjectName(f"field_{obj}_{f.key}")
            if f.key == spec.match_key:
                box.setEnabled(False)  # records are matched on it
                box.setToolTip("Always synced: records are matched on it.")
            self.field_boxes[f.key] = box
            grid.addWidget(box, i // 2, i % 2)

        self.custom = _table(["HubSpot property", "QuickBooks field (e.g. Notes)"], f"{obj}_custom")
        self.custom_error = _error_label(f"{obj}_custom_error")
        custom_box = self._list_group(
            "Custom mappings", self.custom, self.custom_error, self.add_custom
        )
        self.filters = _table(["HubSpot property", "Operator", "Value"], f"{obj}_filters")
        self.filters_error = _error_label(f"{obj}_filters_error")
        filters_box = self._list_group(
            "Leave out records where…", self.filters, self.filters_error, self.add_filter
        )

        self.pause_button = QPushButton("Pause")
        self.pause_button.setObjectName(f"{obj}_pause")
        self.pause_button.setToolTip("Switch this sync off; its links are kept for later.")
        self.delete_button = QPushButton("Delete sync…")
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
        add_btn = QPushButton("Add")
        add_btn.setObjectName(f"{table.objectName()}_add")
        remove_btn = QPushButton("Remove")
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
        self.custom.setItem(row, 0, QTableWidgetItem(hubspot))
        self.custom.setItem(row, 1, QTableWidgetItem(qbo))

    def add_filter(self, prop: str = "", op: str = "equals", value: str = "") -> None:
        row = self.filters.rowCount()
        self.filters.insertRow(row)
        self.filters.setItem(row, 0, QTableWidgetItem(prop))
        ops = _combo({o: o.replace("_", " ") for o in FILTER_OPS}, f"filter_op_{row}")
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
        item = table.item(row, col)
        return item.text().strip() if item else ""

    # --- pause --------------------------------------------------------------------------
    def _toggle_pause(self) -> None:
        self.enabled.setChecked(not self.enabled.isChecked())

    def _update_conflict(self) -> None:
        self.form.setRowVisible(self.conflict, self.direction.currentData() == "both")

    def _update_pause(self, on: bool) -> None:
        self.pause_button.setText("Pause" if on else "Resume")

    def set_preview_contacts(self, contacts: list[Contact]) -> None:
        """Preview the rule on the book's own contacts (read from HubSpot)."""
        self.preview_contacts = contacts
        label = self.form.labelForField(self.preview)
        if isinstance(label, QLabel) and contacts:
            label.setText("Preview (your contacts):")
        self._update_preview()

    def _update_preview(self) -> None:
        rule = self.naming.currentData()
        book = self.preview_contacts
        names = preview_names(rule, contacts=book or None)
        shown = preview_sample(book) if book else PREVIEW_CONTACTS
        index = {id(c): n for c, n in zip(book or PREVIEW_CONTACTS, names, strict=True)}
        self.preview.setText("\n".join(index[id(c)] for c in shown))

    # --- values -------------------------------------------------------------------------
    def load(self, s: ObjectSettings) -> None:
        self.enabled.setChecked(s.enabled)
        self._update_pause(s.enabled)
        self.direction.setCurrentIndex(max(0, self.direction.findData(s.direction)))
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
        if self.obj == "contacts":
            self.naming.setCurrentIndex(max(0, self.naming.findData(s.naming_rule)))
            self._update_preview()
        else:
            self.allow_no_sku.setChecked(s.allow_no_sku)
            self.set_income(s.income_account_id)
        self.show_errors({})

    def set_income(self, account_id: str | None) -> None:
        i = self.income.findData(account_id) if account_id else -1
        if i >= 0:
            self.income.setCurrentIndex(i)
        else:
            self.income.setEditText(account_id or "")

    def set_income_accounts(self, accounts: list[tuple[str, str]]) -> None:
        """Offer the company's Income accounts as (id, name); keeps the current choice."""
        current = self.income_id()
        self.income.clear()
        self.income.addItem("", None)
        for acc_id, name in accounts:
            self.income.addItem(f"{name} (id {acc_id})", acc_id)
        self.set_income(current)

    def income_id(self) -> str | None:
        data = self.income.currentData()
        text = self.income.currentText().strip()
        if data and text == self.income.itemText(self.income.currentIndex()):
            return str(data)
        return text or None

    def value(self) -> ObjectSettings:
        s = ObjectSettings(
            enabled=self.enabled.isChecked(),
            direction=self.direction.currentData(),
            conflict=self.conflict.currentData(),
            disabled_fields=[k for k, b in self.field_boxes.items() if not b.isChecked()],
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
        if self.obj == "contacts":
            s.naming_rule = self.naming.currentData()
        else:
            s.allow_no_sku = self.allow_no_sku.isChecked()
            s.income_account_id = self.income_id()
        return s

    def errors(self) -> dict[str, str]:
        """Field-level problems, keyed by the error label they belong next to."""
        s = self.value()
        out: dict[str, str] = {}
        bad = [i + 1 for i, c in enumerate(s.custom) if not (c.hubspot_property and c.qbo_field)]
        if bad:
            out["custom"] = f"Row {bad[0]}: a custom mapping needs both a property and a field."
        for i, f in enumerate(s.filters):
            if not f.property:
                out["filters"] = f"Row {i + 1}: a filter needs a HubSpot property."
                break
            if f.op not in ("is_empty", "is_not_empty") and not f.value:
                out["filters"] = f"Row {i + 1}: “{f.op.replace('_', ' ')}” needs a value."
                break
        if self.obj == "products" and s.income_account_id and not s.income_account_id.isdigit():
            out["income"] = "Pick an account from the list, or type its QuickBooks id (digits)."
        return out

    def show_errors(self, errors: dict[str, str]) -> QLabel | None:
        """Show each error beside its field; returns the first label shown."""
        labels = {"custom": self.custom_error, "filters": self.filters_error}
        if self.obj == "products":
            labels = {"income": self.income_error, **labels}
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
        self.editors = {obj: ObjectEditor(obj) for obj in OBJECTS}
        self.scrolls: dict[str, QScrollArea] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_objects")
        for obj, editor in self.editors.items():
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(editor)
            self.scrolls[obj] = scroll
            self.tabs.addTab(scroll, TITLES[obj])
            editor.delete_button.clicked.connect(
                lambda _=False, o=obj: self.delete_requested.emit(o)
            )
        self.interval = QSpinBox()
        self.interval.setObjectName("interval_minutes")
        self.interval.setRange(0, 24 * 60)
        self.interval.setPrefix("every ")
        self.interval.setSuffix(" min")
        # 0 (the minimum) reads as words: only when the bookkeeper presses Sync now.
        self.interval.setSpecialValueText("never (manual only)")
        self.interval.setToolTip("0: no automatic syncs; press Sync now when you want one")
        self.error = _error_label("settings_error")
        self.saved = QLabel("")
        self.saved.setObjectName("settings_saved")
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("save_settings")
        self.dry_run_button = QPushButton("Dry run…")
        self.dry_run_button.setObjectName("dry_run")
        self.dry_run_button.setToolTip(
            "Show what a sync with these settings would do, without saving or writing anything"
        )
        top = QHBoxLayout()
        top.addWidget(QLabel("Sync automatically"))
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
                self.tabs.setCurrentIndex(OBJECTS.index(obj))
                editor.adjustSize()
                self.scrolls[obj].ensureWidgetVisible(label)
            problems = problems or bool(errs)
        self.error.setText("Fix the fields marked in red, then save again." if problems else "")
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
