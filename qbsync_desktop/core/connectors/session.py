"""The facade the GUI and CLI use: connect, disconnect, account health, API clients.

Profiles hold only non-secret facts (base URL, client id, account id and name);
tokens and client secrets go to the credential store. Token managers and rate
limiters are shared per profile/service and per account, so every client built here
refreshes once for all and stays under one budget.
"""

from __future__ import annotations

import inspect
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .. import redact
from ..credentials import CredentialStore, TokenSet
from ..profiles import Profile, ProfileStore, Service
from . import oauth
from .endpoints import ServiceEndpoints, endpoints_for
from .errors import ApiError, AuthError
from .faults import parse_hubspot_error, parse_qbo_error
from .hubspot import HubSpotClient
from .pools import PoolPerOrigin
from .qbo import QboClient
from .ratelimit import LimitSpec, RateLimiter, limits_for
from .tokens import TokenManager
from .transport import ApiTransport, RetryPolicy

log = logging.getLogger(__name__)

QBO_REFRESH_LIFETIME_S = 100 * 86400.0  # QBO's rolling refresh-token window


@dataclass
class AccountInfo:
    service: Service
    account_id: str
    name: str
    details: dict[str, str]
    missing_scopes: list[str]
    access_expires_at: float | None = None
    refresh_age_days: float | None = None
    refresh_days_left: float | None = None
    needs_reconnect: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Disconnected:
    """What `disconnect` did, for the person who asked: `message` says it plainly."""

    revoked: bool  # the service confirmed it withdrew the app's access
    forgotten: bool  # there was a sign-in on this computer and it is deleted now
    message: str


def default_http() -> httpx.AsyncClient:
    # Each service's connections in a pool of their own (see pools.py): less CPU a call.
    return httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=15.0), transport=PoolPerOrigin())


