"""The Status page: per-object counts on top, the record view with filters and details below."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.problems import label as problem_label

from .icons import icon
from .invoice_detail import card_html, sync_card
from .object_labels import key_label, key_nouns
from .record_model import ROW_ROLE, RecordTableModel, read_only_flags, state_color
from .records import (
    COLUMNS,
    STATES,
    ObjectCounts,
    RecordFilter,
    RecordRow,
    SqlRecordSource,
    activity_for,
    direction_label,
)
from .timefmt import local_time

_Index = QModelIndex | QPersistentModelIndex
DEFAULT_HIDDEN = {"category", "hubspot_id", "qbo_id", "updated_at"}


class ObjectCountsModel(QAbstractTableModel):
    """Rows: objects; columns: Object, Synced, Failed, Excluded."""

    HEADERS = ("Object", "Synced", "Failed", "Excluded")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ObjectCounts] = []

    def set_counts(self, counts: list[ObjectCounts]) -> None:
        self.beginResetModel()
        self._rows = list(counts)
        self.endResetModel()

    def cell(self, row: int, column: int) -> tuple[str, str | None]:
        """(object, state) behind a cell; state None for the object's name column."""
        obj = self._rows[row].object
        return obj, (STATES[column - 1] if column >= 1 else None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        counts = self._rows[index.row()]
        col = index.column()
        if not 0 <= col < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return counts.object.capitalize() if col == 0 else str(counts.get(STATES[col - 1]))
        if role == Qt.ItemDataRole.ToolTipRole and col >= 1:
            return f"Show the {STATES[col - 1]} {counts.object}"
        if role == Qt.ItemDataRole.ForegroundRole and col >= 1 and counts.get(STATES[col - 1]):
            return state_color(STATES[col - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return read_only_flags(index)


class StatusPage(QWidget):
    retry_requested = Signal(list)  # RecordRows to retry (all failed when the list is empty)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source: SqlRecordSource | None = None
        self.counts_model = ObjectCountsModel(self)
        self.counts_view = QTableView()
        self.counts_view.setObjectName("object_view")
        self.counts_view.setModel(self.counts_model)
        self.counts_view.verticalHeader().hide()
        self.counts_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts_view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.counts_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.counts_view.clicked.connect(self._count_clicked)

        self.object_filter = _combo("filter_object", "All objects", objects.names())
        self.state_filter = _combo("filter_state", "All states", STATES)
        self.category_filter = _combo("filter_category", "All categories", ())
        self.search = QLineEdit()
        self.search.setObjectName("search")
        keys = ", ".join(key_nouns())
        self.search.setPlaceholderText(f"Search name, {keys}, id or reason  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for combo in (self.object_filter, self.state_filter, self.category_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)

        self.retry_one = QPushButton("Retry selected")
        self.retry_one.setObjectName("retry_selected")
        self.retry_all = QPushButton("Retry all failed")
        self.retry_all.setObjectName("retry_all")
        self.export = QPushButton("Export CSV…")
        self.export.setObjectName("export_csv")
        self.retry_one.clicked.connect(self._retry_selected)
        self.retry_all.clicked.connect(lambda: self.retry_requested.emit([]))
        self.export.clicked.connect(self.export_requested.emit)
        self.shown_label = QLabel("")
        self.shown_label.setObjectName("shown_count")

        self.model = RecordTableModel(parent=self)
        self.table = QTableView()
        self.table.setObjectName("records_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.hide()
        # Fixed row heights: the view never asks every row for its size (100,000 rows).
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for n, (key, _) in enumerate(COLUMNS):
            self.table.setColumnHidden(n, key in DEFAULT_HIDDEN)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 230)
        self.table.setColumnWidth(3, 80)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QTextBrowser()
        self.detail.setObjectName("record_detail")
        self.detail.setOpenExternalLinks(False)
        self.detail.setPlaceholderText("Select a record to see its ids, history and any fix.")

        filters = QHBoxLayout()
        filters.addWidget(self.object_filter)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.shown_label)
        actions.addStretch(1)
        actions.addWidget(self.retry_one)
        actions.addWidget(self.retry_all)
        actions.addWidget(self.export)
        records = QWidget()
        rl = QVBoxLayout(records)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(filters)
        rl.addWidget(self.table, 1)
        rl.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(records)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(QLabel("<b>By object</b> — click a count to list those records"))
        layout.addWidget(self.counts_view)
        layout.addWidget(split, 1)

    # --- data ----------------------------------------------------------------------
    def set_source(self, source: SqlRecordSource | None) -> None:
        self.source = source
        self.refresh()

    def refresh(self) -> None:
        """Re-read counts, categories and the ordered ids (after a run or a profile switch).

        The selected record stays selected and its detail is read again (after a Retry it
        shows the new state); one that left the filtered list clears the detail.
        """
        chosen = [r.id for r in self.selected_records()]
        src = self.source
        self.counts_model.set_counts(src.counts() if src else [])
        current = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem("All categories", None)
        for cat in src.categories() if src else []:
            self.category_filter.addItem(problem_label(cat), cat)  # the code's name in words
        idx = self.category_filter.findData(current)
        self.category_filter.setCurrentIndex(max(idx, 0))
        self.category_filter.blockSignals(False)
        self.model.set_source(src)  # keeps the current filter and sort
        self._update_shown()
        self._reselect(chosen)

    def _reselect(self, record_ids: list[int]) -> None:
        rows = [r for r in (self.model.row_of(i) for i in record_ids) if r >= 0]
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        if not rows:
            self.detail.clear()

    def show_filter(self, obj: str | None = None, state: str | None = None) -> None:
        """Open the record view filtered to one object/state (object view, banner, tray)."""
        for combo, value in ((self.object_filter, obj), (self.state_filter, state)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self._apply_filter()

    def current_filter(self) -> RecordFilter:
        return RecordFilter(
            object=self.object_filter.currentData(),
            state=self.state_filter.currentData(),
            category=self.category_filter.currentData(),
            text=self.search.text(),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_shown()
        self.detail.clear()

    def _update_shown(self) -> None:
        n = self.model.rowCount()
        self.shown_label.setText(f"{n:,} record{'s' if n != 1 else ''}")

    # --- interaction -----------------------------------------------------------------
    def _count_clicked(self, index: QModelIndex) -> None:
        obj, state = self.counts_model.cell(index.row(), index.column())
        self.show_filter(obj, state)

    def selected_records(self) -> list[RecordRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.record_at(n) for n in rows) if r is not None]

    def _retry_selected(self) -> None:
        failed = [r for r in self.selected_records() if r.state == "failed"]
        if failed:
            self.retry_requested.emit(failed)

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        records = self.selected_records()
        self.detail.setHtml(self._detail_html(records[0]) if records else "")

    def _detail_html(self, rec: RecordRow) -> str:
        e = html.escape
        out = [f"<h3>{e(rec.name or '(no name)')}</h3>"]
        color = state_color(rec.state)
        hexcolor = color.name() if color else "inherit"
        out.append(f"<p><b style='color:{hexcolor}'>{e(rec.state.capitalize())}</b>")
        if rec.category:
            out.append(f" &nbsp;[{e(rec.category)}]")
        out.append("</p><table cellspacing='4'>")
        facts = (
            ("Object", rec.object),
            (key_label(rec.object), rec.match_key),
            ("HubSpot id", rec.hubspot_id or "—"),
            ("QuickBooks id", rec.qbo_id or "—"),
            ("Last change", local_time(rec.updated_at)),
        )
        out += [f"<tr><td><i>{e(k)}</i></td><td>{e(str(v))}</td></tr>" for k, v in facts]
        out.append("</table>")
        card = sync_card(self.source, rec) if self.source else None
        out.append(card_html(card) if card else "")  # invoices: both numbers and totals
        if rec.reason:
            title = "What went wrong" if rec.state == "failed" else "Why"
            out.append(f"<p><b>{title}</b><br>{e(rec.reason)}</p>")
        if rec.fix:
            out.append(f"<p><b>How to fix it</b><br>{e(rec.fix)}</p>")
        history = activity_for(self.source, rec) if self.source else []
        out.append("<p><b>History</b></p>")
        if not history:
            out.append("<p><i>No sync activity recorded yet.</i></p>")
        else:
            out.append("<ul>")
            for h in history:
                line = f"{local_time(h.at)} — {h.action}"
                if direction_label(h.direction):
                    line += f" ({direction_label(h.direction)})"
                if h.detail:
                    line += f": {h.detail}"
                out.append(f"<li>{e(line)}</li>")
            out.append("</ul>")
        return "".join(out)

    def _column_menu(self, pos: QPoint) -> None:
        """The user chooses which columns the record view shows."""
        menu = QMenu(self)
        for n, (_, label) in enumerate(COLUMNS):
            act = menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(n))
            act.toggled.connect(lambda on, col=n: self.table.setColumnHidden(col, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))


def _combo(name: str, all_label: str, values: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(all_label, None)
    for v in values:
        combo.addItem(v.capitalize(), v)
    return combo


__all__ = ["ROW_ROLE", "ObjectCountsModel", "StatusPage"]
