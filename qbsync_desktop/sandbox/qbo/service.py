"""`QboSandbox`: one QuickBooks Online company (realm) with its OAuth app, as an ASGI service.

Serve it with `build_app(QboSandbox(...))`. Everything time-dependent uses the
injected clock and `settings.scaled(...)`, so tests can move time instead of sleeping.
"""

from __future__ import annotations

import json
import secrets
import string
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..common import GrantStore, SandboxSettings, SlidingWindow
from ..common.app import CONTROL_PREFIX
from . import faults
from .api import CompanyApi
from .books import ENTITIES, Books
from .oauth import OAuthRoutes, is_oauth_path
from .operations import Operations
from .seeding import default_company, default_preferences, seed_books, setup_company

# qbo.md 5.1: 500/min per realm, 10/s per realm+app, 40 batch calls/min per realm+app.
LIMITS = {"minute": (500, 60.0), "second": (10, 1.0), "batch": (40, 60.0)}


def client_secret() -> str:
    """Like Intuit's: 40 letters and digits. A token_urlsafe secret could start with "-",
    which `qbsync connect --client-secret -x...` reads as an option (tests failed so)."""
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(40))


class QboSandbox:
    name = "quickbooks"

    def __init__(
        self,
        settings: SandboxSettings | None = None,
        clock: Callable[[], float] = time.time,
        country: str = "US",
    ) -> None:
        self.settings = settings or SandboxSettings()
        # The company's country (CompanyInfo.Country): "GB" brings UK VAT codes and GBP.
        self.country = country
        # Rotate on every refresh so clients always exercise "persist the new token".
        self.settings.extra.setdefault("rotate_refresh_tokens", True)
        self.clock = clock
        self.revision = 0
        self.client_id = "AB" + secrets.token_urlsafe(36).replace("-", "x").replace("_", "y")
        self.client_secret = client_secret()
        self.realm_id = str(9130350000000000 + secrets.randbelow(10**12))
        self.company_name = "Sandbox Company_US_1"
        self.grants = GrantStore(clock)
        self.refresh_used: dict[str, float] = {}
        self.books = Books()
        self.ops = Operations(lambda: self.books, clock)
        self.idempotency: dict[str, tuple[int, bytes]] = {}
        self.counters: Counter[str] = Counter()
        self.minorversions: set[str] = set()
        self.throttle_wait = 0.0
        self._windows = {
            k: SlidingWindow(limit, window, self.settings.scaled)
            for k, (limit, window) in LIMITS.items()
        }
        self._oauth = OAuthRoutes(self)
        self._api = CompanyApi(self)
        self._fresh_books()

    # ---- the SandboxService protocol ----------------------------------------------
    def routes(self) -> list[BaseRoute]:
        return [
            *self._oauth.routes(),
            *self._api.routes(),
            Route(CONTROL_PREFIX + "expire-tokens", self._expire_tokens, methods=["POST"]),
            Route(CONTROL_PREFIX + "expire-refresh-tokens", self._expire_refresh, methods=["POST"]),
            Route(CONTROL_PREFIX + "revoke", self._revoke_all, methods=["POST"]),
            Route(CONTROL_PREFIX + "company", self._company, methods=["GET", "POST"]),
        ]

    def reset(self) -> None:
        self.grants = GrantStore(self.clock)
        self.refresh_used.clear()
        self.idempotency.clear()
        self.counters.clear()
        self.minorversions.clear()
        for window in self._windows.values():
            window.reset()
        self._fresh_books()

    def seed(self, size: int, seed: int) -> dict[str, int]:
        """Replace the books with the demo set; grants survive so connections keep working."""
        self.idempotency.clear()
        self._fresh_books()
        counts = seed_books(self.books, size, seed, self.clock())
        self.revision += 1
        return counts

    def inspect(self) -> dict[str, Any]:
        books = self.books
        return {
            "realm_id": self.realm_id,
            "company_name": books.singletons["CompanyInfo"].get("CompanyName"),
            "counts": {e: books.count(e) for e in ENTITIES},
            "deleted": {e: len(d) for e, d in books.deleted.items() if d},
            "requests": dict(self.counters),
            "writes": self.counters.get("writes", 0),
            "throttled": self.counters.get("throttled", 0),
            "grants": len(self.grants.grants),
            "active_grants": sum(1 for g in self.grants.grants.values() if not g.revoked),
            "minorversions": sorted(self.minorversions),
            "settings": self.settings.as_dict(),
        }

    def snapshot(self) -> dict[str, Any]:
        return {
            "version": 1,
            "revision": self.revision,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "realm_id": self.realm_id,
            "company_name": self.company_name,
            "grants": self.grants.snapshot(),
            "refresh_used": self.refresh_used,
            "books": self.books.snapshot(),
            "idempotency": {k: [s, b.decode("utf-8")] for k, (s, b) in self.idempotency.items()},
        }

    def restore(self, data: dict[str, Any]) -> None:
        data = json.loads(json.dumps(data))  # detach from the caller's structures
        self.revision = int(data.get("revision", 0))
        self.client_id = data["client_id"]
        self.client_secret = data["client_secret"]
        self.realm_id = data["realm_id"]
        self.company_name = data.get("company_name", self.company_name)
        self.grants = GrantStore(self.clock)
        self.grants.restore(data.get("grants", {}))
        self.refresh_used = {k: float(v) for k, v in data.get("refresh_used", {}).items()}
        self.books = Books()
        self.books.restore(data["books"])
        self.idempotency = {
            k: (int(s), str(b).encode("utf-8")) for k, (s, b) in data.get("idempotency", {}).items()
        }

    def is_unlimited_path(self, path: str) -> bool:
        return is_oauth_path(path)

    # ---- helpers used by the API layer -----------------------------------------------
    def count(self, key: str) -> None:
        self.counters[key] += 1

    def throttle(self, kind: str) -> None:
        """Raise the 3001 fault when a window is full; records the request otherwise."""
        if not self.settings.rate_limits:
            return
        now = self.clock()
        names = ["minute", "second", "batch"] if kind == "batch" else ["minute", "second"]
        for name in names:
            if self._windows[name].remaining(now) == 0:
                self.throttle_wait = self._windows[name].try_acquire(now)
                self.counters["throttled"] += 1
                raise faults.throttled()
        for name in names:
            self._windows[name].try_acquire(now)

    def _fresh_books(self) -> None:
        now = self.clock()
        self.books = Books()
        setup_company(self.books, now)
        self.books.touch_singleton(
            "CompanyInfo", default_company(self.realm_id, self.company_name), now
        )
        self.books.touch_singleton("Preferences", default_preferences(), now)
        if self.country.upper() not in ("US", "USA"):
            self.ops.configure({"CompanyInfo": {"Country": self.country.upper()}})

    # ---- control knobs -----------------------------------------------------------------
    async def _expire_tokens(self, request: Request) -> Response:
        count = self.grants.expire_access_tokens()
        self.revision += 1
        return JSONResponse({"ok": True, "expired": count})

    async def _expire_refresh(self, request: Request) -> Response:
        # Push every grant's last use past the rolling window.
        past = self.clock() - self.settings.scaled(1e10)
        for grant_id in self.grants.grants:
            self.refresh_used[grant_id] = past
        self.revision += 1
        return JSONResponse({"ok": True, "expired": len(self.grants.grants)})

    async def _revoke_all(self, request: Request) -> Response:
        count = 0
        for grant in self.grants.grants.values():
            if not grant.revoked:
                grant.revoked = True
                count += 1
        self.revision += 1
        return JSONResponse({"ok": True, "revoked": count})

    async def _company(self, request: Request) -> Response:
        """GET: CompanyInfo and Preferences; POST: deep-merge fields into them."""
        if request.method == "POST":
            raw = await request.body()
            body = json.loads(raw) if raw else {}
            self.ops.configure(body)
            if isinstance(body.get("CompanyInfo"), dict) and body["CompanyInfo"].get("CompanyName"):
                self.company_name = str(body["CompanyInfo"]["CompanyName"])
            self.revision += 1
        return JSONResponse(
            {name: self.books.singletons[name] for name in ("CompanyInfo", "Preferences")}
        )
