"""The keyring wrapper: round trips, typed errors, in-memory fallback with a warning."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from qbsync_desktop.core.credentials import (
    CredentialStore,
    KeyringDenied,
    KeyringLocked,
    KeyringUnavailable,
    TokenSet,
)
from qbsync_desktop.core.profiles import ProfileStore
from tests.support.keyrings import FailingKeyring, MemoryKeyring


def _tokens(access: str = "a" * 900) -> TokenSet:
    return TokenSet(access, "refresh-token-value", 1.0e9, "123", ["x", "y"], 9.0e8, 9.5e8)


def test_round_trip_per_profile_and_service() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend)
    assert store.secure and store.warning is None
    store.save_tokens("acme", "quickbooks", _tokens())
    store.save_client_secret("acme", "quickbooks", "secret-value-1")
    assert store.load_tokens("acme", "quickbooks") == _tokens()
    assert store.load_tokens("acme", "hubspot") is None
    assert store.load_tokens("other", "quickbooks") is None
    assert store.load_client_secret("acme", "quickbooks") == "secret-value-1"
    # Big QBO access tokens get their own entry (Windows caps one entry at 2560 bytes).
    assert all(len(v) < 1280 for v in backend.entries.values())
    store.delete_tokens("acme", "quickbooks")
    store.delete_tokens("acme", "quickbooks")  # deleting twice is fine
    assert store.load_tokens("acme", "quickbooks") is None


def test_repr_hides_tokens() -> None:
    text = repr(_tokens("very-secret-access"))
    assert "very-secret-access" not in text and "refresh-token-value" not in text


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]
)
def test_insecure_backends_keep_tokens_in_memory_with_a_warning(backend: object) -> None:
    store = CredentialStore(backend)  # type: ignore[arg-type]
    assert not store.secure
    assert store.warning and "memory" in store.warning
    store.save_tokens("p", "hubspot", _tokens())
    assert store.load_tokens("p", "hubspot") == _tokens()
    # A new session (new store) has forgotten them: nothing was written anywhere.
    assert CredentialStore(backend).load_tokens("p", "hubspot") is None  # type: ignore[arg-type]


def test_plaintext_style_backend_is_not_trusted() -> None:
    class Plain(MemoryKeyring):
        priority = 0.5  # type: ignore[assignment]

    backend = Plain()
    store = CredentialStore(backend)
    store.save_client_secret("p", "hubspot", "s3cret-s3cret")
    assert not store.secure and backend.entries == {}


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        (keyring.errors.KeyringLocked("Failed to unlock the collection!"), KeyringLocked, "locked"),
        (
            keyring.errors.KeyringError("org.freedesktop.DBus.Error.AccessDenied"),
            KeyringDenied,
            "refused",
        ),
        (keyring.errors.KeyringError("Prompt dismissed"), KeyringDenied, "refused"),
        (keyring.errors.InitError("no dbus"), KeyringUnavailable, "not available"),
        (RuntimeError("boom"), KeyringUnavailable, "not available"),
    ],
)
def test_backend_failures_become_typed_errors(error: Exception, kind: type, words: str) -> None:
    store = CredentialStore(FailingKeyring(error))
    for call in (
        lambda: store.load_tokens("p", "quickbooks"),
        lambda: store.save_tokens("p", "quickbooks", _tokens("tok-value-should-not-leak")),
        lambda: store.delete_tokens("p", "quickbooks"),
        lambda: store.load_client_secret("p", "quickbooks"),
    ):
        with pytest.raises(kind) as info:
            call()
        assert words in info.value.message
        assert "tok-value-should-not-leak" not in str(info.value)
        assert info.value.__cause__ is None  # the backend's own text does not ride along


def _secret_service_usable() -> bool:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        return float(backend.priority) >= 1
    except Exception:
        return False


@pytest.mark.secretservice
@pytest.mark.skipif(not _secret_service_usable(), reason="needs a Secret Service on D-Bus")
def test_real_secret_service_round_trip() -> None:
    from keyring.backends import SecretService

    store = CredentialStore(SecretService.Keyring())
    assert store.secure and store.warning is None
    profile = f"test-{uuid.uuid4().hex[:8]}"
    try:
        store.save_tokens(profile, "quickbooks", _tokens())
        store.save_client_secret(profile, "quickbooks", "ss-secret-value")
        again = CredentialStore(SecretService.Keyring())  # a fresh connection reads them back
        assert again.load_tokens(profile, "quickbooks") == _tokens()
        assert again.load_client_secret(profile, "quickbooks") == "ss-secret-value"
    finally:
        store.delete_tokens(profile, "quickbooks")
        store.delete_client_secret(profile, "quickbooks")
    assert store.load_tokens(profile, "quickbooks") is None


def test_entries_keyed_by_name_move_to_the_profile_id(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    old = CredentialStore(backend)  # as an older qbsync keyed them: by the name itself
    old.save_tokens("Acme & Sons", "quickbooks", _tokens())
    old.save_client_secret("Acme & Sons", "hubspot", "hs-secret")
    profiles = ProfileStore(tmp_path / "profiles.json")
    profile = profiles.get_or_create("Acme & Sons")
    store = CredentialStore(backend, profiles)
    assert store.load_tokens("Acme & Sons", "quickbooks") is None  # not moved yet

    store.adopt_name_keyed("Acme & Sons", profile.id)
    assert store.load_tokens("Acme & Sons", "quickbooks") == _tokens()
    assert store.load_client_secret("Acme & Sons", "hubspot") == "hs-secret"
    assert all(key.startswith(profile.id + "/") for _, key in backend.entries)
    writes = backend.writes
    store.adopt_name_keyed("Acme & Sons", profile.id)  # again: nothing left to move
    assert backend.writes == writes


@pytest.mark.secretservice
@pytest.mark.skipif(not _secret_service_usable(), reason="needs a Secret Service on D-Bus")
def test_real_secret_service_entries_move_to_the_profile_id(tmp_path: Path) -> None:
    from keyring.backends import SecretService

    name = f"Old profile {uuid.uuid4().hex[:8]}"
    CredentialStore(SecretService.Keyring()).save_tokens(name, "hubspot", _tokens())
    profiles = ProfileStore(tmp_path / "profiles.json")
    profile = profiles.get_or_create(name)
    store = CredentialStore(SecretService.Keyring(), profiles)
    try:
        store.adopt_name_keyed(name, profile.id)
        again = CredentialStore(SecretService.Keyring(), profiles)  # a fresh connection
        assert again.load_tokens(name, "hubspot") == _tokens()
        assert CredentialStore(SecretService.Keyring()).load_tokens(name, "hubspot") is None
    finally:
        store.delete_tokens(name, "hubspot")


_PROBING = """
import sys
from keyring.backends import SecretService
from qbsync_desktop.core.credentials import CredentialStore
store = CredentialStore(SecretService.Keyring())
sys.stdin.readline()  # both start together
for _ in range(int(sys.argv[1])):
    store.probe()
"""


@pytest.mark.secretservice
@pytest.mark.skipif(not _secret_service_usable(), reason="needs a Secret Service on D-Bus")
def test_two_processes_probing_the_keyring_at_once_both_pass() -> None:
    """Two `qbsync connect`s (or the window and one) check the keyring at the same moment:
    each must read back its own throw-away entry, not the other's (with one shared entry
    name, one of two CLI processes said the keyring did not keep what it saved)."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _PROBING, "40"],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    errors = [proc.communicate(timeout=120)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], errors
