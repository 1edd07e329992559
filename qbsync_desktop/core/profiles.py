"""Profiles: one pair of connections (HubSpot + QuickBooks) per client business.

Stored as JSON in the config directory. Never holds a secret: client secrets and
tokens live in the keyring (see credentials).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

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
    name: str
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
            hubspot=ServiceConfig(**data.get("hubspot", {})),
            quickbooks=ServiceConfig(**data.get("quickbooks", {})),
            sync=dict(data.get("sync", {})),
        )


class ProfileError(ValueError):
    """A profile operation that cannot be done (unknown, duplicate or empty name)."""


class ProfileStore:
    """Load and save profiles.json atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, Profile]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {p["name"]: Profile.from_dict(p) for p in raw.get("profiles", [])}

    def _write(self, profiles: dict[str, Profile]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"profiles": [asdict(p) for p in profiles.values()]}
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2)
        os.replace(tmp, self.path)

    def names(self) -> list[str]:
        return list(self._read())

    def get(self, name: str) -> Profile | None:
        return self._read().get(name)

    def require(self, name: str) -> Profile:
        profile = self.get(name)
        if profile is None:
            raise ProfileError(f"No profile named {name!r}.")
        return profile

    def get_or_create(self, name: str) -> Profile:
        return self.get(name) or self.save(Profile(name=name))

    def save(self, profile: Profile) -> Profile:
        if not profile.name.strip():
            raise ProfileError("A profile needs a name.")
        profiles = self._read()
        profiles[profile.name] = profile
        self._write(profiles)
        return profile

    def rename(self, old: str, new: str) -> Profile:
        profiles = self._read()
        if old not in profiles:
            raise ProfileError(f"No profile named {old!r}.")
        if new in profiles:
            raise ProfileError(f"A profile named {new!r} already exists.")
        if not new.strip():
            raise ProfileError("A profile needs a name.")
        profile = profiles.pop(old)
        profile.name = new
        profiles[new] = profile
        self._write(profiles)
        return profile

    def delete(self, name: str) -> None:
        profiles = self._read()
        profiles.pop(name, None)
        self._write(profiles)
