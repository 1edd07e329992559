"""Fixtures for the HubSpot sandbox tests: a fake clock, the app in process, tokens."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hubspot import HubSpot

from qbsync_desktop.sandbox.common import SandboxSettings, build_app
from qbsync_desktop.sandbox.hubspot.schema import ALL_SCOPES
from qbsync_desktop.sandbox.hubspot.service import HubSpotSandbox
from qbsync_desktop.sandbox.serve import SandboxServers

REDIRECT = "http://127.0.0.1:8765/callback"


class FakeClock:
    def __init__(self, start: float = 1_767_225_600.0) -> None:  # 2026-01-01T00:00:00Z
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def svc(clock: FakeClock) -> HubSpotSandbox:
    return HubSpotSandbox(settings=SandboxSettings(), clock=clock)


@pytest.fixture
def seeded(svc: HubSpotSandbox) -> HubSpotSandbox:
    svc.seed(50, 1)
    return svc


@pytest.fixture
async def client(svc: HubSpotSandbox) -> AsyncIterator[httpx.AsyncClient]:
    app = build_app(svc)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sandbox"
    ) as c:
        yield c


def consent_fields(html: str) -> dict[str, str]:
    return dict(re.findall(r'name="([^"]+)" value="([^"]*)"', html))


async def authorize_code(
    client: httpx.AsyncClient,
    svc: HubSpotSandbox,
    scopes: str = "oauth crm.objects.contacts.read crm.objects.contacts.write",
    **extra: str,
) -> str:
    """Play the browser: open the consent page, allow, read the code off the redirect."""
    params = {
        "client_id": svc.client_id,
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "scope": scopes,
        "state": "st4te",
        **extra,
    }
    page = await client.get("/oauth/authorize", params=params)
    assert page.status_code == 200
    form = consent_fields(page.text)
    form["decision"] = "allow"
    resp = await client.post("/oauth/authorize", data=form)
    assert resp.status_code == 302
    query = parse_qs(urlsplit(resp.headers["location"]).query)
    assert query["state"] == ["st4te"]
    return query["code"][0]


async def token_for(client: httpx.AsyncClient, svc: HubSpotSandbox, scopes: str) -> str:
    code = await authorize_code(client, svc, scopes)
    resp = await client.post(
        "/oauth/v1/token",
        data={
            "grant_type": "authorization_code",
            "client_id": svc.client_id,
            "client_secret": svc.client_secret,
            "redirect_uri": REDIRECT,
            "code": code,
        },
    )
    assert resp.status_code == 200, resp.text
    token: str = resp.json()["access_token"]
    return token


@pytest.fixture
async def auth(client: httpx.AsyncClient, svc: HubSpotSandbox) -> dict[str, str]:
    """Authorization header of a token holding every scope (via the browser flow)."""
    token = await token_for(client, svc, " ".join(sorted(ALL_SCOPES)))
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
async def api(
    client: httpx.AsyncClient, auth: dict[str, str], seeded: HubSpotSandbox
) -> httpx.AsyncClient:
    """A client on the seeded sandbox that sends the all-scopes token."""
    client.headers.update(auth)
    return client


# ---- the official SDK against a served sandbox (module-scoped: one port per module) ----
SDK_REDIRECT = "http://127.0.0.1:9/cb"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[HubSpotSandbox, str]]:
    svc = HubSpotSandbox(settings=SandboxSettings(rate_limits=False))
    svc.seed(50, 3)
    servers = SandboxServers({"hubspot": build_app(svc)}).start()
    try:
        yield svc, servers.info()["hubspot"].base_url
    finally:
        servers.stop()


@pytest.fixture(scope="module")
def hs(served: tuple[HubSpotSandbox, str]) -> HubSpot:
    svc, base = served
    # Play the browser for the code, then let the SDK's own OAuth client exchange it.
    with httpx.Client(base_url=base) as web:
        page = web.get(
            "/oauth/authorize",
            params={
                "client_id": svc.client_id,
                "redirect_uri": SDK_REDIRECT,
                "scope": " ".join(sorted(ALL_SCOPES)),
                "state": "s",
            },
        )
        form = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', page.text))
        form["decision"] = "allow"
        code = parse_qs(
            urlsplit(web.post("/oauth/authorize", data=form).headers["location"]).query
        )["code"][0]
    sdk = HubSpot(host=base)
    tokens = sdk.oauth.tokens_api.create(
        grant_type="authorization_code",
        code=code,
        redirect_uri=SDK_REDIRECT,
        client_id=svc.client_id,
        client_secret=svc.client_secret,
    )
    assert tokens.expires_in == 1800
    info = sdk.oauth.access_tokens_api.get(tokens.access_token)
    assert info.hub_id == svc.hub_id
    return HubSpot(access_token=tokens.access_token, host=base)
