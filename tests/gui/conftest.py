"""GUI test fixtures: a window over private paths with injected fakes or real pieces."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.gui.main_window import MainWindow

from .fakes import FakeConnections, FakeRunner


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "app").ensure()


@pytest.fixture
def make_window(qtbot: Any, app_paths: AppPaths) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(connections: Any = None, **kw: Any) -> MainWindow:
        profiles = ProfileStore(app_paths.profiles_file)
        kw.setdefault("sync_runner", FakeRunner())
        kw.setdefault("open_browser", lambda url: None)
        window = MainWindow(app_paths, profiles, connections or FakeConnections(), **kw)
        qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
        made.append(window)
        return window

    yield make
    for w in made:
        w.shutdown()
