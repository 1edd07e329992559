"""Keyrings for CLI processes, chosen the way keyring documents: PYTHON_KEYRING_BACKEND.

`FileKeyring` stands for the OS keyring (secure priority) and keeps entries in a JSON
file named by $QBSYNC_TEST_KEYRING, so separate processes share one store without a
Secret Service. The others fail the way a real keyring does when locked or refusing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors

BACKEND_ENV = "PYTHON_KEYRING_BACKEND"
FILE_ENV = "QBSYNC_TEST_KEYRING"


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self._path().read_text(encoding="utf-8"))
            return data
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}|{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
        self._path().write_text(json.dumps(data), encoding="utf-8")


class LockedKeyring(FileKeyring):
    """Reads and writes refused as a locked login keyring refuses them."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


class DeniedKeyring(FileKeyring):
    """The person said no when the system asked whether qbsync may use the keyring."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringError("Prompt dismissed: access denied")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringError("Prompt dismissed: access denied")


def backend_env(kind: str, store: Path) -> dict[str, str]:
    """Environment entries that make a qbsync process use `kind` ("file", "locked", ...)."""
    classes = {"file": "FileKeyring", "locked": "LockedKeyring", "denied": "DeniedKeyring"}
    if kind == "none":  # keyring's own "no backend" (a headless box without a keyring)
        return {BACKEND_ENV: "keyring.backends.fail.Keyring", FILE_ENV: str(store)}
    return {BACKEND_ENV: f"{__name__}.{classes[kind]}", FILE_ENV: str(store)}
