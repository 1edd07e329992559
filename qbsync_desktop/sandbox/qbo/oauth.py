"""Intuit OAuth 2.0 on one origin: consent page, token endpoint, revoke, discovery (qbo.md 1).

The service object passed in is the `QboSandbox`; only its public attributes are used.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from ..common import GrantError, is_loopback_redirect
from ..common.consent import consent_page

if TYPE_CHECKING:
    from .service import QboSandbox

AUTHORIZE_PATH = "/connect/oauth2"
TOKEN_PATH = "/oauth2/v1/tokens/bearer"
REVOKE_PATH = "/v2/oauth2/tokens/revoke"
USERINFO_PATH = "/v1/openid_connect/userinfo"
ACCOUNTING_SCOPE = "com.intuit.quickbooks.accounting"
KNOWN_SCOPES = {
    ACCOUNTING_SCOPE,
    "com.intuit.quickbooks.payment",
    "openid",
    "profile",
    "email",
    "phone",
    "address",
}
ACCESS_TTL_S = 3600.0  # qbo.md 1.4
REFRESH_TTL_S = 8726400.0  # rolling ~101 days, as real responses report
HARD_TTL_S = 157680000.0  # 5 years
AUTHORIZE_PARAMS = (
    "client_id",
    "redirect_uri",
    "response_type",
    "scope",
    "state",
    "code_challenge",
    "code_challenge_method",
)


def tid() -> str:
    """An `intuit_tid`-style request id for support logs."""
    return f"1-{secrets.token_hex(4)}-{secrets.token_hex(12)}"


def _with_query(uri: str, params: dict[str, str]) -> str:
    parts = urlsplit(uri)
    query = f"{parts.query}&{urlencode(params)}" if parts.query else urlencode(params)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _error_page(message: str) -> HTMLResponse:
    return HTMLResponse(
        f"<!doctype html><html><body><h1>Authorization error</h1><p>{message}</p></body></html>",
        status_code=400,
    )


def _oauth_error(error: str, description: str | None, status: int = 400) -> JSONResponse:
    body = {"error": error}
    if description:
        body = {"error_description": description, "error": error}
    return JSONResponse(body, status_code=status, headers={"intuit_tid": tid()})


class OAuthRoutes:
    def __init__(self, svc: QboSandbox) -> None:
        self.svc = svc

    def routes(self) -> list[BaseRoute]:
        return [
            Route(AUTHORIZE_PATH, self.authorize, methods=["GET", "POST"]),
            Route(TOKEN_PATH, self.token, methods=["POST"]),
            Route(REVOKE_PATH, self.revoke, methods=["POST"]),
            Route(USERINFO_PATH, self.userinfo, methods=["GET"]),
            Route("/.well-known/openid_configuration", self.discovery, methods=["GET"]),
            Route("/.well-known/openid_configuration/", self.discovery, methods=["GET"]),
            Route("/.well-known/openid_sandbox_configuration", self.discovery, methods=["GET"]),
            Route("/.well-known/openid_sandbox_configuration/", self.discovery, methods=["GET"]),
        ]

    # ---- browser ------------------------------------------------------------
    async def authorize(self, request: Request) -> Response:
        if request.method == "POST":
            form = await request.form()
            params = {k: str(v) for k, v in form.items()}
        else:
            params = dict(request.query_params)
        client_id = params.get("client_id", "")
        redirect_uri = params.get("redirect_uri", "")
        if client_id != self.svc.client_id:
            return _error_page("Unknown client_id: this app is not registered with the sandbox.")
        if not is_loopback_redirect(redirect_uri):
            return _error_page("redirect_uri must be a loopback http URI (127.0.0.1/localhost).")
        state = params.get("state", "")
        scopes = params.get("scope", "").split()
        if params.get("response_type") != "code":
            return RedirectResponse(
                _with_query(redirect_uri, {"error": "unsupported_response_type", "state": state}),
                status_code=302,
            )
        if not scopes or any(s not in KNOWN_SCOPES for s in scopes):
            return RedirectResponse(
                _with_query(redirect_uri, {"error": "invalid_scope", "state": state}),
                status_code=302,
            )
        if request.method == "GET":
            hidden = {k: params[k] for k in AUTHORIZE_PARAMS if k in params}
            page = consent_page(
                "QuickBooks Online", self.svc.company_name, scopes, hidden, AUTHORIZE_PATH
            )
            return HTMLResponse(page)
        if params.get("decision") != "allow":
            return RedirectResponse(
                _with_query(redirect_uri, {"error": "access_denied", "state": state}),
                status_code=302,
            )
        code = self.svc.grants.issue_code(
            client_id,
            redirect_uri,
            self.svc.realm_id,
            scopes,
            params.get("code_challenge") or None,
            params.get("code_challenge_method") or None,
        )
        self.svc.revision += 1
        target = {"code": code, "state": state, "realmId": self.svc.realm_id}
        return RedirectResponse(_with_query(redirect_uri, target), status_code=302)

    # ---- token endpoint ---------------------------------------------------------
    def _client_ok(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        client_id, _, secret = decoded.partition(":")
        return secrets.compare_digest(client_id, self.svc.client_id) and secrets.compare_digest(
            secret, self.svc.client_secret
        )

    def access_ttl(self) -> float:
        s = self.svc.settings
        return s.access_token_ttl if s.access_token_ttl is not None else ACCESS_TTL_S

    def refresh_ttl(self) -> float:
        s = self.svc.settings
        return float(s.extra.get("refresh_token_ttl", REFRESH_TTL_S))

    async def token(self, request: Request) -> Response:
        if not self._client_ok(request):
            return _oauth_error("invalid_client", None, status=401)
        form = await request.form()
        grant_type = str(form.get("grant_type", ""))
        now = self.svc.clock()
        try:
            if grant_type == "authorization_code":
                code, redirect_uri = str(form.get("code", "")), str(form.get("redirect_uri", ""))
                if not code or not redirect_uri:
                    return _oauth_error("invalid_request", "code and redirect_uri are required")
                grant, access = self.svc.grants.exchange_code(
                    code,
                    self.svc.client_id,
                    redirect_uri,
                    str(form.get("code_verifier", "")) or None,
                    self.access_ttl(),
                )
            elif grant_type == "refresh_token":
                token = str(form.get("refresh_token", ""))
                if not token:
                    return _oauth_error("invalid_request", "refresh_token is required")
                grant_id = self.svc.grants.by_refresh.get(token)
                last = self.svc.refresh_used.get(grant_id or "", now)
                if grant_id and now - last > self.refresh_ttl():
                    raise GrantError("invalid_grant", "Incorrect or invalid refresh token")
                rotate = bool(self.svc.settings.extra.get("rotate_refresh_tokens", True))
                grant, access = self.svc.grants.refresh(
                    token, self.svc.client_id, self.access_ttl(), rotate
                )
            else:
                return _oauth_error("unsupported_grant_type", None)
        except GrantError as err:
            return _oauth_error(err.reason, err.description)
        self.svc.refresh_used[grant.grant_id] = now
        self.svc.revision += 1
        ttl = self.access_ttl()
        body: dict[str, Any] = {
            "token_type": "bearer",
            "access_token": access.token,
            "expires_in": int(ttl) if ttl >= 1 else ttl,
            "refresh_token": grant.refresh_token,
            "x_refresh_token_expires_in": int(self.refresh_ttl()),
        }
        if request.headers.get("x-include-refresh-token-hard-expires-in", "").lower() == "true":
            left = HARD_TTL_S - (now - grant.created_at)
            body["x_refresh_token_hard_expires_in"] = int(left)
        return JSONResponse(
            body, headers={"intuit_tid": tid(), "Cache-Control": "no-store", "Pragma": "no-cache"}
        )

    async def revoke(self, request: Request) -> Response:
        if not self._client_ok(request):
            return _oauth_error("invalid_client", None, status=401)
        raw = await request.body()
        token = ""
        if "json" in request.headers.get("content-type", ""):
            try:
                token = str(json.loads(raw or b"{}").get("token", ""))
            except (ValueError, AttributeError):
                return _oauth_error("invalid_request", "body must be JSON with a token")
        else:
            token = str((await request.form()).get("token", ""))
        if not token or not self.svc.grants.revoke(token):
            return _oauth_error("invalid_request", "Token is invalid or already revoked")
        self.svc.revision += 1
        return Response(status_code=200, headers={"intuit_tid": tid()})

    async def userinfo(self, request: Request) -> Response:
        token = request.headers.get("authorization", "").partition(" ")[2]
        status, _grant, _tok = self.svc.grants.check_access(token)
        if status != "ok":
            return JSONResponse({"error": "invalid_token"}, status_code=401)
        return JSONResponse(
            {"sub": f"sandbox-user-{self.svc.realm_id}", "email": "owner@sandbox.invalid",
             "emailVerified": True, "givenName": "Sandbox", "familyName": "Owner"}
        )  # fmt: skip

    async def discovery(self, request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        return JSONResponse(
            {
                "issuer": "https://oauth.platform.intuit.com/op/v1",
                "authorization_endpoint": base + AUTHORIZE_PATH,
                "token_endpoint": base + TOKEN_PATH,
                "userinfo_endpoint": base + USERINFO_PATH,
                "revocation_endpoint": base + REVOKE_PATH,
                "jwks_uri": base + "/op/v1/jwks",
                "response_types_supported": ["code"],
                "scopes_supported": sorted(KNOWN_SCOPES),
                "code_challenge_methods_supported": ["S256", "plain"],
            }
        )


def is_oauth_path(path: str) -> bool:
    return path.startswith(
        (AUTHORIZE_PATH, "/oauth2/", "/v2/oauth2/", "/.well-known/", "/v1/openid_connect", "/op/")
    )
