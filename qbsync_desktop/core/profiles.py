"""Profiles: one pair of connections (HubSpot + QuickBooks) per client business.

Stored as JSON in the config directory. Never holds a secret: client secrets and
tokens live in the keyring (see credentials).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from filelock import FileLock

Service = Literal["hubspot", "quickbooks"]
SERVICES: tuple[Service, ...] = ("hubspot", "quickbooks")


@dataclass
class ServiceConfig:
    """How to reach one service. `base_url` None means the real service's hosts."""

    base_url: str | None = None
    client_id: str = ""
    # Non-secret account facts shown in the window (filled after connecting).
    account_id: str | None = None  # HubSpot hub id / QBO realm id
    account_name: str | None = None  # QBO company name / HubSpot hub domain


@dataclass
class Profile:
    """One client business. `name` is free text shown to the person; `id` names the
    profile's data folder and keyring entries and never changes, even on rename."""

    name: str
    id: str = ""  # given by ProfileStore.save when first saved
    hubspot: ServiceConfig = field(default_factory=ServiceConfig)
    quickbooks: ServiceConfig = field(default_factory=ServiceConfig)
    # Per-object sync settings (owned by core.sync; plain JSON here).
    sync: dict[str, Any] = field(default_factory=dict)

    def service(self, service: Service) -> ServiceConfig:
        return self.hubspot if service == "hubspot" else self.quickbooks

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        return cls(
            name=data["name"],
            # Saved before profiles had ids: the id its name gives (see `name_id`).
            id=data.get("id") or name_id(data["name"]),
            hubspot=ServiceConfig(**data.get("hubspot", {})),
            quickbooks=ServiceConfig(**data.get("quickbooks", {})),
            sync=dict(data.get("sync", {})),
        )


class ProfileError(ValueError):
    """A profile operation that cannot be done (unknown, duplicate or empty name)."""


LAYOUT = 2  # profiles.json's current layout (see `ProfileStore.layout`)


def name_id(name: str, n: int = 0) -> str:
    """The id a profile created under `name` gets (`n`: the n-th free one).

    Derived from the exact name, so two names never share one (unlike the folder names
    once cleaned from them) and a sign-in saved before its profile finds the same entries.
    Hex only: a valid folder name on every OS (never CON, NUL...).
    """
    text = name if n == 0 else f"{name}\x00{n}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


class ProfileStore:
    """Load and save profiles.json atomically; changes are serialised across processes."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _file(self) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"layout": LAYOUT, "profiles": []}
        return data

    def _read(self) -> dict[str, Profile]:
        return _Book(self._file()).profiles

    @contextlib.contextmanager
    def changing(self, layout: int | None = None) -> Iterator[_Book]:
        """Read, let the caller change, write: one process at a time (window and CLI).

        The file's layout stays as it was unless `layout` is given (a migration's last step).
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(self.path.with_name(self.path.name + ".lock"), timeout=30, mode=0o600):
            book = _Book(self._file())
            yield book
            if layout is not None:
                book.layout = layout
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(book.as_dict(), fh, indent=2)
            os.replace(tmp, self.path)

    def layout(self) -> int:
        """1: data folders and keyring entries named after profile names; 2: after ids."""
        return int(self._file().get("layout", 1))

    def names(self) -> list[str]:
        return list(self._read())

    def get(self, name: str) -> Profile | None:
        return self._read().get(name)

    def require(self, name: str) -> Profile:
        profile = self.get(name)
        if profile is None:
            raise ProfileError(f"No profile named {name!r}.")
        return profile

    def id_of(self, name: str) -> str:
        """The profile's id; for a name not saved yet, the id saving it will give."""
        book = _Book(self._file())
        known = book.profiles.get(name)
        return known.id if known is not None else book.free_id(name)

    def get_or_create(self, name: str) -> Profile:
        return self.get(name) or self.save(Profile(name=name))

    def save(self, profile: Profile) -> Profile:
        if not profile.name.strip():
            raise ProfileError("A profile needs a name.")
        with self.changing() as book:
            known = book.profiles.get(profile.name)
            if known is not None:
                profile.id = known.id  # a profile keeps its id for good
            elif not profile.id:
                profile.id = book.free_id(profile.name)
            elif profile.id in book.taken():
                raise ProfileError(f"Another profile already has the id {profile.id!r}.")
            book.profiles[profile.name] = profile
        return profile

    def rename(self, old: str, new: str) -> Profile:
        """Only the shown name changes: the id, and so the data and sign-ins, stay."""
        if not new.strip():
            raise ProfileError("A profile needs a name.")
        with self.changing() as book:
            profiles = book.profiles
            if old not in profiles:
                raise ProfileError(f"No profile named {old!r}.")
            if new in profiles:
                raise ProfileError(f"A profile named {new!r} already exists.")
            profile = profiles.pop(old)
            profile.name = new
            profiles[new] = profile
        return profile

    def delete(self, name: str) -> None:
        """Forget the profile. Its id is never given again, so a new profile under the
        same name does not pick up the old one's data folder or sign-ins."""
        with self.changing() as book:
            gone = book.profiles.pop(name, None)
            if gone is not None:
                book.retired.append(gone.id)


class _Book:
    """profiles.json in memory: the profiles, ids no longer given, and the layout."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.layout = int(data.get("layout", 1))
        self.profiles = {p["name"]: Profile.from_dict(p) for p in data.get("profiles", [])}
        self.retired: list[str] = list(data.get("retired_ids", []))

    def taken(self) -> set[str]:
        return {p.id for p in self.profiles.values()} | set(self.retired)

    def free_id(self, name: str) -> str:
        taken = self.taken()
        return next(i for n in range(len(taken) + 1) if (i := name_id(name, n)) not in taken)

    def as_dict(self) -> dict[str, Any]:
        return {
            "layout": self.layout,
            "profiles": [asdict(p) for p in self.profiles.values()],
            "retired_ids": self.retired,
        }


def same_accounts(profiles: ProfileStore) -> list[tuple[str, str]]:
    """Pairs of profiles connected to the same HubSpot account and QuickBooks company.

    Each keeps its own memory of which record goes with which, so syncing both writes
    the same books twice and each undoes the other's matches.
    """
    every = [profiles.require(n) for n in profiles.names()]
    pairs: list[tuple[str, str]] = []
    for i, a in enumerate(every):
        for b in every[i + 1 :]:
            if all(
                a.service(s).account_id and a.service(s).account_id == b.service(s).account_id
                for s in SERVICES
            ):
                pairs.append((a.name, b.name))
    return pairs


def same_accounts_warning(profiles: ProfileStore, name: str | None = None) -> str | None:
    """The sentence to show about `same_accounts` (only pairs with `name`, if given)."""
    pairs = [p for p in same_accounts(profiles) if name is None or name in p]
    if not pairs:
        return None
    both = "; ".join(f"{a!r} and {b!r}" for a, b in pairs)
    return (
        f"The profiles {both} are connected to the same HubSpot account and QuickBooks "
        "company. Syncing both writes the same records twice; remove one of them, or "
        "reconnect it to the right accounts."
    )
