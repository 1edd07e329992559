"""The preview of a sync (a dry-run plan) as a summary: per object and side how many records
would be created, updated, matched, left out or would fail, each count opening its records;
the filters in use; below, the records with their changes in field labels.

The plan is the CSV `run_sync(plan_csv=...)` writes; nothing here writes to a service.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
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

from qbsync_desktop.core.export import CsvFormat, default_export_path, write_dict_csv
from qbsync_desktop.core.sync.plan_summary import (
    ACTION_WORDS,
    ACTIONS,
    SIDES,
    ObjectPlan,
    filter_lines,
)
from qbsync_desktop.core.sync.problems import service_name

from .errors import plain_error
from .i18n import translate, translate_marked
from .object_labels import object_title
from .plain import plain_label
from .plan_file import PlanFile, yielding_gil
from .plan_model import PlanModel, PlanRows, cell_text, plan_reason, read_plan_csv
from .tasks import RunBlocking, run_in_thread
from .timefmt import count

__all__ = ["PlanDialog", "PlanModel", "PlanRows", "plan_reason", "read_plan_csv"]
FITTED_ROWS = 0  # columns fitted to the rows in sight: each other one is read from the file


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

    def __init__(self) -> None:
        super().__init__(0, 2 + len(ACTIONS))
        self.setObjectName("plan_counts")
        self.setHorizontalHeaderLabels(summary_titles())
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.cells: dict[tuple[int, int], tuple[str, str, str]] = {}  # -> object, action, side
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click opens a count; nothing to edit
        self.show_plans([])

    def show_plans(self, plans: Sequence[ObjectPlan]) -> None:
        """The plan's counts (none while it is read)."""
        self.setRowCount(len(plans) * len(SIDES))
        self.cells.clear()
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
        self.setCurrentCell(-1, -1)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setMaximumHeight(height + 2)


