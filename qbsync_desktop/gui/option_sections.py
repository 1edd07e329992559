"""Editor sections for the own-option kinds beyond choices and income accounts: a date
(with a one-click "From today"), a HubSpot tax rate → QuickBooks tax code table, a value
the app sets and the window only shows, and a choice among a HubSpot object's properties.

Like `object_sections`, none of them knows an object type: the setting says which kind it
is; lists that come from the services arrive through `set_*` once the window has read them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from qbsync_desktop.core.sync.objects import ObjectType, SettingField
from qbsync_desktop.core.sync.settings import ObjectSettings

from .i18n import translate_marked
from .object_sections import ChoiceSection, SettingSection
from .plain import plain_label
from .timefmt import local_time

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum stands for "no date chosen"


def label_text(setting: SettingField) -> str:
    """The setting's label as the form shows it (the type marks its words as "Objects")."""
    return QCoreApplication.translate("OptionSections", "{label}:").format(
        label=translate_marked("Objects", setting.label)
    )


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        line.addWidget(w)
    line.addStretch(1)
    return holder


class DateSection(SettingSection):
    """A day (ISO yyyy-mm-dd) or none; "From today" is the recommended one-click choice."""

    def __init__(self, kind: ObjectType, setting: SettingField, form: QFormLayout) -> None:
        super().__init__(kind, setting, form)
        name = f"{kind.name}_{setting.attribute}"
        self.edit = QDateEdit()
        self.edit.setObjectName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(QCoreApplication.translate("OptionSections", "No date"))
        self.today = QPushButton(QCoreApplication.translate("OptionSections", "From today"))
        self.today.setObjectName(f"{name}_today")
        self.today.setToolTip(
            QCoreApplication.translate(
                "OptionSections", "Recommended: only what is made from now on"
            )
        )
        self.clear = QPushButton(QCoreApplication.translate("OptionSections", "No date"))
        self.clear.setObjectName(f"{name}_clear")
        self.today.clicked.connect(lambda: self.edit.setDate(QDate.currentDate()))
        self.clear.clicked.connect(lambda: self.edit.setDate(NO_DATE))
        form.addRow(label_text(setting), _row(self.edit, self.today, self.clear))
        form.addRow("", self.error)

    def load(self, settings: ObjectSettings) -> None:
        value = settings.option(self.setting.attribute, self.setting.default)
        day = QDate.fromString(str(value), "yyyy-MM-dd") if value else NO_DATE
        self.edit.setDate(day if day.isValid() else NO_DATE)

    def value(self) -> str | None:
        day = self.edit.date()
        return None if day == NO_DATE else day.toString("yyyy-MM-dd")


class ShownSection(SettingSection):
    """A value the app sets (e.g. since when a sync counts): a read-only line."""

    def __init__(self, kind: ObjectType, setting: SettingField, form: QFormLayout) -> None:
        super().__init__(kind, setting, form)
        # Not wrapped: a wrapped label in the form is cut to one line's height (its lines
        # are explicit anyway).
        self.line = plain_label("", f"{kind.name}_{setting.attribute}")
        self.current: Any = setting.default
        form.addRow(self.title(), self.line)

    def title(self) -> str:
        """The row's label."""
        return label_text(self.setting)

    def load(self, settings: ObjectSettings) -> None:
        self.current = settings.option(self.setting.attribute, self.setting.default)
        self.line.setText(self.shown(self.current))

    @staticmethod
    def shown(value: Any) -> str:
        if value is None or value == "":
            return QCoreApplication.translate(
                "OptionSections", "Not yet: set when you switch it on"
            )
        try:
            dt.datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return local_time(value)

    def value(self) -> Any:
        return self.current  # never edited here

    def store(self, settings: ObjectSettings) -> ObjectSettings:
        return settings  # the saved value stays as the app set it


