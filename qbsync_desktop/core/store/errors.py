"""A profile database that cannot be used: typed errors with the sentence to show, and
setting a damaged file aside so a fresh one can start."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

# SQLite's primary result codes (extended codes carry them in the low byte).
_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_UNREADABLE = {3, 8, 10, 13, 14}  # PERM, READONLY, IOERR, FULL, CANTOPEN

SIDE_FILES = ("-wal", "-shm")


class StoreError(Exception):
    """The profile's database cannot be used; `message` (also `str()`) says what to do."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class CorruptDatabase(StoreError):
    """The file is damaged (or not a database): it can be set aside for a fresh one."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            "qbsync's memory of this profile (which record goes with which) is damaged and "
            "cannot be read. Your HubSpot and QuickBooks records are not affected. Set the "
            "damaged file aside as a backup and start a fresh one: the next sync matches "
            "the records again by email and SKU.",
            path,
        )


class UnreadableDatabase(StoreError):
    """The file cannot be opened or written (permissions, disk full, missing drive)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"qbsync cannot open or write this profile's database ({path}). Check that the "
            "folder is yours and writable and that the disk has free space, then try again.",
            path,
        )


def store_error(exc: BaseException, path: Path) -> StoreError | None:
    """The typed error for a database exception (peewee wraps sqlite3's in `.orig`)."""
    original = getattr(exc, "orig", None) or exc
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(original, sqlite3.Error) or code is None:
        return None
    if code & 0xFF in _DAMAGED:
        return CorruptDatabase(path)
    if code & 0xFF in _UNREADABLE:
        return UnreadableDatabase(path)
    return None


def set_aside(path: Path) -> Path:
    """Rename the damaged database (and its -wal/-shm) to a dated backup next to it;
    returns the backup's path. The next `open_database` starts a fresh file."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while backup.exists():
        n += 1
        backup = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in SIDE_FILES:  # a stale log must not be replayed into the fresh file
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, backup.with_name(backup.name + suffix))
    os.replace(path, backup)
    return backup
