"""Start the desktop window (called by `qbsync` / `qbsync --sandbox`)."""

from __future__ import annotations

import gc
import logging
import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore

from .i18n import install_language, saved_language
from .icons import icon
from .main_window import MainWindow
from .single_instance import SingleInstance

log = logging.getLogger(__name__)


def open_window(
    paths: AppPaths,
    profiles: ProfileStore,
    connections: Any,
    *,
    profile: str | None = None,
    sandbox: dict[str, dict[str, str]] | None = None,
    **window_kw: Any,
) -> MainWindow:
    """Build and show the main window, then settle the process for long runs.

    `gc.freeze()` moves everything alive at start-up (Qt bindings, modules, the
    window) out of the garbage collector's reach. Measured on a 10,000-record sync:
    the engine thread's full collections otherwise walk those objects too, holding
    the GIL for 40-80 ms each and the window stalls for as long; frozen, they take
    5-12 ms. Nothing alive now is garbage, so nothing is leaked by freezing it.
    """
    window = MainWindow(paths, profiles, connections, sandbox=sandbox, profile=profile, **window_kw)
    window.show()
    gc.collect()
    gc.freeze()
    return window


def application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, made once with the app's names and icon."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("qbsync")
    app.setApplicationDisplayName("qbsync")
    app.setDesktopFileName("qbsync")
    app.setWindowIcon(icon("app"))
    return app


def claim_window(paths: AppPaths, argv: list[str] | None = None) -> SingleInstance | None:
    """This process's claim to be the one window; None when another window runs (and
    was asked to come to the front). Call before starting anything the window needs."""
    application(argv)
    instance = SingleInstance(paths.config_dir)
    return instance if instance.claim() else None


def run_gui(
    paths: AppPaths,
    profile: str | None = None,
    sandbox: dict[str, dict[str, str]] | None = None,
    argv: list[str] | None = None,
    instance: SingleInstance | None = None,
) -> int:
    """Open the main window and run the Qt event loop until the app quits.

    With no `instance` claimed by the caller, claims it here; 0 at once when another
    window runs.
    """
    from qbsync_desktop.core.connectors.session import Connections
    from qbsync_desktop.core.profile_migration import open_profiles
    from qbsync_desktop.core.profiles import same_accounts_warning

    paths.ensure()
    instance = instance or claim_window(paths, argv)
    if instance is None:
        return 0
    app = application(argv)
    install_language(saved_language(paths.config_dir))
    profiles, credentials, notes = open_profiles(paths)  # an older layout moves first
    connections = Connections(profiles, credentials)
    window = open_window(paths, profiles, connections, profile=profile, sandbox=sandbox)
    for note in [*notes, same_accounts_warning(profiles)]:
        if note:
            window.status_line.setText(note)

    def raise_window() -> None:
        window.bring_to_front()
        log.info("window raised for another launch (visible: %s)", window.isVisible())

    instance.raise_requested.connect(raise_window)
    log.info("window open")
    code = app.exec()
    window.shutdown()
    instance.release()
    return int(code)
