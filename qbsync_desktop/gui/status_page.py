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
    QCheckBox,
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

from .history import direction_label
from .i18n import translate, translate_marked
from .icons import icon
from .invoice_detail import card_html, sync_card
from .object_labels import key_label, key_nouns, object_title
from .record_model import ROW_ROLE, RecordTableModel, read_only_flags, state_color
from .records import (
    COLUMNS,
    STATES,
    ObjectCounts,
    RecordFilter,
    RecordRow,
    SqlRecordSource,
    activity_for,
    column_title,
    state_label,
)
from .timefmt import local_time

_Index = QModelIndex | QPersistentModelIndex
DEFAULT_HIDDEN = {"category", "hubspot_id", "qbo_id", "updated_at"}


class ObjectCountsModel(QAbstractTableModel):
    """Rows: objects; columns: Object, Synced, Failed, Excluded."""

    HEADERS = ("object", *STATES)  # the record view's words for the same things

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
            key = self.HEADERS[section]
            return column_title(key) if key == "object" else state_label(key)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        counts = self._rows[index.row()]
        col = index.column()
        if not 0 <= col < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return object_title(counts.object) if col == 0 else str(counts.get(STATES[col - 1]))
        if role == Qt.ItemDataRole.ToolTipRole and col >= 1:
            return self.tr("Show these records: {object}, {state}").format(
                object=object_title(counts.object), state=state_label(STATES[col - 1])
            )
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

        self.object_filter = _combo("filter_object", self.tr("All objects"))
        for name in objects.names():
            self.object_filter.addItem(object_title(name), name)
        self.state_filter = _combo("filter_state", self.tr("All states"))
        for state in STATES:
            self.state_filter.addItem(state_label(state), state)
        self.category_filter = _combo("filter_category", self.tr("All categories"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        keys = ", ".join(key_nouns())
        hint = self.tr("Search name, {keys}, ID or reason  (Ctrl+F)").format(keys=keys)
        self.search.setPlaceholderText(hint)
        self.search.setToolTip(hint)  # the placeholder may be cut in a narrow window
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for combo in (self.object_filter, self.state_filter, self.category_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)

        self.retry_one = QPushButton(self.tr("Retry selected"))
        self.retry_one.setObjectName("retry_selected")
        self.retry_all = QPushButton(self.tr("Retry all failed"))
        self.retry_all.setObjectName("retry_all")
        self.export = QPushButton(self.tr("Export CSV…"))
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
        # Wide enough for the header and, for the state, each state's word in the current
        # language ("Synchronisiert" is twice "Synced"): nothing elided at the first look.
        # Narrow enough that an invoice's amount shows beside them in a 1100-pixel window
        # (long names and emails are elided; the detail pane has them whole).
        metrics = self.table.fontMetrics()
        for column, least in ((0, 150), (1, 200), (2, 170), (3, 80)):
            key = COLUMNS[column][0]
            words = [column_title(key)]
            if key == "state":
                words += [state_label(s) for s in STATES]
            elif key == "object":
                words += [object_title(name) for name in objects.names()]
            wanted = max(metrics.horizontalAdvance(w) for w in words) + 32  # sort arrow, margins
            self.table.setColumnWidth(column, max(least, wanted))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.detail = QTextBrowser()
        self.detail.setObjectName("record_detail")
        self.detail.setOpenExternalLinks(False)
        self._show_hint()
        # Field and problem names as the services call them: for support, not by default.
        self.technical = QCheckBox(self.tr("Show technical details"))
        self.technical.setObjectName("technical_details")
        self.technical.toggled.connect(lambda _on: self._show_selected())
        details = QWidget()
        dl = QVBoxLayout(details)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail, 1)
        dl.addWidget(self.technical)

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
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(QLabel(self.tr("<b>By object</b> — click a count to list those records")))
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
        self.category_filter.addItem(self.tr("All categories"), None)
        for cat in src.categories() if src else []:
            # The code's name in words, in the current language.
            self.category_filter.addItem(problem_label(cat, translate_marked), cat)
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
            self._show_hint()

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
        self._show_hint()

    def _update_shown(self) -> None:
        n = self.model.rowCount()
        self.shown_label.setText(translate("StatusPage", "%Ln record(s)", None, n))

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
        self._show_selected()

    def _show_selected(self) -> None:
        records = self.selected_records()
        if records:
            self.detail.setHtml(self._detail_html(records[0]))
        else:
            self._show_hint()

    def _show_hint(self) -> None:
        """What the pane is for, wrapped to its width (a placeholder stays on one line and
        was cut off at the pane's edge)."""
        hint = self.tr("Select a record to see its IDs, history and any fix.")
        self.detail.setHtml(f"<p style='color:gray'>{html.escape(hint)}</p>")

    def _detail_html(self, rec: RecordRow) -> str:
        e = html.escape
        technical = self.technical.isChecked()
        no_name = self.tr("(no name)")  # outside the f-string: lupdate reads no call in one
        out = [f"<h3>{e(rec.name or no_name)}</h3>"]
        color = state_color(rec.state)
        hexcolor = color.name() if color else "inherit"
        out.append(f"<p><b style='color:{hexcolor}'>{e(state_label(rec.state))}</b>")
        if rec.category:
            out.append(f" &nbsp;[{e(rec.category)}]")
        out.append("</p><table cellspacing='4'>")
        facts = [
            (column_title("object"), object_title(rec.object)),
            (key_label(rec.object), rec.match_key),
            (column_title("hubspot_id"), rec.hubspot_id or "—"),
            (column_title("qbo_id"), rec.qbo_id or "—"),
            (column_title("updated_at"), local_time(rec.updated_at)),
        ]
        if technical and rec.problem is not None:
            facts.append((self.tr("Problem code"), rec.problem.code.value))
            if rec.problem.field:
                facts.append((self.tr("Field"), rec.problem.field))
        out += [f"<tr><td><i>{e(k)}</i></td><td>{e(str(v))}</td></tr>" for k, v in facts]
        out.append("</table>")
        card = sync_card(self.source, rec) if self.source else None
        out.append(card_html(card) if card else "")  # invoices: both numbers and totals
        if rec.reason:
            title = self.tr("What went wrong") if rec.state == "failed" else self.tr("Why")
            out.append(f"<p><b>{e(title)}</b><br>{e(rec.reason)}</p>")
        if rec.fix:
            out.append(f"<p><b>{e(column_title('fix'))}</b><br>{e(rec.fix)}</p>")
        history = activity_for(self.source, rec) if self.source else []
        history_title = self.tr("History")
        out.append(f"<p><b>{e(history_title)}</b></p>")
        if not history:
            nothing = self.tr("No sync activity recorded yet.")
            out.append(f"<p><i>{e(nothing)}</i></p>")
        else:
            out.append("<ul>")
            for h in history:
                line = f"{local_time(h.at)} — {h.line.text}"
                out.append(f"<li>{e(line)}")
                if technical:
                    said = " · ".join(
                        x for x in (direction_label(h.direction), h.line.details) if x
                    )
                    out.append(f"<br><small style='color:gray'>{e(said)}</small>")
                out.append("</li>")
            out.append("</ul>")
        return "".join(out)

    def _column_menu(self, pos: QPoint) -> None:
        """The user chooses which columns the record view shows."""
        menu = QMenu(self)
        for n, (key, _) in enumerate(COLUMNS):
            act = menu.addAction(column_title(key))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(n))
            act.toggled.connect(lambda on, col=n: self.table.setColumnHidden(col, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))


def _combo(name: str, all_label: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(all_label, None)
    return combo


__all__ = ["ROW_ROLE", "ObjectCountsModel", "StatusPage"]
