"""OAuth: consent page, token endpoint, rotation, revoke, expiry (qbo.md section 1)."""

from __future__ import annotations

import base64
import hashlib

import httpx

from qbsync_desktop.sandbox.qbo.service import QboSandbox

from .conftest import REDIRECT, FakeClock, Qbo, authorize, basic, connect, exchange


async def refresh(http: httpx.AsyncClient, svc: QboSandbox, token: str) -> httpx.Response:
    return await http.post(
        "/oauth2/v1/tokens/bearer",
        data={"grant_type": "refresh_token", "refresh_token": token},
        headers=basic(svc),
    )


async def test_consent_page_is_a_form_with_the_original_params(http, svc) -> None:
    page = await http.get(
        "/connect/oauth2",
        params={"client_id": svc.client_id, "redirect_uri": REDIRECT, "response_type": "code",
                "scope": "com.intuit.quickbooks.accounting", "state": "xyz"},
    )  # fmt: skip
    assert page.status_code == 200
    assert 'id="consent"' in page.text and 'value="xyz"' in page.text
    assert svc.company_name in page.text


async def test_allow_redirects_with_code_state_and_realm(http, svc) -> None:
    redirect = await authorize(http, svc)
    assert redirect["state"] == ["st-1"]
    assert redirect["realmId"] == [svc.realm_id]
    assert len(svc.realm_id) == 16 and svc.realm_id.isdigit()
    assert redirect["code"][0]


async def test_deny_redirects_with_access_denied(http, svc) -> None:
    redirect = await authorize(http, svc, allow=False)
    assert redirect == {"error": ["access_denied"], "state": ["st-1"]}


async def test_unknown_client_or_remote_redirect_gets_400_page_without_redirect(http, svc) -> None:
    base = {"response_type": "code", "scope": "com.intuit.quickbooks.accounting", "state": "s"}
    bad_client = await http.get(
        "/connect/oauth2", params={**base, "client_id": "nope", "redirect_uri": REDIRECT}
    )
    remote = await http.get(
        "/connect/oauth2",
        params={**base, "client_id": svc.client_id, "redirect_uri": "https://evil.test/cb"},
    )
    for resp in (bad_client, remote):
        assert resp.status_code == 400
        assert "location" not in resp.headers
        assert resp.headers["content-type"].startswith("text/html")


async def test_token_response_has_intuit_fields(http, svc) -> None:
    redirect = await authorize(http, svc)
    resp = await exchange(http, svc, redirect["code"][0])
    body = resp.json()
    assert resp.status_code == 200
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600
    assert body["x_refresh_token_expires_in"] >= 8640000
    assert "x_refresh_token_hard_expires_in" not in body
    assert resp.headers["intuit_tid"]


async def test_hard_expiry_only_with_opt_in_header(http, svc) -> None:
    redirect = await authorize(http, svc)
    resp = await http.post(
        "/oauth2/v1/tokens/bearer",
        data={"grant_type": "authorization_code", "code": redirect["code"][0],
              "redirect_uri": REDIRECT},
        headers={**basic(svc), "x-include-refresh-token-hard-expires-in": "true"},
    )  # fmt: skip
    assert resp.json()["x_refresh_token_hard_expires_in"] == 157680000


async def test_code_is_single_use(http, svc) -> None:
    code = (await authorize(http, svc))["code"][0]
    assert (await exchange(http, svc, code)).status_code == 200
    again = await exchange(http, svc, code)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


async def test_bad_client_secret_is_invalid_client(http, svc) -> None:
    code = (await authorize(http, svc))["code"][0]
    wrong = base64.b64encode(f"{svc.client_id}:wrong".encode()).decode()
    resp = await http.post(
        "/oauth2/v1/tokens/bearer",
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT},
        headers={"Authorization": f"Basic {wrong}"},
    )
    assert resp.status_code == 401
    assert resp.json() == {"error": "invalid_client"}


async def test_unsupported_grant_type(http, svc) -> None:
    resp = await http.post(
        "/oauth2/v1/tokens/bearer", data={"grant_type": "password"}, headers=basic(svc)
    )
    assert resp.status_code == 400
    assert resp.json()["error"] == "unsupported_grant_type"


async def test_pkce_verifier_is_checked_when_a_challenge_was_sent(http, svc) -> None:
    verifier = "v" * 50
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    code = (await authorize(http, svc, code_challenge=challenge, code_challenge_method="S256"))[
        "code"
    ][0]
    assert (await exchange(http, svc, code, code_verifier="wrong")).json()["error"] == (
        "invalid_grant"
    )
    code = (await authorize(http, svc, code_challenge=challenge, code_challenge_method="S256"))[
        "code"
    ][0]
    assert (await exchange(http, svc, code, code_verifier=verifier)).status_code == 200


