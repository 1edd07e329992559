"""Profile switcher, object view, shortcuts, scheduler, tray states and notifications."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcutEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from qbsync_desktop.gui.tray import TrayController

from .fakes import ROWS, FakeConnections, FakeRunner
from .test_window_flow import table_rows


def _connected_window(qtbot: Any, make_window: Any, **kw: Any) -> Any:
    conns = FakeConnections()
    for service in ("hubspot", "quickbooks"):
        conns.connected[("Acme", service)] = conns_account(service)
    window = make_window(conns, profile="Acme", synced_before=True, **kw)
    qtbot.waitUntil(lambda: window.both_connected(), timeout=5000)
    return window


def conns_account(service: str) -> Any:
    from .fakes import FakeAccount

    return FakeAccount(service, "1", "Acme Books")


def test_profiles_add_rename_remove(qtbot: Any, make_window: Any) -> None:
    window = make_window(profile="First client")
    answers = iter(["Second client", "Second & Co"])
    window.ask_text = lambda title, label, default: next(answers)
    window.confirm = lambda title, text: True
    window.act_add.trigger()
    assert window.profile == "Second client"
    assert window.profile_box.currentText() == "Second client"
    window.act_rename.trigger()
    assert window.profile == "Second & Co"
    assert sorted(window.profiles.names()) == ["First client", "Second & Co"]
    window.act_remove.trigger()
    assert window.profiles.names() == ["First client"]
    assert window.profile == "First client"
    window.act_remove.trigger()  # the last profile stays
    assert window.profiles.names() == ["First client"]
    assert "cannot be removed" in window.status_line.text()


def test_switching_profile_shows_that_clients_records(qtbot: Any, make_window: Any) -> None:
    window = make_window(profile="A")
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    assert window.status_page.model.rowCount() == len(ROWS)
    window.profiles.get_or_create("B")
    window._reload_profiles("A")
    window.profile_box.setCurrentIndex(window.profile_box.findText("B"))
    window.profile_box.activated.emit(window.profile_box.currentIndex())
    assert window.profile == "B"
    assert window.status_page.model.rowCount() == 0
    assert not window.banner.isVisible()


def test_object_view_count_opens_filtered_records(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.show()
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    view = window.status_page.counts_view
    model = window.status_page.counts_model
    assert model.index(0, 0).data() == "Contacts ⇄ Customers"  # as every table names it
    assert [model.index(0, c).data() for c in (1, 2, 3)] == ["1", "1", "1"]
    rect = view.visualRect(model.index(0, 3))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [r["state"] for r in table_rows(window)] == ["Excluded"]
    assert window.status_page.state_filter.currentData() == "excluded"


def press_shortcut(window: Any, keys: str | QKeySequence.StandardKey) -> None:
    """Deliver a shortcut the way Qt's shortcut map does, without needing window activation.

    The key press itself goes through the platform's active-window bookkeeping, which is
    not dependable under the offscreen platform when tests run in parallel; so the test
    checks the binding (one enabled window-context action owns exactly this key) and then
    sends the QShortcutEvent that the shortcut map would send.
    """
    seq = QKeySequence(keys)
    owners = [a for a in window.actions() if seq in a.shortcuts()]
    assert len(owners) == 1, f"{seq.toString()} is bound to {len(owners)} actions"
    action = owners[0]
    assert action.isEnabled()
    assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    QApplication.sendEvent(action, QShortcutEvent(seq, 0))


def test_shortcuts_sync_and_search(qtbot: Any, make_window: Any) -> None:
    runner = FakeRunner()
    window = make_window(sync_runner=runner)
    window.show()
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        press_shortcut(window, "Ctrl+R")
    assert len(runner.calls) == 1
    window.tabs.setCurrentWidget(window.connections_page)
    press_shortcut(window, QKeySequence.StandardKey.Find)
    assert window.tabs.currentWidget() is window.status_page
    qtbot.keyClicks(window.status_page.search, "jordan")
    assert [r["name"] for r in table_rows(window)] == ["Jordan Blake"]


def test_export_csv_from_the_window(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    target = tmp_path / "export.csv"
    window.ask_save_path = lambda suggested: str(target)
    window.status_page.export.click()
    qtbot.waitUntil(lambda: "Exported" in window.status_line.text(), timeout=5000)
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    assert {r["Name"] for r in rows} == {r["name"] for r in ROWS}
    assert any(r["How to fix it"].startswith("Rename the record holding the name") for r in rows)
    assert any(r["Category"] == "Display name already used" for r in rows)


def test_scheduler_runs_sync_only_when_both_connected(qtbot: Any, make_window: Any) -> None:
    runner = FakeRunner()
    window = _connected_window(qtbot, make_window, sync_runner=runner)
    assert window.scheduler.interval() == 60_000  # default: every minute
    assert window.next_label.text().startswith("Next sync:")
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.scheduler.timeout.emit()
    assert len(runner.calls) == 1
    window.connected["quickbooks"] = False
    window.scheduler.timeout.emit()
    assert len(runner.calls) == 1
    assert "waits for both" in window.next_label.text()


def test_tray_states_and_one_notification_per_run(qtbot: Any, make_window: Any) -> None:
    tray = TrayController(available=True)  # offscreen: the icon exists, nothing is drawn
    window = _connected_window(qtbot, make_window, tray=tray)
    states: list[str] = []
    window.sync_started.connect(lambda: states.append(tray.state))
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    assert states == ["syncing"]
    assert tray.state == "attention"
    assert len(tray.sent) == 1 and tray.sent[0][0] == "1 record failed to sync"
    # The same failure again is not news.
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    assert len(tray.sent) == 1
    # Clicking the notification opens the failure list.
    window.tabs.setCurrentWidget(window.connections_page)
    tray.icon.messageClicked.emit()
    assert window.tabs.currentWidget() is window.status_page
    assert window.status_page.state_filter.currentData() == "failed"


def test_snoozed_tray_stays_quiet_and_clean_run_goes_idle(qtbot: Any, make_window: Any) -> None:
    tray = TrayController(available=True)
    tray.act_snooze.trigger()
    runner = FakeRunner(rows=[r for r in ROWS if r["state"] != "failed"])
    window = _connected_window(qtbot, make_window, tray=tray, sync_runner=runner)
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    assert tray.sent == [] and tray.state == "idle"
    runner.rows = list(ROWS)
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    assert tray.sent == [] and tray.state == "attention"  # snoozed, but the icon says it


def test_close_with_tray_hides_and_explains_once(qtbot: Any, make_window: Any) -> None:
    tray = TrayController(available=True)
    window = make_window(tray=tray, profile="Acme", synced_before=True)
    told: list[str] = []
    window.confirm = lambda title, text: told.append(title) or True
    window.show()
    window.close()
    assert window.isHidden() and not window._quitting
    window.show()
    window.close()
    assert told == ["qbsync keeps syncing"]
    assert window.scheduler.isActive()  # still syncing in the background


def test_close_without_tray_asks_then_quits(qtbot: Any, make_window: Any) -> None:
    tray = TrayController(available=False)
    window = make_window(tray=tray)
    answers = iter([False, True])
    window.confirm = lambda title, text: next(answers)
    window.show()
    window.close()
    assert window.isVisible()  # said no
    window.close()
    assert not window.isVisible() and window._quitting
