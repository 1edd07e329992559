"""OAuth 2.0 authorization-code flow for a desktop app (RFC 8252) and the token endpoint.

The browser is sent to the service's consent page with a one-shot `state` and a PKCE
S256 challenge; a loopback receiver bound to 127.0.0.1 on a random port takes the
redirect, checks the state and hands the code back. The receiver serves exactly one
successful redirect and closes its port afterwards, on timeout or on cancellation.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import html
import ipaddress
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from .. import redact
from ..credentials import TokenSet
from .endpoints import ServiceEndpoints
from .errors import AuthError, NeedsReconnect, TransportFailure

log = logging.getLogger(__name__)

CALLBACK_PATH = "/callback"
_MAX_REQUEST_BYTES = 16 * 1024


@dataclass(frozen=True)
class Pkce:
    verifier: str
    challenge: str
    method: str = "S256"

    @classmethod
    def new(cls) -> Pkce:
        verifier = secrets.token_urlsafe(48)  # 64 chars, inside RFC 7636's 43..128
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
        return cls(verifier, challenge)


@dataclass(frozen=True)
class Redirect:
    """What the browser brought back: the code and, for QBO, the company id."""

    code: str
    realm_id: str | None
    params: dict[str, str]


def authorize_url(
    ep: ServiceEndpoints, client_id: str, redirect_uri: str, state: str, pkce: Pkce | None
) -> str:
    params: dict[str, str] = {
        "client_id": client_id,
        "response_type": "code",
        "scope": " ".join(ep.scopes),
        "redirect_uri": redirect_uri,
        "state": state,
    }
    if ep.optional_scopes:
        params["optional_scope"] = " ".join(ep.optional_scopes)
    if pkce is not None:
        params["code_challenge"] = pkce.challenge
        params["code_challenge_method"] = pkce.method
    # quote_via keeps spaces as %20, as HubSpot documents for scope lists.
    from urllib.parse import quote

    return f"{ep.authorize_url}?{urlencode(params, quote_via=quote)}"


def _page(title: str, text: str) -> bytes:
    body = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body style='font-family:sans-serif'>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></body></html>"
    )
    return body.encode("utf-8")


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class LoopbackReceiver:
    """A one-shot HTTP listener on 127.0.0.1 that waits for the OAuth redirect."""

    def __init__(self, state: str, host: str = "127.0.0.1") -> None:
        if not _is_loopback(host):
            raise ValueError("the OAuth receiver listens on a loopback address only")
        self.state = state
        self.host = host
        self.port = 0
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[Redirect] | None = None
        self.rejected = 0  # requests turned away (wrong state, foreign host...)

    @property
    def redirect_uri(self) -> str:
        return f"http://{self.host}:{self.port}{CALLBACK_PATH}"

    async def start(self) -> LoopbackReceiver:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def wait(self, timeout_s: float) -> Redirect:
        assert self._result is not None, "start() first"
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), timeout_s)
        except TimeoutError:
            raise AuthError(
                "oauth",
                "No answer came back from the browser in time. Try connecting again.",
                code="timeout",
            ) from None
        finally:
            await self.close()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
            self._server = None
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            status, page = await self._answer(reader, writer)
            writer.write(
                f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(page)}\r\nConnection: close\r\n"
                "Cache-Control: no-store\r\n\r\n".encode("ascii")
                + page
            )
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _answer(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> tuple[str, bytes]:
        peer = writer.get_extra_info("peername")
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        if len(head) > _MAX_REQUEST_BYTES:
            return self._reject("431 Request Header Fields Too Large", "Request too large.")
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        headers = {
            k.strip().lower(): v.strip()
            for k, _, v in (line.partition(":") for line in lines[1:] if line)
        }
        if not peer or not _is_loopback(peer[0]):
            return self._reject("403 Forbidden", "Only this computer may answer.")
        # DNS-rebinding guard: a page on another origin cannot make the Host match.
        if headers.get("host") != f"{self.host}:{self.port}":
            return self._reject("400 Bad Request", "Unexpected host.")
        if len(parts) != 3 or parts[0] != "GET":
            return self._reject("405 Method Not Allowed", "Unexpected request.")
        url = urlsplit(parts[1])
        if url.path != CALLBACK_PATH:
            return self._reject("404 Not Found", "Nothing here.")
        params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        got_state = params.get("state", "")
        if not secrets.compare_digest(got_state.encode(), self.state.encode()):
            return self._reject(
                "400 Bad Request",
                "This sign-in answer does not belong to the connection qbsync started.",
            )
        assert self._result is not None
        if self._result.done():
            return self._reject("410 Gone", "This sign-in was already completed.")
        if "error" in params:
            err = params.get("error", "")
            self._result.set_exception(
                AuthError(
                    "oauth",
                    "Access was not granted in the browser."
                    if err == "access_denied"
                    else f"The service refused the connection ({err}).",
                    code=err,
                )
            )
            return "200 OK", _page("Not connected", "You can close this window.")
        code = params.get("code")
        if not code:
            return self._reject("400 Bad Request", "The answer carried no code.")
        redact.remember(code)
        self._result.set_result(Redirect(code, params.get("realmId"), params))
        return "200 OK", _page("Connected", "qbsync is connected. You can close this window.")

    def _reject(self, status: str, text: str) -> tuple[str, bytes]:
        self.rejected += 1
        return status, _page("qbsync", text)


# ---- token endpoint ------------------------------------------------------------------


def _basic(client_id: str, client_secret: str) -> str:
    raw = f"{client_id}:{client_secret}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


def _token_request(
    ep: ServiceEndpoints, client_id: str, client_secret: str, form: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    headers = {"Accept": "application/json"}
    if ep.service == "quickbooks":
        headers["Authorization"] = _basic(client_id, client_secret)
    else:
        form = {**form, "client_id": client_id, "client_secret": client_secret}
    return headers, form


async def _post_token(
    http: httpx.AsyncClient,
    ep: ServiceEndpoints,
    client_id: str,
    client_secret: str,
    form: dict[str, str],
    refreshing: bool,
) -> dict[str, Any]:
    headers, data = _token_request(ep, client_id, client_secret, form)
    try:
        resp = await http.post(ep.token_url, data=data, headers=headers)
    except httpx.TransportError as exc:
        raise TransportFailure(
            ep.service,
            f"Could not reach the {ep.service} sign-in service ({type(exc).__name__}).",
            transient=True,
        ) from None
    try:
        raw: Any = resp.json()
    except ValueError:
        raw = {}
    body: dict[str, Any] = raw if isinstance(raw, dict) else {}
    if resp.status_code == 200 and body.get("access_token"):
        redact.remember(body.get("access_token"), body.get("refresh_token"))
        return body
    # QBO: {"error": "invalid_grant"}; HubSpot: {"status": "BAD_REFRESH_TOKEN", "message"}.
    reason = str(body.get("error") or body.get("status") or f"http_{resp.status_code}")
    text = str(body.get("error_description") or body.get("message") or reason)
    if resp.status_code >= 500:
        raise TransportFailure(
            ep.service,
            f"sign-in service error: {text}",
            http_status=resp.status_code,
            transient=True,
        )
    dead = reason in ("invalid_grant", "BAD_REFRESH_TOKEN") or (
        refreshing and ep.service == "hubspot" and resp.status_code == 400
    )
    cls = NeedsReconnect if refreshing and dead else AuthError
    raise cls(ep.service, text, http_status=resp.status_code, code=reason)


def token_set_from(
    body: dict[str, Any], account_id: str, now: float, previous: TokenSet | None = None
) -> TokenSet:
    """A TokenSet from a token-endpoint answer; keeps what a refresh answer leaves out."""
    refresh = str(body.get("refresh_token") or (previous.refresh_token if previous else ""))
    rotated = previous is None or refresh != previous.refresh_token
    scopes_raw = body.get("scopes", body.get("scope"))
    if isinstance(scopes_raw, str):
        scopes = scopes_raw.split()
    elif isinstance(scopes_raw, list):
        scopes = [str(s) for s in scopes_raw]
    else:
        scopes = list(previous.scopes) if previous else []
    refresh_exp = body.get("x_refresh_token_expires_in")
    return TokenSet(
        access_token=str(body["access_token"]),
        refresh_token=refresh,
        expires_at=now + float(body.get("expires_in", 3600)),
        account_id=account_id,
        scopes=scopes,
        refresh_issued_at=now if rotated or previous is None else previous.refresh_issued_at,
        refresh_expires_at=(
            now + float(refresh_exp)
            if refresh_exp is not None
            else (previous.refresh_expires_at if previous else None)
        ),
    )


async def exchange_code(
    http: httpx.AsyncClient,
    ep: ServiceEndpoints,
    client_id: str,
    client_secret: str,
    redirect: Redirect,
    redirect_uri: str,
    pkce: Pkce | None,
    clock: Callable[[], float] = time.time,
) -> TokenSet:
    form = {"grant_type": "authorization_code", "code": redirect.code, "redirect_uri": redirect_uri}
    if pkce is not None:
        form["code_verifier"] = pkce.verifier
    body = await _post_token(http, ep, client_id, client_secret, form, refreshing=False)
    if ep.service == "quickbooks":
        account = redirect.realm_id or ""
        if not account:
            raise AuthError("quickbooks", "QuickBooks did not say which company was connected.")
    else:
        account = str(body.get("hub_id") or "")
    return token_set_from(body, account, clock())


async def refresh_tokens(
    http: httpx.AsyncClient,
    ep: ServiceEndpoints,
    client_id: str,
    client_secret: str,
    current: TokenSet,
    clock: Callable[[], float] = time.time,
) -> TokenSet:
    form = {"grant_type": "refresh_token", "refresh_token": current.refresh_token}
    body = await _post_token(http, ep, client_id, client_secret, form, refreshing=True)
    return token_set_from(body, current.account_id, clock(), previous=current)


async def revoke(
    http: httpx.AsyncClient,
    ep: ServiceEndpoints,
    client_id: str,
    client_secret: str,
    tokens: TokenSet,
) -> bool:
    """Revoke the grant at the service; True when the service confirmed it."""
    if ep.service == "quickbooks" and ep.revoke_url:
        resp = await http.post(
            ep.revoke_url,
            json={"token": tokens.refresh_token},
            headers={
                "Authorization": _basic(client_id, client_secret),
                "Accept": "application/json",
            },
        )
        return resp.status_code == 200
    if ep.refresh_token_url:
        resp = await http.delete(f"{ep.refresh_token_url}/{tokens.refresh_token}")
        return resp.status_code in (200, 204)
    return False
