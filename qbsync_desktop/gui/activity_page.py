"""The Activity page (SPEC.md 4): each run with its time, what moved and what failed; the
selected run's records below, read page by page; export of a run or of every run to CSV.

The page reads through an `ActivityLog` it is given and asks for exports by signal: the
window's controller (window_activity.py) owns the database and the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qbsync_desktop.core.sync.activity_log import ActivityLog, RunRow

from .activity_model import EntriesModel, RunsModel, moved_text
from .i18n import translate
from .plain import plain_label

FIT_ROWS = 40


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Fitting the columns reads (and words) this many rows, not a whole page of 200.
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    return view


class ActivityPage(QWidget):
    export_requested = Signal(object)  # a run's id, or None for every run
    shown = Signal()  # the page came into view (its tab chosen, the window opened)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log: ActivityLog | None = None
        self.intro = plain_label(
            self.tr("Each sync, newest first. Select one to see the records it changed."),
            "activity_intro",
            wrap=True,
        )
        self.runs = RunsModel(self)
        self.runs_view = _table("activity_runs")
        self.runs_view.setModel(self.runs)
        self.entries = EntriesModel(self)
        self.entries_view = _table("activity_records")
        self.entries_view.setModel(self.entries)
        self.run_title = plain_label("", "activity_run_title", wrap=True)
        self.export_run = QPushButton(self.tr("Export this sync…"))
        self.export_run.setObjectName("activity_export_run")
        self.export_all = QPushButton(self.tr("Export all activity…"))
        self.export_all.setObjectName("activity_export_all")
        self.export_run.clicked.connect(lambda: self.export_requested.emit(self.selected_run_id()))
        self.export_all.clicked.connect(lambda: self.export_requested.emit(None))
        self.runs_view.selectionModel().selectionChanged.connect(self._run_chosen)

        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.run_title)
        below.addWidget(self.entries_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.runs_view)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_run)
        buttons.addWidget(self.export_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._show_run(None)  # "No syncs yet." until runs are shown

    # --- reading ------------------------------------------------------------------------
    def set_log(self, log: ActivityLog | None) -> None:
        """Read the runs through `log` here (small books, tests); the window reads them off
        the GUI thread and calls `show_runs`."""
        self.show_runs(log, log.runs() if log is not None else [])

    def refresh(self) -> None:
        self.set_log(self.log)

    def show_runs(self, log: ActivityLog | None, runs: list[RunRow]) -> None:
        """Show these runs, keeping the selected one (the newest when none was); `log`
        reads the chosen run's records, page by page."""
        keep = self.selected_run_id()
        self.log = log
        self.runs.set_runs(runs)
        ids = [r.id for r in runs]
        if ids:
            self.runs_view.selectRow(ids.index(keep) if keep in ids else 0)
            self.runs_view.resizeColumnsToContents()
            for column in range(self.runs.columnCount()):  # the last stretches anyway
                self.runs_view.setColumnWidth(column, min(self.runs_view.columnWidth(column), 260))
        else:
            self._show_run(None)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def selected_run(self) -> RunRow | None:
        rows = self.runs_view.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.runs.runs):
            return None
        return self.runs.runs[rows[0].row()]

    def selected_run_id(self) -> int | None:
        run = self.selected_run()
        return run.id if run else None

    def _run_chosen(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._show_run(self.selected_run())

    def _show_run(self, run: RunRow | None) -> None:
        if run is None:
            self.entries.show_run(None, None)
            self.run_title.setText(
                self.tr("No syncs yet.")
                if not self.runs.runs
                else self.tr("Select a sync to see its records.")
            )
        else:
            self.entries.show_run(self.log, run.id)
            title = translate(
                "ActivityPage",
                "Records changed or failed in this sync: %n",
                None,
                self.entries.total,
            )
            # What moved per object, whole: the runs table's cell cuts it off at its width.
            self.run_title.setText("\n".join([title, *(moved_text(m) for m in run.moved)]))
            self.entries_view.resizeColumnsToContents()
            for column in range(self.entries.columnCount()):
                width = min(self.entries_view.columnWidth(column), 320)
                self.entries_view.setColumnWidth(column, width)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.export_run.setEnabled(self.selected_run() is not None)
        self.export_all.setEnabled(bool(self.runs.runs))
