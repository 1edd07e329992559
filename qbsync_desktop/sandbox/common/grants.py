"""OAuth grant bookkeeping shared by both sandboxes: codes, access and refresh tokens.

Tokens are random opaque strings. Each service decides the wire format of its
token endpoint and errors; this module only answers "is this valid, for whom".
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

CODE_TTL_S = 300.0


@dataclass
class Grant:
    """One consent: an account (realm or hub) authorised for a client with some scopes."""

    grant_id: str
    client_id: str
    account_id: str
    scopes: list[str]
    created_at: float
    refresh_token: str
    refresh_issued_at: float
    previous_refresh_tokens: list[str] = field(default_factory=list)
    revoked: bool = False


@dataclass
class AccessToken:
    token: str
    grant_id: str
    expires_at: float


@dataclass
class PendingCode:
    code: str
    client_id: str
    redirect_uri: str
    account_id: str
    scopes: list[str]
    expires_at: float
    code_challenge: str | None = None
    code_challenge_method: str | None = None


class GrantError(Exception):
    """A token-endpoint failure; `reason` is one of the OAuth error names."""

    def __init__(self, reason: str, description: str) -> None:
        super().__init__(description)
        self.reason = reason
        self.description = description


class GrantStore:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self.codes: dict[str, PendingCode] = {}
        self.grants: dict[str, Grant] = {}
        self.access: dict[str, AccessToken] = {}
        self.by_refresh: dict[str, str] = {}

    # ---- authorize -----------------------------------------------------
    def issue_code(
        self,
        client_id: str,
        redirect_uri: str,
        account_id: str,
        scopes: list[str],
        code_challenge: str | None = None,
        code_challenge_method: str | None = None,
    ) -> str:
        code = secrets.token_urlsafe(24)
        self.codes[code] = PendingCode(
            code,
            client_id,
            redirect_uri,
            account_id,
            scopes,
            self._clock() + CODE_TTL_S,
            code_challenge,
            code_challenge_method,
        )
        return code

    def exchange_code(
        self,
        code: str,
        client_id: str,
        redirect_uri: str,
        code_verifier: str | None,
        access_ttl: float,
    ) -> tuple[Grant, AccessToken]:
        pending = self.codes.pop(code, None)  # single use, even when it fails below
        if pending is None or pending.expires_at < self._clock():
            raise GrantError("invalid_grant", "authorization code is invalid, expired or used")
        if pending.client_id != client_id:
            raise GrantError("invalid_grant", "authorization code was not issued to this client")
        if pending.redirect_uri != redirect_uri:
            raise GrantError("invalid_request", "redirect_uri does not match the authorize request")
        if pending.code_challenge and (
            not code_verifier
            or not _pkce_ok(code_verifier, pending.code_challenge, pending.code_challenge_method)
        ):
            raise GrantError("invalid_grant", "PKCE code_verifier does not match")
        now = self._clock()
        grant = Grant(
            grant_id=secrets.token_hex(8),
            client_id=client_id,
            account_id=pending.account_id,
            scopes=list(pending.scopes),
            created_at=now,
            refresh_token=_new_refresh(),
            refresh_issued_at=now,
        )
        self.grants[grant.grant_id] = grant
        self.by_refresh[grant.refresh_token] = grant.grant_id
        return grant, self._new_access(grant, access_ttl)

    # ---- refresh / revoke ----------------------------------------------
    def refresh(
        self, refresh_token: str, client_id: str, access_ttl: float, rotate: bool
    ) -> tuple[Grant, AccessToken]:
        grant_id = self.by_refresh.get(refresh_token)
        grant = self.grants.get(grant_id) if grant_id else None
        if grant is None or grant.revoked:
            raise GrantError("invalid_grant", "Incorrect or invalid refresh token")
        if grant.refresh_token != refresh_token:
            # Rotated away: the old value stops working.
            raise GrantError("invalid_grant", "Incorrect or invalid refresh token")
        if grant.client_id != client_id:
            raise GrantError("invalid_grant", "refresh token was not issued to this client")
        if rotate:
            del self.by_refresh[grant.refresh_token]
            grant.previous_refresh_tokens.append(grant.refresh_token)
            grant.refresh_token = _new_refresh()
            grant.refresh_issued_at = self._clock()
            self.by_refresh[grant.refresh_token] = grant.grant_id
        return grant, self._new_access(grant, access_ttl)

    def revoke(self, token: str) -> bool:
        """Revoke the grant behind a refresh or access token; False if unknown."""
        grant_id = self.by_refresh.get(token)
        if grant_id is None and token in self.access:
            grant_id = self.access[token].grant_id
        if grant_id is None or grant_id not in self.grants:
            return False
        self.grants[grant_id].revoked = True
        return True

    def expire_access_tokens(self) -> int:
        """Test knob: every issued access token expires now."""
        now = self._clock()
        for tok in self.access.values():
            tok.expires_at = min(tok.expires_at, now - 1)
        return len(self.access)

    # ---- API-side check --------------------------------------------------
    def check_access(self, token: str) -> tuple[str, Grant | None, AccessToken | None]:
        """('ok'|'expired'|'revoked'|'unknown', grant, token)."""
        tok = self.access.get(token)
        if tok is None:
            return "unknown", None, None
        grant = self.grants.get(tok.grant_id)
        if grant is None or grant.revoked:
            return "revoked", grant, tok
        if tok.expires_at <= self._clock():
            return "expired", grant, tok
        return "ok", grant, tok

    def _new_access(self, grant: Grant, ttl: float) -> AccessToken:
        tok = AccessToken(secrets.token_urlsafe(48), grant.grant_id, self._clock() + ttl)
        self.access[tok.token] = tok
        return tok

    # ---- persistence ------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        return {
            "grants": [asdict(g) for g in self.grants.values()],
            "access": [asdict(a) for a in self.access.values()],
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.codes.clear()
        self.grants = {g["grant_id"]: Grant(**g) for g in data.get("grants", [])}
        self.access = {a["token"]: AccessToken(**a) for a in data.get("access", [])}
        self.by_refresh = {g.refresh_token: g.grant_id for g in self.grants.values()}


def _new_refresh() -> str:
    return secrets.token_urlsafe(32)


def _pkce_ok(verifier: str, challenge: str, method: str | None) -> bool:
    if (method or "plain").upper() == "S256":
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        computed = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
        return secrets.compare_digest(computed, challenge)
    return secrets.compare_digest(verifier, challenge)


def is_loopback_redirect(uri: str) -> bool:
    """Each sandbox's single registered app accepts any loopback redirect (RFC 8252 s7.3)."""
    from urllib.parse import urlsplit

    parts = urlsplit(uri)
    return parts.scheme == "http" and parts.hostname in {"127.0.0.1", "localhost", "::1"}