class PlanDialog(QDialog):
    """The preview: its summary, the filters in use, the records; Export CSV copies the plan.

    The plan file is read off the GUI thread (`run_blocking`, the window's TaskRunner's;
    a thread of its own without one): `loaded` says when its counts and rows are shown.
    """

    loaded = Signal()  # the plan is read and shown, or said why not
    exported = Signal(str)  # the file written by Export CSV

    def __init__(
        self,
        csv_path: Path,
        ask_save_path: Callable[[str], str | None],
        parent: QWidget | None = None,
        client: str = "",
        settings: Any = None,
        run_blocking: RunBlocking | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plan_dialog")
        self.setWindowTitle(self.tr("Preview — what a sync would do"))
        self.csv_path = csv_path
        self.ask_save_path = ask_save_path
        self.client = client  # the profile's name, for the suggested file name
        self.run_blocking: RunBlocking = run_blocking or partial(run_in_thread, parent=self)
        self.ready = False
        self.plans: list[ObjectPlan] = []
        self.model = PlanModel([], [])
        self.shown = PlanRows(self.model)
        self.counts = PlanSummary()  # the plan's, once read
        self.counts.cellClicked.connect(self._count_clicked)
        lines = filter_lines(settings, translate_marked) if settings is not None else []
        self.filters = plain_label(
            "\n".join([self.tr("Filters in use:"), *lines])
            if lines
            else self.tr("No filters in use."),
            "plan_filters",
            wrap=True,
        )
        self.showing = plain_label(self.tr("Reading the preview…"), "plan_showing", wrap=True)
        self.show_all = QPushButton(self.tr("Show all records"))
        self.show_all.setObjectName("plan_show_all")
        self.show_all.setEnabled(False)
        self.show_all.clicked.connect(lambda: self.choose(None))
        self.view = QTableView()
        self.view.setObjectName("plan_table")
        self.view.setSortingEnabled(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Column widths from the first rows: each further one would be read from the file.
        header.setResizeContentsPrecision(FITTED_ROWS)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never asks each row's size
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.summary = plain_label(self.tr("Nothing was written."), "plan_summary", wrap=True)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("plan_export")
        self.export_button.setEnabled(False)
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
        self.resize(1200, 700)
        self.run_blocking(lambda: _read_plan(csv_path), self._loaded, self._not_loaded)

    def _loaded(self, read: tuple[PlanFile, list[ObjectPlan]]) -> None:
        plan, self.plans = read
        self.model.set_plan(plan.columns, plan)
        # Only now: an empty table's painting would call into Python while the worker,
        # reading, holds the interpreter (each call waiting its turn, the window late).
        self.view.setModel(self.shown)
        self.counts.show_plans(self.plans)
        if not len(plan):
            self.summary.setText(self.tr("Nothing was written. Nothing to do."))
        self.view.resizeColumnsToContents()
        for col in range(self.model.columnCount()):  # long names and changes: tooltip + resize
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), 280))
            # The problem as stored (its code, parameters, field): worded under Reason.
            self.view.setColumnHidden(col, not self.model.has_title(col))
        self.export_button.setEnabled(True)
        layout = self.layout()
        if layout is not None:  # the counts' new height now, not at the next event
            layout.activate()
        self.ready = True
        self.choose(None)
        self.loaded.emit()

    def _not_loaded(self, exc: BaseException) -> None:
        said = self.tr("The preview could not be read: {reason}")
        self.showing.setText(said.format(reason=plain_error(exc)))
        self.loaded.emit()

    def _count_clicked(self, row: int, column: int) -> None:
        chosen = self.counts.cells.get((row, column))
        if chosen is not None:
            self.choose(chosen)

    def choose(self, chosen: tuple[str, str, str] | None) -> None:
        """Show the records behind one count (object, action, side); None: every record."""
        self.shown.choose(chosen)
        n = self.shown.rowCount()
        if chosen is None:
            text = translate("PlanDialog", "Records shown: %Ln (the whole preview)", None, n)
        else:
            obj, action, side = chosen
            text = translate(
                "PlanDialog", "Records shown: %Ln ({action} in {side}, {object})", None, n
            ).format(
                action=translate_marked("PlanSummary", ACTION_WORDS[action]),
                side=service_name(side, translate_marked),
                object=object_title(obj),
            )
        self.showing.setText(text)
        self.show_all.setEnabled(chosen is not None)

    def export(self) -> str | None:
        """Ask where, then write the plan there off the GUI thread; `exported` follows."""
        target = self.ask_save_path(str(default_export_path(self.client, self.tr("preview"))))
        if not target:
            return None
        # Written again (not copied) so a spreadsheet in the user's locale opens it as
        # columns: its separator, and the columns the dialog shows, headed and worded as
        # there (not the stored problem's code and params, nor the plan file's keys).
        model = self.model
        shown = [c for n, c in enumerate(model.columns) if model.has_title(n)]
        header = [
            str(model.headerData(model.columns.index(c), Qt.Orientation.Horizontal)) for c in shown
        ]
        rows = model.rows  # streamed row by row: a PlanFile reads them from its file
        words = _in_words(rows, shown)
        fmt = CsvFormat.for_decimal_mark(QLocale().decimalPoint())
        self.export_button.setEnabled(False)
        self.summary.setText(self.tr("Exporting…"))

        def written(n: int) -> None:
            self.export_button.setEnabled(True)
            said = translate("PlanDialog", "Rows exported to {path}: %Ln", None, n)
            self.summary.setText(said.format(path=target))
            self.exported.emit(target)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            said = self.tr("Export failed: {reason}")
            self.summary.setText(said.format(reason=plain_error(exc)))

        self.run_blocking(
            lambda: write_dict_csv(target, shown, words, fmt=fmt, header=header), written, failed
        )
        return target


def _in_words(rows: Iterable[Mapping[str, str]], columns: list[str]) -> Iterator[dict[str, str]]:
    """Each row's `columns` as the dialog words them (an export's worker thread)."""
    for row in yielding_gil(rows):
        yield {c: cell_text(c, row) for c in columns}


def _read_plan(path: Path) -> tuple[PlanFile, list[ObjectPlan]]:
    """The plan file's index and counts (a worker's job: 100,000 rows take a while)."""
    plan = PlanFile.scan(path)
    return plan, plan.summary()
