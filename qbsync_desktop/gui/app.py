"""Start the desktop window (called by `qbsync` / `qbsync --sandbox`)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore

from .icons import icon
from .main_window import MainWindow


def run_gui(
    paths: AppPaths,
    profile: str | None = None,
    sandbox: dict[str, dict[str, str]] | None = None,
    argv: list[str] | None = None,
) -> int:
    """Open the main window and run the Qt event loop until the app quits."""
    from qbsync_desktop.core.connectors.session import Connections
    from qbsync_desktop.core.credentials import CredentialStore

    paths.ensure()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("qbsync")
    app.setApplicationDisplayName("qbsync")
    app.setDesktopFileName("qbsync")
    app.setWindowIcon(icon("app"))
    profiles = ProfileStore(paths.profiles_file)
    connections = Connections(profiles, CredentialStore())
    window = MainWindow(paths, profiles, connections, sandbox=sandbox, profile=profile)
    window.show()
    code = app.exec()
    window.shutdown()
    return int(code)
