"""The shared sandbox plumbing: grants, rate windows, control API, faults, persistence."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route

from qbsync_desktop.sandbox.common import (
    GrantError,
    GrantStore,
    SandboxSettings,
    SlidingWindow,
    build_app,
    is_loopback_redirect,
)
from qbsync_desktop.sandbox.demo import demo_book


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class CounterService:
    """The smallest SandboxService: one counter, one write endpoint."""

    name = "counter"
    client_id = "cid"
    client_secret = "secret"

    def __init__(self) -> None:
        self.settings = SandboxSettings()
        self.revision = 0
        self.count = 0

    def routes(self) -> list[BaseRoute]:
        async def bump(request: Request) -> JSONResponse:
            self.count += 1
            self.revision += 1
            return JSONResponse({"count": self.count})

        async def oauth(request: Request) -> JSONResponse:
            return JSONResponse({"ok": True})

        return [Route("/api/bump", bump, methods=["POST"]), Route("/oauth", oauth)]

    def reset(self) -> None:
        self.count = 0

    def seed(self, size: int, seed: int) -> dict[str, int]:
        self.count = size
        return {"count": size}

    def inspect(self) -> dict[str, Any]:
        return {"count": self.count}

    def snapshot(self) -> dict[str, Any]:
        return {"count": self.count}

    def restore(self, data: dict[str, Any]) -> None:
        self.count = data["count"]

    def is_unlimited_path(self, path: str) -> bool:
        return path.startswith("/oauth")


def client_for(app: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sandbox")


# ---- grants ------------------------------------------------------------------


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def test_code_is_single_use_and_bound_to_client_and_redirect() -> None:
    clock = FakeClock()
    grants = GrantStore(clock)
    code = grants.issue_code("cid", "http://127.0.0.1:5000/cb", "acct", ["a"])
    with pytest.raises(GrantError) as wrong_client:
        grants.exchange_code(code, "other", "http://127.0.0.1:5000/cb", None, 60)
    assert wrong_client.value.reason == "invalid_grant"
    # The failed attempt used the code up, as real servers do.
    with pytest.raises(GrantError):
        grants.exchange_code(code, "cid", "http://127.0.0.1:5000/cb", None, 60)
    code2 = grants.issue_code("cid", "http://127.0.0.1:5000/cb", "acct", ["a"])
    with pytest.raises(GrantError) as wrong_redirect:
        grants.exchange_code(code2, "cid", "http://127.0.0.1:5001/cb", None, 60)
    assert wrong_redirect.value.reason == "invalid_request"


def test_pkce_s256_verifier_must_match() -> None:
    grants = GrantStore(FakeClock())
    verifier = "v" * 50
    uri = "http://127.0.0.1:1/cb"
    code = grants.issue_code("cid", uri, "acct", [], _s256(verifier), "S256")
    with pytest.raises(GrantError):
        grants.exchange_code(code, "cid", uri, "wrong" * 10, 60)
    code = grants.issue_code("cid", uri, "acct", [], _s256(verifier), "S256")
    grant, access = grants.exchange_code(code, "cid", uri, verifier, 60)
    assert grants.check_access(access.token)[0] == "ok"
    assert grant.account_id == "acct"


def test_access_token_expires_by_clock_and_refresh_rotates() -> None:
    clock = FakeClock()
    grants = GrantStore(clock)
    uri = "http://127.0.0.1:1/cb"
    grant, access = grants.exchange_code(
        grants.issue_code("cid", uri, "acct", []), "cid", uri, None, 60
    )
    clock.now += 61
    assert grants.check_access(access.token)[0] == "expired"
    old_refresh = grant.refresh_token
    grant, fresh = grants.refresh(old_refresh, "cid", 60, rotate=True)
    assert grant.refresh_token != old_refresh
    assert grants.check_access(fresh.token)[0] == "ok"
    with pytest.raises(GrantError):
        grants.refresh(old_refresh, "cid", 60, rotate=True)  # rotated away


def test_revoke_kills_refresh_and_access() -> None:
    grants = GrantStore(FakeClock())
    uri = "http://127.0.0.1:1/cb"
    grant, access = grants.exchange_code(
        grants.issue_code("cid", uri, "acct", []), "cid", uri, None, 60
    )
    assert grants.revoke(grant.refresh_token)
    assert grants.check_access(access.token)[0] == "revoked"
    with pytest.raises(GrantError):
        grants.refresh(grant.refresh_token, "cid", 60, rotate=False)
    assert not grants.revoke("unknown")


def test_grants_survive_snapshot_restore() -> None:
    grants = GrantStore(FakeClock())
    uri = "http://127.0.0.1:1/cb"
    grant, access = grants.exchange_code(
        grants.issue_code("cid", uri, "acct", ["s"]), "cid", uri, None, 60
    )
    again = GrantStore(FakeClock())
    again.restore(grants.snapshot())
    assert again.check_access(access.token)[0] == "ok"
    assert again.refresh(grant.refresh_token, "cid", 60, rotate=False)[0].scopes == ["s"]


@pytest.mark.parametrize(
    ("uri", "ok"),
    [
        ("http://127.0.0.1:8765/callback", True),
        ("http://localhost:1/cb", True),
        ("https://127.0.0.1/cb", False),
        ("http://evil.example/cb", False),
        ("http://127.0.0.1.evil.example/cb", False),
    ],
)
def test_only_loopback_redirects_are_accepted(uri: str, ok: bool) -> None:
    assert is_loopback_redirect(uri) is ok


# ---- rate windows --------------------------------------------------------------


def test_sliding_window_limits_and_frees_slots_with_time_scale() -> None:
    clock = FakeClock()
    settings = SandboxSettings(time_scale=10.0)
    window = SlidingWindow(3, 60.0, settings.scaled)  # 60 s shrinks to 6 s
    for _ in range(3):
        assert window.try_acquire(clock()) == 0.0
    wait = window.try_acquire(clock())
    assert wait == pytest.approx(6.0)
    assert window.remaining(clock()) == 0
    clock.now += 6.01
    assert window.try_acquire(clock()) == 0.0


# ---- app plumbing --------------------------------------------------------------


async def test_control_api_seed_settings_inspect_reset() -> None:
    svc = CounterService()
    async with client_for(build_app(svc)) as c:
        assert (await c.post("/_sandbox/seed", json={"size": 7})).json()["counts"] == {"count": 7}
        assert (await c.get("/_sandbox/inspect")).json() == {"count": 7}
        r = await c.post("/_sandbox/settings", json={"latency_ms": 0, "fault_rate": 0.0})
        assert r.json()["fault_rate"] == 0.0
        bad = await c.post("/_sandbox/settings", json={"no_such_knob": 1})
        assert bad.status_code == 400 and "no_such_knob" in bad.text
        await c.post("/_sandbox/reset")
        assert (await c.get("/_sandbox/inspect")).json() == {"count": 0}


async def test_injected_faults_do_not_touch_state_and_spare_oauth_and_control() -> None:
    svc = CounterService()
    svc.settings.fault_rate = 1.0
    async with client_for(build_app(svc, fault_seed=3)) as c:
        r = await c.post("/api/bump")
        assert r.status_code in (500, 503)
        assert svc.count == 0
        assert (await c.get("/oauth")).status_code == 200
        assert (await c.get("/_sandbox/inspect")).status_code == 200


async def test_dropped_connection_happens_after_the_write() -> None:
    """The nasty case: the server did the work but the client never sees the answer."""
    from tests.support.sandboxes import SandboxServers

    svc = CounterService()
    svc.settings.drop_rate = 1.0
    servers = SandboxServers({"counter": build_app(svc)}).start()
    try:
        url = servers.info()["counter"].base_url
        async with httpx.AsyncClient(base_url=url) as c:
            with pytest.raises(httpx.TransportError):
                await c.post("/api/bump")
        assert svc.count == 1
    finally:
        servers.stop()


async def test_state_persists_across_restart(tmp_path: Path) -> None:
    state = tmp_path / "counter.json"
    svc = CounterService()
    app = build_app(svc, state_file=state)
    async with app.router.lifespan_context(app), client_for(app) as c:
        await c.post("/api/bump")
        await c.post("/api/bump")
    assert state.exists()
    again = CounterService()
    build_app(again, state_file=state)
    assert again.count == 2


def test_demo_books_are_deterministic_and_overlap_by_email() -> None:
    a, b = demo_book(50, 7), demo_book(50, 7)
    assert a == b
    assert len(a.hubspot_contacts) >= 50 and len(a.qbo_customers) >= 40
    hs = {p.email.strip().lower() for p in a.hubspot_contacts if p.email}
    qbo = {p.email.strip().lower() for p in a.qbo_customers if p.email}
    assert len(hs & qbo) >= 20
    assert any(p.email is None for p in a.hubspot_contacts)
    companies = [p.company for p in a.hubspot_contacts if p.company]
    assert len(companies) > len(set(companies))  # two contacts of one company
    assert "Jordan Blake" in a.qbo_vendors
    assert demo_book(50, 8) != a
