"""Shared set-up for connector unit tests: an account with tokens and a fake clock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from qbsync_desktop.core.connectors.endpoints import endpoints_for
from qbsync_desktop.core.connectors.faults import parse_hubspot_error, parse_qbo_error
from qbsync_desktop.core.connectors.ratelimit import RateLimiter, limits_for
from qbsync_desktop.core.connectors.tokens import TokenManager
from qbsync_desktop.core.connectors.transport import ApiTransport, RetryPolicy
from qbsync_desktop.core.credentials import CredentialStore, TokenSet
from qbsync_desktop.core.profiles import Service
from tests.support.keyrings import memory_credentials

BASE = "http://fake.test"


@dataclass
class FakeClock:
    """Time that only moves when someone sleeps; sleeps return at once."""

    now: float = 1_700_000_000.0
    slept: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


def token_set(
    account: str = "4620816365",
    access: str = "access-0000000001",
    refresh: str = "refresh-000000001",
    expires_at: float = 1_700_003_600.0,
    issued: float = 1_700_000_000.0,
) -> TokenSet:
    return TokenSet(
        access, refresh, expires_at, account, ["com.intuit.quickbooks.accounting"], issued
    )


def make_transport(
    handler: Callable[[httpx.Request], httpx.Response],
    service: Service = "quickbooks",
    clock: FakeClock | None = None,
    creds: CredentialStore | None = None,
    tokens: TokenSet | None = None,
) -> tuple[ApiTransport, TokenManager, FakeClock]:
    clock = clock or FakeClock()
    creds = creds or memory_credentials()
    creds.save_client_secret("p", service, "client-secret-xyz")
    creds.save_tokens("p", service, tokens or token_set())
    ep = endpoints_for(service, BASE)
    mgr = TokenManager("p", service, ep, "client-id", creds, clock=clock)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    limiter = RateLimiter(limits_for(service), clock=clock, sleep=clock.sleep)
    parse = parse_qbo_error if service == "quickbooks" else parse_hubspot_error
    retry = RetryPolicy(sleep=clock.sleep, clock=clock)
    return ApiTransport(service, http, mgr, limiter, parse, retry), mgr, clock
