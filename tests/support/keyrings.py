"""Keyring backends for tests: no OS keyring needed, injected into CredentialStore."""

from __future__ import annotations

import keyring.backend
import keyring.errors

from qbsync_desktop.core.credentials import CredentialStore
from qbsync_desktop.core.profiles import ProfileStore


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A secure-priority in-memory keyring (what a real Secret Service looks like to us)."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.writes = 0

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class FailingKeyring(MemoryKeyring):
    """A secure backend whose every call fails with a given exception (locked, denied...)."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


def memory_credentials(
    profiles: ProfileStore | None = None, keyring: MemoryKeyring | None = None
) -> CredentialStore:
    """An in-memory keyring; with `profiles`, keyed by profile id as the app keys it."""
    return CredentialStore(keyring or MemoryKeyring(), profiles)
