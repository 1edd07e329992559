"""The one place secrets live: a wrapper over `keyring`, keyed by profile and service.

Tokens and client secrets go to the OS keyring and nowhere else. When the only
backends available are insecure (keyring's `fail`/`null` backends, keyrings.alt's
plain-text files), secrets stay in this process's memory for the session and
`warning` says so; there is never a silent plain-text fallback. Keyring failures
(locked, access denied, no service) become typed `CredentialError`s with a sentence
the window can show.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
from dataclasses import asdict, dataclass, field
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from . import redact
from .profiles import SERVICES, ProfileStore, Service

log = logging.getLogger(__name__)

KEYRING_SERVICE = "qbsync"

# Backends that do not protect secrets (or store nothing at all).
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

INSECURE_WARNING = (
    "No secure password store (keyring) is available, so your connections are kept in "
    "memory only and will be forgotten when qbsync closes."
)


@dataclass
class TokenSet:
    access_token: str
    refresh_token: str
    expires_at: float  # epoch seconds
    account_id: str  # QBO realmId / HubSpot hub_id (as str)
    scopes: list[str]
    refresh_issued_at: float  # when the current refresh token was issued (QBO ~100-day rule)
    refresh_expires_at: float | None = None
    # The service refused the refresh token (revoked, expired, rotated away): kept so a
    # restarted app shows "needs reconnect" instead of finding out on the next call.
    rejected: bool = False

    def __repr__(self) -> str:  # keeps tokens out of tracebacks and debug output
        return (
            f"TokenSet(account_id={self.account_id!r}, expires_at={self.expires_at:.0f}, "
            f"scopes={self.scopes!r}, access_token=<hidden>, refresh_token=<hidden>)"
        )


class CredentialError(Exception):
    """A keyring problem, with a plain sentence for the window in `.message`."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class KeyringLocked(CredentialError):
    pass


class KeyringDenied(CredentialError):
    pass


class KeyringUnavailable(CredentialError):
    pass


def is_secure_backend(backend: keyring.backend.KeyringBackend) -> bool:
    """True when secrets given to `backend` are protected by the OS."""
    subs = getattr(backend, "backends", None)
    if subs is not None and type(backend).__name__ == "ChainerBackend":
        return any(is_secure_backend(b) for b in subs)
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES):
        return False
    try:
        priority = float(backend.priority)
    except Exception:  # some backends raise from `priority` when not viable
        return False
    return priority >= 1


def _translate(exc: Exception, action: str) -> CredentialError:
    """Map keyring/secretstorage/DBus exceptions to a typed error without secret text."""
    text = f"{type(exc).__name__}: {exc}".lower()
    if isinstance(exc, keyring.errors.KeyringLocked) or "locked" in text:
        return KeyringLocked(
            f"The password store is locked, so qbsync could not {action}. "
            "Unlock your keyring (log in to your desktop session) and try again."
        )
    if any(w in text for w in ("denied", "dismissed", "not allowed", "permission")):
        return KeyringDenied(
            f"Access to the password store was refused, so qbsync could not {action}. "
            "Allow qbsync when your system asks, then try again."
        )
    return KeyringUnavailable(
        f"The password store is not available, so qbsync could not {action}. "
        "Check that your system keyring service is running."
    )


@dataclass
class _Memory:
    """Session-only store used when no secure backend exists."""

    values: dict[str, str] = field(default_factory=dict)


# Every entry a profile has per service: token metadata, access token, app secret.
_ENTRIES = ("tokens", "access", "client_secret")


