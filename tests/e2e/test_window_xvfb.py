"""The real window on a real X server after a sync, captured from the screen as a PNG.

Runs in the second pass of `python -m tests.run` (Xvfb + trayer, QT_QPA_PLATFORM=xcb).
The PNG lands in artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.main_window import MainWindow
from tests.gui import test_window_sandboxes as gui_flow
from tests.gui.conftest import open_sandbox_window

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

pytestmark = pytest.mark.xserver


@pytest.fixture
def sandbox_window(qtbot: Any, sandboxes: Any, tmp_path: Path) -> Iterator[MainWindow]:
    """The real window with default settings (every object) over both sandboxes."""
    paths = AppPaths.under(tmp_path / "app").ensure()
    window = open_sandbox_window(qtbot, sandboxes, paths, SyncSettings())
    yield window
    window.shutdown()


def test_window_on_xvfb_after_sync_screenshot(qtbot: Any, sandbox_window: Any) -> None:
    if QGuiApplication.platformName() != "xcb" or not os.environ.get("DISPLAY"):
        pytest.skip("needs a real X server (run via `python -m tests.run`)")
    window = sandbox_window
    gui_flow.connect_both(qtbot, window)
    summary = gui_flow.sync(qtbot, window)
    assert not isinstance(summary, BaseException), window.last_error
    window.tabs.setCurrentWidget(window.status_page)
    qtbot.waitExposed(window)
    qtbot.wait(200)  # let the X server paint before reading the framebuffer
    shot = window.screen().grabWindow(0)  # the whole screen, as a person sees it
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / "xvfb-after-sync.png"
    assert shot.save(str(target))
    image = shot.toImage()
    assert image.width() >= 800 and image.height() >= 600
    # Not a blank screen: the window's pixels vary.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    assert len(colours) > 10
