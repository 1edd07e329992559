"""Main window part: connecting, checking and disconnecting the two services."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from qbsync_desktop.core.connectors.session import Disconnected
from qbsync_desktop.core.profiles import SERVICES, Service

from .connections_page import SHORT, account_facts, environment_name, token_health
from .errors import plain_error
from .trouble import connection_trouble
from .window_background import _is_auth_error

if TYPE_CHECKING:
    from .window_base import WindowBase

    _Base = WindowBase
else:
    _Base = object


class ConnectionsMixin(_Base):
    # --- connections --------------------------------------------------------------------
    def _show_stored_connections(self) -> None:
        """Show what the profile remembers at once; check the keyring off the GUI thread."""
        warning = getattr(getattr(self.connections, "credentials", None), "warning", None)
        self.connections_page.set_keyring_warning(warning)
        for service in SERVICES:
            card = self.connections_page.cards[service]
            card.show_disconnected(self.tr("Checking…"))
            card.show_problem("")
            self.tasks.submit(
                self._check_connection(self._profile, service),
                functools.partial(self._checked, self._profile, service),
                functools.partial(self._check_failed, self._profile, service),
            )

    async def _check_connection(self, profile: str, service: Service) -> Any:
        if not self.connections.is_connected(profile, service):
            return None
        return await self.connections.account_info(profile, service)

    def _checked(self, profile: str, service: Service, info: Any) -> None:
        # A connect started meanwhile owns the card; its own answer updates it.
        if profile != self._profile or service in self._connecting:
            return
        if info is not None:
            self.clear_trouble(service)  # it answered
        self._show_account(service, info)

    def _show_account(self, service: Service, info: Any) -> None:
        card = self.connections_page.cards[service]
        self.connected[service] = info is not None
        self.needs_reconnect[service] = bool(getattr(info, "needs_reconnect", False))
        if info is None:
            card.show_disconnected()
        else:
            prof = self.profiles.get(self._profile)
            base = prof.service(service).base_url if prof else None
            env = environment_name(bool(base))
            card.show_connected(
                info.account_id, info.name, account_facts(info, env), list(info.missing_scopes)
            )
            card.show_health(*token_health(info))
            if getattr(info, "needs_reconnect", False):
                card.connect_button.setText(self.tr("Reconnect"))
        self.connection_changed.emit(service)

    def _check_failed(self, profile: str, service: Service, exc: BaseException) -> None:
        if profile != self._profile or service in self._connecting:
            return
        card = self.connections_page.cards[service]
        cfg = self.profiles.get(profile)
        sc = cfg.service(service) if cfg else None
        # Tokens are there but the check failed (offline, or the sign-in expired).
        self.connected[service] = bool(sc is not None and sc.account_id)
        self.needs_reconnect[service] = _is_auth_error(exc)
        if sc is not None and sc.account_id:
            card.show_connected(sc.account_id, sc.account_name)
        else:
            card.show_disconnected()
        card.connect_button.setText(self.tr("Reconnect"))
        self.note_trouble(exc, service)
        card.show_problem(self.trouble_sentence(exc, service) or plain_error(exc))
        self.connection_changed.emit(service)

    def connect_service(self, service: Service) -> None:
        if service in self._connecting:
            return
        card = self.connections_page.cards[service]
        card.show_waiting()
        card.show_problem("")
        extra = self.sandbox.get(service, {})
        coro = self.connections.connect(
            self._profile,
            service,
            self.open_browser,
            base_url=extra.get("base_url"),
            client_id=extra.get("client_id"),
            client_secret=extra.get("client_secret"),
        )
        profile = self._profile
        self._connecting[service] = self.tasks.submit(
            coro,
            lambda info: self._connected(profile, service, info),
            lambda exc: self._connect_failed(profile, service, exc),
        )

    def cancel_connect(self, service: Service) -> None:
        fut = self._connecting.get(service)
        if fut is not None:
            fut.cancel()

    def _connected(self, profile: str, service: Service, info: Any) -> None:
        self._connecting.pop(service, None)
        if profile == self._profile:
            self.clear_trouble(service)
            self._show_account(service, info)
            self.status_line.setText(self.tr("{service} connected.").format(service=SHORT[service]))

    def _connect_failed(self, profile: str, service: Service, exc: BaseException) -> None:
        self._connecting.pop(service, None)
        if profile != self._profile:
            return
        card = self.connections_page.cards[service]
        card.show_disconnected()
        cancelled = exc.__class__.__name__ == "CancelledError"
        unreachable = connection_trouble(exc, service)
        if cancelled:
            card.show_problem(self.tr("Connecting was cancelled."))
        elif unreachable is not None and unreachable.kind == "unreachable":
            card.show_problem(
                self.tr(
                    "Can't reach {service} — check the internet connection and press Connect again."
                ).format(service=unreachable.service_name)
            )
        else:
            card.show_problem(plain_error(exc))
        self.connection_changed.emit(service)

    def disconnect_service(self, service: Service) -> None:
        name = SHORT[service]
        text = self.tr(
            "Disconnect {service}? qbsync signs out and forgets the access. "
            "Your records and sync history stay; connect again to continue."
        ).format(service=name)
        if not self.confirm(self.tr("Disconnect {service}").format(service=name), text):
            return
        profile = self._profile
        self.connections_page.cards[service].disconnect_button.setEnabled(False)
        self.tasks.submit(
            self.connections.disconnect(profile, service),
            lambda result: self._disconnected(profile, service, None, result),
            lambda exc: self._disconnected(profile, service, exc),
        )

    def _disconnected(
        self,
        profile: str,
        service: Service,
        exc: BaseException | None,
        result: Disconnected | None = None,
    ) -> None:
        if profile != self._profile:
            return
        card = self.connections_page.cards[service]
        card.disconnect_button.setEnabled(True)
        self.connected[service] = False
        self.needs_reconnect[service] = False
        card.show_disconnected()
        if exc is not None:
            card.show_problem(plain_error(exc))
        elif result is not None and result.forgotten and not result.revoked:
            # Signed out here, but the service may still grant access: say so.
            card.show_problem(result.message)
        self.connection_changed.emit(service)
