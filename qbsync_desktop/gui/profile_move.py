"""Renaming a profile carries what is keyed by its name: the database folder and keyring."""

from __future__ import annotations

import contextlib
from typing import Any

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import SERVICES, ProfileStore, Service
from qbsync_desktop.core.sync.runner import profile_lock


def rename_profile(
    paths: AppPaths, profiles: ProfileStore, credentials: Any, old: str, new: str
) -> None:
    """Rename `old` to `new`, moving its data folder and keyring entries along.

    Order: copy keyring entries, move the folder (under the profile's sync lock), rename
    in the profile list, then delete the old keyring entries; a failure before the last
    step undoes the copies so the old name still works. `credentials` None: no keyring.
    Raises `ProfileError`, `SyncBusy`, `CredentialError` or `OSError` with the reason.
    """
    if profiles.get(new) is not None:
        from qbsync_desktop.core.profiles import ProfileError

        raise ProfileError(f"A profile named {new!r} already exists.")
    copied: list[Service] = []
    try:
        if credentials is not None:
            for service in SERVICES:
                tokens = credentials.load_tokens(old, service)
                secret = credentials.load_client_secret(old, service)
                if tokens is not None:
                    credentials.save_tokens(new, service, tokens)
                if secret is not None:
                    credentials.save_client_secret(new, service, secret)
                if tokens is not None or secret is not None:
                    copied.append(service)
        src, dst = paths.profile_dir(old), paths.profile_dir(new)
        moved = False
        if src.exists() and src != dst:
            if dst.exists():
                raise OSError(f"A data folder for {new!r} already exists: {dst}")
            with profile_lock(paths.database_file(old).with_name("sync.lock")):
                src.rename(dst)
                moved = True
        try:
            profiles.rename(old, new)
        except Exception:
            if moved:
                dst.rename(src)
            raise
    except Exception:
        for done in copied:
            with contextlib.suppress(Exception):
                credentials.delete_tokens(new, done)
                credentials.delete_client_secret(new, done)
        raise
    for done in copied:
        credentials.delete_tokens(old, done)
        credentials.delete_client_secret(old, done)
