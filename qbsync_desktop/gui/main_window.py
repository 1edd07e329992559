"""The main window: profile switcher, Sync now with progress, failure banner, and the pages.

All network and sync work leaves the GUI thread through `TaskRunner`; the engine's
events come back through the one `SyncBridge`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore, Service

from .bridge import SyncBridge
from .connections_page import ConnectionsPage
from .icons import icon
from .plain import ask_yes_no, plain_label
from .status_page import StatusPage
from .tasks import TaskRunner
from .tray import TrayController
from .window_activity import install_activity
from .window_attention import AttentionMixin
from .window_background import BackgroundMixin
from .window_connections import ConnectionsMixin
from .window_fields import install_field_catalogue
from .window_first_run import FirstRunMixin
from .window_profiles import ProfilesMixin
from .window_records import RecordsMixin
from .window_settings import SettingsMixin
from .window_sync import SyncMixin, SyncRunner

DEFAULT_PROFILE = "My business"


class _BrowserOpener(QWidget):
    """Opens the system browser from the GUI thread even when asked from the worker loop."""

    open_url = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.open_url.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))

    def __call__(self, url: str) -> None:
        self.open_url.emit(url)


class MainWindow(
    SyncMixin,
    RecordsMixin,
    ProfilesMixin,
    ConnectionsMixin,
    SettingsMixin,
    FirstRunMixin,
    AttentionMixin,
    BackgroundMixin,
    QMainWindow,
):
    sync_started = Signal()
    sync_finished = Signal(object)  # RunSummary, or the exception that ended the run
    connection_changed = Signal(str)  # service whose connection state changed
    profile_changed = Signal(str)
    sync_deleted = Signal(str)  # object whose "Delete sync" has finished (done or refused)

    def __init__(
        self,
        paths: AppPaths,
        profiles: ProfileStore,
        connections: Any,
        *,
        sandbox: dict[str, dict[str, str]] | None = None,
        open_browser: Callable[[str], object] | None = None,
        sync_runner: SyncRunner | None = None,
        profile: str | None = None,
        tray: TrayController | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.profiles = profiles
        self.connections = connections
        self.sandbox = sandbox or {}
        self._browser_opener = _BrowserOpener()
        self.open_browser: Callable[[str], object] = open_browser or self._browser_opener
        self._sync_runner = sync_runner
        self.tasks = TaskRunner(self)
        self.bridge = SyncBridge(self)
        self.bridge.sync_event.connect(self._on_event)
        self._cancel: Any = None
        self._sync_held = 0  # other work under the profile's run lock (a backfill)
        self._connecting: dict[Service, Any] = {}
        self._db: peewee.SqliteDatabase | None = None
        self.last_summary: Any = None
        self.last_error: str | None = None
        self.last_run_status: str | None = None
        self.running_dry = False  # the run under way (or the last one) is a dry run
        # Dialog hooks: instance attributes so tests can answer them without global patches.
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.ask_save_path: Callable[[str], str | None] = self._ask_save_path

        self.setWindowTitle(self.tr("qbsync — HubSpot ⇄ QuickBooks"))
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 600)
        self.connected: dict[str, bool] = {}
        self.needs_reconnect: dict[str, bool] = {}
        self._build()
        self._wire()
        self._init_background(tray)
        self._init_settings()
        self._init_first_run()
        self._init_attention()
        self.activity = install_activity(self)  # the Activity tab (window_activity.py)
        # window_fields.py: the pickers' fields; QuickBooks' preferences for the tax codes too
        self.field_lists = install_field_catalogue(self, self.show_quickbooks_preferences)
        if profile is None:
            names = profiles.names()
            profile = names[0] if names else DEFAULT_PROFILE
        profiles.get_or_create(profile)
        self._reload_profiles(profile)
        self._open_profile(profile)

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.profile_box = QComboBox()
        self.profile_box.setObjectName("profile_switcher")
        self.profile_box.setMinimumWidth(200)
        self.profile_menu = QToolButton()
        self.profile_menu.setObjectName("profile_menu")
        self.profile_menu.setText(self.tr("Profiles"))
        self.profile_menu.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.act_add = QAction(self.tr("Add profile…"), self)
        self.act_rename = QAction(self.tr("Rename profile…"), self)
        self.act_remove = QAction(self.tr("Remove profile…"), self)
        for act in (self.act_add, self.act_rename, self.act_remove):
            self.profile_menu.addAction(act)
        self.profile_widgets: list[QWidget] = [self.profile_box, self.profile_menu]

        self.sync_button = QPushButton(icon("sync"), "  " + self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setMinimumSize(180, 48)
        font = self.sync_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.sync_button.setFont(font)
        self.sync_button.setToolTip(self.tr("Sync both accounts now (Ctrl+R)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_sync")
        self.cancel_button.hide()
        self.last_label = plain_label("", "last_sync")  # AttentionMixin says when
        self.last_label.setMinimumWidth(220)
        self.last_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_label = plain_label("", "next_sync")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        times = QVBoxLayout()
        times.addWidget(self.last_label)
        times.addWidget(self.next_label)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(QLabel(self.tr("Client:")))
        top.addWidget(self.profile_box)
        top.addWidget(self.profile_menu)
        top.addStretch(1)
        top.addLayout(times)
        top.addWidget(self.cancel_button)
        top.addWidget(self.sync_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        # Engine messages and errors can quote service text: never read as markup.
        self.status_line = plain_label("", "status_line", wrap=True)

        self.banner = QFrame()
        self.banner.setObjectName("failed_banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet(
            "#failed_banner { background: #c62828; border-radius: 4px; }"
            " #failed_banner QLabel { color: white; font-weight: bold; }"
        )
        self.banner_text = plain_label("", "failed_banner_text", wrap=True)
        self.review_button = QPushButton(self.tr("Review"))
        self.review_button.setObjectName("review_failures")
        self.reconnect_button = QPushButton(self.tr("Reconnect"))
        self.reconnect_button.setObjectName("banner_reconnect")
        self.try_now_button = QPushButton(self.tr("Try now"))
        self.try_now_button.setObjectName("banner_try_now")
        bl = QHBoxLayout(self.banner)
        bl.setContentsMargins(10, 6, 10, 6)
        warn = QLabel()
        warn.setPixmap(icon("warning").pixmap(20, 20))
        bl.addWidget(warn)
        bl.addWidget(self.banner_text, 1)
        bl.addWidget(self.reconnect_button)
        bl.addWidget(self.try_now_button)
        bl.addWidget(self.review_button)
        self.banner.hide()

        self.status_page = StatusPage()
        self.connections_page = ConnectionsPage()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.addTab(self.status_page, icon("synced"), self.tr("Status"))
        self.tabs.addTab(self.connections_page, icon("connect"), self.tr("Connections"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_line)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.resize(1100, 720)

    def _wire(self) -> None:
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.review_button.clicked.connect(self.show_failures)
        self.profile_box.activated.connect(
            lambda i: self.switch_profile(self.profile_box.itemText(i))
        )
        self.act_add.triggered.connect(self.add_profile)
        self.act_rename.triggered.connect(self.rename_profile)
        self.act_remove.triggered.connect(self.remove_profile)
        for card in self.connections_page.cards.values():
            card.connect_clicked.connect(self.connect_service)
            card.cancel_clicked.connect(self.cancel_connect)
            card.disconnect_clicked.connect(self.disconnect_service)
        self.status_page.retry_requested.connect(self.retry)
        self.status_page.export_requested.connect(self.export_csv)
        sync_act = QAction(self.tr("Sync now"), self)
        sync_act.setShortcut(QKeySequence("Ctrl+R"))
        sync_act.triggered.connect(self.sync_now)
        find_act = QAction(self.tr("Search records"), self)
        find_act.setShortcut(QKeySequence.StandardKey.Find)
        find_act.triggered.connect(self.focus_search)
        self.addActions([sync_act, find_act])

    @property
    def profile(self) -> str:
        return self._profile

    # --- dialogs (replaceable in tests) -------------------------------------------------
    def _ask_text(self, title: str, label: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=default)
        return text if ok else None

    def _confirm(self, title: str, text: str) -> bool:
        return ask_yes_no(self, title, text)

    def _ask_save_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        return path or None

    # --- lifetime -----------------------------------------------------------------------
    def shutdown(self) -> None:
        """Cancel work and stop the worker loop (app exit and test teardown)."""
        self._quitting = True
        self.scheduler.stop()
        if self._cancel is not None:
            self._cancel.cancel()
        for fut in list(self._connecting.values()):
            fut.cancel()
        self.tasks.shutdown()
        self._close_db()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.handle_close(event):
            self.shutdown()
            event.accept()
