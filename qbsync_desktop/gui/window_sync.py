"""Main window part: Sync now, its progress and the status line when it ends.

The run leaves the GUI thread through `TaskRunner`; the engine's events come back through
the one `SyncBridge`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from .errors import plain_error
from .i18n import translate
from .object_labels import object_title
from .records import Answers, read_after_run
from .timefmt import clock_time, count

if TYPE_CHECKING:
    from .window_base import WindowBase

    _Base = WindowBase
else:
    _Base = object

SyncRunner = Callable[..., Any]


class SyncMixin(_Base):
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
        """What the profile's run lock would refuse is greyed while a run or a backfill
        holds it, each saying why; everything comes back when it ends, however it ends."""
        free = not self.sync_blocked
        self.tray.act_sync.setEnabled(free)
        busy = self.tr("Not available while a sync is under way; it comes back when it ends.")
        for widget in self._waiting_on_runs():
            if widget.property("tip_when_free") is None:  # its own tooltip, kept for after
                widget.setProperty("tip_when_free", widget.toolTip())
            widget.setEnabled(free)
            widget.setToolTip(widget.property("tip_when_free") if free else busy)

    def _waiting_on_runs(self) -> list[QWidget]:
        """Sync now, Retry, Preview, Delete sync and the client switcher: all need the run
        lock (a preview is a run too)."""
        settings = self.settings_page
        deletes = [e.delete_button for e in settings.editors.values()]
        page = self.status_page
        retries = [page.retry_one, page.retry_all]
        runs = [self.sync_button, *retries, settings.dry_run_button, *deletes]
        return [*runs, *self.profile_widgets]

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

        db_file, shown = self._database_file(), self.status_page.model

        def work() -> tuple[Any, Answers]:
            try:
                result = runner(
                    self.paths,
                    profile,
                    self.connections,
                    objects=chosen,
                    dry_run=dry_run,
                    on_event=self.bridge.post,
                    cancel=token,
                    **extra,
                )
            except BaseException as exc:  # reported by _sync_failed, with the reads after it
                result = exc
            # What the window shows of the run, read here: not on the GUI thread at its end.
            return result, read_after_run(db_file, shown.record_filter, *shown.order)

        self.tasks.run_blocking(work, self._sync_result, self._sync_failed, name="qbsync-sync")
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

    def _sync_result(self, outcome: tuple[Any, Answers]) -> None:
        result, answers = outcome
        with self.answering(answers):  # the refresh, banner and handlers read these
            if isinstance(result, BaseException):
                self._sync_failed(result)
            else:
                self._sync_done(result)

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
