"""HubSpot OAuth: consent page, token endpoint, introspection, refresh-token deletion.

Paths and bodies follow hubspot.md s1. The consent page follows the shared contract
(sandbox_common_contract): allow -> 302 to redirect_uri with code+state; deny -> an
HTML page and no redirect, as the real HubSpot does.
"""

from __future__ import annotations

import math
import secrets
from html import escape
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from ..common import GrantError, is_loopback_redirect
from ..common.consent import consent_page
from .errors import correlation_id, oauth_error
from .schema import ALL_SCOPES

if TYPE_CHECKING:
    from .service import HubSpotSandbox

AUTH_FIELDS = (
    "client_id",
    "redirect_uri",
    "response_type",
    "scope",
    "optional_scope",
    "state",
    "code_challenge",
    "code_challenge_method",
)


def _page(title: str, text: str, status: int) -> HTMLResponse:
    return HTMLResponse(
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title></head>"
        f"<body><h1>{escape(title)}</h1><p>{escape(text)}</p></body></html>",
        status_code=status,
    )


def oauth_routes(svc: HubSpotSandbox) -> list[BaseRoute]:
    async def authorize(request: Request) -> Response:
        if request.method == "POST":
            form = await request.form()
            params = {k: str(v) for k, v in form.items()}
        else:
            params = dict(request.query_params)
        hub = request.path_params.get("hub_id")
        if hub is not None and int(hub) != svc.hub_id:
            return _page("Account not found", f"This sandbox only holds portal {svc.hub_id}.", 400)
        if params.get("client_id") != svc.client_id:
            return _page("Invalid client_id", "No app is registered with this client_id.", 400)
        redirect_uri = params.get("redirect_uri", "")
        if not is_loopback_redirect(redirect_uri):
            return _page(
                "Invalid redirect_uri",
                "The redirect URL doesn't match the app's redirect URLs (loopback only).",
                400,
            )
        scopes = params.get("scope", "").split()
        optional = params.get("optional_scope", "").split()
        unknown = [s for s in scopes if s not in ALL_SCOPES]
        if not scopes or unknown:
            return _page(
                "Insufficient scopes were provided",
                f"Unknown or missing scopes: {' '.join(unknown) or '(none)'}",
                400,
            )
        # The sandbox portal has every product, so every known optional scope is granted.
        granted = scopes + [s for s in optional if s in ALL_SCOPES and s not in scopes]
        if request.method == "GET":
            hidden = {k: params[k] for k in AUTH_FIELDS if k in params}
            html = consent_page(
                "HubSpot", f"portal {svc.hub_id}", granted, hidden, action=request.url.path
            )
            return HTMLResponse(html)
        if params.get("decision") != "allow":
            # HubSpot sends nothing to the redirect URI when the user declines [C].
            return _page(
                "You declined", "You declined to connect the app. You can close this tab.", 200
            )
        code = svc.grants.issue_code(
            svc.client_id,
            redirect_uri,
            str(svc.hub_id),
            granted,
            params.get("code_challenge") or None,
            params.get("code_challenge_method") or None,
        )
        svc.revision += 1
        query = {"code": code}
        if "state" in params:
            query["state"] = params["state"]
        sep = "&" if "?" in redirect_uri else "?"
        return RedirectResponse(f"{redirect_uri}{sep}{urlencode(query)}", status_code=302)

    async def token(request: Request) -> Response:
        ctype = request.headers.get("content-type", "")
        form: dict[str, str] = {}
        if ctype.startswith("application/x-www-form-urlencoded"):
            form = {k: str(v) for k, v in (await request.form()).items()}
        if request.url.path.startswith("/oauth/v1/"):
            # v1 also accepted some fields as query parameters [C].
            form = {**dict(request.query_params), **form}
        grant_type = form.get("grant_type")
        if grant_type not in ("authorization_code", "refresh_token"):
            return oauth_error(
                "BAD_GRANT_TYPE",
                "grant_type must be authorization_code or refresh_token, form-encoded",
            )
        if form.get("client_id") != svc.client_id:
            return oauth_error("BAD_CLIENT_ID", "missing or unknown client id")
        if not secrets.compare_digest(form.get("client_secret", ""), svc.client_secret):
            return oauth_error("BAD_CLIENT_ID", "client secret doesn't match the client id")  # [U]
        ttl = svc.access_ttl()
        if grant_type == "authorization_code":
            code = form.get("code", "")
            pending = svc.grants.codes.get(code)
            if pending is not None and pending.redirect_uri != form.get("redirect_uri"):
                return oauth_error("BAD_REDIRECT_URI", "redirect_uri does not match")
            try:
                grant, tok = svc.grants.exchange_code(
                    code,
                    svc.client_id,
                    form.get("redirect_uri", ""),
                    form.get("code_verifier") or None,
                    ttl,
                )
            except GrantError as exc:
                svc.revision += 1  # the code was consumed
                return oauth_error("BAD_AUTH_CODE", exc.description)
        else:
            rt = form.get("refresh_token", "")
            try:
                # HubSpot returns the same refresh token on refresh (no rotation) [O].
                grant, tok = svc.grants.refresh(rt, svc.client_id, ttl, rotate=False)
            except GrantError:
                return oauth_error("BAD_REFRESH_TOKEN", "missing or unknown refresh token")
        svc.revision += 1
        return JSONResponse(svc.token_response(grant, tok.token, tok.expires_at))

    async def access_token_info(request: Request) -> Response:
        tok_text = request.path_params["token"]
        state, grant, tok = svc.grants.check_access(tok_text)
        if state != "ok" or grant is None or tok is None:
            # [U] shape for expired/unknown tokens.
            return JSONResponse(
                {
                    "status": "error",
                    "message": "The access token is expired or invalid",
                    "correlationId": correlation_id(),
                    "category": "EXPIRED_AUTHENTICATION"
                    if state == "expired"
                    else "INVALID_AUTHENTICATION",
                },
                status_code=401 if state == "expired" else 404,
            )
        return JSONResponse(
            {
                "token": tok_text,
                "user": "sandbox.user@example.test",
                "hub_domain": f"sandbox-{svc.hub_id}.hubspot.com",
                "scopes": list(grant.scopes),
                "hub_id": svc.hub_id,
                "app_id": svc.app_id,
                "expires_in": max(0, math.floor(tok.expires_at - svc.clock())),
                "user_id": svc.user_id,
                "token_type": "access",
                "is_private_distribution": False,
            }
        )

    def _refresh_grant(token: str) -> Any:
        gid = svc.grants.by_refresh.get(token)
        grant = svc.grants.grants.get(gid) if gid else None
        return grant if grant is not None and not grant.revoked else None

    async def refresh_token_info(request: Request) -> Response:
        token = request.path_params["token"]
        grant = _refresh_grant(token)
        if grant is None:
            return oauth_error("BAD_REFRESH_TOKEN", "missing or unknown refresh token", 404)
        if request.method == "DELETE":
            # Deletes only the refresh token: access tokens live on until they expire [C].
            # A random tombstone keeps the deletion across snapshot/restore.
            del svc.grants.by_refresh[token]
            grant.previous_refresh_tokens.append("deleted")
            grant.refresh_token = "deleted-" + secrets.token_urlsafe(24)
            svc.grants.by_refresh[grant.refresh_token] = grant.grant_id
            svc.revision += 1
            return Response(status_code=204)
        return JSONResponse(
            {
                "token": token,
                "user": "sandbox.user@example.test",
                "hub_domain": f"sandbox-{svc.hub_id}.hubspot.com",
                "scopes": list(grant.scopes),
                "hub_id": svc.hub_id,
                "client_id": svc.client_id,
                "user_id": svc.user_id,
                "token_type": "refresh",
            }
        )

    return [
        Route("/oauth/authorize", authorize, methods=["GET", "POST"]),
        Route("/oauth/{hub_id:int}/authorize", authorize, methods=["GET", "POST"]),
        Route("/oauth/v1/token", token, methods=["POST"]),
        Route("/oauth/v3/token", token, methods=["POST"]),
        Route("/oauth/v1/access-tokens/{token}", access_token_info, methods=["GET"]),
        Route("/oauth/v1/refresh-tokens/{token}", refresh_token_info, methods=["GET", "DELETE"]),
    ]
