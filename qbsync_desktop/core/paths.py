"""Where qbsync keeps its files: the platform's user directories (platformdirs).

XDG variables (XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_STATE_HOME) relocate everything
on Linux, which is how tests keep each run in a temporary directory.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from qbsync_desktop.core.profiles import ProfileStore

APP_NAME = "qbsync"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path  # databases, sandbox state
    config_dir: Path  # profiles.json (no secrets)
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All directories below one root (tests, portable installs)."""
        return cls(root / "data", root / "config", root / "logs")

    def ensure(self) -> AppPaths:
        for d in (self.data_dir, self.config_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self

    @property
    def sandbox_dir(self) -> Path:
        return self.data_dir / "sandbox"

    @property
    def profiles_file(self) -> Path:
        return self.config_dir / "profiles.json"

    def profile_dir(self, profile: str) -> Path:
        """The data folder of the profile named `profile`: named by its id, not its name
        (names are free text; two differing only in punctuation must not share data)."""
        return self.profile_dir_by_id(ProfileStore(self.profiles_file).id_of(profile))

    def profile_dir_by_id(self, profile_id: str) -> Path:
        return self.profiles_root / profile_id

    @property
    def profiles_root(self) -> Path:
        return self.data_dir / "profiles"

    def database_file(self, profile: str) -> Path:
        """One SQLite database per profile (links, record states, runs, pending writes)."""
        return self.profile_dir(profile) / "qbsync.db"
