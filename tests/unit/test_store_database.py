"""The per-profile database: WAL, owner-only, versioned migrations with a backup."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from qbsync_desktop.core.store import LATEST, Link, RecordState, SyncRun, open_database
from qbsync_desktop.core.store.migrations import current_version
from tests.support.stores import old_database_with_a_link


def test_new_database_is_wal_owner_only_and_latest(tmp_path: Path) -> None:
    path = tmp_path / "p" / "qbsync.db"
    db = open_database(path)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert current_version(db) == LATEST
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        run = SyncRun.create(dry_run=False)
        RecordState.create(object="contacts", name="Ana", state="synced", run_id=run.id)
        assert RecordState.select().count() == 1
        for side_file in path.parent.glob("qbsync.db-*"):
            assert stat.S_IMODE(side_file.stat().st_mode) & 0o077 == 0
    finally:
        db.close()


def test_reopening_does_not_migrate_or_back_up_again(tmp_path: Path) -> None:
    path = tmp_path / "qbsync.db"
    open_database(path).close()
    db = open_database(path)
    db.close()
    assert not list(tmp_path.glob("*.bak"))


def test_v1_database_migrates_keeping_data_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "qbsync.db"
    old_database_with_a_link(path, version=1)

    db = open_database(path)
    try:
        assert current_version(db) == LATEST
        link = Link.get(Link.hubspot_id == "11")
        assert link.qbo_id == "22"
        tables = set(db.get_tables())
        assert {"pending_write", "sync_cursor", "activity"} <= tables
    finally:
        db.close()

    backup = path.with_name("qbsync.db.v1.bak")
    assert backup.exists()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    old = sqlite3.connect(backup)
    try:
        names = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "pending_write" not in names
        assert old.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
        assert old.execute("SELECT COUNT(*) FROM link").fetchone()[0] == 1
    finally:
        old.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "qbsync.db"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO schema_version (version, changed_at) VALUES (99, datetime('now'))")
    con.commit()
    con.close()
    with pytest.raises(RuntimeError, match="newer qbsync"):
        open_database(path)


def test_read_helpers_for_cli_and_export(tmp_path: Path) -> None:
    from qbsync_desktop.core.store.queries import counts, export_records_csv, last_run, record_rows

    path = tmp_path / "qbsync.db"
    db = open_database(path)
    run = SyncRun.create(dry_run=False, status="ok")
    RecordState.create(
        object="contacts", name="Ana", match_key="a@x", state="synced", run_id=run.id
    )
    RecordState.create(object="contacts", name="Bo", state="excluded", code="no_email")
    RecordState.create(object="products", name="Kit", match_key="SKU-1", state="failed")
    db.close()

    rows = record_rows(path)
    assert [r["name"] for r in rows] == ["Ana", "Bo", "Kit"]
    excluded = record_rows(path, state="excluded")[0]
    assert excluded["code"] == "no_email" and excluded["problem"] == "No email address"
    assert excluded["explanation"].startswith("No email address: Contacts and customers")
    assert counts(path) == {"contacts": {"synced": 1, "excluded": 1}, "products": {"failed": 1}}
    assert (last_run(path) or {})["status"] == "ok"
    target = tmp_path / "records.csv"
    assert export_records_csv(path, target) == 3
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].startswith("object,hubspot_id")