class TaxMapSection(SettingSection):
    """HubSpot tax rate → QuickBooks tax code. Shown once both lists are read and only for
    a QuickBooks company outside the US (US companies tax by customer, not by line)."""

    def __init__(self, kind: ObjectType, setting: SettingField, form: QFormLayout) -> None:
        super().__init__(kind, setting, form)
        self.form = form
        self.table = QTableWidget(0, 2)
        self.table.setObjectName(f"{kind.name}_{setting.attribute}")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OptionSections", "HubSpot tax rate"),
                QCoreApplication.translate("OptionSections", "QuickBooks tax code"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumWidth(480)
        self.mapped: dict[str, str] = {}  # as loaded; kept for rates not listed (yet)
        self.rates: list[tuple[str, str]] | None = None  # until read
        self.codes: list[tuple[str, str]] | None = None
        self.us_company = True
        form.addRow(label_text(setting), self.table)
        form.addRow("", self.error)
        self._set_visible(False)

    def _set_visible(self, shown: bool) -> None:
        self.form.setRowVisible(self.table, shown)

    def load(self, settings: ObjectSettings) -> None:
        saved = settings.option(self.setting.attribute, self.setting.default) or {}
        self.mapped = {str(k): str(v) for k, v in dict(saved).items()}
        for row in range(self.table.rowCount()):
            self._choose(row, self.mapped.get(self._rate_id(row)))

    def set_rates(self, rates: list[tuple[str, str]]) -> None:
        """The HubSpot tax rates as (id, name); shown with the codes once both are read."""
        self.rates = rates
        self._fill()

    def set_codes(self, codes: list[tuple[str, str]], us_company: bool) -> None:
        """The QuickBooks company's tax codes as (id, name), and whether it is a US one."""
        self.codes, self.us_company = codes, us_company
        self._fill()

    def _fill(self) -> None:
        if self.rates is None or self.codes is None:
            return
        current = self.value()
        self.table.setRowCount(0)
        for rate_id, name in self.rates:
            row = self.table.rowCount()
            self.table.insertRow(row)
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, rate_id)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, item)
            box = QComboBox()
            box.setObjectName(f"tax_code_{rate_id}")
            box.addItem(QCoreApplication.translate("OptionSections", "Not mapped"), None)
            for code_id, code_name in self.codes:
                box.addItem(code_name, code_id)
            self.table.setCellWidget(row, 1, box)
            self._choose(row, current.get(rate_id))
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows + 4)
        self._set_visible(not self.us_company and bool(self.rates))

    def _rate_id(self, row: int) -> str:
        item = self.table.item(row, 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _choose(self, row: int, code: str | None) -> None:
        box = self.table.cellWidget(row, 1)
        if isinstance(box, QComboBox):
            box.setCurrentIndex(max(0, box.findData(code)) if code else 0)

    def value(self) -> dict[str, str]:
        chosen = dict(self.mapped)
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 1)
            rate = self._rate_id(row)
            code = box.currentData() if isinstance(box, QComboBox) else None
            if code:
                chosen[rate] = str(code)
            else:
                chosen.pop(rate, None)
        return chosen


class PropertyChoiceSection(ChoiceSection):
    """A choice among a HubSpot object's properties (of some types), read by the window
    (`hubspot_object`, `set_properties`); until then the saved value is kept as it is."""

    hubspot_object = ""  # the HubSpot object whose properties are offered
    property_types: tuple[str, ...] = ()  # HubSpot property types offered (all when empty)

    def __init__(self, kind: ObjectType, setting: SettingField, form: QFormLayout) -> None:
        super().__init__(kind, setting, form)
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("OptionSections", "None"), None)
        self.current: str | None = None

    def load(self, settings: ObjectSettings) -> None:
        self.current = settings.option(self.setting.attribute, self.setting.default)
        self._select()

    def set_properties(self, properties: list[dict[str, Any]]) -> None:
        """HubSpot's property definitions of `hubspot_object` (name, label, type)."""
        self.current = self.value()
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("OptionSections", "None"), None)
        for p in sorted(properties, key=lambda p: str(p.get("label") or p.get("name"))):
            if self.property_types and p.get("type") not in self.property_types:
                continue
            name = str(p.get("name") or "")
            self.combo.addItem(f"{p.get('label') or name} ({name})", name)
        self._select()

    def _select(self) -> None:
        if self.current and self.combo.findData(self.current) < 0:
            self.combo.addItem(self.current, self.current)  # saved, not (yet) listed
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.current)))

    def value(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data else None


BY_KIND: dict[str, type[SettingSection]] = {
    "date": DateSection,
    "tax_map": TaxMapSection,
    "shown": ShownSection,
}
