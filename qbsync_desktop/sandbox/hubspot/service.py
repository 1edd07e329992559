"""HubSpotSandbox: one emulated HubSpot portal behind one registered OAuth app.

Implements the `SandboxService` protocol of `sandbox/common/app.py`. API handlers are
wrapped by `api()`, which does what HubSpot does before any CRM call: Bearer check
(401 EXPIRED_/INVALID_AUTHENTICATION), rate limits (429 + X-HubSpot-RateLimit-*),
then the handler, whose HubSpotErrors become the CRM error envelope.
"""

from __future__ import annotations

import json
import random
import secrets
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..common import GrantStore, SandboxSettings, SlidingWindow
from ..common.grants import Grant
from .crm import Crm
from .errors import HubSpotError, bad_request, correlation_id, missing_scopes, rate_limited
from .schema import ALL_SCOPES, OBJECT_TYPES, ObjectType
from .store import iso_ms

DEFAULT_ACCESS_TTL_S = 1800.0
TEN_SECONDLY_LIMIT = 110  # public OAuth apps, per installed account [O]
SEARCH_PER_SECOND = 5
DAILY_LIMIT = 250_000  # [U] OAuth calls have no daily limit; a knob keeps tests honest
INVALID_AUTH_MESSAGE = (
    "Authentication credentials not found. This API supports OAuth 2.0 authentication and "
    "you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"
)


@dataclass
class Ctx:
    """Per-request view of the caller: its grant and scope checks."""

    svc: HubSpotSandbox
    grant: Grant

    def require(self, *alternatives: str) -> None:
        """403 MISSING_SCOPES unless the token holds one of `alternatives`."""
        if not any(s in self.grant.scopes for s in alternatives):
            raise missing_scopes([alternatives[0]])

    def require_schema(self, t: ObjectType, write: bool) -> None:
        """The schema scope; [U] the object scope is accepted as well."""
        if write:
            self.require(t.schema_write_scope, *t.write_scopes)
        else:
            self.require(t.schema_read_scope, *t.read_scopes)


Handler = Callable[[Request, Ctx], Awaitable[Response]]


