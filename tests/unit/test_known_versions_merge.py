"""The known versions' merge reads a run's staged versions in the staging table's key
order (issue 15, "and small"): ordered by rank alone, SQLite sorted all of them first, and
at 30k records that sort's buffer was the first sync's last peak of memory (+2 MB RSS)."""

from __future__ import annotations

from pathlib import Path

from qbsync_desktop.core.store import open_database
from qbsync_desktop.core.sync import known_versions
from qbsync_desktop.core.sync.known_versions import READ, WRITTEN


def test_the_merge_needs_no_sort_and_our_write_still_wins_a_tie(tmp_path: Path) -> None:
    db = open_database(tmp_path / "qbsync.db")
    try:
        known_versions.stage("contacts", "hubspot", [("2", (5.0, "read2"))], READ)
        known_versions.stage("contacts", "hubspot", [("1", (5.0, "ours1"))], WRITTEN)
        known_versions.stage("contacts", "hubspot", [("1", (5.0, "read1"))], READ)
        merge = known_versions._MERGE  # the statement itself: how SQLite will run it
        plan = db.execute_sql(f"EXPLAIN QUERY PLAN {merge}", ("contacts", "hubspot", 0.0))
        details = [str(row[-1]) for row in plan.fetchall()]
        assert not [d for d in details if "TEMP B-TREE" in d], details
        known_versions.remember("contacts", "hubspot", 0.0, [])
        assert known_versions.load("contacts", "hubspot") == {
            "1": (5.0, "ours1"),
            "2": (5.0, "read2"),
        }
    finally:
        db.close()
