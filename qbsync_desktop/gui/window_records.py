"""Main window part: the profile's records — reading them, the failure banner, Retry, export."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import peewee
from PySide6.QtCore import QLocale

from qbsync_desktop.core.export import CsvFormat, default_export_path
from qbsync_desktop.core.store.errors import CorruptDatabase, store_error
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.runner import set_aside_damaged

from .errors import plain_error
from .i18n import translate
from .records import Answers, RecordRow, SqlRecordSource, export_header, write_csv

if TYPE_CHECKING:
    from .window_base import WindowBase

    _Base = WindowBase
else:
    _Base = object


class RecordsMixin(_Base):
    _db: peewee.SqliteDatabase | None

    # --- database (read-only use from the GUI) ------------------------------------------
    def _database_file(self) -> Path:
        return self.paths.database_file(self._profile)

    def _record_source(self) -> SqlRecordSource | None:
        """A reader of this profile's database; None until the engine has created it.

        The GUI opens its own connection and never rebinds the store's models, so a
        running sync keeps its own binding.
        """
        path = self._database_file()
        if not path.exists():
            return None
        self._db = peewee.SqliteDatabase(str(path), pragmas={"busy_timeout": 10_000})
        first_read = "SELECT count(*) FROM sqlite_master"  # a damaged file fails here
        try:
            self._db.execute_sql(first_read).fetchone()  # type: ignore[no-untyped-call]
        except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
            self._close_db()
            self._database_unusable(store_error(exc, path) or exc, path)
            return None
        source = SqlRecordSource(self._db)
        source.answers = getattr(self, "_answers", {})  # a run's first records: read ahead
        return source

    def _database_unusable(self, exc: BaseException, path: Path) -> None:
        """Say what is wrong; for a damaged file, offer to keep it aside and start afresh."""
        question = self.tr("{problem}\n\nSet it aside and start a fresh one?")
        if not isinstance(exc, CorruptDatabase) or not self.confirm(
            self.tr("Damaged sync memory"), question.format(problem=plain_error(exc))
        ):
            self.status_line.setText(plain_error(exc))
            return
        try:
            backup = set_aside_damaged(path)
        except Exception as failed:  # SyncBusy: a run elsewhere holds the profile
            said = self.tr("The damaged file was not set aside: {reason}")
            self.status_line.setText(said.format(reason=plain_error(failed)))
            return
        said = self.tr("The damaged file is kept as {path}. The next sync starts a fresh one.")
        self.status_line.setText(said.format(path=backup))

    def _close_db(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @contextmanager
    def answering(self, answers: Answers) -> Iterator[None]:
        """Within: the record reads are answered by `answers` (read on a worker after a
        run) where they can be; after, the database is asked again."""
        self._answers = answers
        if self.status_page.source is not None:
            self.status_page.source.answers = answers
        try:
            yield
        finally:
            self._answers = {}
            if self.status_page.source is not None:
                self.status_page.source.answers = {}

    def refresh_records(self) -> None:
        if self.status_page.source is None:
            self.status_page.set_source(self._record_source())
        else:
            self.status_page.refresh()
        self._update_banner()
        self._update_last_sync()

    def show_failures(self) -> None:
        self.tabs.setCurrentWidget(self.status_page)
        self.status_page.show_filter(None, "failed")
        self.show()
        self.raise_()
        self.activateWindow()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.status_page)
        self.status_page.search.setFocus()
        self.status_page.search.selectAll()

    # --- retry ----------------------------------------------------------------------------
    def retry(self, records: Sequence[RecordRow]) -> bool:
        """Mark failed records for re-reading and re-attempting, then run their objects.

        With no records, every failed record. The marks are written off the GUI thread
        under the profile's run lock; a run that holds it makes this say so instead.
        """
        if self.sync_blocked:
            self.status_line.setText(
                self.tr("A sync is running; press Retry when it has finished.")
            )
            return False
        wanted = _retry_requests(records) if records else self._all_failed_objects()
        if not wanted:
            self.status_line.setText(self.tr("No failed records to retry."))
            return False
        db_file = self._database_file()

        def mark() -> int:
            from qbsync_desktop.core.sync.admin import request_retry

            return sum(request_retry(db_file, obj, hs, qbo) for obj, (hs, qbo) in wanted.items())

        def marked(count: int) -> None:
            if not count:
                self.status_line.setText(
                    self.tr("Those records are no longer failed; nothing to retry.")
                )
                self.refresh_records()
                return
            if self.sync_now(_with_what_they_wait_on(wanted)):
                said = translate("RecordsMixin", "Retrying %Ln failed record(s)…", None, count)
                self.status_line.setText(said)

        self.status_line.setText(self.tr("Preparing the retry…"))
        self.tasks.run_blocking(
            mark,
            marked,
            lambda exc: self.status_line.setText(
                self.tr("Retry did not start: {reason}").format(reason=plain_error(exc))
            ),
            name="qbsync-retry",
        )
        return True

    def _all_failed_objects(self) -> dict[str, tuple[list[str] | None, list[str] | None]]:
        src = self.status_page.source
        counts = src.counts() if src else []
        return {c.object: (None, None) for c in counts if c.get("failed")}

    # --- export ---------------------------------------------------------------------------
    def export_csv(self) -> None:
        src = self.status_page.source
        if src is None:
            self.status_line.setText(self.tr("Nothing to export yet: run a sync first."))
            return
        path = self.ask_save_path(str(default_export_path(self._profile, "records")))
        if not path:
            return
        flt = self.status_page.current_filter()
        header = export_header()  # the window's language, read here on the GUI thread
        fmt = CsvFormat.for_decimal_mark(QLocale().decimalPoint())
        self.status_line.setText(self.tr("Exporting…"))

        def exported(n: int) -> None:
            said = translate("RecordsMixin", "Exported %Ln record(s) to {path}.", None, n)
            self.status_line.setText(said.format(path=path))

        self.tasks.run_blocking(
            lambda: write_csv(src, flt, path, header=header, fmt=fmt),
            exported,
            lambda exc: self.status_line.setText(
                self.tr("Export failed: {reason}").format(reason=plain_error(exc))
            ),
        )


def _with_what_they_wait_on(wanted: Iterable[str]) -> list[str]:
    """The objects to run for a retry: the records' own, and for a type whose failures
    wait on other types' records (an invoice on its contact, which Retry marks too) the
    types it depends on, which run first."""
    run = set(wanted)
    for name in list(run):
        kind = objects.get(name)
        if kind.waits_on is not None:
            run.update(kind.depends_on)
    return sorted(run)


def _retry_requests(
    records: Sequence[RecordRow],
) -> dict[str, tuple[list[str] | None, list[str] | None]]:
    """Per object, the HubSpot and QuickBooks ids of the failed records chosen."""
    ids: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for rec in records:
        if rec.state != "failed":
            continue
        hs, qbo = ids[rec.object]
        if rec.hubspot_id:
            hs.append(rec.hubspot_id)
        if rec.qbo_id:
            qbo.append(rec.qbo_id)
    return {obj: (hs, qbo) for obj, (hs, qbo) in ids.items()}
