"""Profiles saved before profile ids (profiles.json layout 1): their data folder was
named after a cleaned-up profile name and their keyring entries after the name. This
moves both to the profile's id, once, before anything else touches them."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from pathlib import Path

from filelock import FileLock

from qbsync_desktop.core.credentials import CredentialError, CredentialStore
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import LAYOUT, Profile, ProfileStore
from qbsync_desktop.core.sync.runner import SyncBusy, profile_lock

log = logging.getLogger(__name__)


def name_keyed_folder(name: str) -> str:
    """The folder name layout 1 gave a profile (several names could give the same one)."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", name.strip()).strip("._")
    return cleaned or "profile"


def open_profiles(
    paths: AppPaths, credentials: CredentialStore | None = None
) -> tuple[ProfileStore, CredentialStore, list[str]]:
    """The profile list and the keyring store keyed through it, after bringing an older
    layout up to date; with plain notes for the person (usually none).

    `credentials` given (tests, embedders): used as it is.
    """
    profiles = ProfileStore(paths.profiles_file)
    creds = credentials if credentials is not None else CredentialStore(profiles=profiles)
    return profiles, creds, migrate_profiles(paths, profiles, creds)


def migrate_profiles(
    paths: AppPaths, profiles: ProfileStore, credentials: CredentialStore
) -> list[str]:
    """Bring a layout-1 install to ids; returns plain notes for the person (often none).

    Idempotent and safe to interrupt: folders already moved and keyring entries already
    copied are skipped on the next try; the layout is marked done only at the end.
    """
    if profiles.layout() >= LAYOUT:
        return []
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    # The window and the CLI may start at once; the lock file is owner-only like the rest.
    with FileLock(paths.config_dir / "migration.lock", timeout=60, mode=0o600):
        if profiles.layout() >= LAYOUT:
            return []
        every = [profiles.require(name) for name in profiles.names()]
        try:
            notes = _move_folders(paths, every)
        except SyncBusy:
            return ["An older qbsync is syncing; close it and start qbsync again."]
        if not credentials.secure:  # the OS keyring may be back next start: finish then
            log.warning("no secure keyring now; profile sign-ins are moved once it is back")
            return notes
        try:
            for profile in every:
                credentials.adopt_name_keyed(profile.name, profile.id)
        except CredentialError as exc:  # locked keyring: try again next start
            log.warning("profile sign-ins not moved yet: %s", exc.message)
            return [*notes, f"{exc.message} (qbsync will finish updating your profiles then.)"]
        with profiles.changing(layout=LAYOUT):
            pass  # writes every profile with its id, and the new layout
        log.info("profiles moved to id-named folders and keyring entries (%d)", len(every))
        return notes


def _move_folders(paths: AppPaths, every: list[Profile]) -> list[str]:
    by_folder: dict[str, list[Profile]] = defaultdict(list)
    for profile in every:
        by_folder[name_keyed_folder(profile.name)].append(profile)
    notes: list[str] = []
    for folder, owners in by_folder.items():
        src = paths.profiles_root / folder
        if not src.is_dir():
            continue
        if len(owners) == 1:
            dst = paths.profile_dir_by_id(owners[0].id)
            if not dst.exists():
                _move(src, dst)
            continue
        # Profiles whose names differ only in punctuation, spaces or accents shared this
        # folder: its links mix both businesses' records, so neither may keep them.
        aside = src.with_name(f"{folder}.shared-before-ids")
        if not aside.exists():
            _move(src, aside)
        names = " and ".join(repr(p.name) for p in owners)
        notes.append(
            f"The profiles {names} shared one sync memory in earlier versions of qbsync, "
            f"so it may mix their records. Each now starts with its own; their next sync "
            f"matches records again by email and SKU. The shared one is kept in {aside}."
        )
        log.warning("profiles %s shared %s; set aside as %s", names, src, aside)
    return notes


def _move(src: Path, dst: Path) -> None:
    # An older qbsync may be syncing this profile right now: SyncBusy stops us then. The
    # lock is let go before the rename (Windows cannot rename a folder with an open file).
    with profile_lock(src / "sync.lock"):
        pass
    src.rename(dst)
