"""A dry-run plan's rows for the preview's table: `PlanModel` (every row, in words) and
`PlanRows` (the rows behind one count of the summary).

The plan is the CSV `run_sync(plan_csv=...)` writes; a big one is a `PlanFile`, each row
read from the file as it is shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from qbsync_desktop.core.export import read_dict_csv
from qbsync_desktop.core.sync.plan_summary import ACTION_WORDS, change_parts, counted_in
from qbsync_desktop.core.sync.problems import Problem, field_title, render, service_name

from .i18n import translate, translate_marked
from .object_labels import key_column_label, object_title
from .plain import plain_tip
from .plan_file import PlanFile

Index = QModelIndex | QPersistentModelIndex
SAID = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # roles a row is read for


def _headers() -> dict[str, str]:
    return {
        "object": translate("PlanModel", "Object"),
        "action": translate("PlanModel", "Would"),
        "side": translate("PlanModel", "In"),
        "hubspot_id": translate("PlanModel", "HubSpot id"),
        "qbo_id": translate("PlanModel", "QuickBooks id"),
        "name": translate("PlanModel", "Name"),
        "key": key_column_label(),
        "changes": translate("PlanModel", "Changes"),
        "conflicts": translate("PlanModel", "Conflicts"),
        "category": translate("PlanModel", "Category"),
        "reason": translate("PlanModel", "Reason"),
    }


def read_plan_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    return read_dict_csv(path)


def changes_in_words(changes: str, new_record: bool = False) -> str:
    """A plan row's changes with field labels: "City: Paris → Gouda", or for a record to
    be created "City: Gouda" (the API names stay in the tooltip)."""
    parts = []
    for key, old, new in change_parts(changes):
        name = field_title(key.removeprefix("custom:"), translate_marked)
        if new_record:
            parts.append(f"{name}: {new or '—'}")
        else:
            parts.append(f"{name}: {old or '—'} → {new or '—'}" if old or new else name)
    return "; ".join(parts)


def plan_reason(row: Mapping[str, str]) -> str:
    """Why a planned record is left out or would fail: from its problem code in the
    window's language (plans written before codes: their English words)."""
    if row.get("code"):
        problem = Problem.from_row(row["code"], row.get("params"), row.get("field") or None)
        return render(problem, translate_marked).explanation
    return (row.get("reason") or translate("FirstRunPanel", "no reason given")).strip()


def cell_text(col: str, row: Mapping[str, str]) -> str:
    """A plan row's `col` as the dialog shows it (and its export writes it): in words."""
    value = row.get(col) or ""
    if col == "side":
        return service_name(value, translate_marked) if value else ""
    if col == "object":
        return object_title(value)
    if col == "action":
        word = ACTION_WORDS.get(value)
        return translate_marked("PlanSummary", word) if word else value
    if col == "changes":
        return changes_in_words(value, row.get("action") == "create")
    if col == "reason" and value:
        return plan_reason(row)  # from its code, in the window's words
    return value


class PlanModel(QAbstractTableModel):
    """Read-only rows of a dry-run plan, columns in the CSV's order. The rows: a list, or
    a `PlanFile` that reads each from the file when it is shown."""

    def __init__(self, columns: list[str], rows: Sequence[Mapping[str, str]]) -> None:
        super().__init__()
        self.columns = columns
        self.rows = rows
        self._count = len(rows)  # the view asks it thousands of times: not the file's len
        self._headers = _headers()

    def set_plan(self, columns: list[str], rows: Sequence[Mapping[str, str]]) -> None:
        self.beginResetModel()
        self.columns, self.rows, self._count = columns, rows, len(rows)
        self.endResetModel()

    def rows_in(self, obj: str, action: str, side: str) -> list[int]:
        """The numbers of the rows behind one count of the summary."""
        if isinstance(self.rows, PlanFile):
            return self.rows.rows_in(obj, action, side)
        return [n for n, row in enumerate(self.rows) if counted_in(row, obj, action, side)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SAID or not index.isValid():
            return None  # the view asks a dozen roles per cell: only these read the row
        return self.said(index.row(), index.column(), role)

    def said(self, n: int, column: int, role: int) -> Any:
        """Row `n`'s text (or tooltip) in `column`."""
        if not (0 <= n < self._count):
            return None
        col = self.columns[column]
        row = self.rows[n]
        value = row.get(col) or ""
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(col, row)
        if col == "reason" and value:
            return plain_tip(plan_reason(row))
        if col == "changes" and value:
            return plain_tip(value.replace("; ", "\n"))  # the changes' API names: details
        return None

    def has_title(self, column: int) -> bool:
        """Whether the column has a title in words (the stored problem's do not)."""
        return self.columns[column] in self._headers

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self._headers.get(self.columns[section], self.columns[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class PlanRows(QAbstractTableModel):
    """The plan's rows behind one count of the summary (all rows when none is chosen).

    The rows behind a count are looked up once per choice, not asked row by row as a
    filter proxy does (100,000 calls into Python for a big plan)."""

    def __init__(self, plan: PlanModel) -> None:
        super().__init__()
        self.plan = plan
        self.chosen: tuple[str, str, str] | None = None  # (object, action, side)
        self._numbers: list[int] | None = None  # the plan's rows shown; None: all
        self._count = 0
        plan.modelReset.connect(lambda: self.choose(None))

    def choose(self, chosen: tuple[str, str, str] | None) -> None:
        self.beginResetModel()
        self.chosen = chosen
        self._numbers = None if chosen is None else self.plan.rows_in(*chosen)
        self._count = self.plan.rowCount() if self._numbers is None else len(self._numbers)
        self.endResetModel()

    def source_row(self, row: int) -> int:
        return row if self._numbers is None else self._numbers[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return self.plan.columnCount(parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SAID or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        return self.plan.said(self.source_row(index.row()), index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._count:
            section = self.source_row(section)  # the row's number in the whole plan
        return self.plan.headerData(section, orientation, role)
