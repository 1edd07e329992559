"""The preview of a sync (a dry-run plan) as a summary: per object and side how many records
would be created, updated, matched, left out or would fail, each count opening its records;
the filters in use; below, the records with their changes in field labels.

The plan is the CSV `run_sync(plan_csv=...)` writes; nothing here writes to a service.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbsync_desktop.core.export import CsvFormat, default_export_path, read_dict_csv, write_dict_csv
from qbsync_desktop.core.sync.plan_summary import (
    ACTION_WORDS,
    ACTIONS,
    SIDES,
    ObjectPlan,
    change_parts,
    counted_in,
    filter_lines,
    summarize,
)
from qbsync_desktop.core.sync.problems import Problem, field_title, render, service_name

from .i18n import translate, translate_marked
from .object_labels import key_column_label, object_title
from .plain import plain_label, plain_tip
from .timefmt import count

Index = QModelIndex | QPersistentModelIndex


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


class PlanModel(QAbstractTableModel):
    """Read-only rows of a dry-run plan, columns in the CSV's order."""

    def __init__(self, columns: list[str], rows: list[dict[str, str]]) -> None:
        super().__init__()
        self.columns = columns
        self.rows = rows
        self._headers = _headers()

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
                return service_name(value, translate_marked) if value else ""
            if col == "object":
                return object_title(value)
            if col == "action":
                word = ACTION_WORDS.get(value)
                return translate_marked("PlanSummary", word) if word else value
            if col == "changes":
                return changes_in_words(value, self.rows[index.row()].get("action") == "create")
            if col == "reason" and value:
                return plan_reason(self.rows[index.row()])  # from its code, in the window's words
            return value
        if role == Qt.ItemDataRole.ToolTipRole and col == "reason" and value:
            return plain_tip(plan_reason(self.rows[index.row()]))
        if role == Qt.ItemDataRole.ToolTipRole and col == "changes" and value:
            return plain_tip(value.replace("; ", "\n"))  # the changes' API names: details
        return None

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

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in self.rows:
            out[row.get("action", "")] = out.get(row.get("action", ""), 0) + 1
        return out


class PlanRows(QSortFilterProxyModel):
    """The plan's rows behind one count of the summary (all rows when none is chosen)."""

    def __init__(self, plan: PlanModel) -> None:
        super().__init__()
        self.plan = plan
        self.chosen: tuple[str, str, str] | None = None  # (object, action, side)
        self.setSourceModel(plan)

    def choose(self, chosen: tuple[str, str, str] | None) -> None:
        self.beginFilterChange()
        self.chosen = chosen
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.chosen is None or counted_in(self.plan.rows[source_row], *self.chosen)


def summary_titles() -> list[str]:
    return [
        translate("PlanDialog", "Object"),
        translate("PlanDialog", "In"),
        translate("PlanDialog", "Create"),
        translate("PlanDialog", "Update"),
        translate("PlanDialog", "Match"),
        translate("PlanDialog", "Leave out"),
        translate("PlanDialog", "Fail"),
    ]


