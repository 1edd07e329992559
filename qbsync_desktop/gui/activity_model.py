"""Table models of the activity view: the runs, and one run's records read page by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qbsync_desktop.core.sync.activity_log import (
    PAGE,
    ActivityLog,
    Entry,
    Moved,
    RunRow,
    moved_words,
)

from .history import history_line
from .i18n import translate, translate_marked
from .object_labels import object_title
from .plain import plain_tip
from .record_model import read_only_flags
from .timefmt import count, local_time

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def moved_text(moved: Moved) -> str:
    """One object's share of a run, in the window's language."""
    return moved_words(moved, translate_marked)


def run_headers() -> list[str]:
    return [
        translate("ActivityModel", "When"),
        translate("ActivityModel", "Result"),
        translate("ActivityModel", "New"),
        translate("ActivityModel", "Updated"),
        translate("ActivityModel", "Matched,\nno change"),
        translate("ActivityModel", "Left out"),
        translate("ActivityModel", "Failed"),
        translate("ActivityModel", "What moved"),
    ]


def entry_headers() -> list[str]:
    return [
        translate("ActivityModel", "Time"),
        translate("ActivityModel", "Object"),
        translate("ActivityModel", "Record"),
        translate("ActivityModel", "What happened"),
    ]


class _ReadOnlyTable(QAbstractTableModel):
    """A read-only table of `rows()` under fixed headers."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers

    def rows(self) -> list[Any]:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class RunsModel(_ReadOnlyTable):
    """The runs, newest first (one page: a run a minute makes 1,440 a day)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(run_headers(), parent)
        self.runs: list[RunRow] = []

    def rows(self) -> list[RunRow]:
        return self.runs

    def set_runs(self, runs: list[RunRow]) -> None:
        self.beginResetModel()
        self.runs = list(runs)
        self.endResetModel()

    def cells(self, run: RunRow) -> list[str]:
        return [
            local_time(run.started_at),
            translate_marked("Activity", run.status_text),
            count(sum(run.created.values())),
            count(sum(run.updated.values())),
            count(run.matched),
            count(run.excluded),
            count(run.failed),
            "; ".join(moved_text(m) for m in run.moved if m.created or m.updated or m.failed)
            or translate("ActivityModel", "Nothing changed"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.runs):
            return None
        run = self.runs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(run)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(self._headers) - 1:
            return plain_tip("\n".join(moved_text(m) for m in run.moved))
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() <= 6:
            return _RIGHT
        return None


class EntriesModel(_ReadOnlyTable):
    """One run's records, read a page at a time as the view scrolls (Qt's fetchMore)."""

    def __init__(self, parent: QObject | None = None, page: int = PAGE) -> None:
        super().__init__(entry_headers(), parent)
        self.page = page
        self.log: ActivityLog | None = None
        self.run_id: int | None = None
        self.entries: list[Entry] = []
        self.total = 0
        self._shown: dict[int, tuple[str, str]] = {}  # entry id -> (sentence, details)
        self._fetching = False

    def rows(self) -> list[Entry]:
        return self.entries

    def show_run(self, log: ActivityLog | None, run_id: int | None) -> None:
        self.beginResetModel()
        self.log, self.run_id = log, run_id
        self.entries, self._shown = [], {}
        self.total = 0  # a view answers the reset by fetching: not before the reset is done
        self.endResetModel()
        if log is not None and run_id is not None:
            self.total = log.entry_count(run_id)
            if self.canFetchMore(QModelIndex()):
                self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index) -> bool:
        if parent.isValid() or self.log is None or self._fetching:
            return False  # a view asking again while rows go in waits for the next turn
        return len(self.entries) < self.total

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent) or self.log is None or self.run_id is None:
            return  # asked while a page goes in, or during a reset (a view, a tester)
        after = self.entries[-1].id if self.entries else 0
        page = self.log.entries(self.run_id, after, self.page)
        if not page:
            self.total = len(self.entries)  # the run's rows went away meanwhile
            return
        start = len(self.entries)
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.entries.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def words(self, entry: Entry) -> tuple[str, str]:
        """What happened in a sentence, and the details (API names and values)."""
        said = self._shown.get(entry.id)
        if said is None:  # rendered once per row read, not on every paint
            line = history_line(
                entry.object, entry.action, entry.detail, entry.problem, entry.direction
            )
            changes = entry.changes(translate_marked)
            said = self._shown[entry.id] = (line.text, changes or line.details)
        return said

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return local_time(entry.at)
            if column == 1:
                return object_title(entry.object)
            if column == 2:
                return entry.name or entry.hubspot_id or entry.qbo_id
            return self.words(entry)[0]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            text, details = self.words(entry)
            fix = entry.problem_words(translate_marked)[1]
            return plain_tip("\n".join(part for part in (text, details, fix) if part))
        return None
