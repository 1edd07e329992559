"""Main window part: scheduled syncs, the tray, closing to the tray, batched notifications."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from qbsync_desktop.core.profiles import SERVICES

from .i18n import translate
from .language_dialog import LanguageDialog
from .records import FailureKey
from .timefmt import clock_time
from .tray import TrayController

if TYPE_CHECKING:
    from .window_base import WindowBase

    _Base = WindowBase
else:
    _Base = object


class BackgroundMixin(_Base):
    def _init_background(self, tray: TrayController | None) -> None:
        self._quitting = False
        self._failed_before: set[FailureKey] = set()
        self._trouble_before: Any = None
        self.tray = tray if tray is not None else TrayController(parent=self)
        self.tray.open_requested.connect(self.bring_to_front)
        self.tray.sync_requested.connect(lambda: self.sync_now())
        self.tray.quit_requested.connect(self.quit_app)
        self.tray.failures_requested.connect(self.show_failures)
        self.tray.language_requested.connect(self.choose_language)
        self.scheduler = QTimer(self)
        self.scheduler.setObjectName("sync_scheduler")
        self.scheduler.timeout.connect(self.scheduled_sync)
        self.sync_started.connect(self._before_run)
        self.sync_finished.connect(self._after_run)

    # --- schedule ---------------------------------------------------------------------
    def interval_minutes(self) -> int:
        """Minutes between automatic syncs; 0 when the bookkeeper syncs by hand only."""
        try:
            return max(0, int(self.sync_settings().interval_minutes))
        except Exception:  # invalid settings must not stop the timer; the page says why
            return 1

    def restart_scheduler(self) -> None:
        """Run on the schedule, but never before the first sync was asked for."""
        minutes = self.interval_minutes()
        if minutes and self.first_run_confirmed():
            self.scheduler.start(minutes * 60_000)
        else:
            self.scheduler.stop()
        self._show_next()

    def _show_next(self) -> None:
        if not self.interval_minutes():
            self.next_label.setText(self.tr("Automatic sync off: press Sync now to sync"))
            return
        if not self.both_connected():  # no promise of a run that cannot happen
            self.next_label.setText(
                self.tr("Automatic sync starts once both accounts are connected")
            )
            return
        if not self.first_run_confirmed():
            self.next_label.setText(self.tr("Automatic sync starts after the first sync"))
            return
        if not self.scheduler.isActive():
            self.next_label.setText(self.tr("Automatic sync off"))
            return
        when = dt.datetime.now() + dt.timedelta(milliseconds=self.scheduler.remainingTime())
        self.next_label.setText(self.tr("Next sync: {time}").format(time=clock_time(when)))

    def both_connected(self) -> bool:
        return all(self.connected.get(s, False) for s in SERVICES)

    def scheduled_sync(self) -> None:
        if self.sync_running or not self.first_run_confirmed():
            return
        if not self.both_connected():
            self.next_label.setText(self.tr("Automatic sync waits for both connections"))
            return
        self.sync_now()
        self._show_next()

    # --- failures and notifications ---------------------------------------------------
    def failed_keys(self) -> set[FailureKey]:
        src = self.status_page.source
        return src.failed_keys() if src is not None else set()

    def _before_run(self) -> None:
        self._failed_before = self.failed_keys()
        self._trouble_before = self.trouble
        if not self.running_dry:  # a preview changes nothing; the tray does not say "syncing"
            self.tray.set_state("syncing")

    def _after_run(self, result: Any) -> None:
        if not self.scheduler.isActive():
            self.restart_scheduler()  # the first confirmed run starts the timer
        self._show_next()
        self._update_banner()  # the tray icon and its tooltip follow the banner
        failed_now = self.failed_keys()
        new = failed_now - self._failed_before
        # One notification per run, whatever the number of records (Maestral batching);
        # the same trouble run after run is told once.
        if new:
            self.tray.notify(
                translate("BackgroundMixin", "%Ln record(s) failed to sync", None, len(new)),
                self.tr("{profile}: click to see what went wrong and how to fix it.").format(
                    profile=self.profile
                ),
            )
        elif self.trouble is not None and self.trouble != self._trouble_before:
            self.tray.notify(
                self.trouble.headline(),
                self.tr("{profile}: {trouble}").format(
                    profile=self.profile, trouble=self.trouble.sentence(self.next_try())
                ),
            )

    def choose_language(self) -> None:
        """The language dialog (tray menu); the choice applies at the next start."""
        LanguageDialog(self.paths.config_dir, self).exec()

    # --- window lifetime --------------------------------------------------------------
    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        self._quitting = True
        self.close()
        self.tray.hide()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _state_file(self) -> Any:
        return self.paths.config_dir / "window.json"

    def _load_state(self) -> dict[str, Any]:
        try:
            data = json.loads(self._state_file().read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save_state(self, **changes: Any) -> None:
        data = {**self._load_state(), **changes}
        self._state_file().parent.mkdir(parents=True, exist_ok=True)
        self._state_file().write_text(json.dumps(data), encoding="utf-8")

    def handle_close(self, event: QCloseEvent) -> bool:
        """Closing keeps syncing in the tray (told once); with no tray, ask and quit.

        Returns True when the app is really going away.
        """
        if self._quitting:
            return True
        if self.tray.available:
            if not self._load_state().get("close_to_tray_explained"):
                self.confirm(
                    self.tr("qbsync keeps syncing"),
                    self.tr(
                        "qbsync keeps syncing in the background and lives in the tray. "
                        "Use Quit in the tray menu to stop it."
                    ),
                )
                self._save_state(close_to_tray_explained=True)
            event.ignore()
            self.hide()
            return False
        if self.confirm(
            self.tr("Quit qbsync?"),
            self.tr(
                "There is no system tray here, so closing the window stops automatic syncs. Quit?"
            ),
        ):
            self._quitting = True
            return True
        event.ignore()
        return False


def _is_auth_error(exc: BaseException) -> bool:
    return any(c.__name__ in ("AuthError", "NeedsReconnect") for c in type(exc).__mro__)
