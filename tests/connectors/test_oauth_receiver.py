"""The loopback receiver: one-shot state, loopback only, timeout that frees the port."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest

from qbsync_desktop.core.connectors import oauth
from qbsync_desktop.core.connectors.endpoints import endpoints_for
from qbsync_desktop.core.connectors.errors import AuthError


async def _get(url: str, headers: dict[str, str] | None = None) -> httpx.Response:
    async with httpx.AsyncClient() as client:
        return await client.get(url, headers=headers)


async def test_right_state_delivers_code_and_realm_once() -> None:
    rx = await oauth.LoopbackReceiver("s" * 20).start()
    assert rx.redirect_uri.startswith("http://127.0.0.1:")
    waiter = asyncio.create_task(rx.wait(5))
    resp = await _get(f"{rx.redirect_uri}?code=abc12345&state={'s' * 20}&realmId=9341")
    assert resp.status_code == 200
    redirect = await waiter
    assert redirect.code == "abc12345" and redirect.realm_id == "9341"
    with pytest.raises(httpx.ConnectError):  # one shot: the port is released
        await _get(f"{rx.redirect_uri}?code=again&state={'s' * 20}")


async def test_wrong_state_is_rejected_and_the_flow_keeps_waiting() -> None:
    rx = await oauth.LoopbackReceiver("right-state-123").start()
    waiter = asyncio.create_task(rx.wait(5))
    bad = await _get(f"{rx.redirect_uri}?code=evil&state=wrong-state")
    assert bad.status_code == 400 and "does not belong" in bad.text
    missing = await _get(f"{rx.redirect_uri}?code=evil")
    assert missing.status_code == 400
    assert not waiter.done()
    good = await _get(f"{rx.redirect_uri}?code=good-code&state=right-state-123")
    assert good.status_code == 200
    assert (await waiter).code == "good-code"
    assert rx.rejected == 2


async def test_foreign_host_header_is_rejected() -> None:
    rx = await oauth.LoopbackReceiver("st-123456").start()
    waiter = asyncio.create_task(rx.wait(5))
    resp = await _get(f"{rx.redirect_uri}?code=x&state=st-123456", {"Host": "evil.example"})
    assert resp.status_code == 400 and not waiter.done()
    other = await _get(f"http://127.0.0.1:{rx.port}/elsewhere?code=x&state=st-123456")
    assert other.status_code == 404
    waiter.cancel()
    await rx.close()


async def test_listens_on_loopback_only() -> None:
    with pytest.raises(ValueError):
        oauth.LoopbackReceiver("s", host="0.0.0.0")
    rx = await oauth.LoopbackReceiver("st").start()
    try:
        assert rx._server is not None
        hosts = {s.getsockname()[0] for s in rx._server.sockets}
        assert hosts == {"127.0.0.1"}
        # Not reachable on another local address of this machine, if it has one.
        try:
            outside = socket.gethostbyname(socket.gethostname())
        except OSError:
            outside = "127.0.0.1"
        if not outside.startswith("127."):
            with pytest.raises(httpx.ConnectError):
                await _get(f"http://{outside}:{rx.port}/callback?state=st&code=x")
    finally:
        await rx.close()


async def test_times_out_and_releases_the_port() -> None:
    rx = await oauth.LoopbackReceiver("st").start()
    port = rx.port
    with pytest.raises(AuthError) as info:
        await rx.wait(0.2)
    assert info.value.code == "timeout"
    with socket.socket() as s:  # the port is free again
        s.bind(("127.0.0.1", port))


async def test_access_denied_is_a_plain_auth_error() -> None:
    rx = await oauth.LoopbackReceiver("st-1234").start()
    waiter = asyncio.create_task(rx.wait(5))
    await _get(f"{rx.redirect_uri}?error=access_denied&state=st-1234")
    with pytest.raises(AuthError, match="not granted"):
        await waiter


def test_authorize_url_has_pkce_state_and_scopes() -> None:
    ep = endpoints_for("hubspot", "http://127.0.0.1:9")
    pkce = oauth.Pkce.new()
    url = oauth.authorize_url(ep, "cid", "http://127.0.0.1:5/callback", "st", pkce)
    q = httpx.URL(url).params
    assert url.startswith("http://127.0.0.1:9/oauth/authorize?")
    assert q["code_challenge_method"] == "S256" and q["code_challenge"] == pkce.challenge
    assert q["state"] == "st" and "crm.objects.contacts.write" in q["scope"].split(" ")
    assert "%20" in url and "+" not in url


def test_real_endpoints_are_the_default() -> None:
    q = endpoints_for("quickbooks", None)
    assert q.authorize_url == "https://appcenter.intuit.com/connect/oauth2"
    assert q.token_url == "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
    assert q.revoke_url == "https://developer.api.intuit.com/v2/oauth2/tokens/revoke"
    assert q.api_base == "https://quickbooks.api.intuit.com"
    h = endpoints_for("hubspot", None)
    assert h.authorize_url == "https://app.hubspot.com/oauth/authorize"
    assert h.token_url == "https://api.hubapi.com/oauth/v1/token"
    assert h.api_base == "https://api.hubapi.com"
    s = endpoints_for("quickbooks", "http://127.0.0.1:8000/")
    assert s.token_url == "http://127.0.0.1:8000/oauth2/v1/tokens/bearer"
    assert s.qbo_company_base("42") == "http://127.0.0.1:8000/v3/company/42"
