"""Main window part: the first sync is previewed and started by the bookkeeper, never by the timer.

Until the first real sync of a profile has been asked for (Start syncing, Sync now,
Retry), connecting both accounts runs a dry run and shows its summary beside the
QuickBooks settings check; the scheduler stays off. The confirmation is kept in the
profile's data folder, so it survives restarts and moves with a renamed profile.
A profile that already has a real run (synced from the CLI, or before this existed)
counts as confirmed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.sync.settings import SettingsError

from .errors import plain_error
from .first_run import FirstRunPanel, ObjectPreview, preview_sentence, summarize_plan
from .plan_file import stream_rows
from .plan_view import PlanDialog

if TYPE_CHECKING:
    from .window_base import WindowBase

    _Base = WindowBase
else:
    _Base = object

CONFIRMED_MARKER = "first-sync-confirmed"
PreviewState = Literal["none", "running", "ready", "failed"]


def mark_first_sync_confirmed(paths: AppPaths, profile: str) -> None:
    """Remember that the bookkeeper asked for this profile's first real sync."""
    marker = paths.profile_dir(profile) / CONFIRMED_MARKER
    if not marker.exists():
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()


class FirstRunMixin(_Base):
    def _init_first_run(self) -> None:
        self.first_run = FirstRunPanel()
        self.first_run.hide()
        self.connections_page.add_panel(self.first_run)
        self.preview_state: PreviewState = "none"
        self._first_plan: Path | None = None
        self.first_plan_dialog: PlanDialog | None = None
        self.first_run.start_clicked.connect(self.start_first_sync)
        self.first_run.preview_clicked.connect(self.preview_first_sync)
        self.first_run.full_list_clicked.connect(self.show_first_plan)
        self.sync_finished.connect(self._first_run_after_sync)

    # --- the confirmation, per profile --------------------------------------------------
    def first_run_confirmed(self) -> bool:
        # `last_run_status` is set from the profile's database: a real run has finished.
        marker = self.paths.profile_dir(self._profile) / CONFIRMED_MARKER
        return self.last_run_status is not None or marker.exists()

    def confirm_first_run(self) -> None:
        """The bookkeeper asked for a real sync: from now on the timer may run."""
        mark_first_sync_confirmed(self.paths, self._profile)

    def reset_first_run(self) -> None:
        """Another profile is shown: its own preview, when due."""
        self.preview_state = "none"
        self._first_plan = None
        self.first_run.hide()

    # --- the preview --------------------------------------------------------------------
    def update_first_run(self) -> None:
        """Show the panel while the first sync is due, starting its preview once."""
        due = self.both_connected() and not self.first_run_confirmed()
        self.first_run.setVisible(due)
        if due and self.preview_state == "none":
            self.preview_first_sync()

    def preview_first_sync(self) -> bool:
        if self.sync_running:
            return False  # the run's end calls update_first_run again
        before, target = self._first_plan, self.fresh_plan_file("first-sync")
        shown = self.first_plan_dialog
        if before is not None and not (shown and shown.isVisible() and shown.csv_path == before):
            before.unlink(missing_ok=True)  # no open preview reads it any more
        self._first_plan = None
        self.first_run.show_previewing()
        self.preview_state = "running"
        if not self.sync_now(self.sync_objects(), dry_run=True, plan_csv=target):
            self.preview_state = "failed"
            self.first_run.show_failed(self.last_error or self.tr("the sync could not start."))
            return False
        self._first_plan = target
        return True

    def _first_run_after_sync(self, result: Any) -> None:
        if self.preview_state == "running":
            target = self._first_plan
            if isinstance(result, BaseException) or target is None or not target.exists():
                self.preview_state = "failed"
                why = self.tr("it ended without a plan.")
                if isinstance(result, BaseException):
                    why = self.trouble_sentence(result) or plain_error(result)
                self.first_run.show_failed(why)
            else:  # a big book's plan has 100,000 rows: read it off the GUI thread
                profile = self._profile
                self.tasks.run_blocking(
                    lambda: summarize_plan(stream_rows(target)),  # not all held
                    lambda previews: self._first_preview_read(profile, previews),
                    lambda exc: self._first_preview_read(profile, None, exc),
                    name="qbsync-plan-read",
                )
                return
        self.update_first_run()

    def _first_preview_read(
        self, profile: str, previews: list[ObjectPreview] | None, exc: BaseException | None = None
    ) -> None:
        if profile != self._profile:
            return  # another client is shown now; it has its own preview
        if previews is None:
            self.preview_state = "failed"
            self.first_run.show_failed(
                plain_error(exc) if exc else self.tr("it ended without a plan.")
            )
        else:
            self.preview_state = "ready"
            self.first_run.show_preview(previews)
            self.status_line.setText(preview_sentence([p.plan for p in previews]))
        self.update_first_run()

    def show_first_plan(self) -> None:
        if self._first_plan is None or not self._first_plan.exists():
            return
        try:
            settings = self.sync_settings()  # the preview lists the filters it ran with
        except SettingsError:
            settings = None
        self.first_plan_dialog = PlanDialog(
            self._first_plan,
            self.ask_save_path,
            self,
            client=self._profile,
            settings=settings,
            run_blocking=self.tasks.run_blocking,  # a big plan is read off the GUI thread
        )
        self.first_plan_dialog.show()

    def start_first_sync(self) -> bool:
        if not self.sync_now():
            return False
        self.first_run.hide()
        self.status_line.setText(
            self.tr("First sync started. After it, qbsync keeps syncing on its schedule.")
        )
        return True

    def first_run_settings_changed(self) -> None:
        """Saved settings change what the first sync would do: preview them again."""
        if self.preview_state in ("ready", "failed") and not self.first_run_confirmed():
            self.preview_first_sync()
