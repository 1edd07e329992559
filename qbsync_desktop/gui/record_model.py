"""The record table: a Qt model over ordered ids with rows fetched in blocks when painted.

`rowCount` is the number of ids (cheap, one indexed SQL query); `data` looks the
row up in a bounded cache and, on a miss, fetches the surrounding block of rows
in one query. 100,000 records therefore open without reading 100,000 rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from .i18n import translate_marked
from .plain import plain_tip
from .records import COLUMNS, FIX_TITLE, RecordFilter, RecordRow, RecordSource, column_title

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RecordRow behind a row
_Index = QModelIndex | QPersistentModelIndex


def read_only_flags(index: _Index) -> Qt.ItemFlag:
    """Flags of a cell in our read-only tables: selectable, never editable, no children."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    flag = Qt.ItemFlag
    return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren


def state_color(state: str) -> QColor | None:
    """State colours that stay readable on light and dark palettes."""
    app = QApplication.instance()
    dark = False
    if isinstance(app, QApplication):
        dark = app.palette().color(QPalette.ColorRole.Base).lightness() < 128
    if state == "failed":
        return QColor("#ff8a80") if dark else QColor("#b71c1c")
    if state == "excluded":
        return QColor("#b0bec5") if dark else QColor("#546e7a")
    if state == "synced":
        return QColor("#81c784") if dark else QColor("#1b5e20")
    return None


class RecordTableModel(QAbstractTableModel):
    BLOCK = 200  # rows per fetch: a screenful or two
    CACHE_LIMIT = 5000  # rows kept; the cache is dropped wholesale when it grows past this

    def __init__(self, source: RecordSource | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = RecordFilter()
        self._sort_key = "name"
        self._descending = False
        self._ids: list[int] = []
        self._cache: dict[int, RecordRow] = {}
        self.fetches = 0  # row queries made (tests check laziness)
        if source is not None:
            self._ids = source.ids(self._filter, self._sort_key, self._descending)

    # --- what is shown -------------------------------------------------------------
    @property
    def record_filter(self) -> RecordFilter:
        return self._filter

    @property
    def order(self) -> tuple[str, bool]:
        """The column key the ids are sorted by, and whether descending."""
        return self._sort_key, self._descending

    def set_source(self, source: RecordSource | None) -> None:
        self._source = source
        self.reload()

    def set_filter(self, flt: RecordFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Re-read the ordered ids (after a run, a filter or sort change)."""
        self.beginResetModel()
        self._cache.clear()
        self._ids = (
            self._source.ids(self._filter, self._sort_key, self._descending)
            if self._source is not None
            else []
        )
        self.endResetModel()

    def record_at(self, row: int) -> RecordRow | None:
        if not 0 <= row < len(self._ids):
            return None
        rid = self._ids[row]
        cached = self._cache.get(rid)
        if cached is not None:
            return cached
        if self._source is None:
            return None
        if len(self._cache) > self.CACHE_LIMIT:
            self._cache.clear()
        start = row - row % self.BLOCK
        block = self._ids[start : start + self.BLOCK]
        self.fetches += 1
        self._cache.update(self._source.rows(block))
        return self._cache.get(rid)

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def all_ids(self) -> list[int]:
        return list(self._ids)

    # --- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return column_title(COLUMNS[section][0])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        col = index.column()
        if not 0 <= col < len(COLUMNS):
            return None
        record = self.record_at(index.row())
        if record is None:
            return None
        key = COLUMNS[col][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return record.value(key)
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(_tooltip(record)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "state":
            return state_color(record.state)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return read_only_flags(index)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._ids[i.row()] if i.row() < len(self._ids) else None) for i in old]
        self._sort_key = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._source is not None:
            self._ids = self._source.ids(self._filter, self._sort_key, self._descending)
        pos = {rid: n for n, rid in enumerate(self._ids)}
        new = [
            self.index(pos[rid], i.column()) if rid in pos else QModelIndex()
            for rid, i in zip(old_ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


def _tooltip(record: RecordRow) -> str | None:
    """Hovering a failed or excluded record explains it and names the fix."""
    if record.state == "synced":
        return None
    parts = []
    if record.category:
        parts.append(f"[{record.category}]")
    if record.reason:
        parts.append(record.reason)
    text = " ".join(parts)
    if record.fix:
        fix = translate_marked("Records", FIX_TITLE)
        text += f"\n{fix}: {record.fix}"
    return text or None
