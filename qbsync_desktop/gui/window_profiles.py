"""Main window part: the profile switcher (one profile per client business)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qbsync_desktop.core.profiles import same_accounts_warning

from .errors import plain_error
from .profile_move import rename_profile

if TYPE_CHECKING:
    from .window_base import WindowBase

    _Base = WindowBase
else:
    _Base = object


class ProfilesMixin(_Base):
    # --- profiles -----------------------------------------------------------------------
    def _reload_profiles(self, current: str) -> None:
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        self.profile_box.addItems(self.profiles.names())
        self.profile_box.setCurrentText(current)
        self.profile_box.blockSignals(False)

    def _open_profile(self, name: str) -> None:
        self._profile = name
        self._close_db()
        self.status_page.set_source(self._record_source())
        self._update_banner()
        self._update_last_sync()
        self.connected.clear()
        self.needs_reconnect.clear()
        self.load_settings_page()
        self.reset_findings()
        self.reset_first_run()
        cfg = self.profiles.get(name)
        fresh = cfg is None or not any(cfg.service(s).account_id for s in ("hubspot", "quickbooks"))
        self.connections_page.set_first_run(fresh)
        if fresh:  # first run: nothing to show until both accounts are connected
            self.tabs.setCurrentWidget(self.connections_page)
        self._show_stored_connections()
        self.restart_scheduler()
        self.reset_attention()
        warning = same_accounts_warning(self.profiles, name)
        if warning:
            self.status_line.setText(warning)
        self.profile_changed.emit(name)

    def switch_profile(self, name: str) -> None:
        if name == getattr(self, "_profile", None) or not name:
            return
        if self.sync_blocked:
            self.status_line.setText(
                self.tr("Wait for the running sync to finish before switching client.")
            )
            self._reload_profiles(self._profile)
            return
        self._reload_profiles(name)
        self._open_profile(name)

    def add_profile(self) -> None:
        name = self.ask_text(self.tr("Add profile"), self.tr("Name of the client business:"), "")
        if not name or not name.strip():
            return
        name = name.strip()
        if self.profiles.get(name) is not None:
            self.status_line.setText(
                self.tr("A profile named “{name}” already exists.").format(name=name)
            )
            return
        self.profiles.get_or_create(name)
        self._reload_profiles(self._profile)
        self.switch_profile(name)

    def rename_profile(self) -> None:
        new = self.ask_text(self.tr("Rename profile"), self.tr("New name:"), self._profile)
        if not new or not new.strip() or new.strip() == self._profile:
            return
        if self.sync_blocked:
            self.status_line.setText(
                self.tr("Wait for the running sync to finish before renaming.")
            )
            return
        try:
            rename_profile(self.paths, self.profiles, self._profile, new.strip())
        except Exception as exc:  # ProfileError, SyncBusy
            self.status_line.setText(
                self.tr("The profile was not renamed: {why}").format(why=plain_error(exc))
            )
            self._open_profile(self._profile)
            return
        self._reload_profiles(new.strip())
        self._open_profile(new.strip())

    def remove_profile(self) -> None:
        names = self.profiles.names()
        if len(names) <= 1:
            self.status_line.setText(self.tr("The last profile cannot be removed."))
            return
        text = self.tr(
            "Remove the profile “{name}”? Its settings are forgotten. "
            "The records in HubSpot and QuickBooks are not touched."
        ).format(name=self._profile)
        if not self.confirm(self.tr("Remove profile"), text):
            return
        old = self._profile
        self.profiles.delete(old)
        rest = self.profiles.names()
        self._reload_profiles(rest[0])
        self._open_profile(rest[0])
