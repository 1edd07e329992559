"""The first sync, previewed: what it would do per object, and a button to start it.

SPEC.md 4 asks for a dry run before the first sync. After both accounts connect, the
window runs one and shows here, per object, what would be created or updated on each
side, what matches, what is left out or would fail and why; the bookkeeper reads it
beside the QuickBooks settings check, may change the settings, and starts syncing.
Nothing runs on the timer before that.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbsync_desktop.core.sync.plan_summary import ObjectPlan, Row, summarize

from .i18n import translate
from .object_labels import object_title
from .plain import plain_label, plain_tip
from .plan_model import plan_reason
from .table_height import full_height
from .timefmt import clock_time, count

SIDES = {"hubspot": "HubSpot", "quickbooks": "QuickBooks"}
REASONS_SHOWN = 3


@dataclass
class ObjectPreview:
    """What the first sync would do to one object: the plan's counts (as the plan view
    counts them) and why records are left out or would fail."""

    plan: ObjectPlan
    reasons: Counter[str] = field(default_factory=Counter)  # "left out: why" -> records

    @property
    def object(self) -> str:
        return self.plan.object

    def reason_lines(self, limit: int | None = None) -> list[str]:
        common = self.reasons.most_common()
        lines = [
            translate("FirstRunPanel", "{count} × {why}").format(count=count(n), why=why)
            for why, n in common[:limit]
        ]
        if limit is not None and len(common) > limit:
            rest = sum(n for _, n in common[limit:])
            lines.append(
                translate(
                    "FirstRunPanel", "%Ln more for other reasons (see the full list)", None, rest
                )
            )
        return lines


def summarize_plan(rows: Iterable[Row]) -> list[ObjectPreview]:
    """Per object, in plan order, the plan's counts (core's `summarize`) and the reasons
    of the records left out or failing, in the window's language."""
    reasons: dict[str, Counter[str]] = {}

    def noting_reasons() -> Iterator[Row]:
        for row in rows:
            action = row.get("action")
            if action in ("exclude", "fail"):
                why = plan_reason(row)
                if action == "fail":
                    key = translate("FirstRunPanel", "would fail: {why}").format(why=why)
                else:
                    key = translate("FirstRunPanel", "left out: {why}").format(why=why)
                reasons.setdefault(row.get("object") or "", Counter())[key] += 1
            yield row

    plans = summarize(noting_reasons())
    return [ObjectPreview(p, reasons.get(p.object, Counter())) for p in plans]


def column_titles() -> list[str]:
    """The summary's column headers, in the window's language; on two lines, so the
    counts stay narrow and the reasons keep their room in longer languages."""
    return [
        translate("FirstRunPanel", "Object"),
        translate("FirstRunPanel", "Matched,\nno change"),
        translate("FirstRunPanel", "New in\nHubSpot"),
        translate("FirstRunPanel", "Updated in\nHubSpot"),
        translate("FirstRunPanel", "New in\nQuickBooks"),
        translate("FirstRunPanel", "Updated in\nQuickBooks"),
        translate("FirstRunPanel", "Left out"),
        translate("FirstRunPanel", "Would\nfail"),
        translate("FirstRunPanel", "Why left out\nor failing"),
    ]


COLUMN_COUNT = 9
# What the count columns after "Object" count: (action, side), None for both sides (a
# match is one pair). The status line after a preview says the same (preview_sentence).
COUNTED = (
    ("match", None),  # linked as they are; a pair also updated counts there
    ("create", "hubspot"),
    ("update", "hubspot"),
    ("create", "quickbooks"),
    ("update", "quickbooks"),
    ("exclude", None),
    ("fail", None),
)


def _counted(plan: ObjectPlan, action: str, side: str | None) -> int:
    return plan.total(action) if side is None else plan.get(action, side)


def preview_sentence(plans: Sequence[ObjectPlan]) -> str:
    """The status line after a preview: the panel's column words with their totals over
    every object (a count of none left out, except the matched)."""
    parts = []
    for title, (action, side) in zip(column_titles()[1:], COUNTED, strict=False):
        n = sum(_counted(plan, action, side) for plan in plans)
        if n or action == "match":
            what = title.replace("\n", " ")
            parts.append(
                translate("FirstRunPanel", "{what}: {count}").format(what=what, count=count(n))
            )
    said = translate("FirstRunPanel", "Preview ({time}), nothing written. {counts}.")
    return said.format(time=clock_time(datetime.now()), counts="; ".join(parts))


