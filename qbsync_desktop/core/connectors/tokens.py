"""Access tokens for one account: refresh ahead of expiry and on 401, one refresh at a time.

The credential store is the source of truth: before refreshing, the manager reloads
the stored set, so a refresh already done by another client (or another run) is
reused instead of spending the old refresh token, which QBO may have rotated away.
Every new set is saved before it is used.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace

import httpx

from ..credentials import CredentialStore, TokenSet
from ..profiles import Service
from . import oauth
from .endpoints import ServiceEndpoints
from .errors import AuthError, NeedsReconnect

log = logging.getLogger(__name__)

REFRESH_MARGIN_S = 300.0  # refresh this long before the access token expires

# One refresh at a time per account across threads too (the GUI's account check and a
# sync run each have their own event loop): a second refresher with a QBO refresh token
# rotated away a moment earlier would turn a healthy connection into "needs reconnect".
_thread_locks: dict[tuple[str, str], threading.Lock] = {}
_thread_locks_guard = threading.Lock()


def _thread_lock(profile: str, service: str) -> threading.Lock:
    with _thread_locks_guard:
        return _thread_locks.setdefault((profile, service), threading.Lock())


@asynccontextmanager
async def _holding(lock: threading.Lock) -> AsyncIterator[None]:
    # Polled, not acquired in a worker thread: a cancelled wait must not leave it held.
    while not lock.acquire(blocking=False):
        await asyncio.sleep(0.01)
    try:
        yield
    finally:
        lock.release()


class TokenManager:
    def __init__(
        self,
        profile: str,
        service: Service,
        endpoints: ServiceEndpoints,
        client_id: str,
        credentials: CredentialStore,
        clock: Callable[[], float] = time.time,
        margin_s: float = REFRESH_MARGIN_S,
    ) -> None:
        self.profile = profile
        self.service = service
        self.endpoints = endpoints
        self.client_id = client_id
        self.credentials = credentials
        self.clock = clock
        self.margin_s = margin_s
        self.needs_reconnect = False
        self.refresh_count = 0
        self._cached: TokenSet | None = None
        self._locks: dict[int, asyncio.Lock] = {}

    def _lock(self) -> asyncio.Lock:
        # One lock per event loop: asyncio locks cannot be shared across loops.
        loop = asyncio.get_running_loop()
        lock = self._locks.get(id(loop))
        if lock is None:
            lock = self._locks[id(loop)] = asyncio.Lock()
        return lock

    def current(self) -> TokenSet:
        """The stored token set (cached); AuthError when the account is not connected."""
        if self._cached is None:
            self._cached = self.credentials.load_tokens(self.profile, self.service)
        if self._cached is None:
            raise AuthError(
                self.service,
                f"{_label(self.service)} is not connected for this profile.",
                code="not_connected",
            )
        if self._cached.rejected:
            self.needs_reconnect = True
        return self._cached

    def _fresh(self, tokens: TokenSet) -> bool:
        return bool(tokens.access_token) and tokens.expires_at - self.margin_s > self.clock()

    async def access_token(self, http: httpx.AsyncClient) -> str:
        tokens = self.current()
        if self.needs_reconnect:
            raise self._reconnect_error()
        if self._fresh(tokens):
            return tokens.access_token
        return (await self.refresh(http, failed_token=tokens.access_token)).access_token

    async def refresh(self, http: httpx.AsyncClient, failed_token: str | None = None) -> TokenSet:
        """Refresh unless someone else already replaced `failed_token` with a fresh one."""
        async with self._lock(), _holding(_thread_lock(self.profile, self.service)):
            self._cached = None
            stored = self.current()  # another thread or process may have refreshed already
            if self.needs_reconnect:
                raise self._reconnect_error()
            if stored.access_token != failed_token and self._fresh(stored):
                return stored
            secret = self.credentials.load_client_secret(self.profile, self.service)
            if not secret:
                raise AuthError(
                    self.service,
                    f"The {_label(self.service)} app secret is missing; connect again.",
                    code="no_client_secret",
                )
            try:
                new = await oauth.refresh_tokens(
                    http, self.endpoints, self.client_id, secret, stored, self.clock
                )
            except NeedsReconnect:
                self.needs_reconnect = True
                self._cached = replace(stored, rejected=True)
                self.credentials.save_tokens(self.profile, self.service, self._cached)
                log.warning(
                    "%s refresh token rejected; the connection needs a reconnect", self.service
                )
                raise
            # Persist before use: a rotated QBO refresh token exists nowhere else.
            self.credentials.save_tokens(self.profile, self.service, new)
            self._cached = new
            self.refresh_count += 1
            log.info("%s access token refreshed", self.service)
            return new

    def _reconnect_error(self) -> NeedsReconnect:
        return NeedsReconnect(
            self.service,
            f"The {_label(self.service)} connection has expired or was revoked. "
            "Connect it again; nothing queued was lost.",
            code="needs_reconnect",
        )

    def forget(self) -> None:
        self._cached = None


def _label(service: Service) -> str:
    return "QuickBooks" if service == "quickbooks" else "HubSpot"