class Connections:
    def __init__(
        self,
        profiles: ProfileStore,
        credentials: CredentialStore,
        http_factory: Callable[[], httpx.AsyncClient] | None = None,
        clock: Callable[[], float] = time.time,
        retry: RetryPolicy | None = None,
        limits: Callable[[Service], LimitSpec] = limits_for,
    ) -> None:
        self.profiles = profiles
        self.credentials = credentials
        self.http_factory = http_factory or default_http
        self.clock = clock
        self.retry = retry
        self.limits = limits
        self._lock = threading.Lock()
        self._managers: dict[tuple[str, Service], TokenManager] = {}
        self._limiters: dict[tuple[Service, str], RateLimiter] = {}

    # ---- configuration -----------------------------------------------------------
    def endpoints(self, profile: str, service: Service) -> ServiceEndpoints:
        cfg = self.profiles.require(profile).service(service)
        return endpoints_for(service, cfg.base_url)

    def token_manager(self, profile: str, service: Service) -> TokenManager:
        cfg = self.profiles.require(profile).service(service)
        ep = endpoints_for(service, cfg.base_url)
        with self._lock:
            mgr = self._managers.get((profile, service))
            if mgr is None or mgr.endpoints != ep or mgr.client_id != cfg.client_id:
                mgr = TokenManager(
                    profile, service, ep, cfg.client_id, self.credentials, self.clock
                )
                self._managers[(profile, service)] = mgr
            return mgr

    def limiter(self, service: Service, account_id: str) -> RateLimiter:
        with self._lock:
            lim = self._limiters.get((service, account_id))
            if lim is None:
                lim = self._limiters[(service, account_id)] = RateLimiter(self.limits(service))
            return lim

    def limiters(self) -> dict[Service, list[RateLimiter]]:
        """Every limiter made so far, by service (what paced the calls: the bench's report)."""
        with self._lock:
            out: dict[Service, list[RateLimiter]] = {}
            for (service, _), lim in self._limiters.items():
                out.setdefault(service, []).append(lim)
            return out

    # ---- connect / disconnect ------------------------------------------------------
    async def connect(
        self,
        profile: str,
        service: Service,
        open_browser: Callable[[str], object],
        *,
        base_url: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        timeout_s: float = 300.0,
    ) -> AccountInfo:
        """Run the browser sign-in; store tokens in the keyring and the account in the profile.

        `open_browser` must not block until the person is done (it may return an
        awaitable, which is awaited): the redirect is received on this event loop.
        """
        # A new profile is saved only once the sign-in worked: a refused one leaves nothing.
        prof = self.profiles.get(profile) or Profile(name=profile)
        cfg = prof.service(service)
        if base_url is not None:
            cfg.base_url = base_url or None
        if client_id:
            cfg.client_id = client_id
        if not cfg.client_id:
            raise AuthError(service, "No app client id is set for this connection.")
        # Before the browser: a locked or refusing keyring found after consent wastes it.
        self.credentials.probe()
        secret = client_secret or self.credentials.load_client_secret(profile, service)
        if not secret:
            raise AuthError(service, "No app client secret is set for this connection.")
        redact.remember(secret)
        ep = endpoints_for(service, cfg.base_url)

        state = secrets.token_urlsafe(24)
        pkce = oauth.Pkce.new() if ep.pkce else None
        receiver = await oauth.LoopbackReceiver(state).start()
        try:
            url = oauth.authorize_url(ep, cfg.client_id, receiver.redirect_uri, state, pkce)
            opened = open_browser(url)
            if inspect.isawaitable(opened):
                await opened
            redirect = await receiver.wait(timeout_s)
        finally:
            await receiver.close()

        async with self.http_factory() as http:
            tokens = await oauth.exchange_code(
                http, ep, cfg.client_id, secret, redirect, receiver.redirect_uri, pkce, self.clock
            )
            if not tokens.account_id and ep.access_token_info_url:
                info = await self._hubspot_token_info(http, ep, tokens.access_token)
                tokens.account_id = str(info.get("hub_id") or "")
            self.credentials.save_client_secret(profile, service, secret)
            self.credentials.save_tokens(profile, service, tokens)
            cfg.account_id = tokens.account_id
            self.profiles.save(prof)
            with self._lock:
                self._managers.pop((profile, service), None)
            account = await self._account_info(http, profile, service)
        prof = self.profiles.require(profile)
        prof.service(service).account_name = account.name
        self.profiles.save(prof)
        log.info("%s connected for profile %s (account %s)", service, profile, account.account_id)
        return account

    async def disconnect(self, profile: str, service: Service) -> Disconnected:
        """Revoke at the service where possible, then forget tokens and account facts."""
        prof = self.profiles.get(profile)
        tokens = self.credentials.load_tokens(profile, service)
        name = "QuickBooks" if service == "quickbooks" else "HubSpot"
        ok = False
        if prof is not None and tokens is not None:
            cfg = prof.service(service)
            secret = self.credentials.load_client_secret(profile, service) or ""
            try:
                async with self.http_factory() as http:
                    ok = await oauth.revoke(
                        http, endpoints_for(service, cfg.base_url), cfg.client_id, secret, tokens
                    )
                if not ok:
                    log.warning("%s did not confirm the revocation", service)
            except httpx.HTTPError as exc:  # offline: still forget locally
                log.warning("could not reach %s to revoke (%s)", service, type(exc).__name__)
        self.credentials.delete_tokens(profile, service)
        if tokens is None:
            result = Disconnected(False, False, f"{name} was not connected; nothing to remove.")
        elif ok:
            result = Disconnected(
                True, True, f"Disconnected {name}: access withdrawn and the sign-in removed."
            )
        else:
            result = Disconnected(
                False,
                True,
                f"The sign-in was removed from this computer, but {name} could not confirm "
                f"that it withdrew qbsync's access. Remove qbsync from the connected apps in "
                f"your {name} settings to be sure.",
            )
        with self._lock:
            self._managers.pop((profile, service), None)
        if prof is not None:
            cfg = prof.service(service)
            cfg.account_id = None
            cfg.account_name = None
            self.profiles.save(prof)
        return result

    def is_connected(self, profile: str, service: Service) -> bool:
        if self.profiles.get(profile) is None:
            return False
        return self.credentials.load_tokens(profile, service) is not None

    def needs_reconnect(self, profile: str, service: Service) -> bool:
        """The service refused the refresh token, in this run or an earlier one."""
        mgr = self._managers.get((profile, service))
        if mgr and mgr.needs_reconnect:
            return True
        tokens = self.credentials.load_tokens(profile, service)
        return bool(tokens and tokens.rejected)

    # ---- health ------------------------------------------------------------------------
    async def account_info(self, profile: str, service: Service) -> AccountInfo:
        async with self.http_factory() as http:
            return await self._account_info(http, profile, service)

    async def _account_info(
        self, http: httpx.AsyncClient, profile: str, service: Service
    ) -> AccountInfo:
        mgr = self.token_manager(profile, service)
        tokens = mgr.current()
        ep = mgr.endpoints
        transport = self._transport(profile, service, http, tokens.account_id)
        if service == "hubspot":
            token = await mgr.access_token(http)
            info = await self._hubspot_token_info(http, ep, token)
            granted = [str(s) for s in info.get("scopes") or tokens.scopes]
            hub_id = str(info.get("hub_id") or tokens.account_id)
            name = str(info.get("hub_domain") or f"HubSpot account {hub_id}")
            details = {"hub_id": hub_id, "scopes": " ".join(granted)}
            if info.get("user"):
                details["user"] = str(info["user"])
            missing = [s for s in ep.scopes if s not in granted]
        else:
            qbo = QboClient(transport, ep.qbo_company_base(tokens.account_id), tokens.account_id)
            company = await qbo.company_info()
            name = str(company.get("CompanyName") or f"QuickBooks company {tokens.account_id}")
            details = {
                "realm_id": tokens.account_id,
                "company_name": name,
                "country": str(company.get("Country") or ""),
            }
            hub_id = tokens.account_id
            missing = [s for s in ep.scopes if tokens.scopes and s not in tokens.scopes]
        tokens = mgr.current()  # may have been refreshed above
        now = self.clock()
        age_days = max(0.0, (now - tokens.refresh_issued_at) / 86400.0)
        refresh_end = tokens.refresh_expires_at
        if refresh_end is None and service == "quickbooks":
            refresh_end = tokens.refresh_issued_at + QBO_REFRESH_LIFETIME_S
        days_left = (refresh_end - now) / 86400.0 if refresh_end is not None else None
        details["access_token_expires_in_s"] = str(int(tokens.expires_at - now))
        details["refresh_token_age_days"] = f"{age_days:.1f}"
        if days_left is not None:
            details["refresh_token_days_left"] = f"{days_left:.1f}"
        if missing:
            details["missing_scopes"] = " ".join(missing)
        return AccountInfo(
            service=service,
            account_id=hub_id,
            name=name,
            details=details,
            missing_scopes=missing,
            access_expires_at=tokens.expires_at,
            refresh_age_days=age_days,
            refresh_days_left=days_left,
            needs_reconnect=mgr.needs_reconnect,
        )

    async def _hubspot_token_info(
        self, http: httpx.AsyncClient, ep: ServiceEndpoints, token: str
    ) -> dict[str, Any]:
        assert ep.access_token_info_url
        # The token travels in the path (HubSpot's v1 design); redaction masks it in logs.
        resp = await http.get(
            f"{ep.access_token_info_url}/{token}", headers={"Accept": "application/json"}
        )
        if resp.status_code != 200:
            raise parse_hubspot_error(resp)
        body = resp.json()
        return body if isinstance(body, dict) else {}

    # ---- clients -----------------------------------------------------------------------
    def _transport(
        self, profile: str, service: Service, http: httpx.AsyncClient, account_id: str
    ) -> ApiTransport:
        parse: Callable[[httpx.Response], ApiError] = (
            parse_qbo_error if service == "quickbooks" else parse_hubspot_error
        )
        return ApiTransport(
            service,
            http,
            self.token_manager(profile, service),
            self.limiter(service, account_id),
            parse,
            self.retry,
        )

    def hubspot_client(self, profile: str, http: httpx.AsyncClient) -> HubSpotClient:
        mgr = self.token_manager(profile, "hubspot")
        tokens = mgr.current()
        transport = self._transport(profile, "hubspot", http, tokens.account_id)
        return HubSpotClient(transport, mgr.endpoints.api_base)

    def qbo_client(self, profile: str, http: httpx.AsyncClient) -> QboClient:
        mgr = self.token_manager(profile, "quickbooks")
        tokens = mgr.current()
        transport = self._transport(profile, "quickbooks", http, tokens.account_id)
        return QboClient(
            transport, mgr.endpoints.qbo_company_base(tokens.account_id), tokens.account_id
        )

    def clients(self, profile: str, http: httpx.AsyncClient) -> tuple[HubSpotClient, QboClient]:
        """Both API clients for a profile, on the caller's httpx client."""
        return self.hubspot_client(profile, http), self.qbo_client(profile, http)


def tokens_summary(tokens: TokenSet, now: float) -> dict[str, str]:
    """Non-secret facts about a token set, for status output."""
    return {
        "account_id": tokens.account_id,
        "access_token_expires_in_s": str(int(tokens.expires_at - now)),
        "refresh_token_age_days": f"{(now - tokens.refresh_issued_at) / 86400.0:.1f}",
    }
