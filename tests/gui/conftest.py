"""GUI test fixtures: a window over private paths with injected fakes or real pieces."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import Profile, ProfileStore
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.main_window import MainWindow
from qbsync_desktop.gui.window_first_run import mark_first_sync_confirmed
from tests.support.browser import play_browser
from tests.support.keyrings import memory_credentials

from .fakes import FakeConnections, FakeRunner


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "app").ensure()


@pytest.fixture
def make_window(qtbot: Any, app_paths: AppPaths) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(connections: Any = None, synced_before: bool = False, **kw: Any) -> MainWindow:
        """`synced_before`: the profile had its first sync (no preview, the timer runs)."""
        profiles = ProfileStore(app_paths.profiles_file)
        if synced_before:
            profiles.get_or_create(kw["profile"])
            mark_first_sync_confirmed(app_paths, kw["profile"])
        kw.setdefault("sync_runner", FakeRunner())
        kw.setdefault("open_browser", lambda url: None)
        window = MainWindow(app_paths, profiles, connections or FakeConnections(), **kw)
        qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
        made.append(window)
        return window

    yield make
    for w in made:
        w.shutdown()


def browser_in_thread(url: str) -> None:
    """The system browser runs beside the app: never block the app's loop."""
    threading.Thread(target=play_browser, args=(url,), daemon=True).start()


def wait_for_first_preview(qtbot: Any, window: MainWindow) -> None:
    """A profile never synced previews its first sync once both are connected: let it end."""
    if not window.first_run_confirmed():
        qtbot.waitUntil(lambda: window.preview_state in ("ready", "failed"), timeout=60000)
        assert not window.sync_running


def open_sandbox_window(
    qtbot: Any, sandboxes: Any, paths: AppPaths, settings: SyncSettings, **kw: Any
) -> MainWindow:
    """The real window over both sandboxes, with an in-memory keyring; shown and sized."""
    profiles = ProfileStore(paths.profiles_file)
    profiles.save(Profile(name="Demo client", sync=settings.to_dict()))
    sandbox = {"hubspot": sandboxes.hubspot.as_dict(), "quickbooks": sandboxes.quickbooks.as_dict()}
    window = MainWindow(
        paths,
        profiles,
        Connections(profiles, memory_credentials()),
        sandbox=sandbox,
        open_browser=browser_in_thread,
        profile="Demo client",
        **kw,
    )
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.resize(1200, 760)
    window.show()
    return window


@pytest.fixture
def sandbox_window(qtbot: Any, sandboxes: Any, app_paths: AppPaths) -> Iterator[MainWindow]:
    """The real window over both sandboxes (contacts only), in-memory keyring."""
    # The walking skeleton is contacts <-> customers; products are switched off as a
    # user would on the settings page.
    settings = SyncSettings()
    settings.objects["products"].enabled = False
    window = open_sandbox_window(qtbot, sandboxes, app_paths, settings)
    yield window
    window.shutdown()


def plan_shown(qtbot: Any, dialog: Any, timeout: int = 10_000) -> Any:
    """A preview dialog reads its plan off the GUI thread: wait until it shows it."""
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready, timeout=timeout)
    return dialog
