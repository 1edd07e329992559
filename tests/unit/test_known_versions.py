"""Schema v9 (the echoes' known versions in a table): the migration from v8 moves the JSON
values it finds; a run's versions are staged in SQLite as they come and merged once its
results are recorded, the newest per record, our write winning a tie with a read."""

from __future__ import annotations

import json
import sqlite3
import tracemalloc
from pathlib import Path

import peewee

from qbsync_desktop.core.store import LATEST, SyncCursor, open_database
from qbsync_desktop.core.store.migrations import current_version
from qbsync_desktop.core.sync import echoes, known_versions
from qbsync_desktop.core.sync.known_versions import READ, WRITTEN, KnownView, StagedMarks
from tests.support.stores import old_database_with_a_link


def test_v8_database_moves_its_known_versions_into_the_table(tmp_path: Path) -> None:
    path = tmp_path / "qbsync.db"
    old_database_with_a_link(path, version=8)
    raw = peewee.SqliteDatabase(str(path))
    raw.connect()
    cursors = [
        ("contacts", "hubspot", json.dumps({"mark": 100.0})),
        ("contacts", "hubspot.known", json.dumps({"11": [90.5, "90500"], "12": [95, "95000"]})),
        ("contacts", "quickbooks.known", json.dumps({"22": [91.0, "3"]})),
        ("products", "hubspot.known", "{not json"),
    ]
    for obj, side, value in cursors:
        raw.execute_sql(
            "INSERT INTO sync_cursor (object, side, value, updated_at)"
            " VALUES (?, ?, ?, datetime('now'))",
            (obj, side, value),
        )
    raw.close()

    db = open_database(path)
    try:
        assert current_version(db) == LATEST
        assert echoes.load_known("contacts", "hubspot") == {
            "11": (90.5, "90500"),
            "12": (95.0, "95000"),
        }
        assert echoes.load_known("contacts", "quickbooks") == {"22": (91.0, "3")}
        assert echoes.load_known("products", "hubspot") == {}  # unreadable: read whole again
        left = [(c.object, c.side) for c in SyncCursor.select()]
        assert left == [("contacts", "hubspot")]  # the watermark stays
    finally:
        db.close()
    old = sqlite3.connect(path.with_name("qbsync.db.v8.bak"))
    try:
        assert old.execute("SELECT COUNT(*) FROM sync_cursor").fetchone()[0] == 4
    finally:
        old.close()


def test_remember_merges_staged_and_given_versions_newest_first(tmp_path: Path) -> None:
    db = open_database(tmp_path / "qbsync.db")
    try:
        echoes.save_known("contacts", "quickbooks", {"1": (50.0, "0"), "2": (100.0, "4")})
        known_versions.stage("contacts", "quickbooks", [("3", (120.0, "0"))], READ)
        # Read at token 0 and written at token 1 in the same (whole) second: the write wins.
        known_versions.stage("contacts", "quickbooks", [("3", (120.0, "1"))], WRITTEN)
        known_versions.stage("contacts", "hubspot", [("9", (120.0, "x"))], READ)
        # A read older than what is known does not replace it.
        echoes.remember("contacts", "quickbooks", 80.0, [{"2": (90.0, "3")}, {"4": (121.0, "2")}])

        known = echoes.load_known("contacts", "quickbooks")
        # Record 1 is older than the next read's window (from 80 less the overlap): gone.
        assert known == {"2": (100.0, "4"), "3": (120.0, "1"), "4": (121.0, "2")}
        view = KnownView("contacts", "quickbooks", 110.0)
        assert len(view) == 2 and view.top() == 121.0
        assert view.get("2") is None and view.get("3") == (120.0, "1")
        assert view.among(["2", "3", "5"]) == {"3": (120.0, "1")}
        # The other side's staged version waits for its own remember; this one is consumed.
        echoes.remember("contacts", "quickbooks", 80.0, [])
        assert echoes.load_known("contacts", "quickbooks") == known
        assert echoes.load_known("contacts", "hubspot") == {}
        echoes.remember("contacts", "hubspot", 115.0, [])
        assert echoes.load_known("contacts", "hubspot") == {"9": (120.0, "x")}
    finally:
        db.close()


def test_a_full_reads_versions_go_to_sqlite_as_they_come(tmp_path: Path) -> None:
    """Noting a whole book's versions holds at most a chunk of them in memory."""

    def peak_noting(n: int) -> int:
        marks = StagedMarks("contacts", "hubspot", None, 1000.0)
        tracemalloc.start()
        try:
            for i in range(n):
                marks.note(f"record-{i}", (1000.0 + i, str(i)))
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    db = open_database(tmp_path / "qbsync.db")
    try:
        small, big = peak_noting(2_000), peak_noting(20_000)
        assert big < small * 1.5, (small, big)  # a dict of them: about 10 times
        echoes.remember("contacts", "hubspot", 1000.0, [])
        assert len(echoes.load_known("contacts", "hubspot")) == 20_000
    finally:
        db.close()
