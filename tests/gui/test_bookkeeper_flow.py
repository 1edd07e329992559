"""The bookkeeper's first session, end to end in the window over the bundled sandboxes.

Launched as `qbsync --sandbox` does it (sandboxes with the demo books, a "Sandbox"
profile pointed at them), the test does what a person would: connect both accounts,
change a setting, sync, open the failure from the banner, read what went wrong and
how to fix it, do what the fix says in QuickBooks, press Retry, and see it synced.
Only the keyring (in memory) and the browser (played by the test) are stand-ins.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from qbsync_desktop.cli_window import (
    DEMO_LATENCY_MS,
    SANDBOX_PROFILE,
    point_profile_at_sandboxes,
)
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.core.store import SyncCursor, open_database
from qbsync_desktop.core.sync import changes
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.app import open_window
from qbsync_desktop.gui.main_window import MainWindow
from qbsync_desktop.sandbox.demo import VENDOR_CLASH_NAME
from qbsync_desktop.sandbox.serve import SandboxProcess
from tests.support.keyrings import memory_credentials

from .conftest import browser_in_thread, wait_for_first_preview
from .test_window_flow import table_rows
from .test_window_sandboxes import connect_both

CLASH = " ".join(VENDOR_CLASH_NAME)


@pytest.fixture
def launched(qtbot: Any, app_paths: AppPaths) -> Iterator[MainWindow]:
    """What `qbsync --sandbox --reset` sets up, with the sandboxes in a child process."""
    credentials = memory_credentials()
    with SandboxProcess(app_paths.sandbox_dir, reset=True, latency_ms=DEMO_LATENCY_MS) as sb:
        point_profile_at_sandboxes(app_paths, SANDBOX_PROFILE, sb.info(), credentials)
        profiles = ProfileStore(app_paths.profiles_file)
        window = open_window(
            app_paths,
            profiles,
            Connections(profiles, credentials),
            profile=SANDBOX_PROFILE,
            sandbox={name: info.as_dict() for name, info in sb.info().items()},
            open_browser=browser_in_thread,
        )
        qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
        window.resize(1200, 760)
        yield window
        window.shutdown()


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _row(window: MainWindow, name: str) -> tuple[int, dict[str, str]]:
    return next((i, r) for i, r in enumerate(table_rows(window)) if r["name"] == name)


def _rename_vendor_in_quickbooks(window: MainWindow, old: str, new: str) -> None:
    """The bookkeeper renames the vendor in QuickBooks (here: its API, as QBO's UI would)."""
    conns = window.connections

    async def rename() -> None:
        async with conns.http_factory() as http:
            qbo = conns.qbo_client(window.profile, http)
            (vendor,) = await qbo.query(f"SELECT * FROM Vendor WHERE DisplayName = '{old}'")
            body = {"Id": vendor["Id"], "SyncToken": vendor["SyncToken"], "DisplayName": new}
            await qbo.update("Vendor", body, request_id="test-rename-vendor")

    asyncio.run(rename())


def _time_passes(window: MainWindow) -> None:
    """As if the sync were minutes ago: the demo records fall behind the read watermarks,
    so only the retry mark can bring the failed record back into a run."""
    db = open_database(window.paths.database_file(window.profile))
    try:
        for cursor in SyncCursor.select():
            data = json.loads(cursor.value)
            data["mark"] = time.time() + changes.OVERLAP_S + changes.QUIET_S
            cursor.value = json.dumps(data)
            cursor.save()
    finally:
        db.close()


def test_connect_change_sync_understand_fix_retry(qtbot: Any, launched: MainWindow) -> None:
    window = launched
    connect_both(qtbot, window)

    # A setting: contacts first (products switched off), saved from the settings page.
    window.tabs.setCurrentWidget(window.settings_page)
    products = window.settings_page.editors["products"]
    products.enabled.setChecked(False)
    _click(qtbot, window.settings_page.save_button)
    assert window.settings_page.saved.text() == "Saved."
    saved = SyncSettings.from_dict(window.profiles.require(SANDBOX_PROFILE).sync)
    assert not saved.for_object("products").enabled

    # The first sync is previewed again with the saved settings; nothing runs by itself.
    wait_for_first_preview(qtbot, window)
    assert window.preview_state == "ready", window.first_run.state.text()
    preview = window.first_run.table
    assert [preview.item(r, 0).text() for r in range(preview.rowCount())] == [
        "Contacts ⇄ Customers"
    ]
    assert not window.scheduler.isActive()
    window.tabs.setCurrentWidget(window.connections_page)
    with qtbot.waitSignal(window.sync_finished, timeout=120_000) as done:
        _click(qtbot, window.first_run.start)
    assert not isinstance(done.args[0], BaseException), window.last_error
    assert window.scheduler.isActive() and window.first_run.isHidden()  # the timer starts now
    window.scheduler.stop()  # from here the person presses the buttons
    assert window.banner.isVisible(), "the demo book has a failure to find"
    failed_before = window.status_page.source.failed_count()

    # The banner leads to the failure; the detail pane says what and how, in words.
    _click(qtbot, window.review_button)
    assert window.tabs.currentWidget() is window.status_page
    rows = table_rows(window)
    assert rows and {r["state"] for r in rows} == {"Failed"}
    assert {r["object"] for r in rows} == {"Contacts ⇄ Customers"}
    index, row = _row(window, CLASH)
    window.status_page.table.selectRow(index)
    detail = window.status_page.detail.toPlainText()
    assert "Display name is a duplicate" in detail
    assert f"“{CLASH}”" in detail and "vendor" in detail  # who holds the name
    assert "How to fix it" in detail and "Retry" in detail
    assert "in QuickBooks" in detail  # where to make the change

    # Do what the fix says: rename the vendor holding the name, in QuickBooks.
    _rename_vendor_in_quickbooks(window, CLASH, f"{CLASH} (supplier)")

    # Retry just that record: it is re-read and re-attempted although it did not change.
    _time_passes(window)
    window.status_page.table.selectRow(index)
    with qtbot.waitSignal(window.sync_finished, timeout=120_000) as done:
        _click(qtbot, window.status_page.retry_one)
    assert not isinstance(done.args[0], BaseException), window.last_error
    window.status_page.show_filter(None, None)
    index, row = _row(window, CLASH)
    assert row["state"] == "Synced", row
    assert window.status_page.source.failed_count() == failed_before - 1
    # Its history says what happened in words; the services' field names only on request.
    window.status_page.table.selectRow(index)
    history = window.status_page.detail.toPlainText()
    assert "Created customer in QuickBooks" in history, history
    assert "Failed: Display name is a duplicate" in history, history
    assert "GivenName" not in history and "firstname" not in history
    window.status_page.technical.setChecked(True)
    assert "firstname: Jordan" in window.status_page.detail.toPlainText()
    if failed_before == 1:
        assert not window.banner.isVisible()
