"""Databases as an older qbsync left them, for migration tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from qbsync_desktop.core.store.migrations import migrate


def old_database_with_a_link(path: Path, version: int) -> None:
    """A profile database at schema `version` holding one contacts link (11 <-> 22)."""
    raw = peewee.SqliteDatabase(str(path))
    raw.connect()
    migrate(raw, path, target=version)
    raw.execute_sql(
        "INSERT INTO link (object, hubspot_id, qbo_id, match_key, baseline, synced_at) "
        "VALUES ('contacts', '11', '22', 'ana@x.test', '{}', datetime('now'))"
    )
    raw.close()


def backup_tables(path: Path, version: int) -> set[str]:
    """The tables of the copy `migrate` made of the database at schema `version`."""
    old = sqlite3.connect(path.with_name(f"{path.name}.v{version}.bak"))
    try:
        return {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        old.close()
