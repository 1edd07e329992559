"""Writes the GUI makes to a profile's database, outside a sync run.

The store has no "forget an object's links" call yet, so this does it with its own
connection, holding the engine's per-profile lock so no run is writing meanwhile.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from qbsync_desktop.core.sync.runner import profile_lock

# Everything the engine keeps per object: links (which record goes with which), their
# shown state, read cursors and unfinished writes.
_PER_OBJECT_TABLES = ("link", "record_state", "sync_cursor", "pending_write")


def forget_object(db_file: Path, obj: str) -> int:
    """Forget the links, states, cursors and pending writes of `obj`; returns links dropped.

    Raises `SyncBusy` when a run of this profile holds the lock.
    """
    if not db_file.exists():
        return 0
    with (
        profile_lock(db_file.with_name("sync.lock")),
        contextlib.closing(sqlite3.connect(db_file, timeout=10)) as con,
        con,
    ):
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        dropped = 0
        for table in _PER_OBJECT_TABLES:
            if table in tables:  # names from the fixed tuple above, never user text
                cur = con.execute(f"DELETE FROM {table} WHERE object = ?", (obj,))
                if table == "link":
                    dropped = cur.rowcount
        return dropped
