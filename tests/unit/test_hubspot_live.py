"""Schema v10 (`hubspot_live`, the HubSpot records each object knows to be live, for the
archivals' check): a v9 profile migrates with its data and starts without a table to
compare with, so its first check fills it and lists once; a full read's results make the
table what the read saw."""

from __future__ import annotations

from pathlib import Path

from qbsync_desktop.core.connectors.hubspot import HsObject
from qbsync_desktop.core.store import LATEST, Link, open_database
from qbsync_desktop.core.store.migrations import current_version
from qbsync_desktop.core.store.raw import sql
from qbsync_desktop.core.sync import archivals
from tests.support.stores import backup_tables, old_database_with_a_link


def _live(record_id: str, created: str) -> HsObject:
    return HsObject(record_id, {}, created, created)


def test_v9_database_gets_an_empty_table_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "qbsync.db"
    old_database_with_a_link(path, version=9)
    db = open_database(path)
    try:
        assert LATEST == 10 and current_version(db) == LATEST
        assert [(k.hubspot_id, k.qbo_id) for k in Link.select()] == [("11", "22")]
        assert sql("SELECT COUNT(*) FROM hubspot_live").fetchone()[0] == 0
        assert archivals._load("contacts") == archivals.State()  # no table: the check fills it
    finally:
        db.close()
    tables = backup_tables(path, 9)
    assert "hubspot_live" not in tables and "link" in tables


def test_a_full_read_keeps_what_it_saw_and_what_came_during_it(tmp_path: Path) -> None:
    db = open_database(tmp_path / "qbsync.db")
    try:
        old, seen, ours = "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-06-01T00:00:05Z"
        archivals.note_live("contacts", [_live("1", old), _live("2", old)])  # known before
        archivals.note_live("contacts", [_live("2", old), _live("3", seen)], seen_run=7)
        archivals.note_live("contacts", [_live("4", ours)])  # created by this run's writers
        archivals.note_live("contacts", [HsObject("5", {}, seen, seen, archived=True)])
        mark = 1780272000.0  # 2026-06-01T00:00:00Z: the read began about then
        archivals.full_read_done("contacts", 7, mark)
        ids = {r[0] for r in sql("SELECT hubspot_id FROM hubspot_live").fetchall()}
        # 1 was not seen (gone before the read); 4 came after the read began; 5 is archived.
        assert ids == {"2", "3", "4"}
        state = archivals._load("contacts")
        assert state.upto_ms == round((mark - archivals.MARGIN_S) * 1000)
    finally:
        db.close()
