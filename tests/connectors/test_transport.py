"""The shared request layer: refresh on 401 (single-flight), 429 waits, transient retries."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from qbsync_desktop.core.connectors.errors import (
    NeedsReconnect,
    QboFault,
    RateLimited,
    ServiceUnreachable,
    TransportFailure,
)
from qbsync_desktop.core.connectors.transport import GIVE_UP_S

from .helpers import BASE, FakeClock, make_transport, token_set

TOKEN_URL = f"{BASE}/oauth2/v1/tokens/bearer"
API = f"{BASE}/v3/company/4620816365/customer/1"


def _ok() -> httpx.Response:
    return httpx.Response(200, json={"Customer": {"Id": "1"}})


class FakeQbo:
    """Token endpoint + one API path; access tokens are "access-N"."""

    def __init__(self, rotate: bool = True) -> None:
        self.valid_access = {"access-0000000001"}
        self.refresh = "refresh-000000001"
        self.rotate = rotate
        self.refresh_calls = 0
        self.api_calls = 0
        self.script: list[httpx.Response | Exception] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            return self.token(request)
        self.api_calls += 1
        if self.script:
            step = self.script.pop(0)
            if isinstance(step, Exception):
                raise step
            return step
        auth = request.headers.get("authorization", "")
        if auth.removeprefix("Bearer ") not in self.valid_access:
            return httpx.Response(
                401,
                text="<IntuitResponse><Fault type='AUTHENTICATION'>"
                "<Error code='100'><Message>General Authentication Error"
                "</Message></Error></Fault></IntuitResponse>",
            )
        return _ok()

    def token(self, request: httpx.Request) -> httpx.Response:
        form = dict(x.split("=", 1) for x in request.content.decode().split("&"))
        assert request.headers["authorization"].startswith("Basic ")
        self.refresh_calls += 1
        if form.get("refresh_token") != self.refresh:
            return httpx.Response(400, json={"error": "invalid_grant"})
        access = f"access-{self.refresh_calls + 1:010d}"
        self.valid_access = {access}
        if self.rotate:
            self.refresh = f"refresh-{self.refresh_calls + 1:09d}"
        return httpx.Response(
            200,
            json={
                "access_token": access,
                "refresh_token": self.refresh,
                "expires_in": 3600,
                "x_refresh_token_expires_in": 8640000,
                "token_type": "bearer",
            },
        )


async def test_401_refreshes_once_and_persists_rotated_refresh_token() -> None:
    fake = FakeQbo()
    fake.valid_access = set()  # the stored access token was revoked server-side early
    transport, mgr, _ = make_transport(fake)
    resp = await transport.request("GET", API)
    assert resp.status_code == 200
    assert fake.refresh_calls == 1
    stored = mgr.credentials.load_tokens("p", "quickbooks")
    assert stored is not None and stored.refresh_token == fake.refresh != "refresh-000000001"
    assert stored.access_token in fake.valid_access


async def test_refresh_ahead_of_expiry_without_a_401() -> None:
    fake = FakeQbo()
    clock = FakeClock()
    transport, _, _ = make_transport(fake, clock=clock, tokens=token_set(expires_at=clock.now + 60))
    await transport.request("GET", API)
    assert fake.refresh_calls == 1
    assert fake.api_calls == 1  # no request was spent on a token about to expire


async def test_concurrent_requests_share_one_refresh() -> None:
    fake = FakeQbo()
    fake.valid_access = set()
    transport, _, _ = make_transport(fake)
    results = await asyncio.gather(*(transport.request("GET", API) for _ in range(8)))
    assert all(r.status_code == 200 for r in results)
    assert fake.refresh_calls == 1


async def test_invalid_grant_means_needs_reconnect_and_stays_so() -> None:
    fake = FakeQbo()
    fake.valid_access = set()
    fake.refresh = "someone-else-rotated-it"
    transport, mgr, _ = make_transport(fake)
    with pytest.raises(NeedsReconnect):
        await transport.request("GET", API)
    assert mgr.needs_reconnect
    calls = fake.refresh_calls
    with pytest.raises(NeedsReconnect):
        await transport.request("GET", API)
    assert fake.refresh_calls == calls  # no hammering of the token endpoint
    # Tokens are kept (queued work and the account stay), only the connection is blocked.
    assert mgr.credentials.load_tokens("p", "quickbooks") is not None


async def test_429_waits_as_told_and_succeeds() -> None:
    fake = FakeQbo()
    fake.script = [
        httpx.Response(
            429,
            headers={"Retry-After": "7"},
            json={
                "Fault": {
                    "type": "SERVICE",
                    "Error": [{"Message": "ThrottleExceeded", "code": "3001"}],
                }
            },
        )
    ]
    transport, _, clock = make_transport(fake)
    resp = await transport.request("GET", API)
    assert resp.status_code == 200
    assert clock.slept and abs(sum(clock.slept) - 7) < 0.01


async def test_qbo_429_without_header_waits_60s() -> None:
    fake = FakeQbo()
    fake.script = [
        httpx.Response(
            429,
            text="<?xml version='1.0'?><IntuitResponse><Fault "
            "type='SERVICE'><Error code='3001'><Message>ThrottleExceeded"
            "</Message></Error></Fault></IntuitResponse>",
        )
    ]
    transport, _, clock = make_transport(fake)
    await transport.request("GET", API)
    assert abs(sum(clock.slept) - 60) < 0.01


async def test_endless_429_gives_up_with_rate_limited() -> None:
    fake = FakeQbo()
    fake.script = [httpx.Response(429, json={}) for _ in range(20)]
    transport, _, _ = make_transport(fake)
    with pytest.raises(RateLimited):
        await transport.request("GET", API)


async def test_transient_failures_are_retried_with_backoff() -> None:
    fake = FakeQbo()
    fake.script = [
        httpx.Response(503, json={"message": "injected fault"}),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("peer closed connection"),
        httpx.Response(
            500,
            json={
                "Fault": {
                    "type": "SystemFault",
                    "Error": [{"Message": "An application error has occurred", "code": "10000"}],
                }
            },
        ),
    ]
    transport, _, clock = make_transport(fake)
    resp = await transport.request("POST", API, json={}, params={"requestid": "r1"})
    assert resp.status_code == 200
    assert transport.stats.retries == 4
    assert len(clock.slept) == 4
    assert all(0 <= s <= 30 for s in clock.slept)


async def test_retries_are_bounded() -> None:
    fake = FakeQbo()
    fake.script = [httpx.Response(503, json={}) for _ in range(10)]
    transport, _, _ = make_transport(fake)
    with pytest.raises(QboFault) as info:
        await transport.request("GET", API)
    assert info.value.transient and info.value.http_status == 503
    assert fake.api_calls == 6


async def test_a_silent_service_is_given_up_on_after_the_bound_then_at_once() -> None:
    fake = FakeQbo()
    fake.script = [httpx.Response(503, json={}) for _ in range(1000)]
    transport, _, clock = make_transport(fake)
    start = clock.now
    while True:  # each request fails after its retries, until the silence passes the bound
        try:
            await transport.request("GET", API)
        except ServiceUnreachable:
            break
        except QboFault:
            continue
    gave_up_after = clock.now - start
    assert GIVE_UP_S <= gave_up_after < GIVE_UP_S + 1, gave_up_after
    sent = fake.api_calls
    with pytest.raises(ServiceUnreachable):  # later requests end at once, unsent
        await transport.request("GET", API)
    assert fake.api_calls == sent


async def test_any_answer_restarts_the_silence() -> None:
    fake = FakeQbo()
    transport, _, clock = make_transport(fake)
    for _ in range(3):  # 45 s of 503s, an answer, 45 s more: never 60 s of silence
        fake.script = [httpx.Response(503, json={}) for _ in range(100)]
        started = clock.now
        while clock.now - started < 45:
            with pytest.raises(QboFault):
                await transport.request("GET", API)
        fake.script = []
        assert (await transport.request("GET", API)).status_code == 200


async def test_non_transient_errors_are_never_retried() -> None:
    fake = FakeQbo()
    fake.script = [
        httpx.Response(
            400,
            json={
                "Fault": {
                    "type": "ValidationFault",
                    "Error": [
                        {
                            "Message": "Duplicate Name Exists Error",
                            "Detail": "The name supplied already exists.",
                            "code": "6240",
                            "element": "",
                        }
                    ],
                }
            },
        )
    ]
    transport, _, clock = make_transport(fake)
    with pytest.raises(QboFault) as info:
        await transport.request("POST", API, json={})
    assert info.value.code == "6240" and not info.value.transient
    assert fake.api_calls == 1 and clock.slept == []


async def test_non_idempotent_request_not_repeated_after_it_may_have_landed() -> None:
    fake = FakeQbo()
    fake.script = [httpx.RemoteProtocolError("dropped after send")]
    transport, _, _ = make_transport(fake)
    with pytest.raises(TransportFailure) as info:
        await transport.request("POST", API, json={}, idempotent=False)
    assert info.value.transient
    assert fake.api_calls == 1


async def test_non_idempotent_request_retried_when_never_sent() -> None:
    fake = FakeQbo()
    fake.script = [httpx.ConnectError("refused")]
    transport, _, _ = make_transport(fake)
    resp = await transport.request("POST", API, json={}, idempotent=False)
    assert resp.status_code == 200 and fake.api_calls == 2


async def test_hubspot_expired_token_body_triggers_refresh() -> None:
    refreshed = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/v1/token":
            form = dict(x.split("=", 1) for x in request.content.decode().split("&"))
            assert form["client_secret"] == "client-secret-xyz"  # HubSpot: secret in the form
            refreshed.append(form)
            return httpx.Response(
                200,
                json={
                    "access_token": "hs-access-new",
                    "expires_in": 1800,
                    "refresh_token": form["refresh_token"],
                },
            )
        if request.headers["authorization"] != "Bearer hs-access-new":
            return httpx.Response(
                401,
                json={
                    "status": "error",
                    "category": "EXPIRED_AUTHENTICATION",
                    "message": "The OAuth token used to make this call expired 0 second(s) ago.",
                    "correlationId": "x",
                },
            )
        return httpx.Response(200, content=json.dumps({"results": []}))

    transport, mgr, _ = make_transport(handler, service="hubspot")
    resp = await transport.request("GET", f"{BASE}/crm/v3/objects/contacts")
    assert resp.status_code == 200 and len(refreshed) == 1
    stored = mgr.credentials.load_tokens("p", "hubspot")
    assert stored is not None and stored.refresh_token == "refresh-000000001"  # no rotation
