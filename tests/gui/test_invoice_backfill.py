"""Send older invoices from the invoice settings, over both sandboxes: with invoice sync
switched on towards QuickBooks, the demo's invoices made before that are left out of a
sync; "Send older invoices…" previews them (nothing sent: QuickBooks' invoice count stays),
"Send" sends exactly the previewed ones, and a second backfill sends nothing new.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.backfill_dialog import DEFAULT_DAYS_BACK, BackfillAction
from qbsync_desktop.gui.main_window import MainWindow
from qbsync_desktop.gui.object_sections import IncomeAccountSection

from .conftest import open_sandbox_window
from .test_invoice_flow import _click, _sync
from .test_window_sandboxes import connect_both

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _qbo_invoices(sandboxes: Any) -> int:
    return int(sandboxes.control("quickbooks", "inspect")["counts"]["Invoice"])


def _switch_invoices_on(qtbot: Any, window: MainWindow) -> Any:
    window.tabs.setCurrentWidget(window.settings_page)
    page = window.settings_page
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.scrolls["invoices"]))
    editor = page.editors["invoices"]
    editor.enabled.setChecked(True)
    editor.direction.setCurrentIndex(editor.direction.findData("to_quickbooks"))
    account = editor.sections["custom_line_item_account"]
    assert isinstance(account, IncomeAccountSection)
    qtbot.waitUntil(lambda: account.combo.count() > 1, timeout=15_000)
    account.combo.setCurrentIndex(1)
    _click(qtbot, page.save_button)
    assert page.saved.text() == "Saved.", page.error.text()
    return editor


def _backfill(qtbot: Any, action: BackfillAction) -> Any:
    """Press the button, choose a day long ago, wait for the preview; the open dialog."""
    _click(qtbot, action.button)
    since = action.since_dialog
    assert since is not None
    assert since.since.date() == QDate.currentDate().addDays(-DEFAULT_DAYS_BACK)
    since.since.setDate(QDate(2000, 1, 1))
    since.accept()
    dialog = action.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not action.busy, timeout=120_000)
    return dialog


def test_send_older_invoices_previews_then_sends_them_once(
    qtbot: Any, sandboxes: Any, app_paths: AppPaths
) -> None:
    window = open_sandbox_window(qtbot, sandboxes, app_paths, SyncSettings())
    connect_both(qtbot, window)
    window.tabs.setCurrentWidget(window.connections_page)
    _sync(qtbot, window, window.first_run.start)  # contacts and products, as previewed
    window.scheduler.stop()
    (action,) = window.backfills
    assert not action.button.isEnabled()  # invoice sync is off
    editor = _switch_invoices_on(qtbot, window)
    assert action.button.isEnabled()
    assert editor.sections["enabled_at"].backfill_button is action.button

    _sync(qtbot, window, window.sync_button)  # the older invoices are left out
    before = _qbo_invoices(sandboxes)

    dialog = _backfill(qtbot, action)
    sent = [dialog.sent.item(i).text() for i in range(dialog.sent.count())]
    left = [dialog.left_out.item(i).text() for i in range(dialog.left_out.count())]
    assert len(sent) == 7 and all(n.startswith("HS-") for n in sent), (sent, left)
    assert any(t.startswith("HS-1003: ") for t in left), left  # E6, predicted, with why
    assert "7 invoices would be sent" in dialog.heading.text()
    assert dialog.send_button.isEnabled()
    assert _qbo_invoices(sandboxes) == before  # a preview sends nothing
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert dialog.grab().save(str(ARTIFACTS / "invoice-backfill-preview.png"))

    assert action.button.isEnabled()
    _click(qtbot, dialog.send_button)
    assert not action.button.isEnabled()  # while it sends
    # The backfill holds the run lock: Sync now waits, greyed as during a sync (the lock
    # refused it and the window said "stopped").
    assert not window.sync_button.isEnabled() and not window.tray.act_sync.isEnabled()
    assert not window.sync_now()
    # The main window says what is under way (the dialog may be closed or behind it).
    assert window.status_line.text() == "Sending older invoices to QuickBooks…"
    # So do Retry, Delete sync and the client switcher (they got the lock's refusal).
    lock_needed = (window.status_page.retry_all, editor.delete_button, window.profile_box)
    assert not any(w.isEnabled() for w in lock_needed)
    qtbot.waitUntil(lambda: not action.busy, timeout=120_000)
    assert window.sync_button.isEnabled() and window.tray.act_sync.isEnabled()
    assert all(w.isEnabled() for w in lock_needed)
    assert _qbo_invoices(sandboxes) == before + 7
    assert "Sent to QuickBooks: 7 invoices." in dialog.heading.text(), dialog.heading.text()
    assert "Failed: 1 invoice" in dialog.heading.text()
    assert window.status_line.text() == dialog.heading.text()  # and how it ended
    assert dialog.sent.count() == 7
    assert any(
        dialog.left_out.item(i).text().startswith("HS-1003: ")
        for i in range(dialog.left_out.count())
    )
    assert not dialog.send_button.isVisible()
    dialog.close()

    again = _backfill(qtbot, action)
    assert again.sent.count() == 0, [again.sent.item(i).text() for i in range(again.sent.count())]
    assert not again.send_button.isEnabled()
    assert _qbo_invoices(sandboxes) == before + 7


def test_button_off_while_a_sync_runs_or_invoices_do_not_go_to_quickbooks(
    qtbot: Any, sandboxes: Any, app_paths: AppPaths
) -> None:
    window = open_sandbox_window(qtbot, sandboxes, app_paths, SyncSettings())
    connect_both(qtbot, window)
    window.scheduler.stop()
    (action,) = window.backfills
    assert not action.button.isEnabled()  # invoice sync is off
    editor = _switch_invoices_on(qtbot, window)
    if window.sync_running:  # the sync the window starts once connected
        assert not action.button.isEnabled()
        qtbot.waitUntil(lambda: not window.sync_running, timeout=180_000)
    assert action.button.isEnabled()
    with qtbot.waitSignal(window.sync_finished, timeout=180_000):
        assert window.sync_now(["contacts"])
        assert not action.button.isEnabled()  # while the sync runs
        assert not window.tray.act_sync.isEnabled()
    assert action.button.isEnabled()
    editor.direction.setCurrentIndex(editor.direction.findData("to_hubspot"))
    _click(qtbot, window.settings_page.save_button)
    assert not action.button.isEnabled()  # nothing goes to QuickBooks