async def test_refresh_rotates_and_the_old_token_stops_working(http, svc, qbo: Qbo) -> None:
    first = await refresh(http, svc, qbo.refresh_token)
    assert first.status_code == 200
    new_refresh = first.json()["refresh_token"]
    assert new_refresh != qbo.refresh_token
    stale = await refresh(http, svc, qbo.refresh_token)
    assert stale.status_code == 400
    assert stale.json() == {
        "error_description": "Incorrect or invalid refresh token",
        "error": "invalid_grant",
    }
    assert (await refresh(http, svc, new_refresh)).status_code == 200


async def test_rotation_can_be_switched_off(http, svc, qbo: Qbo) -> None:
    svc.settings.extra["rotate_refresh_tokens"] = False
    resp = await refresh(http, svc, qbo.refresh_token)
    assert resp.json()["refresh_token"] == qbo.refresh_token


async def test_access_token_expires_on_the_clock(http, svc, clock: FakeClock, qbo: Qbo) -> None:
    assert (await qbo.get("companyinfo/" + qbo.realm)).status_code == 200
    clock.advance(3601)
    resp = await qbo.get("companyinfo/" + qbo.realm)
    assert resp.status_code == 401
    fault = resp.json()["Fault"]
    assert fault["type"] == "AuthenticationFault"
    assert "expired" in fault["Error"][0]["Detail"].lower()


async def test_ttl_setting_shortens_access_tokens_and_time_scale_does_not(http, svc, clock) -> None:
    # Time scale shrinks rate windows, not tokens: no real service issues shorter ones.
    svc.settings.access_token_ttl = 100
    svc.settings.time_scale = 10
    qbo = await connect(http, svc)
    clock.advance(99)
    assert (await qbo.get("preferences")).status_code == 200
    clock.advance(2)
    assert (await qbo.get("preferences")).status_code == 401


async def test_expire_tokens_knob_then_refresh_recovers(http, svc, qbo: Qbo) -> None:
    assert (await http.post("/_sandbox/expire-tokens")).json()["expired"] >= 1
    assert (await qbo.get("preferences")).status_code == 401
    fresh = (await refresh(http, svc, qbo.refresh_token)).json()
    qbo.access_token = fresh["access_token"]
    assert (await qbo.get("preferences")).status_code == 200


async def test_refresh_token_expiry_knob(http, svc, qbo: Qbo) -> None:
    await http.post("/_sandbox/expire-refresh-tokens")
    resp = await refresh(http, svc, qbo.refresh_token)
    assert resp.json()["error"] == "invalid_grant"


async def test_revoke_endpoint_disconnects(http, svc, qbo: Qbo) -> None:
    resp = await http.post(
        "/v2/oauth2/tokens/revoke", json={"token": qbo.refresh_token}, headers=basic(svc)
    )
    assert resp.status_code == 200
    assert (await qbo.get("preferences")).status_code == 401
    assert (await refresh(http, svc, qbo.refresh_token)).json()["error"] == "invalid_grant"
    again = await http.post(
        "/v2/oauth2/tokens/revoke", json={"token": "unknown"}, headers=basic(svc)
    )
    assert again.status_code == 400


async def test_revoke_knob(http, svc, qbo: Qbo) -> None:
    assert (await http.post("/_sandbox/revoke")).json()["revoked"] == 1
    resp = await qbo.get("preferences")
    assert resp.status_code == 401
    assert "revoked" in resp.json()["Fault"]["Error"][0]["Detail"].lower()


async def test_missing_bearer_is_401_and_other_realm_is_403(http, svc, qbo: Qbo) -> None:
    resp = await http.get(f"/v3/company/{qbo.realm}/preferences")
    assert resp.status_code == 401
    assert resp.json()["Fault"]["type"] == "AuthenticationFault"
    other = await http.get("/v3/company/1234567890123456/preferences", headers=qbo.headers)
    assert other.status_code == 403
    assert other.json()["Fault"]["Error"][0]["code"] == "3100"


async def test_gateway_style_401_knob(http, svc, qbo: Qbo) -> None:
    svc.settings.extra["auth_fault_style"] = "gateway"
    resp = await http.get(f"/v3/company/{qbo.realm}/preferences")
    assert resp.status_code == 401
    assert resp.json()["fault"]["type"] == "AUTHENTICATION"


async def test_discovery_document_points_at_this_origin(http) -> None:
    doc = (await http.get("/.well-known/openid_sandbox_configuration/")).json()
    assert doc["authorization_endpoint"] == "http://sandbox/connect/oauth2"
    assert doc["token_endpoint"] == "http://sandbox/oauth2/v1/tokens/bearer"
    assert doc["revocation_endpoint"] == "http://sandbox/v2/oauth2/tokens/revoke"


def test_client_secrets_are_letters_and_digits_like_intuits() -> None:
    """A secret starting with "-" broke `qbsync connect --client-secret <secret>` (argparse
    reads it as an option): 200 fresh sandboxes' secrets are 40 letters and digits."""
    for _ in range(200):
        secret = QboSandbox().client_secret
        assert len(secret) == 40 and secret.isalnum(), secret
