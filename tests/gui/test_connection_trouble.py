"""Connection trouble in plain words (issue 12.7), through the real engine and sandboxes.

QuickBooks is made unreachable the way a dropped connection is: the profile points at a
loopback port nobody listens on, so the engine meets a real connection error.
"""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.main_window import MainWindow
from qbsync_desktop.gui.timefmt import clock_time
from qbsync_desktop.gui.tray import TrayController

from .conftest import open_sandbox_window
from .test_window_sandboxes import connect_both

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
JARGON = ("ConnectError", "All connection attempts failed", "connection to quickbooks")


@pytest.fixture
def window(qtbot: Any, sandboxes: Any, app_paths: AppPaths) -> Iterator[MainWindow]:
    settings = SyncSettings()
    settings.objects["products"].enabled = False
    tray = TrayController(available=True)  # offscreen: the icon exists, nothing is drawn
    win = open_sandbox_window(qtbot, sandboxes, app_paths, settings, tray=tray)
    yield win
    win.shutdown()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _point_quickbooks_at(window: MainWindow, base_url: str) -> str:
    profile = window.profiles.require(window.profile)
    old = profile.quickbooks.base_url or ""
    profile.quickbooks.base_url = base_url
    window.profiles.save(profile)
    return old


def _run(qtbot: Any, window: MainWindow, button: Any) -> Any:
    with qtbot.waitSignal(window.sync_finished, timeout=60000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return done.args[0]


def _shown(window: MainWindow) -> list[str]:
    tray = window.tray
    return [
        window.status_line.text(),
        window.banner_text.text(),
        tray.tooltip,
        *map(str, tray.sent),
    ]


def test_unreachable_quickbooks_in_plain_words(qtbot: Any, window: MainWindow) -> None:
    connect_both(qtbot, window)
    first = _run(qtbot, window, window.first_run.start)
    assert not isinstance(first, BaseException), window.last_error
    ok_label = window.last_label.text()
    assert ok_label.startswith("Last sync: today ")

    # A second run with nothing new: the counts still agree with the object view and banner.
    again = _run(qtbot, window, window.sync_button)
    assert not isinstance(again, BaseException), window.last_error
    failed = window.status_page.source.failed_count()
    assert failed and f"{failed} failed" in window.status_line.text(), window.status_line.text()
    assert window.banner_text.text().startswith(f"{failed} record")

    real = _point_quickbooks_at(window, f"http://127.0.0.1:{_closed_port()}")
    stopped = _run(qtbot, window, window.sync_button)
    assert isinstance(stopped, BaseException)
    when = clock_time(  # the locale's clock (English pinned: "4:15 PM")
        dt.datetime.now() + dt.timedelta(milliseconds=window.scheduler.remainingTime())
    )
    sentence = (
        f"Can't reach QuickBooks — check the internet connection; qbsync will try again at {when}."
    )
    assert window.status_line.text() == sentence
    assert window.banner.isVisible() and window.banner_text.text().startswith(sentence)
    assert window.try_now_button.isVisible() and not window.reconnect_button.isVisible()
    assert window.tray.state == "attention"
    assert window.tray.tooltip == "qbsync — Can't reach QuickBooks (Demo client)"
    assert window.tray.sent[-1] == ("Can't reach QuickBooks", f"Demo client: {sentence}")
    for text in _shown(window):
        assert not any(j in text for j in JARGON), text
    # The stopped run is not the last sync.
    assert window.last_label.text().startswith(ok_label.split(" · ")[0])
    assert "stopped" in window.last_label.text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.centralWidget().layout().activate()  # lay out the new texts before the picture
    assert window.grab().save(str(ARTIFACTS / "connection-trouble.png"))

    # The same trouble on the next run is not told again; reachable again, it clears.
    sent = len(window.tray.sent)
    assert isinstance(_run(qtbot, window, window.try_now_button), BaseException)
    assert len(window.tray.sent) == sent
    _point_quickbooks_at(window, real)
    assert not isinstance(_run(qtbot, window, window.try_now_button), BaseException)
    assert window.trouble is None and "Can't reach" not in window.banner_text.text()
    assert "stopped" not in window.last_label.text()


def test_lapsed_sign_in_offers_reconnect(qtbot: Any, sandboxes: Any, window: MainWindow) -> None:
    connect_both(qtbot, window)
    assert not isinstance(_run(qtbot, window, window.first_run.start), BaseException)
    sandboxes.control("quickbooks", "revoke")
    sandboxes.control("quickbooks", "expire-tokens")
    assert isinstance(_run(qtbot, window, window.sync_button), BaseException)
    assert window.status_line.text() == (
        "The QuickBooks sign-in has expired or was revoked — press Reconnect; "
        "nothing queued is lost."
    )
    assert window.reconnect_button.isVisible() and not window.try_now_button.isVisible()
    assert window.tray.tooltip == "qbsync — Reconnect QuickBooks (Demo client)"
    # Reconnect in the banner signs in again (the test plays the browser).
    card = window.connections_page.cards["quickbooks"]
    qtbot.mouseClick(window.reconnect_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.connections_page
    qtbot.waitUntil(lambda: "quickbooks" not in window._connecting, timeout=15000)
    assert card.disconnect_button.isVisible(), card.detail.text()
    assert window.trouble is None
    assert not isinstance(_run(qtbot, window, window.sync_button), BaseException)
