"""OAuth behaviour of the HubSpot sandbox (hubspot.md s1)."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qs, urlsplit

import httpx

from qbsync_desktop.sandbox.hubspot.service import HubSpotSandbox

from .conftest import REDIRECT, FakeClock, authorize_code, consent_fields, token_for

CONTACT_SCOPES = "oauth crm.objects.contacts.read crm.objects.contacts.write"


def _code_form(svc: HubSpotSandbox, code: str, **extra: str) -> dict[str, str]:
    return {
        "grant_type": "authorization_code",
        "client_id": svc.client_id,
        "client_secret": svc.client_secret,
        "redirect_uri": REDIRECT,
        "code": code,
        **extra,
    }


async def test_consent_page_lists_scopes_and_posts_back(client, svc) -> None:
    page = await client.get(
        "/oauth/authorize",
        params={
            "client_id": svc.client_id,
            "redirect_uri": REDIRECT,
            "scope": CONTACT_SCOPES,
            "optional_scope": "crm.objects.invoices.read",
            "state": "s",
        },
    )
    assert page.status_code == 200
    assert 'id="consent"' in page.text and 'method="post"' in page.text
    for scope in [*CONTACT_SCOPES.split(), "crm.objects.invoices.read"]:
        assert f"<code>{scope}</code>" in page.text
    assert consent_fields(page.text)["state"] == "s"


async def test_allow_redirects_with_code_and_state(client, svc) -> None:
    code = await authorize_code(client, svc)
    assert len(code) > 10


async def test_deny_shows_page_and_sends_no_redirect(client, svc) -> None:
    page = await client.get(
        "/oauth/authorize",
        params={"client_id": svc.client_id, "redirect_uri": REDIRECT, "scope": CONTACT_SCOPES},
    )
    form = consent_fields(page.text)
    form["decision"] = "deny"
    resp = await client.post("/oauth/authorize", data=form)
    assert resp.status_code == 200
    assert "You declined" in resp.text
    assert "location" not in resp.headers


async def test_bad_client_id_and_non_loopback_redirect_are_400_pages(client, svc) -> None:
    bad_client = await client.get(
        "/oauth/authorize",
        params={"client_id": "nope", "redirect_uri": REDIRECT, "scope": "oauth"},
    )
    remote = await client.get(
        "/oauth/authorize",
        params={
            "client_id": svc.client_id,
            "redirect_uri": "https://evil.example/cb",
            "scope": "oauth",
        },
    )
    for resp in (bad_client, remote):
        assert resp.status_code == 400
        assert resp.headers["content-type"].startswith("text/html")
        assert "location" not in resp.headers


async def test_unknown_scope_is_rejected_on_the_consent_page(client, svc) -> None:
    resp = await client.get(
        "/oauth/authorize",
        params={"client_id": svc.client_id, "redirect_uri": REDIRECT, "scope": "oauth bogus.x"},
    )
    assert resp.status_code == 400
    assert "Insufficient scopes" in resp.text


async def test_token_response_shape(client, svc) -> None:
    code = await authorize_code(client, svc)
    resp = await client.post("/oauth/v1/token", data=_code_form(svc, code))
    body = resp.json()
    assert resp.status_code == 200
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 1800
    assert body["hub_id"] == svc.hub_id and isinstance(body["hub_id"], int)
    assert body["scopes"] == CONTACT_SCOPES.split()
    assert body["token_use"] == "access_token"
    assert body["access_token"] and body["refresh_token"]


async def test_token_endpoint_needs_form_encoding(client, svc) -> None:
    code = await authorize_code(client, svc)
    resp = await client.post("/oauth/v1/token", json=_code_form(svc, code))
    assert resp.status_code == 400
    assert resp.json()["status"] == "BAD_GRANT_TYPE"


async def test_code_is_single_use(client, svc) -> None:
    code = await authorize_code(client, svc)
    first = await client.post("/oauth/v1/token", data=_code_form(svc, code))
    second = await client.post("/oauth/v1/token", data=_code_form(svc, code))
    assert first.status_code == 200
    assert second.status_code == 400
    assert second.json()["status"] == "BAD_AUTH_CODE"


async def test_wrong_secret_and_redirect_mismatch(client, svc) -> None:
    code = await authorize_code(client, svc)
    bad_secret = await client.post(
        "/oauth/v1/token", data=_code_form(svc, code, client_secret="wrong")
    )
    assert bad_secret.status_code == 400 and bad_secret.json()["status"] == "BAD_CLIENT_ID"
    bad_redirect = await client.post(
        "/oauth/v1/token", data=_code_form(svc, code, redirect_uri="http://127.0.0.1:1/x")
    )
    assert bad_redirect.status_code == 400
    assert bad_redirect.json()["status"] == "BAD_REDIRECT_URI"


async def test_pkce_verifier_is_checked_when_a_challenge_was_sent(client, svc) -> None:
    verifier = "v" * 50
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    pkce = {"code_challenge": challenge, "code_challenge_method": "S256"}
    code = await authorize_code(client, svc, **pkce)
    wrong = await client.post("/oauth/v1/token", data=_code_form(svc, code, code_verifier="x" * 50))
    assert wrong.status_code == 400 and wrong.json()["status"] == "BAD_AUTH_CODE"
    code = await authorize_code(client, svc, **pkce)
    right = await client.post("/oauth/v1/token", data=_code_form(svc, code, code_verifier=verifier))
    assert right.status_code == 200


async def test_refresh_returns_new_access_token_and_same_refresh_token(client, svc) -> None:
    code = await authorize_code(client, svc)
    first = (await client.post("/oauth/v1/token", data=_code_form(svc, code))).json()
    resp = await client.post(
        "/oauth/v1/token",
        data={
            "grant_type": "refresh_token",
            "client_id": svc.client_id,
            "client_secret": svc.client_secret,
            "refresh_token": first["refresh_token"],
        },
    )
    body = resp.json()
    assert resp.status_code == 200
    assert body["refresh_token"] == first["refresh_token"]
    assert body["access_token"] != first["access_token"]


async def test_bad_refresh_token(client, svc) -> None:
    resp = await client.post(
        "/oauth/v1/token",
        data={
            "grant_type": "refresh_token",
            "client_id": svc.client_id,
            "client_secret": svc.client_secret,
            "refresh_token": "nope",
        },
    )
    assert resp.status_code == 400
    body = resp.json()
    assert body["status"] == "BAD_REFRESH_TOKEN" and "correlationId" in body


async def test_introspection_gives_hub_id_scopes_and_expiry(client, svc, clock: FakeClock) -> None:
    token = await token_for(client, svc, CONTACT_SCOPES)
    clock.advance(300)
    resp = await client.get(f"/oauth/v1/access-tokens/{token}")
    body = resp.json()
    assert resp.status_code == 200
    assert body["hub_id"] == svc.hub_id
    assert body["scopes"] == CONTACT_SCOPES.split()
    assert body["expires_in"] == 1500
    for key in ("app_id", "user_id", "token", "token_type"):
        assert key in body


async def test_deleting_refresh_token_keeps_access_token(client, svc) -> None:
    code = await authorize_code(client, svc)
    tokens = (await client.post("/oauth/v1/token", data=_code_form(svc, code))).json()
    resp = await client.delete(f"/oauth/v1/refresh-tokens/{tokens['refresh_token']}")
    assert resp.status_code == 204
    refresh = await client.post(
        "/oauth/v1/token",
        data={
            "grant_type": "refresh_token",
            "client_id": svc.client_id,
            "client_secret": svc.client_secret,
            "refresh_token": tokens["refresh_token"],
        },
    )
    assert refresh.json()["status"] == "BAD_REFRESH_TOKEN"
    api = await client.get(
        "/crm/v3/objects/contacts",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert api.status_code == 200


async def test_expired_token_gives_401_expired_authentication(client, svc, clock) -> None:
    token = await token_for(client, svc, CONTACT_SCOPES)
    clock.advance(1800 + 5)
    resp = await client.get(
        "/crm/v3/objects/contacts", headers={"Authorization": f"Bearer {token}"}
    )
    assert resp.status_code == 401
    body = resp.json()
    assert body["category"] == "EXPIRED_AUTHENTICATION"
    assert body["message"].startswith("The OAuth token used to make this call expired 5 second")
    assert "expire time" in body["context"]
    assert resp.headers["x-hubspot-correlation-id"] == body["correlationId"]


async def test_missing_or_unknown_token_gives_401_invalid_authentication(client) -> None:
    for headers in ({}, {"Authorization": "Bearer not-a-token"}):
        resp = await client.get("/crm/v3/objects/contacts", headers=headers)
        assert resp.status_code == 401
        assert resp.json()["category"] == "INVALID_AUTHENTICATION"


async def test_access_token_ttl_setting_is_real_time_whatever_the_time_scale(
    client, svc, clock
) -> None:
    # Time scale shrinks rate windows, not tokens: no real service issues shorter ones.
    svc.settings.time_scale = 20
    code = await authorize_code(client, svc)
    body = (await client.post("/oauth/v1/token", data=_code_form(svc, code))).json()
    assert body["expires_in"] == 1800
    svc.settings.access_token_ttl = 120
    code = await authorize_code(client, svc)
    body = (await client.post("/oauth/v1/token", data=_code_form(svc, code))).json()
    assert body["expires_in"] == 120


async def test_expire_tokens_knob(client, svc) -> None:
    token = await token_for(client, svc, CONTACT_SCOPES)
    assert (await client.post("/_sandbox/expire-tokens")).status_code == 200
    resp = await client.get(
        "/crm/v3/objects/contacts", headers={"Authorization": f"Bearer {token}"}
    )
    assert resp.json()["category"] == "EXPIRED_AUTHENTICATION"


async def test_revoke_knob_uninstalls(client, svc) -> None:
    code = await authorize_code(client, svc)
    tokens = (await client.post("/oauth/v1/token", data=_code_form(svc, code))).json()
    assert (await client.post("/_sandbox/revoke", json={})).json()["revoked"] == 1
    api = await client.get(
        "/crm/v3/objects/contacts",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert api.status_code == 401
    refresh = await client.post(
        "/oauth/v1/token",
        data={
            "grant_type": "refresh_token",
            "client_id": svc.client_id,
            "client_secret": svc.client_secret,
            "refresh_token": tokens["refresh_token"],
        },
    )
    assert refresh.json()["status"] == "BAD_REFRESH_TOKEN"


async def test_oauth_paths_escape_faults(client, svc) -> None:
    svc.settings.fault_rate = 1.0
    page = await client.get(
        "/oauth/authorize",
        params={"client_id": svc.client_id, "redirect_uri": REDIRECT, "scope": "oauth"},
    )
    assert page.status_code == 200
    api = await client.get("/crm/v3/objects/contacts")
    assert api.status_code in (500, 503)


async def test_redirect_keeps_existing_query(client: httpx.AsyncClient, svc) -> None:
    page = await client.get(
        "/oauth/authorize",
        params={
            "client_id": svc.client_id,
            "redirect_uri": "http://localhost:9999/cb?x=1",
            "scope": "oauth",
            "state": "q",
        },
    )
    form = consent_fields(page.text)
    form["decision"] = "allow"
    resp = await client.post("/oauth/authorize", data=form)
    query = parse_qs(urlsplit(resp.headers["location"]).query)
    assert query["x"] == ["1"] and query["state"] == ["q"] and "code" in query
