"""The first sync waits for the bookkeeper (issue 12.1): preview, read, then Start syncing.

Before: the scheduler started when the window opened, so the first real sync ran by
itself about a minute after the second account connected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.first_run import column_titles
from qbsync_desktop.gui.main_window import MainWindow
from qbsync_desktop.gui.plan_view import read_plan_csv

from .conftest import plan_shown, wait_for_first_preview
from .fakes import FakeAccount, FakeConnections, FakeRunner
from .test_plain_text import MARKUP, label_shows
from .test_window_sandboxes import connect_both

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _preview_rows(window: MainWindow) -> list[dict[str, str]]:
    table, titles = window.first_run.table, column_titles()
    return [
        {titles[c].replace("\n", " "): table.item(r, c).text() for c in range(table.columnCount())}
        for r in range(table.rowCount())
    ]


def _new_client_connected(qtbot: Any, make_window: Any, runner: FakeRunner) -> MainWindow:
    """A new client: both accounts connected from the window, its preview finished."""
    window = make_window(FakeConnections(), profile="New client", sync_runner=runner)
    for service in ("hubspot", "quickbooks"):
        window.connect_service(service)
    qtbot.waitUntil(window.both_connected, timeout=5000)
    wait_for_first_preview(qtbot, window)
    return window


def test_first_sync_waits_for_start_syncing(qtbot: Any, make_window: Any) -> None:
    runner = FakeRunner()
    window = _new_client_connected(qtbot, make_window, runner)

    # A dry run, and only a dry run, ran: its summary is shown with Start syncing.
    assert [c["dry_run"] for c in runner.calls] == [True]
    assert window.tabs.currentWidget() is window.connections_page
    assert not window.first_run.isHidden() and window.first_run.start.isEnabled()
    (contacts,) = _preview_rows(window)
    assert contacts["Object"] == "Contacts ⇄ Customers"  # as every table names the type
    left_out = "1 (1 in HubSpot)"  # where the left-out record is
    matched, would_fail = contacts["Matched, no change"], contacts["Would fail"]
    assert (matched, contacts["Left out"], would_fail) == ("1", left_out, "1")
    assert "No email address" in contacts["Why left out or failing"]
    assert "Display name is a duplicate" in contacts["Why left out or failing"]
    assert "Nothing has been written yet" in window.first_run.state.text()

    # No timer: a minute passing changes nothing.
    assert not window.scheduler.isActive()
    assert window.next_label.text() == "Automatic sync starts after the first sync"
    window.scheduled_sync()
    assert len(runner.calls) == 1 and not window.sync_running

    # The full list is the plan itself.
    window.first_run.full_list.click()
    dialog = plan_shown(qtbot, window.first_plan_dialog)
    assert dialog.model.rowCount() == 3

    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(window.first_run.start, Qt.MouseButton.LeftButton)
    assert [c["dry_run"] for c in runner.calls] == [True, False]
    assert window.first_run.isHidden()
    assert window.scheduler.isActive() and window.scheduler.interval() == 60_000
    assert window.next_label.text().startswith("Next sync:")

    # Remembered per profile: the next start neither previews nor waits.
    again_runner = FakeRunner()
    conns = FakeConnections()
    conns.connected = dict(window.connections.connected)
    again = make_window(conns, profile="New client", sync_runner=again_runner)
    qtbot.waitUntil(again.both_connected, timeout=5000)
    assert again.first_run_confirmed() and again.scheduler.isActive()
    assert again.first_run.isHidden() and again_runner.calls == []
    # Another profile of the same app has its own first sync.
    other = make_window(conns, profile="Other client", sync_runner=FakeRunner())
    assert not other.first_run_confirmed()


def test_saved_settings_are_previewed_again(qtbot: Any, make_window: Any) -> None:
    runner = FakeRunner()
    window = _new_client_connected(qtbot, make_window, runner)
    window.settings_page.editors["products"].enabled.setChecked(False)
    window.settings_page.save_button.click()
    assert window.preview_state == "running"
    wait_for_first_preview(qtbot, window)
    assert [c["dry_run"] for c in runner.calls] == [True, True]
    assert runner.calls[1]["objects"] == ("contacts",)


def test_manual_only_schedule(qtbot: Any, make_window: Any) -> None:
    conns = FakeConnections()
    for service in ("hubspot", "quickbooks"):
        conns.connected[("Acme", service)] = FakeAccount(service, "1", "Acme Books")
    window = make_window(conns, profile="Acme", synced_before=True)
    qtbot.waitUntil(window.both_connected, timeout=5000)
    assert window.scheduler.isActive()
    spin = window.settings_page.interval
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, "0")
    spin.interpretText()
    assert spin.value() == 0 and spin.text() == "never (manual only)"
    window.settings_page.save_button.click()
    assert window.settings_page.saved.text() == "Saved."
    assert SyncSettings.from_dict(window.profiles.require("Acme").sync).interval_minutes == 0
    assert not window.scheduler.isActive()
    assert window.next_label.text() == "Automatic sync off: press Sync now to sync"
    # A run by hand does not switch the timer back on.
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    assert not window.scheduler.isActive()


def test_first_sync_preview_over_the_sandboxes(
    qtbot: Any, sandboxes: Any, sandbox_window: MainWindow
) -> None:
    """The real engine's dry run, summarised; the QuickBooks company name is shown literally."""
    sandboxes.control("quickbooks", "company", {"CompanyInfo": {"CompanyName": MARKUP}})
    window = sandbox_window
    connect_both(qtbot, window)
    assert window.preview_state == "ready", window.first_run.state.text()
    assert MARKUP in label_shows(window.connections_page.cards["quickbooks"].account)
    assert not window.scheduler.isActive()
    # The display-name preview shows the rule on the book's own contacts (issue 12.8).
    editor = window.settings_page.editors["contacts"]
    naming = editor.sections["naming_rule"]
    qtbot.waitUntil(lambda: bool(naming.preview_records), timeout=15000)
    assert editor.form.labelForField(naming.preview).text() == "Preview (your records):"
    examples = set(naming.preview_names(naming.combo.currentData()))
    assert len(naming.preview.text().splitlines()) == 4
    assert not set(naming.preview.text().splitlines()) & examples

    # Every number in the summary is the plan's.
    assert window._first_plan is not None
    _, plan = read_plan_csv(window._first_plan)
    (contacts,) = _preview_rows(window)

    def count(action: str, side: str | None = None) -> str:
        n = sum(1 for r in plan if r["action"] == action and side in (None, r["side"]))
        return f"{n:,}"

    assert contacts["New in QuickBooks"] == count("create", "quickbooks") != "0"
    assert contacts["New in HubSpot"] == count("create", "hubspot") != "0"
    assert contacts["Updated in QuickBooks"] == count("update", "quickbooks")
    assert contacts["Would fail"] == count("fail")
    assert contacts["Matched, no change"] == count("match")  # as the plan view counts them
    assert contacts["Left out"].split(" ")[0] == count("exclude") != "0"
    # The status line says the panel's words and counts (it said "match N" counting the
    # pairs linked, updated ones too, beside "Matched, no change").
    said = window.status_line.text()
    assert said.startswith("Preview (") and "nothing written" in said, said
    for column in ("Matched, no change", "New in QuickBooks", "New in HubSpot", "Left out"):
        total = contacts[column].split(" ")[0]
        assert f"{column}: {total};" in said or said.endswith(f"{column}: {total}."), said
    assert " match " not in said
    assert window.status_page.source is None or window.status_page.model.rowCount() == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.tabs.setCurrentWidget(window.connections_page)
    assert window.grab().save(str(ARTIFACTS / "first-sync-preview.png"))

    with qtbot.waitSignal(window.sync_finished, timeout=60000) as done:
        qtbot.mouseClick(window.first_run.start, Qt.MouseButton.LeftButton)
    assert not isinstance(done.args[0], BaseException), window.last_error
    assert window.scheduler.isActive()
