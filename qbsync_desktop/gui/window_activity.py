"""The Activity page's controller: its own read connection to the profile's database, the
page refreshed after each run and on a profile switch, and CSV exports off the GUI thread.

It gets only what it needs (the database file of the profile shown, the client's name,
the save-path question, the worker and the status line); `install_activity` takes them
from the main window and adds the page as a tab.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee
from PySide6.QtCore import QLocale, QObject

from qbsync_desktop.core.export import CsvFormat, default_export_path
from qbsync_desktop.core.sync.activity_log import ActivityLog, RunRow, write_activity_csv

from .activity_page import ActivityPage
from .errors import plain_error
from .i18n import translate, translate_marked
from .icons import icon

log = logging.getLogger(__name__)


def _open(path: Path) -> peewee.SqliteDatabase:
    return peewee.SqliteDatabase(str(path), pragmas={"busy_timeout": 10_000})


def _translated(context: str, text: str) -> str:
    return translate_marked(context, text)


class ActivityController(QObject):
    def __init__(
        self,
        page: ActivityPage,
        database_file: Callable[[], Path],
        client: Callable[[], str],
        ask_save_path: Callable[[str], str | None],
        tasks: Any,
        say: Callable[[str], None],
    ) -> None:
        super().__init__(page)
        self.page = page
        self.database_file = database_file
        self.client = client
        self.ask_save_path = ask_save_path
        self.tasks = tasks
        self.say = say
        self._db: peewee.SqliteDatabase | None = None
        self._generation = 0  # the latest read asked for; older answers are dropped
        self._stale = True  # runs not read for what the page shows: read when shown
        page.export_requested.connect(self.export)
        page.shown.connect(lambda: self.reload() if self._stale else None)

    def reload(self, *_: object) -> None:
        """Read the shown profile's runs off the GUI thread (after a run, or another
        profile is shown); the selected run's records are read page by page as shown.

        While the page is out of sight (another tab, the window in the tray) the read
        waits until it comes into view: at the end of every run it read all runs and laid
        out the newest one's records unseen, the window's worst moment of the run."""
        self._generation += 1
        if not self.page.isVisible():
            self._stale = True
            self.close()  # nothing reads it unseen; another profile's file is let go
            return
        self._stale = False
        generation, path = self._generation, self.database_file()
        if not path.exists():  # the engine creates it on the first run
            self.close()
            self.page.show_runs(None, [])
            return

        def read() -> list[RunRow]:  # its own connection: peewee's are per thread
            db = _open(path)
            try:
                return ActivityLog(db).runs()
            finally:
                db.close()

        def shown(runs: list[RunRow]) -> None:
            if generation != self._generation:
                return  # a newer read (another profile, another run) is on its way
            self.close()
            self._db = _open(path)
            self.page.show_runs(ActivityLog(self._db), runs)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            # A damaged file: the Status page says so and offers a fresh start.
            log.warning("activity not read: %s", exc.__class__.__name__)
            self.close()
            self.page.show_runs(None, [])

        self.tasks.run_blocking(read, shown, failed, name="qbsync-activity-read")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def export(self, run_id: int | None) -> bool:
        """Ask where, then write the activity of one run (every run: None) as CSV."""
        path = self.database_file()
        if not path.exists():
            self.say(translate("ActivityController", "Nothing to export yet: run a sync first."))
            return False
        what = (
            translate("ActivityController", "activity")
            if run_id is None
            else translate("ActivityController", "activity of sync {run}").format(run=run_id)
        )
        target = self.ask_save_path(str(default_export_path(self.client(), what)))
        if not target:
            return False

        fmt = CsvFormat.for_decimal_mark(QLocale().decimalPoint())  # the locale's separator

        def work() -> int:  # its own connection: peewee's are per thread
            db = _open(path)
            try:
                return write_activity_csv(ActivityLog(db), target, run_id, _translated, fmt)
            finally:
                db.close()

        self.say(translate("ActivityController", "Exporting…"))
        self.tasks.run_blocking(
            work,
            lambda n: self.say(
                translate("ActivityController", "Rows exported to {path}: %n", None, n).format(
                    path=target
                )
            ),
            lambda exc: self.say(
                translate("ActivityController", "Export failed: {why}").format(why=plain_error(exc))
            ),
            name="qbsync-activity-export",
        )
        return True


def install_activity(window: Any) -> ActivityController:
    """Add the Activity tab to the main window and keep it current."""
    page = ActivityPage()
    page.setObjectName("activity_page")
    window.tabs.addTab(page, icon("sync"), translate("ActivityController", "Activity"))
    controller = ActivityController(
        page,
        lambda: window.paths.database_file(window.profile),
        lambda: window.profile,
        lambda suggested: window.ask_save_path(suggested),
        window.tasks,
        window.status_line.setText,
    )
    window.profile_changed.connect(controller.reload)
    window.sync_finished.connect(controller.reload)
    return controller
