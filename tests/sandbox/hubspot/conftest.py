"""Fixtures for the HubSpot sandbox tests: a fake clock, the app in process, tokens."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from qbsync_desktop.sandbox.common import SandboxSettings, build_app
from qbsync_desktop.sandbox.hubspot.schema import ALL_SCOPES
from qbsync_desktop.sandbox.hubspot.service import HubSpotSandbox

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