class HubSpotSandbox:
    name = "hubspot"

    def __init__(
        self, settings: SandboxSettings | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        self.settings = settings or SandboxSettings()
        self.clock = clock
        self.revision = 0
        self.client_id = secrets.token_hex(16)
        self.client_secret = secrets.token_hex(24)
        self.hub_id = random.SystemRandom().randint(10_000_000, 99_999_999)
        self.app_id = random.SystemRandom().randint(1_000_000, 9_999_999)
        self.user_id = random.SystemRandom().randint(1_000_000, 9_999_999)
        self.grants = GrantStore(clock)
        self.crm = Crm(clock)
        self.request_counts: Counter[str] = Counter()
        self._ten_secondly = SlidingWindow(TEN_SECONDLY_LIMIT, 10.0, self.settings.scaled)
        self._search = SlidingWindow(SEARCH_PER_SECOND, 1.0, self.settings.scaled)
        self._daily = {"day": -1, "count": 0}

    # ---- SandboxService -----------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        from .api_account import account_routes
        from .api_more import more_routes
        from .api_objects import object_routes
        from .oauth import oauth_routes

        return [
            *self._control_routes(),
            *(_correlated(r) for r in oauth_routes(self)),
            *object_routes(self),
            *account_routes(self),  # before more_routes: /properties/{type}/groups
            *more_routes(self),
            Route(
                "/{path:path}",
                _html_404,
                methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
            ),
        ]

    def reset(self) -> None:
        self.grants = GrantStore(self.clock)
        self.crm.custom_defs = {n: {} for n in OBJECT_TYPES}
        self.crm.clear()
        self.request_counts.clear()
        self._ten_secondly.reset()
        self._search.reset()
        self._daily = {"day": -1, "count": 0}
        self.revision += 1

    def seed(self, size: int, seed: int) -> dict[str, int]:
        from .seed import seed_demo

        self.crm.custom_defs = {n: {} for n in OBJECT_TYPES}
        self.crm.clear()
        counts = seed_demo(self.crm, size, seed)
        self.revision += 1
        return counts

    def inspect(self) -> dict[str, Any]:
        return {
            "hub_id": self.hub_id,
            "counts": {n: st.count() for n, st in self.crm.stores.items()},
            "archived": {n: len(st.records) - st.count() for n, st in self.crm.stores.items()},
            "associations": self.crm.assoc.count(),
            "writes": self.crm.writes,
            "requests": dict(self.request_counts),
            "requests_total": sum(v for k, v in self.request_counts.items() if ":" not in k),
            "grants": len(self.grants.grants),
            "custom_properties": {n: sorted(d) for n, d in self.crm.custom_defs.items() if d},
        }

    def snapshot(self) -> dict[str, Any]:
        return {
            "version": 1,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "hub_id": self.hub_id,
            "app_id": self.app_id,
            "user_id": self.user_id,
            "revision": self.revision,
            "grants": self.grants.snapshot(),
            "crm": self.crm.snapshot(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.client_id = data["client_id"]
        self.client_secret = data["client_secret"]
        self.hub_id = int(data["hub_id"])
        self.app_id = int(data.get("app_id", self.app_id))
        self.user_id = int(data.get("user_id", self.user_id))
        self.revision = int(data.get("revision", 0))
        self.grants = GrantStore(self.clock)
        self.grants.restore(data.get("grants", {}))
        self.crm.restore(data.get("crm", {}))

    def is_unlimited_path(self, path: str) -> bool:
        return path.startswith("/oauth/")

    # ---- tokens -------------------------------------------------------------------------
    def access_ttl(self) -> float:
        ttl = self.settings.access_token_ttl
        return DEFAULT_ACCESS_TTL_S if ttl is None else float(ttl)  # real time: not scaled

    def issue_direct(self, scopes: list[str]) -> dict[str, Any]:
        """Test knob: a grant without the browser dance (same token response)."""
        code = self.grants.issue_code(self.client_id, "http://127.0.0.1/", str(self.hub_id), scopes)
        grant, tok = self.grants.exchange_code(
            code, self.client_id, "http://127.0.0.1/", None, self.access_ttl()
        )
        self.revision += 1
        return self.token_response(grant, tok.token, tok.expires_at)

    def token_response(self, grant: Grant, access: str, expires_at: float) -> dict[str, Any]:
        return {
            "token_type": "bearer",
            "access_token": access,
            "refresh_token": grant.refresh_token,
            "expires_in": max(0, round(expires_at - self.clock())),
            "hub_id": self.hub_id,
            "user_id": self.user_id,
            "scopes": list(grant.scopes),
            "token_use": "access_token",
            "id_token": None,
        }

    # ---- the API wrapper ----------------------------------------------------------------
    def api(self, name: str, handler: Handler, search: bool = False) -> Callable[..., Any]:
        async def endpoint(request: Request) -> Response:
            self.request_counts[name] += 1
            kind = request.path_params.get("type") or request.path_params.get("from")
            if kind:
                self.request_counts[f"{name}:{kind}"] += 1
            auth = request.headers.get("authorization", "")
            token = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
            state, grant, tok = (
                self.grants.check_access(token) if token else ("unknown", None, None)
            )
            if state == "expired" and tok is not None:
                ago = max(0, int(self.clock() - tok.expires_at))
                return HubSpotError(
                    401,
                    "EXPIRED_AUTHENTICATION",
                    f"The OAuth token used to make this call expired {ago} second(s) ago.",
                    context={"expire time": [iso_ms(int(tok.expires_at * 1000))]},
                ).response()
            if state != "ok" or grant is None:
                return HubSpotError(401, "INVALID_AUTHENTICATION", INVALID_AUTH_MESSAGE).response()
            limited, headers = self._limits(search)
            if limited is not None:
                return limited
            lag_s = float(self.settings.extra.get("search_lag_s", 0) or 0)
            self.crm.search_lag_ms = int(self.settings.scaled(lag_s) * 1000)
            writes = self.crm.writes
            try:
                resp = await handler(request, Ctx(self, grant))
            except HubSpotError as exc:
                resp = exc.response()
            except json.JSONDecodeError as exc:
                resp = bad_request(
                    f"Invalid input JSON on line {exc.lineno}, column {exc.colno}: {exc.msg}"
                ).response()
            if self.crm.writes != writes:
                self.revision += 1
            resp.headers.update(headers)
            _add_correlation(resp)
            return resp

        return endpoint

    def _limits(self, search: bool) -> tuple[Response | None, dict[str, str]]:
        """(429 response or None, rate-limit headers for the answer)."""
        if not self.settings.rate_limits:
            return None, {}
        now = self.clock()
        extra = self.settings.extra
        daily_limit = int(extra.get("daily_limit", DAILY_LIMIT))
        day = int(now // max(self.settings.scaled(86_400.0), 1e-9))
        if self._daily["day"] != day:
            self._daily = {"day": day, "count": 0}
        if self._daily["count"] >= daily_limit:
            return (
                rate_limited("DAILY", "You have reached your daily limit.", self.hub_id, {}),
                {},
            )
        if search:
            # Search has its own per-second bucket and sends no rate-limit headers [C/O].
            self._search.limit = int(extra.get("search_per_second", SEARCH_PER_SECOND))
            if self._search.try_acquire(now) > 0:
                return (
                    rate_limited(
                        "SECONDLY", "You have reached your secondly limit.", self.hub_id, {}
                    ),
                    {},
                )
            self._daily["count"] += 1
            return None, {}
        self._ten_secondly.limit = int(extra.get("ten_secondly_limit", TEN_SECONDLY_LIMIT))
        wait = self._ten_secondly.try_acquire(now)
        headers = {
            "X-HubSpot-RateLimit-Interval-Milliseconds": str(
                int(self.settings.scaled(10.0) * 1000)
            ),
            "X-HubSpot-RateLimit-Max": str(self._ten_secondly.limit),
            "X-HubSpot-RateLimit-Remaining": str(self._ten_secondly.remaining(now)),
        }
        if wait > 0:
            return (
                rate_limited(
                    "TEN_SECONDLY_ROLLING",
                    "You have reached your ten_secondly_rolling limit.",
                    self.hub_id,
                    headers,
                ),
                {},
            )
        self._daily["count"] += 1
        return None, headers

    # ---- control knobs ------------------------------------------------------------------
    def _control_routes(self) -> list[BaseRoute]:
        async def expire_tokens(request: Request) -> Response:
            n = self.grants.expire_access_tokens()
            self.revision += 1
            return JSONResponse({"ok": True, "expired": n})

        async def revoke(request: Request) -> Response:
            """Uninstall: the grant behind `token` (or every grant) stops working."""
            body = await _json(request)
            token = body.get("token")
            if token:
                ok = self.grants.revoke(str(token))
                count = 1 if ok else 0
            else:
                count = 0
                for g in self.grants.grants.values():
                    if not g.revoked:
                        g.revoked = True
                        count += 1
            self.revision += 1
            return JSONResponse({"ok": True, "revoked": count})

        async def issue_token(request: Request) -> Response:
            body = await _json(request)
            scopes = body.get("scopes")
            scopes = list(scopes) if isinstance(scopes, list) else sorted(ALL_SCOPES)
            return JSONResponse(self.issue_direct(scopes))

        async def account(request: Request) -> Response:
            """Account settings: invoice numbering, deleting open invoices."""
            self.crm.account.configure(await _json(request))
            self.revision += 1
            return JSONResponse(self.crm.account.snapshot())

        return [
            Route("/_sandbox/account", account, methods=["POST"]),
            Route("/_sandbox/expire-tokens", expire_tokens, methods=["POST"]),
            Route("/_sandbox/revoke", revoke, methods=["POST"]),
            Route("/_sandbox/issue-token", issue_token, methods=["POST"]),
        ]


def _add_correlation(resp: Response) -> None:
    # Every API answer carries a correlation id, successes included [O hubspot.md s5].
    if "x-hubspot-correlation-id" not in resp.headers:
        resp.headers["X-HubSpot-Correlation-Id"] = correlation_id()


def _correlated(route: BaseRoute) -> BaseRoute:
    if not isinstance(route, Route):
        return route
    inner = route.endpoint

    async def endpoint(request: Request) -> Response:
        resp: Response = await inner(request)
        _add_correlation(resp)
        return resp

    return Route(route.path, endpoint, methods=list(route.methods or []), name=route.name)


async def _json(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    data = json.loads(raw)
    return data if isinstance(data, dict) else {}


async def _html_404(request: Request) -> Response:
    # Unknown paths answer an HTML page, as the real API does [O].
    return HTMLResponse(
        "<!doctype html><html><head><title>404</title></head><body><h1>Not Found</h1>"
        "</body></html>",
        status_code=404,
    )