class PlanSummary(QTableWidget):
    """Rows: each object on each side; columns: the actions. A count opens its records."""

    def __init__(self, plans: Sequence[ObjectPlan]) -> None:
        super().__init__(len(plans) * len(SIDES), 2 + len(ACTIONS))
        self.setObjectName("plan_counts")
        self.setHorizontalHeaderLabels(summary_titles())
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.cells: dict[tuple[int, int], tuple[str, str, str]] = {}  # -> object, action, side
        for i, plan in enumerate(plans):
            for j, side in enumerate(SIDES):
                row = i * len(SIDES) + j
                self.setItem(row, 0, QTableWidgetItem(object_title(plan.object) if not j else ""))
                self.setItem(row, 1, QTableWidgetItem(service_name(side, translate_marked)))
                for k, action in enumerate(ACTIONS):
                    n = plan.get(action, side)
                    item = QTableWidgetItem(count(n) if n else "—")
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    if n:
                        item.setToolTip(translate("PlanDialog", "Click to see these records"))
                        self.cells[(row, 2 + k)] = (plan.object, action, side)
                    else:
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # nothing to open
                    self.setItem(row, 2 + k, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click opens a count; nothing to edit
        self.setCurrentCell(-1, -1)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setMaximumHeight(height + 2)


class PlanDialog(QDialog):
    """The preview: its summary, the filters in use, the records; Export CSV copies the plan."""

    def __init__(
        self,
        csv_path: Path,
        ask_save_path: Callable[[str], str | None],
        parent: QWidget | None = None,
        client: str = "",
        settings: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self.setWindowTitle(self.tr("Preview — what a sync would do"))
        self.csv_path = csv_path
        self.ask_save_path = ask_save_path
        self.client = client  # the profile's name, for the suggested file name
        columns, rows = read_plan_csv(csv_path)
        self.model = PlanModel(columns, rows)
        self.shown = PlanRows(self.model)
        self.plans = summarize(rows)
        self.counts = PlanSummary(self.plans)
        self.counts.cellClicked.connect(self._count_clicked)
        lines = filter_lines(settings, translate_marked) if settings is not None else []
        self.filters = plain_label(
            "\n".join([self.tr("Filters in use:"), *lines])
            if lines
            else self.tr("No filters in use."),
            "plan_filters",
            wrap=True,
        )
        self.showing = plain_label("", "plan_showing", wrap=True)
        self.show_all = QPushButton(self.tr("Show all records"))
        self.show_all.setObjectName("plan_show_all")
        self.show_all.clicked.connect(lambda: self.choose(None))
        self.view = QTableView()
        self.view.setObjectName("plan_table")
        self.view.setModel(self.shown)
        self.view.setSortingEnabled(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):  # long names and changes: tooltip + resize
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), 280))
        self.summary = plain_label(
            self.tr("Nothing was written.")
            if rows
            else self.tr("Nothing was written. Nothing to do."),
            "plan_summary",
            wrap=True,
        )
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("plan_export")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.export_button.clicked.connect(self.export)
        showing = QHBoxLayout()
        showing.addWidget(self.showing, 1)
        showing.addWidget(self.show_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.filters)
        layout.addLayout(showing)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.choose(None)
        self.resize(1200, 700)

    def _count_clicked(self, row: int, column: int) -> None:
        chosen = self.counts.cells.get((row, column))
        if chosen is not None:
            self.choose(chosen)

    def choose(self, chosen: tuple[str, str, str] | None) -> None:
        """Show the records behind one count (object, action, side); None: every record."""
        self.shown.choose(chosen)
        n = self.shown.rowCount()
        if chosen is None:
            text = translate("PlanDialog", "Records shown: %n (the whole preview)", None, n)
        else:
            obj, action, side = chosen
            text = translate(
                "PlanDialog", "Records shown: %n ({action} in {side}, {object})", None, n
            ).format(
                action=translate_marked("PlanSummary", ACTION_WORDS[action]),
                side=service_name(side, translate_marked),
                object=object_title(obj),
            )
        self.showing.setText(text)
        self.show_all.setEnabled(chosen is not None)

    def export(self) -> str | None:
        target = self.ask_save_path(str(default_export_path(self.client, self.tr("preview"))))
        if not target:
            return None
        # Written again (not copied) so a spreadsheet in the user's locale opens it as
        # columns: its separator, and headers in the window's language.
        model = self.model
        write_dict_csv(
            target,
            model.columns,
            model.rows,
            fmt=CsvFormat.for_decimal_mark(QLocale().decimalPoint()),
            header=[
                str(model.headerData(i, Qt.Orientation.Horizontal))
                for i in range(len(model.columns))
            ],
        )
        self.summary.setText(
            translate(
                "PlanDialog", "Rows exported to {path}: %n", None, len(self.model.rows)
            ).format(path=target)
        )
        return target
