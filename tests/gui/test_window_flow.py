"""The main window driven through its widgets, with an injected engine and connections."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from qbsync_desktop.gui.record_model import ROW_ROLE
from qbsync_desktop.gui.records import COLUMNS

from .conftest import wait_for_first_preview
from .fakes import FakeConnections, FakeRunner


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def table_rows(window: Any) -> list[dict[str, str]]:
    model = window.status_page.model
    keys = [k for k, _ in COLUMNS]
    return [
        {k: model.index(r, c).data() for c, k in enumerate(keys)} for r in range(model.rowCount())
    ]


def test_connect_both_then_sync_shows_all_states(qtbot: Any, make_window: Any) -> None:
    conns = FakeConnections()
    runner = FakeRunner()
    sandbox = {
        "hubspot": {"base_url": "http://127.0.0.1:1", "client_id": "hs-id", "client_secret": "s"}
    }
    window = make_window(conns, sync_runner=runner, sandbox=sandbox)
    window.show()
    window.tabs.setCurrentWidget(window.connections_page)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)  # start-up checks done
    for service in ("hubspot", "quickbooks"):
        card = window.connections_page.cards[service]
        _click(qtbot, card.connect_button)
        qtbot.waitUntil(card.disconnect_button.isVisible, timeout=5000)
    wait_for_first_preview(qtbot, window)
    assert "portal 4455667" in window.connections_page.cards["hubspot"].account.text()
    assert "Sandbox Company_US_1" in window.connections_page.cards["quickbooks"].account.text()
    assert conns.connect_calls[0]["base_url"] == "http://127.0.0.1:1"
    assert conns.connect_calls[1]["base_url"] is None

    assert not window.banner.isVisible()
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        _click(qtbot, window.sync_button)
    assert runner.threads == ["qbsync-sync"] * 2  # the preview, the sync: never the GUI thread
    assert [c["dry_run"] for c in runner.calls] == [True, False]
    rows = table_rows(window)
    assert {r["state"] for r in rows} == {"Synced", "Failed", "Excluded"}
    failed = next(r for r in rows if r["state"] == "Failed")
    assert failed["name"] == "Jordan Blake" and "duplicate" in failed["reason"]
    assert window.banner.isVisible()
    assert window.banner_text.text().startswith("1 record failed to sync")
    assert "1 failed" in window.status_line.text()
    assert window.sync_button.isEnabled()
    assert window.last_label.text().startswith("Last sync:")


def test_progress_reaches_window_through_bridge_while_running(qtbot: Any, make_window: Any) -> None:
    runner = FakeRunner(steps=3)
    runner.gate = threading.Event()
    window = make_window(sync_runner=runner)
    window.show()
    _click(qtbot, window.sync_button)
    assert window.sync_running and not window.sync_button.isEnabled()
    assert window.cancel_button.isVisible()
    qtbot.waitUntil(lambda: window.bridge.posted >= 1, timeout=5000)
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        runner.gate.set()
    assert window.bridge.delivered >= 2
    assert not window.progress.isVisible()


def test_cancel_stops_the_run_and_says_so(qtbot: Any, make_window: Any) -> None:
    runner = FakeRunner(steps=50)
    runner.gate = threading.Event()
    window = make_window(sync_runner=runner)
    window.show()
    _click(qtbot, window.sync_button)
    with qtbot.waitSignal(window.sync_finished, timeout=10000) as blocker:
        _click(qtbot, window.cancel_button)
        runner.gate.set()
    assert blocker.args[0].__class__.__name__ == "Cancelled"
    assert "cancelled" in window.status_line.text().lower()
    assert window.sync_button.isEnabled()


def test_engine_error_is_shown_in_plain_words(qtbot: Any, make_window: Any) -> None:
    class Boom(Exception):
        message = "QuickBooks is not connected. Connect it on the Connections page."

    def runner(*_a: Any, **_k: Any) -> Any:
        raise Boom("internal")

    window = make_window(sync_runner=runner)
    with qtbot.waitSignal(window.sync_finished, timeout=5000):
        _click(qtbot, window.sync_button)
    assert "QuickBooks is not connected" in window.status_line.text()
    assert window.sync_button.isEnabled()


def test_review_banner_lists_failures_with_detail(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.show()
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        _click(qtbot, window.sync_button)
    _click(qtbot, window.review_button)
    rows = table_rows(window)
    assert [r["name"] for r in rows] == ["Jordan Blake"]
    table = window.status_page.table
    table.selectRow(0)
    detail = window.status_page.detail.toPlainText()
    assert "Display name is a duplicate" in detail
    assert "display-name rule" in detail
    record = window.status_page.model.index(0, 0).data(ROW_ROLE)
    assert record.category == "Display name already used"


def test_disconnect_asks_then_forgets(qtbot: Any, make_window: Any) -> None:
    conns = FakeConnections()
    window = make_window(conns)
    asked: list[str] = []
    window.confirm = lambda title, text: asked.append(text) or True
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)  # start-up checks done
    card = window.connections_page.cards["quickbooks"]
    _click(qtbot, card.connect_button)
    qtbot.waitUntil(lambda: not card.disconnect_button.isHidden(), timeout=5000)
    _click(qtbot, card.disconnect_button)
    qtbot.waitUntil(lambda: card.disconnect_button.isHidden(), timeout=5000)
    assert "records and sync history stay" in asked[0]
    assert not conns.is_connected(window.profile, "quickbooks")
    assert card.account.text() == "Not connected"


def test_disconnect_says_when_the_service_did_not_confirm(qtbot: Any, make_window: Any) -> None:
    """Offline or refused revoke: the window says so (plainly, as text) instead of a bare
    'Not connected' that would let the bookkeeper think access was withdrawn."""
    conns = FakeConnections()
    conns.revoke_unconfirmed = True
    window = make_window(conns)
    window.confirm = lambda title, text: True
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
    card = window.connections_page.cards["hubspot"]
    _click(qtbot, card.connect_button)
    qtbot.waitUntil(lambda: not card.disconnect_button.isHidden(), timeout=5000)
    _click(qtbot, card.disconnect_button)
    qtbot.waitUntil(lambda: card.disconnect_button.isHidden(), timeout=5000)
    assert "could not confirm <b>the revoke</b>" in card.detail.text()
    assert card.detail.textFormat() == Qt.TextFormat.PlainText
    assert not conns.is_connected(window.profile, "hubspot")


def test_cancel_connect_while_waiting_for_browser(qtbot: Any, make_window: Any) -> None:
    conns = FakeConnections()
    conns.block_connect = True
    window = make_window(conns)
    window.show()
    window.tabs.setCurrentWidget(window.connections_page)
    card = window.connections_page.cards["hubspot"]
    _click(qtbot, card.connect_button)
    qtbot.waitUntil(lambda: conns.opened == ["hubspot"], timeout=5000)
    assert "Waiting" in card.account.text() and card.cancel_button.isVisible()
    with qtbot.waitSignal(window.connection_changed, timeout=5000):
        _click(qtbot, card.cancel_button)
    assert "cancelled" in card.detail.text()
    assert card.connect_button.isEnabled()
