"""Main window part: the sync settings page, dry runs, and the QuickBooks pre-flight check."""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.settings import SettingsError, SyncSettings

from .backfill_dialog import BackfillAction
from .errors import plain_error
from .first_run import preview_sentence
from .i18n import translate
from .icons import icon
from .invoice_settings import SwitchedOnSection
from .object_labels import object_title, record_noun
from .object_sections import IncomeAccountSection, NamingRuleSection
from .option_lists import load_hubspot_lists, load_quickbooks_lists
from .plan_view import PlanDialog
from .settings_page import SettingsPage

if TYPE_CHECKING:
    from .window_base import WindowBase

    _Base = WindowBase
else:
    _Base = object

_INCOME_SQL = "SELECT * FROM Account WHERE AccountType = 'Income' AND Active = true"


class SettingsMixin(_Base):
    def _init_settings(self) -> None:
        self.settings_page = SettingsPage()
        self.tabs.addTab(self.settings_page, icon("sync"), self.tr("Sync settings"))
        self._plan_dir = tempfile.TemporaryDirectory(prefix="qbsync-plan-")
        self._plans_made = 0
        self._pending_plan: Path | None = None
        self._plan_settings: SyncSettings | None = None  # what the pending plan ran with
        self.plan_dialog: PlanDialog | None = None
        self.findings: list[Any] | None = None
        self.settings_page.save_requested.connect(self.save_settings)
        self.settings_page.dry_run_requested.connect(self.dry_run)
        self.settings_page.delete_requested.connect(self.delete_sync)
        for editor in self.settings_page.editors.values():
            # The editor flips its switch first (connected earlier), then this saves it.
            editor.pause_button.clicked.connect(self.save_settings)
        self.connections_page.check_again.connect(self.check_preflight)
        self.connection_changed.connect(self._connection_settled)
        self.sync_finished.connect(self._show_plan)
        self.backfills = [
            BackfillAction(self, s)
            for editor in self.settings_page.editors.values()
            for s in editor.sections.values()
            if isinstance(s, SwitchedOnSection)
        ]

    def reset_findings(self) -> None:
        self.findings = None

    def fresh_plan_file(self, stem: str) -> Path:
        """A new file for a preview's plan: an open preview reads its rows from its own
        file as they are shown, so a later preview must not write over it."""
        self._plans_made += 1
        return Path(self._plan_dir.name) / f"{stem}-{self._plans_made}.csv"

    # --- settings -----------------------------------------------------------------------
    def load_settings_page(self) -> None:
        try:
            settings = self.sync_settings()
        except SettingsError as exc:  # a hand-edited file: show defaults and say why
            settings = SyncSettings()
            self.settings_page.load(settings)
            self.settings_page.error.setText(
                self.tr("The saved settings cannot be used: {reason}").format(reason=exc)
            )
            self.settings_page.error.show()
            return
        self.settings_page.load(settings)
        self._update_backfills()

    def _update_backfills(self) -> None:
        for action in self.backfills:
            action.update_enabled()

    def _current_or_default(self) -> SyncSettings:
        try:
            settings: SyncSettings = self.sync_settings()
        except SettingsError:
            settings = SyncSettings()
        return settings

    def save_settings(self) -> bool:
        before = self._current_or_default()
        settings = self.settings_page.collect(before)
        if settings is None:
            self.settings_page.show_saved(False)
            return False
        self._store_settings(settings.switched_on_since(before, datetime.now(UTC)))
        self.settings_page.load(settings)  # shows what switching on set (since when…)
        self._update_backfills()
        self.settings_page.show_saved(True)
        return True

    def _store_settings(self, settings: SyncSettings) -> None:
        profile = self.profiles.require(self._profile)
        profile.sync = settings.to_dict()
        self.profiles.save(profile)
        self.restart_scheduler()
        if self.findings is not None:  # the check depends on what is synced
            self.check_preflight()
        self.first_run_settings_changed()

    def delete_sync(self, obj: str) -> None:
        title = object_title(obj)
        text = self.tr(
            "Delete the {sync} sync?\n\n"
            "Kept: every record in HubSpot and in QuickBooks, untouched, and your other "
            "syncs.\n"
            "Forgotten: which HubSpot {record} goes with which QuickBooks {other}, the "
            "settings of this sync and its record list here. Switching it on again matches "
            "records afresh."
        ).format(
            sync=title, record=record_noun(obj, "hubspot"), other=record_noun(obj, "quickbooks")
        )
        if not self.confirm(self.tr("Delete the {sync} sync").format(sync=title), text):
            return
        if self.sync_blocked:
            self.status_line.setText(
                self.tr("Wait for the running sync to finish before deleting.")
            )
            return
        from qbsync_desktop.core.sync.admin import forget_object

        db_file, profile = self._database_file(), self._profile

        def forgotten(dropped: int) -> None:
            if profile != self._profile:
                return  # the user switched clients meanwhile; that page is not shown
            settings = self._current_or_default()
            settings.objects[obj] = replace(objects.get(obj).default_settings(), enabled=False)
            self._store_settings(settings)
            self.settings_page.editors[obj].load(settings.for_object(obj))
            self.refresh_records()
            said = translate(
                "SettingsMixin",
                "The {sync} sync is deleted and off; %Ln link(s) forgotten.",
                None,
                dropped,
            )
            self.status_line.setText(said.format(sync=title))
            self.sync_deleted.emit(obj)

        def failed(exc: BaseException) -> None:  # SyncBusy from another process, a locked file
            said = self.tr("The {sync} sync was not deleted: {reason}")
            self.status_line.setText(said.format(sync=title, reason=plain_error(exc)))
            self.sync_deleted.emit(obj)

        # A whole object's rows: off the GUI thread, under the profile's run lock.
        self.status_line.setText(self.tr("Deleting the {sync} sync…").format(sync=title))
        self.tasks.run_blocking(lambda: forget_object(db_file, obj), forgotten, failed)

    # --- dry run ------------------------------------------------------------------------
    def dry_run(self) -> bool:
        """Show what a sync with the settings as edited would do; nothing is saved or written."""
        before = self._current_or_default()
        settings = self.settings_page.collect(before)
        if settings is None:
            return False  # the page shows what to correct
        settings = settings.switched_on_since(before, datetime.now(UTC))  # as if saved now
        objects = [o for o in settings.objects if settings.for_object(o).enabled]
        if not objects:
            self.status_line.setText(
                self.tr("Every sync is switched off: there is nothing to try.")
            )
            return False
        target = self.fresh_plan_file("plan")
        if not self.sync_now(objects, dry_run=True, plan_csv=target, settings=settings):
            self.status_line.setText(
                self.tr("A sync is running; try the preview when it has finished.")
            )
            return False
        self._pending_plan = target
        self._plan_settings = settings  # the preview lists the filters it ran with
        return True

    def _show_plan(self, result: Any) -> None:
        target, self._pending_plan = self._pending_plan, None
        if target is None or isinstance(result, BaseException):
            return
        if not target.exists():
            self.status_line.setText(self.tr("The preview ended without a plan."))
            return
        dialog = self.plan_dialog = PlanDialog(
            target,
            self.ask_save_path,
            self,
            client=self._profile,
            settings=self._plan_settings,
            run_blocking=self.tasks.run_blocking,  # a big plan is read off the GUI thread
        )
        dialog.loaded.connect(lambda: self._plan_read(dialog))
        dialog.finished.connect(lambda _: _remove(target))  # read while open, then not needed
        dialog.show()

    def _plan_read(self, dialog: PlanDialog) -> None:
        if dialog is self.plan_dialog and dialog.ready:
            self.status_line.setText(preview_sentence(dialog.plans))

    # --- QuickBooks facts: income accounts and the pre-flight check -----------------------
    def _connection_settled(self, service: str) -> None:
        self.connections_page.set_first_run(not any(self.connected.values()))
        if service == "quickbooks" and self.connected.get("quickbooks"):
            self._load_income_accounts()
        if service == "hubspot" and self.connected.get("hubspot"):
            self._load_preview_records()
        if service == "hubspot" and self.connected.get(service):
            load_hubspot_lists(self.settings_page, self._service_call)
        if self.both_connected():
            if self.findings is None:
                self.check_preflight()
        else:
            self.findings = None
            self.connections_page.show_findings([])
            self.connections_page.show_findings_state(
                self.tr("Runs once both accounts are connected."), False
            )
        self.update_first_run()
        self._show_next()

    def show_quickbooks_preferences(self, prefs: dict[str, Any]) -> None:
        """QuickBooks' preferences, read once it connected (window_fields.py): tax codes."""
        load_quickbooks_lists(self.settings_page, prefs, self._service_call)

    def _qbo_call(self, work: Any, on_result: Any, on_error: Any) -> bool:
        """Run `work(qbo)` with a QBO client of this profile on the worker loop."""
        return self._service_call("qbo_client", work, on_result, on_error)

    def _service_call(self, client: str, work: Any, on_result: Any, on_error: Any) -> bool:
        """Run `work(c)` with this profile's `client` ("qbo_client", "hubspot_client")."""
        factory = getattr(self.connections, "http_factory", None)
        if factory is None or not hasattr(self.connections, client):
            return False  # a stand-in without the client: nothing to ask
        profile = self._profile

        async def go() -> Any:
            async with factory() as http:
                return await work(getattr(self.connections, client)(profile, http))

        self.tasks.submit(
            go(),
            lambda r: on_result(r) if profile == self._profile else None,
            lambda e: on_error(e) if profile == self._profile else None,
        )
        return True

    def _load_income_accounts(self) -> None:
        """Types whose new QuickBooks records need an income account offer the company's."""
        sections = [
            s
            for editor in self.settings_page.editors.values()
            for s in editor.sections.values()
            if isinstance(s, IncomeAccountSection)
        ]
        if not sections:
            return

        def shown(rows: list[dict[str, Any]]) -> None:
            accounts = [(str(r["Id"]), str(r.get("Name") or r["Id"])) for r in rows]
            for section in sections:
                section.set_accounts(accounts)

        self._qbo_call(lambda qbo: qbo.query(_INCOME_SQL), shown, lambda exc: None)

    def _load_preview_records(self) -> None:
        """A naming-rule preview shows the rule on a page of the book's own records."""
        for editor in self.settings_page.editors.values():
            for section in editor.sections.values():
                if isinstance(section, NamingRuleSection):
                    self._read_preview(section)

    def _read_preview(self, section: NamingRuleSection) -> None:
        spec = section.kind.spec
        properties = tuple(f.hubspot for f in spec.defaults)  # what the naming hook reads

        async def read(hubspot: Any) -> list[dict[str, str | None]]:
            page = await hubspot.list_objects(spec.hubspot_type, properties, limit=100)
            return [dict(obj.properties) for obj in page.results]

        self._service_call("hubspot_client", read, section.set_preview_records, lambda e: None)

    def check_preflight(self) -> None:
        if not self.both_connected():
            return
        from qbsync_desktop.core.sync.preflight import preflight

        self.connections_page.show_findings_state(self.tr("Checking QuickBooks settings…"), False)

        def done(findings: list[Any]) -> None:
            self.findings = list(findings)
            self.connections_page.show_findings(self.findings)

        def failed(exc: BaseException) -> None:
            self.findings = None
            self.connections_page.show_findings_state(
                self.tr("The check could not run: {reason}").format(reason=plain_error(exc)),
                True,
            )

        synced = self.sync_objects()  # settings that trouble only other syncs: not shown
        saved = self._current_or_default()  # its custom mappings' fields are checked too

        def check(clients: Any) -> Any:  # (hubspot, qbo) of this profile
            return preflight(clients[1], synced, clients[0], saved)

        if not self._service_call("clients", check, done, failed):
            self.connections_page.show_findings_state(self.tr("Nothing to check here."), True)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # Windows: an export may still be reading it
        path.unlink(missing_ok=True)
