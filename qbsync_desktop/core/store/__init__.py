"""One SQLite database per profile: links, record states, runs, pending writes.

`open_database(path)` creates or migrates the file (WAL, owner-only) and binds the models
to it for the calling thread.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import peewee

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
    "Link",
    "PendingWrite",
    "RecordState",
    "SchemaVersion",
    "SyncCursor",
    "SyncRun",
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
        finally:
            os.unlink(tmp)
    path.chmod(0o600)  # by path: no descriptor, no lock lost


def open_database(path: Path) -> peewee.SqliteDatabase:
    """Open (creating or migrating) one profile's database; bind the models to it here.

    The binding is per thread: other threads keep their own profile's database.
    """
    _create_private(path)
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
    db.connect(reuse_if_open=True)
    migrate(db, path)
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    return db