class CredentialStore:
    """Secrets per profile and service, keyed by the profile's id (see `_key`).

    `profiles` turns the profile names callers pass into ids; without it (tests of the
    keyring layer alone) the given string is used as the id.
    """

    def __init__(
        self,
        backend: keyring.backend.KeyringBackend | None = None,
        profiles: ProfileStore | None = None,
    ) -> None:
        self.backend = backend if backend is not None else keyring.get_keyring()
        self.profiles = profiles
        self.secure: bool = is_secure_backend(self.backend)
        self.warning: str | None = None if self.secure else INSECURE_WARNING
        self._memory = _Memory()
        self._lock = threading.Lock()
        if not self.secure:
            log.warning("no secure keyring (%s); secrets kept in memory", type(self.backend))

    def probe(self) -> None:
        """Write, read back and delete a throw-away entry; CredentialError if any step fails.

        Run before the browser sign-in: a locked or refusing keyring must be found before
        the person consents, not when the new tokens cannot be saved afterwards.
        """
        if not self.secure:
            return  # session memory: nothing to unlock
        # An entry of its own: two processes probing at once (two connects, or the window
        # and one) each read back the other's value from one shared "probe" entry.
        key, value = f"probe-{secrets.token_hex(8)}", secrets.token_hex(8)
        action = "check the password store"
        self._set(key, value, action)
        try:
            kept = self._get(key, action) == value
        finally:
            self._delete(key, action)
        if not kept:
            raise KeyringUnavailable(
                "The password store did not keep what qbsync saved in it. "
                "Check that your system keyring service is working, then try again."
            )

    # ---- raw entries ---------------------------------------------------------
    def _get(self, key: str, action: str) -> str | None:
        if not self.secure:
            with self._lock:
                return self._memory.values.get(key)
        try:
            return self.backend.get_password(KEYRING_SERVICE, key)
        except Exception as exc:
            raise _translate(exc, action) from None

    def _set(self, key: str, value: str, action: str) -> None:
        if not self.secure:
            with self._lock:
                self._memory.values[key] = value
            return
        try:
            self.backend.set_password(KEYRING_SERVICE, key, value)
        except Exception as exc:
            raise _translate(exc, action) from None

    def _delete(self, key: str, action: str) -> None:
        if not self.secure:
            with self._lock:
                self._memory.values.pop(key, None)
            return
        try:
            self.backend.delete_password(KEYRING_SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already gone is what we want
        except Exception as exc:
            raise _translate(exc, action) from None

    def _key(self, profile: str, service: Service, what: str) -> str:
        """`<profile id>/<service>/<what>`: a rename keeps the entries; names never clash."""
        profile_id = self.profiles.id_of(profile) if self.profiles is not None else profile
        return f"{profile_id}/{service}/{what}"

    def adopt_name_keyed(self, name: str, profile_id: str) -> None:
        """Move the entries an older qbsync keyed by profile name to the profile's id.

        Copies first and deletes the old entry only once its copy is stored, so an
        interruption leaves a sign-in in at least one place; an entry already under the
        id is kept (it is newer).
        """
        for service in SERVICES:
            for what in _ENTRIES:
                old, new = f"{name}/{service}/{what}", f"{profile_id}/{service}/{what}"
                action = f"move the {service} sign-in to the new layout"
                value = self._get(old, action)
                if value is None:
                    continue
                if self._get(new, action) is None:
                    self._set(new, value, action)
                self._delete(old, action)

    # ---- tokens ------------------------------------------------------------------
    # The access token gets its own entry: QBO's are ~1 kB and Windows Credential
    # Manager caps one entry at 2560 bytes, too small for the whole set as JSON.
    def load_tokens(self, profile: str, service: Service) -> TokenSet | None:
        action = f"read the {service} sign-in"
        meta_raw = self._get(self._key(profile, service, "tokens"), action)
        if meta_raw is None:
            return None
        access = self._get(self._key(profile, service, "access"), action) or ""
        try:
            meta: dict[str, Any] = json.loads(meta_raw)
            tokens = TokenSet(access_token=access, **meta)
        except (ValueError, TypeError):
            log.warning("stored %s tokens for a profile are unreadable; ignoring them", service)
            return None
        redact.remember(tokens.access_token, tokens.refresh_token)
        return tokens

    def save_tokens(self, profile: str, service: Service, tokens: TokenSet) -> None:
        redact.remember(tokens.access_token, tokens.refresh_token)
        meta = asdict(tokens)
        access = meta.pop("access_token")
        action = f"save the {service} sign-in"
        # Refresh token (inside meta) first: losing a rotated refresh token is the
        # failure that forces a reconnect; a lost access token is simply refreshed.
        self._set(self._key(profile, service, "tokens"), json.dumps(meta), action)
        self._set(self._key(profile, service, "access"), access, action)

    def delete_tokens(self, profile: str, service: Service) -> None:
        action = f"remove the {service} sign-in"
        self._delete(self._key(profile, service, "access"), action)
        self._delete(self._key(profile, service, "tokens"), action)

    # ---- client secret -------------------------------------------------------------
    def load_client_secret(self, profile: str, service: Service) -> str | None:
        secret = self._get(
            self._key(profile, service, "client_secret"), f"read the {service} app secret"
        )
        redact.remember(secret)
        return secret

    def save_client_secret(self, profile: str, service: Service, secret: str) -> None:
        redact.remember(secret)
        self._set(
            self._key(profile, service, "client_secret"), secret, f"save the {service} app secret"
        )

    def delete_client_secret(self, profile: str, service: Service) -> None:
        self._delete(
            self._key(profile, service, "client_secret"), f"remove the {service} app secret"
        )
