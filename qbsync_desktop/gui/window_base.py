"""What the main window's parts (the `window_*` mixins) may use of each other, for mypy.

Each mixin is typed against `WindowBase` instead of `MainWindow`, which is built from
them (a mixin typed against its own subclass is a cycle mypy cannot resolve). Used at
type-check time only; at run time the mixins derive from `object`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import peewee
from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore, Service

from .bridge import SyncBridge
from .connections_page import ConnectionsPage
from .records import SqlRecordSource
from .settings_page import SettingsPage
from .status_page import StatusPage
from .tasks import TaskRunner
from .tray import TrayController


class WindowBase(QMainWindow):
    paths: AppPaths
    profiles: ProfileStore
    connections: Any
    sandbox: dict[str, dict[str, str]]
    open_browser: Callable[[str], object]
    tasks: TaskRunner
    tray: TrayController
    connected: dict[str, bool]
    needs_reconnect: dict[str, bool]
    _profile: str
    _db: peewee.SqliteDatabase | None
    _connecting: dict[Service, Any]  # service -> the connect future under way
    _cancel: Any  # the running sync's CancelToken, None when none runs
    _sync_held: int
    _sync_runner: Callable[..., Any] | None
    bridge: SyncBridge
    last_summary: Any
    # widgets
    tabs: QTabWidget
    status_page: StatusPage
    connections_page: ConnectionsPage
    settings_page: SettingsPage
    status_line: QLabel
    sync_button: QPushButton
    cancel_button: QPushButton
    progress: QProgressBar
    banner: QFrame
    banner_text: QLabel
    last_label: QLabel
    next_label: QLabel
    profile_box: QComboBox
    profile_widgets: list[QWidget]  # switching, adding, renaming, removing clients
    review_button: QPushButton
    reconnect_button: QPushButton
    try_now_button: QPushButton
    scheduler: QTimer
    trouble: Any  # trouble.Trouble | None
    # signals (instances on the window)
    sync_started: SignalInstance
    sync_finished: SignalInstance
    connection_changed: SignalInstance
    profile_changed: SignalInstance
    sync_deleted: SignalInstance
    # dialog hooks
    ask_text: Callable[[str, str, str], str | None]
    confirm: Callable[[str, str], bool]
    ask_save_path: Callable[[str], str | None]
    last_run_status: str | None
    running_dry: bool
    _plan_dir: Any  # tempfile.TemporaryDirectory for plan files
    last_error: str | None

    @property
    def profile(self) -> str:
        raise NotImplementedError

    @property
    def sync_running(self) -> bool:
        raise NotImplementedError

    @property
    def sync_blocked(self) -> bool:
        raise NotImplementedError

    def sync_now(
        self,
        objects: Sequence[str] | None = None,
        dry_run: bool = False,
        plan_csv: Path | None = None,
        settings: Any = None,
    ) -> bool:
        raise NotImplementedError

    def sync_settings(self) -> Any:
        raise NotImplementedError

    def fresh_plan_file(self, stem: str) -> Path:
        raise NotImplementedError

    # main-window parts, each defined in one mixin
    def _database_file(self) -> Path:
        raise NotImplementedError

    def _record_source(self) -> SqlRecordSource | None:
        raise NotImplementedError

    def _close_db(self) -> None:
        raise NotImplementedError

    def refresh_records(self) -> None:
        raise NotImplementedError

    def answering(self, answers: Any) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _update_sync_actions(self) -> None:
        raise NotImplementedError

    def _update_banner(self) -> None:
        raise NotImplementedError

    def _update_last_sync(self) -> None:
        raise NotImplementedError

    def show_failures(self) -> None:
        raise NotImplementedError

    def restart_scheduler(self) -> None:
        raise NotImplementedError

    def _show_next(self) -> None:
        raise NotImplementedError

    def both_connected(self) -> bool:
        raise NotImplementedError

    def failed_keys(self) -> set[tuple[str, str | None, str | None]]:
        raise NotImplementedError

    def _show_stored_connections(self) -> None:
        raise NotImplementedError

    def reset_findings(self) -> None:
        raise NotImplementedError

    def load_settings_page(self) -> None:
        raise NotImplementedError

    def sync_objects(self) -> tuple[str, ...]:
        raise NotImplementedError

    def first_run_confirmed(self) -> bool:
        raise NotImplementedError

    def confirm_first_run(self) -> None:
        raise NotImplementedError

    def update_first_run(self) -> None:
        raise NotImplementedError

    def reset_first_run(self) -> None:
        raise NotImplementedError

    def first_run_settings_changed(self) -> None:
        raise NotImplementedError

    def interval_minutes(self) -> int:
        raise NotImplementedError

    def connect_service(self, service: Service) -> None:
        raise NotImplementedError

    def note_trouble(self, exc: BaseException, service: str | None = None) -> Any:
        raise NotImplementedError

    def clear_trouble(self, service: str | None = None) -> None:
        raise NotImplementedError

    def reset_attention(self) -> None:
        raise NotImplementedError

    def trouble_sentence(self, exc: BaseException, service: str | None = None) -> str | None:
        raise NotImplementedError

    def next_try(self) -> Any:
        raise NotImplementedError
