"""One SQLite database per profile: links, record states, runs, pending writes.

`open_database(path)` creates or migrates the file (WAL, owner-only) and binds the models
to it for the calling thread.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

import peewee

from qbsync_desktop.core.store.errors import (
    CorruptDatabase,
    StoreError,
    UnreadableDatabase,
    store_error,
)
from qbsync_desktop.core.store.migrations import LATEST, migrate
from qbsync_desktop.core.store.models import (
    MODELS,
    Activity,
    Link,
    PendingWrite,
    RecordState,
    SchemaVersion,
    SyncCursor,
    SyncRun,
    current_database,
)

__all__ = [
    "LATEST",
    "MODELS",
    "Activity",
    "CorruptDatabase",
    "Link",
    "PendingWrite",
    "RecordState",
    "SchemaVersion",
    "StoreError",
    "SyncCursor",
    "SyncRun",
    "UnreadableDatabase",
    "check_database",
    "current_database",
    "open_database",
]


def _create_private(path: Path) -> None:
    """Create the file owner-only before SQLite touches it (its -wal/-shm inherit the mode).

    The database path itself is never opened here: closing any descriptor of a file drops
    every POSIX lock this process holds on it, including those of SQLite connections open
    in other threads, after which another process's SQLite deletes the -wal/-shm under
    them. So a new file is made under a temporary name and linked into place.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".new-", suffix=".db")  # 0600
        os.close(fd)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another thread or process made it first
        except OSError:  # a file system without hard links (FAT): create it in place
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        finally:
            os.unlink(tmp)
    path.chmod(0o600)  # by path: no descriptor, no lock lost


def open_database(path: Path) -> peewee.SqliteDatabase:
    """Open (creating or migrating) one profile's database; bind the models to it here.

    The binding is per thread: other threads keep their own profile's database.
    Raises `CorruptDatabase` or `UnreadableDatabase` when the file cannot be used.
    """
    try:
        _create_private(path)
    except OSError as exc:
        raise UnreadableDatabase(path) from exc
    db = peewee.SqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": "normal",
            "busy_timeout": 10_000,  # the GUI reads while a worker thread writes
        },
        check_same_thread=False,
    )
    try:
        db.connect(reuse_if_open=True)
        migrate(db, path)
    except peewee.DatabaseError as exc:
        db.close()
        raise (store_error(exc, path) or exc) from exc
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    return db


def check_database(path: Path) -> None:
    """Read the whole file once (SQLite's quick_check); `CorruptDatabase` if it is damaged."""
    db = open_database(path)
    try:
        rows = db.execute_sql("PRAGMA quick_check").fetchall()  # type: ignore[no-untyped-call]
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:  # fetches raise sqlite3's
        raise (store_error(exc, path) or exc) from exc
    finally:
        db.close()
    if [tuple(r) for r in rows] != [("ok",)]:
        raise CorruptDatabase(path)
