"""The main window: profile switcher, Sync now with progress, failure banner, and the pages.

All network and sync work leaves the GUI thread through `TaskRunner`; the engine's
events come back through the one `SyncBridge`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
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
from .errors import plain_error
from .i18n import translate
from .icons import icon
from .object_labels import object_title
from .plain import ask_yes_no, plain_label
from .status_page import StatusPage
from .tasks import TaskRunner
from .timefmt import clock_time, count
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

SyncRunner = Callable[..., Any]
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

    # --- sync ---------------------------------------------------------------------------
    @property
    def sync_running(self) -> bool:
        return self._cancel is not None

    @property
    def sync_blocked(self) -> bool:
        """A sync runs, or other work holds the profile's run lock: a sync would be refused."""
        return self.sync_running or self._sync_held > 0

    def hold_sync(self, held: bool) -> None:
        """Other work under the run lock (a backfill) starts or ends: Sync now waits for it,
        greyed as during a sync, instead of being refused by the lock and saying "stopped"."""
        self._sync_held += 1 if held else -1
        self._update_sync_actions()

    def _update_sync_actions(self) -> None:
        free = not self.sync_blocked
        self.sync_button.setEnabled(free)
        self.tray.act_sync.setEnabled(free)

    def sync_settings(self) -> Any:
        from qbsync_desktop.core.sync.settings import SyncSettings

        profile = self.profiles.get(self._profile)
        return SyncSettings.from_dict(profile.sync if profile else None)

    def sync_objects(self) -> tuple[str, ...]:
        """Objects switched on in this profile's sync settings."""
        from qbsync_desktop.core.sync.settings import SettingsError, SyncSettings, object_names

        try:
            settings = self.sync_settings()
        except SettingsError:  # unusable saved settings: what a new profile would sync
            settings = SyncSettings()
        return tuple(o for o in object_names() if settings.for_object(o).enabled)

    def _runner(self) -> SyncRunner:
        if self._sync_runner is None:
            from qbsync_desktop.core.sync.runner import run_sync

            self._sync_runner = run_sync
        return self._sync_runner

    def sync_now(
        self,
        objects: Sequence[str] | None = None,
        dry_run: bool = False,
        plan_csv: Path | None = None,
        settings: Any = None,
    ) -> bool:
        """Start a run in the background; False when one is already running (or a backfill).

        `settings`: unsaved SyncSettings to try (dry runs only; the engine refuses others).
        """
        if self.sync_blocked:
            return False
        from qbsync_desktop.core.sync.events import CancelToken

        try:
            runner = self._runner()
        except Exception as exc:  # a broken install: say so instead of freezing the button
            self.last_error = plain_error(exc)
            self.status_line.setText(
                self.tr("Sync is not available: {error}").format(error=self.last_error)
            )
            self.sync_finished.emit(exc)
            return False
        if not dry_run:  # the bookkeeper asked for a real sync: the timer may follow
            self.confirm_first_run()
        token = CancelToken()
        self._cancel = token
        self.running_dry = dry_run
        chosen = tuple(objects) if objects else self.sync_objects()
        profile = self._profile
        self._update_sync_actions()
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Previewing…") if dry_run else self.tr("Starting…"))
        self.progress.show()
        self.status_line.setText(
            self.tr("Preview… (nothing is written)") if dry_run else self.tr("Syncing…")
        )
        self.last_error = None

        extra: dict[str, Any] = {"plan_csv": plan_csv} if plan_csv is not None else {}
        if settings is not None:
            extra["settings"] = settings

        def work() -> Any:
            return runner(
                self.paths,
                profile,
                self.connections,
                objects=chosen,
                dry_run=dry_run,
                on_event=self.bridge.post,
                cancel=token,
                **extra,
            )

        self.tasks.run_blocking(work, self._sync_done, self._sync_failed, name="qbsync-sync")
        self.sync_started.emit()
        return True

    def cancel_sync(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
            self.progress.setFormat(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _on_event(self, event: Any) -> None:
        kind = getattr(event, "kind", "")
        obj = object_title(event.object) if event.object else self.tr("Records")
        if kind == "progress":
            done = count(event.done)
            if event.total:
                self.progress.setRange(0, max(event.total, 1))
                self.progress.setValue(min(event.done, event.total))
                text = self.tr("{object}: {done} of {total}")
                self.progress.setFormat(
                    text.format(object=obj, done=done, total=count(event.total))
                )
            else:
                self.progress.setRange(0, 0)
                self.progress.setFormat(self.tr("{object}: {done}").format(object=obj, done=done))
        elif kind == "started":
            # The engine's own message is English: the window says the same in its words.
            self.progress.setFormat(self.tr("{object}: reading…").format(object=obj))
        elif kind == "error" and event.message:
            self.status_line.setText(event.message)

    def _sync_ended(self) -> None:
        self._cancel = None
        self._update_sync_actions()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self.progress.hide()
        self.refresh_records()

    def _sync_done(self, summary: Any) -> None:
        self.last_summary = summary
        self.clear_trouble()  # both services answered
        self._sync_ended()
        if self.last_run_status == "cancelled" and not self.running_dry:
            self.status_line.setText(self._cancelled_words())
        else:
            src = self.status_page.source
            self.status_line.setText(describe_summary(summary, src.totals() if src else None))
        self.sync_finished.emit(summary)

    def _sync_failed(self, exc: BaseException) -> None:
        self.note_trouble(exc)
        self._sync_ended()  # the timer and the banner settle first: the sentence says when
        trouble = self.trouble_sentence(exc)
        self.last_error = trouble or plain_error(exc)
        if exc.__class__.__name__ == "Cancelled":
            self.status_line.setText(self._cancelled_words())
        elif trouble:
            self.status_line.setText(trouble)
        elif self.running_dry:
            self.status_line.setText(
                self.tr("The preview stopped: {error}").format(error=self.last_error)
            )
        else:
            self.status_line.setText(self.tr("Sync stopped: {error}").format(error=self.last_error))
        self.sync_finished.emit(exc)

    def _cancelled_words(self) -> str:
        return self.tr("Sync cancelled. Nothing is lost; the next run continues.")

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


def describe_summary(summary: Any, totals: dict[str, int] | None = None) -> str:
    """The status line after a run.

    A real run says what it wrote, then the record counts as they now stand: the same
    numbers the object view and the banner show (a run's own "failed" leaves out
    records that failed before and were not touched this time).
    """
    if summary is None:
        return ""
    if getattr(summary, "dry_run", False):
        # Its counts follow from its plan, in the preview's own words (preview_sentence):
        # the run's own "matched" counts linked pairs, updated ones too.
        said = translate("MainWindow", "Preview ({time}) finished. Nothing was written.")
        return said.format(time=clock_time(dt.datetime.now()))
    numbers = {
        "created": sum(getattr(summary, "created", {}).values()),
        "updated": sum(getattr(summary, "updated", {}).values()),
    }
    text = translate(
        "MainWindow",
        "Sync finished at {time}: {created} created, {updated} updated. Records now: "
        "{synced} synced, {failed} failed, {excluded} excluded.",
    )
    numbers |= {k: (totals or {}).get(k, 0) for k in ("synced", "failed", "excluded")}
    words = {key: count(n) for key, n in numbers.items()}  # the locale's digit grouping
    return text.format(time=clock_time(dt.datetime.now()), **words)
