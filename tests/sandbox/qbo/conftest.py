"""Fixtures for the QBO sandbox tests: a fake clock, the service, an in-process client."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes
from quickbooks import QuickBooks

from qbsync_desktop.sandbox.common import SandboxSettings, build_app
from qbsync_desktop.sandbox.qbo.service import QboSandbox
from qbsync_desktop.sandbox.serve import SandboxServers
from tests.support.browser import consent_form

REDIRECT = "http://127.0.0.1:8765/callback"


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self, start: float = 1_780_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Qbo:
    """An authorised client of one sandbox realm."""

    svc: QboSandbox
    http: httpx.AsyncClient
    realm: str
    access_token: str
    refresh_token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}", "Accept": "application/json"}

    def url(self, resource: str) -> str:
        return f"/v3/company/{self.realm}/{resource}"

    async def get(self, resource: str, **params: Any) -> httpx.Response:
        return await self.http.get(
            self.url(resource), params={"minorversion": "75", **params}, headers=self.headers
        )

    async def post(self, resource: str, body: Any, **params: Any) -> httpx.Response:
        return await self.http.post(
            self.url(resource),
            params={"minorversion": "75", **params},
            json=body,
            headers=self.headers,
        )

    async def query(self, text: str) -> httpx.Response:
        return await self.get("query", query=text)

    async def rows(self, text: str) -> list[dict[str, Any]]:
        resp = await self.query(text)
        assert resp.status_code == 200, resp.text
        payload = resp.json()["QueryResponse"]
        entity = next((k for k in payload if k[0].isupper()), None)
        return list(payload[entity]) if entity else []

    async def create(self, resource: str, body: dict[str, Any], **params: Any) -> dict[str, Any]:
        resp = await self.post(resource, body, **params)
        assert resp.status_code == 200, resp.text
        entity = next(k for k in resp.json() if k != "time")
        return dict(resp.json()[entity])


def basic(svc: QboSandbox) -> dict[str, str]:
    raw = f"{svc.client_id}:{svc.client_secret}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def fault_code(resp: httpx.Response) -> str:
    return str(resp.json()["Fault"]["Error"][0]["code"])


async def authorize(
    http: httpx.AsyncClient, svc: QboSandbox, allow: bool = True, **extra: str
) -> dict[str, list[str]]:
    """Play the browser on the consent page; the redirect's query parameters."""
    params = {
        "client_id": svc.client_id,
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "scope": "com.intuit.quickbooks.accounting",
        "state": "st-1",
        **extra,
    }
    page = await http.get("/connect/oauth2", params=params)
    assert page.status_code == 200, page.text
    action, fields = consent_form(page.text)
    answer = await http.post(action, data={**fields, "decision": "allow" if allow else "deny"})
    assert answer.status_code == 302
    assert answer.headers["location"].startswith(REDIRECT)
    return parse_qs(urlsplit(answer.headers["location"]).query)


async def exchange(
    http: httpx.AsyncClient, svc: QboSandbox, code: str, **extra: str
) -> httpx.Response:
    return await http.post(
        "/oauth2/v1/tokens/bearer",
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT, **extra},
        headers={**basic(svc), "Accept": "application/json"},
    )


async def connect(http: httpx.AsyncClient, svc: QboSandbox) -> Qbo:
    redirect = await authorize(http, svc)
    resp = await exchange(http, svc, redirect["code"][0])
    assert resp.status_code == 200, resp.text
    tokens = resp.json()
    return Qbo(svc, http, redirect["realmId"][0], tokens["access_token"], tokens["refresh_token"])


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def svc(clock: FakeClock) -> QboSandbox:
    # Rate limits off here: the fake clock does not move, so 10/s would trip at once.
    # The throttling tests turn them on explicitly.
    service = QboSandbox(settings=SandboxSettings(rate_limits=False), clock=clock)
    service.seed(50, 1)
    return service


@pytest.fixture
async def http(svc: QboSandbox) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=build_app(svc))
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
        yield client


@pytest.fixture
async def qbo(http: httpx.AsyncClient, svc: QboSandbox) -> Qbo:
    return await connect(http, svc)


PYQB_REDIRECT = "http://127.0.0.1:1/callback"  # never contacted: we read the Location header


@pytest.fixture(scope="module")
def pyqb_server() -> Iterator[tuple[QboSandbox, str]]:
    """One seeded sandbox on a loopback port per test module (python-quickbooks tests)."""
    svc = QboSandbox(settings=SandboxSettings(rate_limits=False))
    svc.seed(50, 1)
    servers = SandboxServers({"quickbooks": build_app(svc)}).start()
    try:
        yield svc, servers.info()["quickbooks"].base_url
    finally:
        servers.stop()


@pytest.fixture
def qb(pyqb_server: tuple[QboSandbox, str], monkeypatch: pytest.MonkeyPatch) -> QuickBooks:
    """The unmodified python-quickbooks client, connected through intuitlib's OAuth flow."""
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    svc, base = pyqb_server
    auth = AuthClient(
        svc.client_id,
        svc.client_secret,
        PYQB_REDIRECT,
        environment=f"{base}/.well-known/openid_sandbox_configuration/",
    )
    url = auth.get_authorization_url([Scopes.ACCOUNTING])

    with httpx.Client(follow_redirects=False) as browser:
        page = browser.get(url)
        action, fields = consent_form(page.text)
        answer = browser.post(base + action, data={**fields, "decision": "allow"})
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    assert query["state"] == [auth.state_token]
    auth.get_bearer_token(query["code"][0], realm_id=query["realmId"][0])
    client = QuickBooks(
        auth_client=auth,
        refresh_token=auth.refresh_token,
        company_id=auth.realm_id,
        minorversion=75,
    )
    client.api_url_v3 = f"{base}/v3"  # instance attribute; the library code is unchanged
    return client
