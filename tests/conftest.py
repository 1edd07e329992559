"""Project-wide test set-up: private user directories and headless Qt by default."""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Headless unless a test run provides a real X server on purpose (tray tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own XDG directories, so nothing touches the real profile."""
    root = tmp_path / "home"
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (root / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(root / sub))
    return root


@pytest.fixture(autouse=True)
def english_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's human output follows the environment's language (cli_i18n): tests that
    read its English pin it, in-process and in the qbsync processes they start."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(autouse=True)
def english_window(request: pytest.FixtureRequest) -> None:
    """Tests that build the window read its English text: pin English (catalogue and
    QLocale), so the machine's locale (LANG=de_DE on a CI runner) cannot change them."""
    if "qapp" not in request.fixturenames:
        return
    request.getfixturevalue("qapp")
    from qbsync_desktop.gui.i18n import install_language

    install_language("en")


@pytest.fixture(autouse=True)
def timing_sees_its_own_heap(request: pytest.FixtureRequest) -> Iterator[None]:
    """Timing tests measure this process's stalls, and a full garbage collection (which
    holds the GIL) scans every object alive: by the timing pass's last tests, what the
    session's earlier tests left made each one 60-190 ms (measured with gc.callbacks), and
    one landing in a sync failed the 50 ms GUI-timer bound. The app's own process has
    none of that (the same test alone: 13-25 ms worst). Those objects are frozen for the
    test's length (`gc.freeze`: left out of collections), so it measures the app's heap."""
    if request.node.get_closest_marker("timing") is None:
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()  # collectable again once the test is over


@pytest.fixture(autouse=True)
def logging_left_as_found() -> Iterator[None]:
    """An in-process CLI run installs the app's log file on the root logger and quiets
    httpx (logsetup.configure): undo that after each test, so a later test on the same
    worker neither writes to a finished test's log nor misses httpx's request lines."""
    root = logging.getLogger()
    handlers = list(root.handlers)
    levels = {
        name: logger.level
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    root_level = root.level
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(root_level)
    for name, logger in list(logging.Logger.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger):
            logger.setLevel(levels.get(name, logging.NOTSET))


@pytest.fixture(scope="session")
def _sandbox_servers() -> Iterator[object]:
    from tests.support.sandboxes import start_sandboxes

    running = start_sandboxes()
    yield running
    running.servers.stop()


@pytest.fixture
def sandboxes(_sandbox_servers: object) -> object:
    """Both sandboxes on loopback ports with fresh demo books (size 50, seed 1)."""
    from tests.support.sandboxes import RunningSandboxes

    assert isinstance(_sandbox_servers, RunningSandboxes)
    _sandbox_servers.reseed()
    return _sandbox_servers
