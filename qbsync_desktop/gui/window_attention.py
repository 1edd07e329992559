"""Main window part: what needs the bookkeeper's attention, said the same way everywhere.

One place decides what the banner, the Status tab's icon, the tray icon and its
tooltip say: connection trouble (a service out of reach, a lapsed sign-in) and the
records that failed, counted from the same table the object view counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from qbsync_desktop.core.profiles import SERVICES, Service

from .connections_page import SHORT
from .i18n import translate
from .icons import icon
from .timefmt import local_time
from .trouble import Trouble, connection_trouble

if TYPE_CHECKING:
    from .window_base import WindowBase

    _Base = WindowBase
else:
    _Base = object


class AttentionMixin(_Base):
    def _init_attention(self) -> None:
        self.trouble: Trouble | None = None
        self.reconnect_button.clicked.connect(self._reconnect_from_banner)
        self.try_now_button.clicked.connect(lambda: self.sync_now())

    # --- connection trouble -------------------------------------------------------------
    def note_trouble(self, exc: BaseException, service: str | None = None) -> Trouble | None:
        """Remember the connection trouble behind `exc` (None when it is something else)."""
        trouble = connection_trouble(exc, service)
        if trouble is not None:
            self.trouble = trouble
            if trouble.kind == "signin" and trouble.service in SERVICES:
                self.needs_reconnect[trouble.service] = True
            self._update_banner()
        return trouble

    def reset_attention(self) -> None:
        """Another profile is shown: its own state, no trouble heard yet."""
        self.trouble = None
        self._update_banner()

    def clear_trouble(self, service: str | None = None) -> None:
        """A run or check went through (for `service`, or for both when None)."""
        if self.trouble is not None and service in (None, self.trouble.service):
            self.trouble = None
            self._update_banner()

    def next_try(self) -> dt.datetime | None:
        """When the timer runs next; None when nothing will run by itself."""
        if not self.scheduler.isActive() or not self.both_connected():
            return None
        return dt.datetime.now() + dt.timedelta(milliseconds=self.scheduler.remainingTime())

    def trouble_sentence(self, exc: BaseException, service: str | None = None) -> str | None:
        trouble = connection_trouble(exc, service)
        return trouble.sentence(self.next_try()) if trouble else None

    def _reconnect_from_banner(self) -> None:
        service = self.trouble.service if self.trouble else None
        lapsed = [s for s in SERVICES if self.needs_reconnect.get(s)]
        target = service if service in SERVICES else (lapsed[0] if lapsed else None)
        self.tabs.setCurrentWidget(self.connections_page)
        if target is not None:
            self.connect_service(target)

    # --- banner, tab icon, tray ---------------------------------------------------------
    def _update_banner(self) -> None:
        src = self.status_page.source
        failed = src.failed_count() if src else 0
        lapsed = [s for s in SERVICES if self.needs_reconnect.get(s)]
        lines = []
        if self.trouble is not None:
            lines.append(self.trouble.sentence(self.next_try()))
        elif lapsed:
            lines.append(
                self.tr("Reconnect {services}: the sign-in expired or was revoked.").format(
                    services=self._service_names(lapsed)
                )
            )
        if failed:
            lines.append(
                translate("AttentionMixin", "%Ln record(s) failed to sync — Review", None, failed)
            )
        self.banner_text.setText("\n".join(lines))
        signin = bool(lapsed) or (self.trouble is not None and self.trouble.kind == "signin")
        self.reconnect_button.setVisible(signin)
        self.try_now_button.setVisible(
            self.trouble is not None and self.trouble.kind == "unreachable"
        )
        self.review_button.setVisible(failed > 0)
        self.banner.setVisible(bool(lines))
        status = self.tabs.indexOf(self.status_page)
        self.tabs.setTabIcon(status, icon("failed" if failed else "synced"))
        self.tabs.setTabToolTip(
            status,
            translate("AttentionMixin", "%Ln failed record(s)", None, failed) if failed else "",
        )
        self._update_tray(failed, lapsed)

    def _update_tray(self, failed: int, lapsed: Sequence[Service]) -> None:
        if self.sync_running and not self.running_dry:
            return  # "syncing" until the run ends; then this runs again
        if self.trouble is not None:
            need = self.trouble.headline()
        elif lapsed:
            need = self.tr("Reconnect {services}").format(services=self._service_names(lapsed))
        elif failed:
            need = translate("AttentionMixin", "%Ln record(s) failed to sync", None, failed)
        else:
            self.tray.set_state("idle")
            return
        self.tray.set_state(
            "attention", self.tr("{need} ({profile})").format(need=need, profile=self._profile)
        )

    def _service_names(self, services: Sequence[Service]) -> str:
        names = [SHORT[s] for s in services]
        if len(names) < 2:
            return "".join(names)
        return self.tr("{first} and {second}").format(first=names[0], second=names[1])

    def _update_last_sync(self) -> None:
        """The last sync that went through; a later stopped or cancelled try is named apart."""
        src = self.status_page.source
        last, done = src.last_runs() if src else (None, None)
        self.last_run_status = last[1] if last else None
        if done:
            text = self.tr("Last sync: {time}").format(time=local_time(done))
        else:
            text = self.tr("Never synced")
        if last and last[1] != "ok":  # the banner says why and when it tries again
            if last[1] == "cancelled":
                text += self.tr(" · last try cancelled")
            else:
                text += self.tr(" · last try stopped")
        self.last_label.setText(text)
