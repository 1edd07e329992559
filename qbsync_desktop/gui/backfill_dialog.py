"""Send older invoices (issue 16, backfill) from the invoice settings: the bookkeeper picks
a day, sees what would be sent and what is left out (with why) from a dry run, and only
on "Send" are they sent. Both runs go off the GUI thread through the window's TaskRunner.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QDate, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qbsync_desktop.core.store import open_database
from qbsync_desktop.core.store.queries import iter_record_rows
from qbsync_desktop.core.sync.dryrun import plan_rows

from .errors import plain_error
from .i18n import translate, translate_marked
from .plan_model import plan_reason

DEFAULT_DAYS_BACK = 90


def _day_words(day: date) -> str:
    """The locale's short date with the whole year (a backfill may reach back decades)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


class SinceDialog(QDialog):
    """Which older invoices: those created on or after a day (default 90 days ago)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send older invoices"))
        self.since = QDateEdit(QDate.currentDate().addDays(-DEFAULT_DAYS_BACK))
        self.since.setObjectName("backfill_since")
        self.since.setCalendarPopup(True)
        self.since.setMaximumDate(QDate.currentDate())
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Invoices made in HubSpot before invoice sync was switched on are not "
                    "sent by themselves. Choose from which day older invoices should go to "
                    "QuickBooks; you see what would be sent before anything is sent."
                )
            )
        )
        form.itemAt(0).widget().setWordWrap(True)  # type: ignore[union-attr]
        form.addRow(self.tr("Created on or after:"), self.since)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def day(self) -> date:
        d = self.since.date()
        return date(d.year(), d.month(), d.day())


class BackfillDialog(QDialog):
    """What a backfill would send and what it leaves out (with why); then its result."""

    def __init__(self, since: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send older invoices"))
        self.resize(640, 460)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.sent_title = QLabel()
        self.sent = QListWidget()
        self.sent.setObjectName("backfill_sent")
        self.left_title = QLabel()
        self.left_out = QListWidget()
        self.left_out.setObjectName("backfill_left_out")
        # The reasons are sentences: wrapped to the dialog's width, not scrolled sideways.
        self.left_out.setWordWrap(True)
        self.left_out.setResizeMode(QListView.ResizeMode.Adjust)
        self.left_out.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("backfill_send")
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.sent_title, self.sent, self.left_title, self.left_out):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.since = since

    def show_rows(self, summary: Any, plan: Any, failures: list[dict[str, Any]]) -> None:
        """The preview (summary.dry_run) or the finished backfill's result with `failures`
        (the run's failed records, their problems in words)."""
        # A write that failed was planned too: listed with its failure only.
        failing = {str(f["hubspot_id"]) for f in failures}
        to_send, left = [], []
        for row in plan_rows(plan):
            name = str(row["name"])  # from HubSpot: plain text in a list item
            if row["action"] in ("create", "update"):
                if str(row["hubspot_id"]) not in failing:
                    to_send.append(name)
            else:
                left.append(f"{name}: {plan_reason(row)}")
        left += [f"{f['name']}: {f['explanation']}" for f in failures]
        day = _day_words(self.since)
        failed = int(summary.failed)
        if summary.dry_run:
            sent = len(to_send)
            head = translate(
                "Backfill",
                "Created on or after {day}: %n invoice(s) would be sent to QuickBooks. "
                "Nothing has been sent yet.",
                None,
                sent,
            )
            self.sent_title.setText(translate("Backfill", "Would be sent:"))
            self.left_title.setText(translate("Backfill", "Left out, and why:"))
            self.send_button.setEnabled(sent > 0)
        else:
            sent = int(summary.created["quickbooks"] + summary.updated["quickbooks"])
            head = translate("Backfill", "Sent to QuickBooks: %n invoice(s).", None, sent)
            if failed:
                head += " " + translate(
                    "Backfill", "Failed: %n invoice(s); see why below.", None, failed
                )
            self.sent_title.setText(translate("Backfill", "Sent:"))
            self.left_title.setText(translate("Backfill", "Not sent, and why:"))
            self.send_button.hide()
        self.heading.setText(head.format(day=day))
        self.sent.clear()
        self.sent.addItems(to_send)
        self.left_out.clear()
        self.left_out.addItems(left)

    def show_error(self, text: str) -> None:
        self.heading.setText(text)
        self.send_button.setEnabled(False)


def _failures(db_file: Path, summary: Any, plan: Any) -> list[dict[str, Any]]:
    """The records this backfill run failed, their problems in the window's language."""
    db = open_database(db_file)
    try:
        rows = iter_record_rows("failed", plan.object, translate_marked)
        return [r for r in rows if r["run_id"] == summary.run_id]
    finally:
        db.close()


class HasBackfillButton(Protocol):
    backfill_button: QPushButton
    sends_to_quickbooks: bool


class BackfillAction(QObject):
    """Wires the "Send older invoices…" button of the invoice settings to the backfill.

    `window` is the main window: its paths, profile, connections, tasks, sync signals and
    refresh_records. `section` holds the button and whether the saved settings send
    invoices to QuickBooks.
    """

    def __init__(self, window: Any, section: HasBackfillButton) -> None:
        super().__init__(window)
        self.window = window
        self.section = section
        self.button = section.backfill_button
        self.busy = False
        self.since_dialog: SinceDialog | None = None
        self.dialog: BackfillDialog | None = None
        self.button.clicked.connect(self.ask_since)
        window.sync_started.connect(self.update_enabled)
        window.sync_finished.connect(lambda _r: self.update_enabled())
        self.update_enabled()

    def update_enabled(self) -> None:
        self.button.setEnabled(
            not self.busy and not self.window.sync_running and self.section.sends_to_quickbooks
        )

    def ask_since(self) -> None:
        dialog = self.since_dialog = SinceDialog(self.window)
        dialog.accepted.connect(lambda: self.preview(dialog.day()))
        dialog.show()

    def preview(self, since: date) -> None:
        self.dialog = BackfillDialog(since, self.window)
        self.dialog.heading.setText(
            translate("Backfill", "Looking for older invoices… (nothing is sent)")
        )
        self.dialog.send_button.setEnabled(False)
        self.dialog.send_button.clicked.connect(lambda: self._run(since, dry_run=False))
        self.dialog.show()
        self._run(since, dry_run=True)

    def _run(self, since: date, *, dry_run: bool) -> None:
        from qbsync_desktop.core.sync.invoices.backfill import run_backfill

        if self.window.sync_running:
            self._failed(
                RuntimeError(
                    translate("Backfill", "A sync is running; try again when it has finished.")
                )
            )
            return
        dialog, w = self.dialog, self.window
        paths, profile, connections = w.paths, w.profile, w.connections
        self._set_busy(True)
        if dry_run:
            doing = translate("Backfill", "Looking for older invoices… (nothing is sent)")
        else:
            doing = translate("Backfill", "Sending older invoices to QuickBooks…")
        # The window says so too: the dialog may be closed or behind it meanwhile.
        w.status_line.setText(doing)
        if dialog is not None:
            dialog.send_button.setEnabled(False)
            if not dry_run:
                dialog.heading.setText(doing)

        def work() -> Any:
            summary, plan = run_backfill(paths, profile, connections, since=since, dry_run=dry_run)
            failures = [] if dry_run else _failures(paths.database_file(profile), summary, plan)
            return summary, plan, failures

        self.window.tasks.run_blocking(work, self._done, self._failed, name="qbsync-backfill")

    def _done(self, result: Any) -> None:
        summary, plan, failures = result
        self._set_busy(False)
        if not summary.dry_run:
            self.window.refresh_records()
        if self.dialog is not None:
            self.dialog.show_rows(summary, plan, failures)
            self.window.status_line.setText(self.dialog.heading.text())

    def _set_busy(self, busy: bool) -> None:
        """The backfill holds the profile's run lock: the window's Sync now waits meanwhile."""
        if busy != self.busy:
            self.busy = busy
            self.window.hold_sync(busy)
        self.update_enabled()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = translate("Backfill", "Nothing was sent: {reason}").format(reason=plain_error(exc))
        self.window.status_line.setText(text)
        if self.dialog is not None:
            self.dialog.show_error(text)
