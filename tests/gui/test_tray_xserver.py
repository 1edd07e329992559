"""The tray on a real X server with a system tray (Xvfb + trayer in CI)."""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from qbsync_desktop.gui.tray import TrayController

from .test_pages_and_background import _connected_window

pytestmark = pytest.mark.xserver


@pytest.fixture
def real_tray(qapp: Any) -> TrayController:
    if not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") != "xcb":
        pytest.skip("needs DISPLAY and QT_QPA_PLATFORM=xcb")
    if not QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("no system tray on this X server")
    tray = TrayController()
    assert tray.available and tray.icon is not None
    return tray


def test_tray_icon_changes_state_and_raises_notification(
    qtbot: Any, make_window: Any, real_tray: TrayController
) -> None:
    window = _connected_window(qtbot, make_window, tray=real_tray)
    assert real_tray.icon is not None and real_tray.icon.isVisible()
    seen: list[str] = []
    window.sync_started.connect(lambda: seen.append(real_tray.icon.toolTip()))
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    assert seen == ["qbsync — syncing…"]
    assert real_tray.icon.toolTip() == "qbsync — 1 record failed to sync (Acme)"
    assert real_tray.sent == [
        ("1 record failed to sync", "Acme: click to see what went wrong and how to fix it.")
    ]
    # Closing keeps the app in the tray.
    window.confirm = lambda title, text: True
    window.close()
    assert window.isHidden() and real_tray.icon.isVisible()
    real_tray.hide()
