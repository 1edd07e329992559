"""The dry-run plan: a table model over the CSV rows `run_sync(plan_csv=...)` writes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qbsync_desktop.core.export import default_export_path, read_dict_csv

from .object_labels import key_column_label
from .plain import plain_label, plain_tip

Index = QModelIndex | QPersistentModelIndex
_HEADERS = {
    "object": "Object",
    "action": "Would",
    "side": "In",
    "hubspot_id": "HubSpot id",
    "qbo_id": "QuickBooks id",
    "name": "Name",
    "key": key_column_label(),
    "changes": "Changes",
    "conflicts": "Conflicts",
    "category": "Category",
    "reason": "Reason",
}
_SIDES = {"hubspot": "HubSpot", "quickbooks": "QuickBooks", "": ""}


def read_plan_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    return read_dict_csv(path)


class PlanModel(QAbstractTableModel):
    """Read-only rows of a dry-run plan, columns in the CSV's order."""

    def __init__(self, columns: list[str], rows: list[dict[str, str]]) -> None:
        super().__init__()
        self.columns = columns
        self.rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        col = self.columns[index.column()]
        value = self.rows[index.row()].get(col) or ""
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "side":
                return _SIDES.get(value, value)
            return value.capitalize() if col in ("object", "action") else value
        if role == Qt.ItemDataRole.ToolTipRole and col in ("changes", "reason") and value:
            return plain_tip(value.replace("; ", "\n"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return _HEADERS.get(self.columns[section], self.columns[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in self.rows:
            out[row.get("action", "")] = out.get(row.get("action", ""), 0) + 1
        return out


class PlanDialog(QDialog):
    """Shows what a sync would do; Export CSV copies the plan file."""

    def __init__(
        self,
        csv_path: Path,
        ask_save_path: Callable[[str], str | None],
        parent: QWidget | None = None,
        client: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self.setWindowTitle("Dry run — what a sync would do")
        self.csv_path = csv_path
        self.ask_save_path = ask_save_path
        self.client = client  # the profile's name, for the suggested file name
        columns, rows = read_plan_csv(csv_path)
        self.model = PlanModel(columns, rows)
        self.view = QTableView()
        self.view.setObjectName("plan_table")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):  # long names and changes: tooltip + resize
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), 280))
        counts = self.model.counts()
        parts = [f"{n:,} {a or 'other'}" for a, n in sorted(counts.items())]
        self.summary = plain_label(
            "Nothing was written. " + (", ".join(parts) if parts else "Nothing to do."),
            "plan_summary",
            wrap=True,
        )
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setObjectName("plan_export")
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(1200, 600)

    def export(self) -> str | None:
        # The plan file was written by core.export: already safe for spreadsheets.
        target = self.ask_save_path(str(default_export_path(self.client, "dry run")))
        if not target:
            return None
        shutil.copyfile(self.csv_path, target)
        self.summary.setText(f"Exported {len(self.model.rows):,} rows to {target}.")
        return target
