"""The Connect flow against both sandboxes over loopback HTTP: consent, tokens, health, revoke."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.connectors.errors import AuthError, NeedsReconnect
from qbsync_desktop.core.connectors.session import Connections

from .conftest import PROFILE, browser, make_connections


async def test_connect_both_stores_tokens_only_in_keyring(sandboxes: Any, tmp_path: Path) -> None:
    conns = make_connections(tmp_path)
    hs_open, hs_answers = browser()
    hs = await conns.connect(
        PROFILE,
        "hubspot",
        hs_open,
        base_url=sandboxes.hubspot.base_url,
        client_id=sandboxes.hubspot.client_id,
        client_secret=sandboxes.hubspot.client_secret,
        timeout_s=10,
    )
    assert hs_answers[0].status_code == 200
    assert hs.account_id.isdigit() and hs.details["hub_id"] == hs.account_id
    assert hs.missing_scopes == []
    qb_open, _ = browser()
    qb = await conns.connect(
        PROFILE,
        "quickbooks",
        qb_open,
        base_url=sandboxes.quickbooks.base_url,
        client_id=sandboxes.quickbooks.client_id,
        client_secret=sandboxes.quickbooks.client_secret,
        timeout_s=10,
    )
    assert qb.details["realm_id"] == qb.account_id and qb.name
    assert qb.details["country"] and float(qb.details["refresh_token_days_left"]) > 99
    assert conns.is_connected(PROFILE, "hubspot") and conns.is_connected(PROFILE, "quickbooks")

    profile = conns.profiles.require(PROFILE)
    assert profile.quickbooks.account_id == qb.account_id
    assert profile.quickbooks.account_name == qb.name
    assert profile.hubspot.account_name == hs.name
    text = (tmp_path / "profiles.json").read_text()
    for service in ("hubspot", "quickbooks"):
        tokens = conns.credentials.load_tokens(PROFILE, service)
        assert tokens is not None
        assert tokens.access_token not in text and tokens.refresh_token not in text
        assert getattr(sandboxes, service).client_secret not in text


async def test_denied_consent_fails_plainly(sandboxes: Any, tmp_path: Path) -> None:
    conns = make_connections(tmp_path)
    open_browser, _ = browser(allow=False)
    info = sandboxes.quickbooks
    with pytest.raises(AuthError, match="not granted"):
        await conns.connect(
            PROFILE,
            "quickbooks",
            open_browser,
            base_url=info.base_url,
            client_id=info.client_id,
            client_secret=info.client_secret,
            timeout_s=10,
        )
    assert not conns.is_connected(PROFILE, "quickbooks")


async def test_hubspot_deny_sends_no_redirect_so_connect_times_out(
    sandboxes: Any, tmp_path: Path
) -> None:
    conns = make_connections(tmp_path)
    open_browser, _ = browser(allow=False)
    info = sandboxes.hubspot
    with pytest.raises(AuthError) as err:
        await conns.connect(
            PROFILE,
            "hubspot",
            open_browser,
            base_url=info.base_url,
            client_id=info.client_id,
            client_secret=info.client_secret,
            timeout_s=1.0,
        )
    assert err.value.code in ("timeout", "access_denied")


async def test_access_token_expiring_mid_run(connected: Connections, sandboxes: Any) -> None:
    async with httpx.AsyncClient() as http:
        hs, qbo = connected.clients(PROFILE, http)
        assert await qbo.query("SELECT * FROM Customer MAXRESULTS 2")
        before = connected.credentials.load_tokens(PROFILE, "quickbooks")
        for service in ("quickbooks", "hubspot"):
            sandboxes.control(service, "expire-tokens")
        # Our clock still thinks the tokens are good: the 401 path refreshes and repeats.
        assert len(await qbo.query("SELECT * FROM Customer MAXRESULTS 2")) == 2
        assert (await hs.list_objects("contacts", ["email"], limit=3)).results
        after = connected.credentials.load_tokens(PROFILE, "quickbooks")
        assert before and after and after.access_token != before.access_token
        # QBO rotates refresh tokens: the new one was stored, the old one is dead.
        assert after.refresh_token != before.refresh_token
        assert len(await qbo.query("SELECT * FROM Customer MAXRESULTS 1")) == 1


async def test_revocation_turns_into_needs_reconnect(
    connected: Connections, sandboxes: Any
) -> None:
    sandboxes.control("quickbooks", "revoke", {})
    async with httpx.AsyncClient() as http:
        _, qbo = connected.clients(PROFILE, http)
        with pytest.raises(NeedsReconnect) as err:
            await qbo.query("SELECT * FROM Customer")
    assert "Connect it again" in err.value.message or err.value.code in (
        "invalid_grant",
        "needs_reconnect",
    )
    assert connected.needs_reconnect(PROFILE, "quickbooks")
    assert connected.is_connected(PROFILE, "quickbooks")  # kept until the person reconnects


async def test_disconnect_revokes_and_deletes(connected: Connections, sandboxes: Any) -> None:
    for service in ("quickbooks", "hubspot"):
        tokens = connected.credentials.load_tokens(PROFILE, service)
        assert tokens is not None
        ep = connected.endpoints(PROFILE, service)
        await connected.disconnect(PROFILE, service)
        assert not connected.is_connected(PROFILE, service)
        assert connected.profiles.require(PROFILE).service(service).account_id is None
        async with httpx.AsyncClient() as http:  # the old refresh token is dead at the service
            if service == "quickbooks":
                resp = await http.post(
                    ep.token_url,
                    data={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
                    auth=(sandboxes.quickbooks.client_id, sandboxes.quickbooks.client_secret),
                )
            else:
                resp = await http.post(
                    ep.token_url,
                    data={
                        "grant_type": "refresh_token",
                        "refresh_token": tokens.refresh_token,
                        "client_id": sandboxes.hubspot.client_id,
                        "client_secret": sandboxes.hubspot.client_secret,
                    },
                )
            assert resp.status_code == 400