def _cells(p: ObjectPreview) -> list[str]:
    plan = p.plan
    where = ", ".join(
        translate("FirstRunPanel", "{count} in {side}").format(count=count(n), side=SIDES[s])
        for s in SIDES
        if (n := plan.get("exclude", s))
    )
    left_text = count(plan.total("exclude"))
    if where:
        left_text = translate("FirstRunPanel", "{count} ({where})").format(
            count=left_text, where=where
        )
    counts = [count(_counted(plan, action, side)) for action, side in COUNTED]
    counts[COUNTED.index(("exclude", None))] = left_text
    return [
        object_title(p.object),  # as every table names the type, in the window's language
        *counts,
        "\n".join(p.reason_lines(REASONS_SHOWN)) or "—",
    ]


class FirstRunPanel(QGroupBox):
    """The preview of the first sync with Show the full list, Preview again, Start syncing."""

    start_clicked = Signal()
    preview_clicked = Signal()
    full_list_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("First sync: what it will do"))
        self.setObjectName("first_run")
        self.state = plain_label("", "first_run_state", wrap=True)
        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setObjectName("first_run_summary")
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_COUNT - 1, QHeaderView.ResizeMode.Stretch)
        self.full_list = QPushButton(self.tr("Show the full list…"))
        self.full_list.setObjectName("first_run_full_list")
        self.preview = QPushButton(self.tr("Preview again"))
        self.preview.setObjectName("first_run_preview")
        self.preview.setToolTip(
            self.tr("After changing the sync settings: preview with the new ones")
        )
        self.start = QPushButton(self.tr("Start syncing"))
        self.start.setObjectName("first_run_start")
        self.start.setDefault(True)
        font = self.start.font()
        font.setBold(True)
        self.start.setFont(font)
        self.full_list.clicked.connect(self.full_list_clicked)
        self.preview.clicked.connect(self.preview_clicked)
        self.start.clicked.connect(self.start_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.full_list)
        buttons.addStretch(1)
        buttons.addWidget(self.preview)
        buttons.addWidget(self.start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_previewing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_state()

    def _fit_state(self) -> None:
        # A wrapped label's height depends on its width, which a group box's layout does
        # not ask: without this the sentence is cut off when space is tight.
        self.state.setMinimumHeight(self.state.heightForWidth(max(self.state.width(), 200)))

    def show_previewing(self) -> None:
        self.state.setText(self.tr("Previewing what the first sync would do… Nothing is written."))
        self.table.setRowCount(0)
        for button in (self.full_list, self.preview, self.start):
            button.setEnabled(False)

    def show_failed(self, why: str) -> None:
        self.state.setText(self.tr("The preview could not run: {why}").format(why=why))
        self.table.setRowCount(0)
        self.full_list.setEnabled(False)
        self.preview.setEnabled(True)
        self.start.setEnabled(False)

    def show_preview(self, previews: list[ObjectPreview]) -> None:
        self.table.setRowCount(0)
        for row, p in enumerate(previews):
            self.table.insertRow(row)
            for col, text in enumerate(_cells(p)):
                item = QTableWidgetItem(text)
                if col == COLUMN_COUNT - 1:
                    item.setToolTip(plain_tip("\n".join(p.reason_lines())))
                elif col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        # Every object's row shown (the page scrolls instead): squeezed, it showed one.
        self.table.setMinimumHeight(full_height(self.table))
        self.state.setText(
            self.tr(
                "Nothing has been written yet. This is what the first sync will do with the "
                "current sync settings. Read the QuickBooks settings check above, change the "
                "Sync settings if needed (then Preview again), and start when it looks right. "
                "After that qbsync keeps syncing on its schedule."
            )
            if previews
            else self.tr("There is nothing to sync with the current settings.")
        )
        self.full_list.setEnabled(bool(previews))
        self.preview.setEnabled(True)
        self.start.setEnabled(True)
        self._fit_state()
