"""The shared request layer under both clients: auth, rate limits, retries, typed errors.

Retry rules: transient failures (5xx, timeouts, dropped or refused connections) are
retried with exponential backoff and full jitter, a bounded number of times; a request
that is not idempotent is retried only when it provably never reached the service
(connection refused), since a repeat could write twice. QBO writes carry a
`requestid` and HubSpot creates are upserts, so those are marked idempotent by their
callers. 429 pauses the whole account for the time the service asks. A 401 triggers
one token refresh and one repeat. Everything else is raised at once.

Give-up: once a service has given no answer (only dropped connections, timeouts or 5xx)
for `RetryPolicy.give_up_s`, every request of this transport (one per service and run)
raises `ServiceUnreachable` at once, so a run with a service down ends in bounded time
instead of retrying each of its batches in turn.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from .errors import ApiError, AuthError, RateLimited, ServiceUnreachable, TransportFailure
from .ratelimit import RateLimiter
from .tokens import TokenManager

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
GIVE_UP_S = 60.0  # a few full backoff rounds: long enough for a blip, short for a person


@dataclass
class RetryPolicy:
    max_retries: int = 5  # transient failures per request
    max_throttle_waits: int = 8  # 429s per request before giving up
    base_s: float = 0.5
    cap_s: float = 30.0
    sleep: Sleep = asyncio.sleep
    rng: random.Random = field(default_factory=random.Random)
    # No answer from a service this long (any request of the run): stop and end the run.
    give_up_s: float = GIVE_UP_S
    clock: Callable[[], float] = time.monotonic

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(cap, base * 2**attempt)]."""
        return self.rng.uniform(0, min(self.cap_s, self.base_s * (2**attempt)))


@dataclass
class TransportStats:
    requests: int = 0
    retries: int = 0
    throttled: int = 0
    refreshed: int = 0


class ApiTransport:
    def __init__(
        self,
        service: str,
        http: httpx.AsyncClient,
        tokens: TokenManager,
        limiter: RateLimiter,
        parse_error: Callable[[httpx.Response], ApiError],
        retry: RetryPolicy | None = None,
    ) -> None:
        self.service = service
        self.http = http
        self.tokens = tokens
        self.limiter = limiter
        self.parse_error = parse_error
        self.retry = retry or RetryPolicy()
        self.stats = TransportStats()
        self._silent_since: float | None = None  # first unanswered attempt since an answer
        self.unreachable = False

    def _answered(self) -> None:
        self._silent_since = None

    def _unanswered(self) -> None:
        """Note a failed attempt; raise `ServiceUnreachable` once the silence passed the bound."""
        now = self.retry.clock()
        if self._silent_since is None:
            self._silent_since = now
        silent = now - self._silent_since
        if silent >= self.retry.give_up_s:
            if not self.unreachable:
                log.warning("%s gave no answer for %.1f s: giving up", self.service, silent)
            self.unreachable = True
        if self.unreachable:
            raise ServiceUnreachable(self.service, silent)

    def raise_if_unreachable(self) -> None:
        """Raise `ServiceUnreachable` if this transport gave up on its service."""
        if self.unreachable:
            assert self._silent_since is not None
            raise ServiceUnreachable(self.service, self.retry.clock() - self._silent_since)

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        content: str | bytes | None = None,
        headers: dict[str, str] | None = None,
        kind: str = "default",
        idempotent: bool = True,
        ok_statuses: tuple[int, ...] = (),
    ) -> httpx.Response:
        """Send with retries; returns a 2xx (or `ok_statuses`) response, else raises ApiError."""
        attempt = 0
        throttles = 0
        refreshed = False
        while True:
            self.raise_if_unreachable()
            token = await self.tokens.access_token(self.http)
            hdrs = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
            hdrs.update(headers or {})
            ticket = await self.limiter.acquire(kind)
            try:
                self.stats.requests += 1
                resp = await self.http.request(
                    method, url, params=params, json=json, content=content, headers=hdrs
                )
            except httpx.TransportError as exc:
                self._unanswered()
                retriable = idempotent or isinstance(exc, _NEVER_SENT)
                if retriable and attempt < self.retry.max_retries:
                    await self._backoff(attempt, f"{type(exc).__name__}")
                    attempt += 1
                    continue
                raise TransportFailure(
                    self.service,
                    f"The connection to {self.service} failed ({type(exc).__name__}).",
                    transient=True,
                ) from None
            finally:
                self.limiter.release(ticket)

            status = resp.status_code
            if status >= 500:
                self._unanswered()
            else:
                self._answered()
            if status < 300 or status in ok_statuses:
                return resp
            if status == 401 and not refreshed:
                refreshed = True
                self.stats.refreshed += 1
                await self.tokens.refresh(self.http, failed_token=token)
                continue
            error = self.parse_error(resp)
            if isinstance(error, RateLimited) or status == 429:
                throttles += 1
                self.stats.throttled += 1
                wait = self.limiter.throttle(error.retry_after)
                log.info("%s throttled (429); pausing %.1f s", self.service, wait)
                if throttles > self.retry.max_throttle_waits:
                    raise error
                continue  # the limiter sleeps out the pause before the next send
            if error.transient and idempotent and attempt < self.retry.max_retries:
                await self._backoff(attempt, f"HTTP {status}")
                attempt += 1
                continue
            if status == 401 and not isinstance(error, AuthError):
                raise AuthError(self.service, error.message, http_status=401, code=error.code)
            raise error

    async def _backoff(self, attempt: int, why: str) -> None:
        delay = self.retry.backoff(attempt)
        if self._silent_since is not None:  # no later than the give-up bound: try once more then
            left = self._silent_since + self.retry.give_up_s - self.retry.clock()
            delay = min(delay, max(left, 0.0))
        self.stats.retries += 1
        log.info(
            "%s transient failure (%s); retry %d in %.2f s", self.service, why, attempt + 1, delay
        )
        await self.retry.sleep(delay)
