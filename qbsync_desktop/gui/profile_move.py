"""Renaming a profile: only its shown name changes."""

from __future__ import annotations

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.core.sync.runner import profile_lock


def rename_profile(paths: AppPaths, profiles: ProfileStore, old: str, new: str) -> None:
    """Rename `old` to `new`. Its data folder and keyring entries are keyed by the
    profile's id, so they stay where they are. Held under the profile's run lock: a run
    looks its sign-ins up by name while it goes. Raises `ProfileError` or `SyncBusy`."""
    with profile_lock(paths.database_file(old).with_name("sync.lock")):
        profiles.rename(old, new)
