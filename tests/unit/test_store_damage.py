"""A damaged or unreadable profile database gives a typed error with a plain sentence,
and a damaged one can be set aside as a named backup for a fresh one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.core.store import (
    CorruptDatabase,
    Link,
    UnreadableDatabase,
    check_database,
    open_database,
)
from qbsync_desktop.core.sync.runner import run_sync, set_aside_damaged
from tests.support.keyrings import memory_credentials

TECHNICAL = re.compile(r"peewee|sqlite|DatabaseError|Traceback|malformed", re.IGNORECASE)


def _damage(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database, a torn copy " * 200)


def test_a_damaged_file_raises_a_plain_typed_error(tmp_path: Path) -> None:
    db_file = tmp_path / "qbsync.db"
    _damage(db_file)
    with pytest.raises(CorruptDatabase) as caught:
        open_database(db_file)
    assert "damaged" in str(caught.value) and "fresh one" in caught.value.message
    assert not TECHNICAL.search(str(caught.value))


def test_an_unopenable_file_raises_a_plain_typed_error(tmp_path: Path) -> None:
    db_file = tmp_path / "qbsync.db"
    db_file.mkdir()  # something that is not a file holds the name (root ignores modes)
    with pytest.raises(UnreadableDatabase) as caught:
        open_database(db_file)
    assert str(db_file) in caught.value.message and "writable" in caught.value.message
    assert not TECHNICAL.search(str(caught.value))


def test_a_sync_of_a_damaged_profile_ends_with_the_typed_error(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    profiles = ProfileStore(paths.profiles_file)
    profiles.get_or_create("Acme")
    _damage(paths.database_file("Acme"))
    with pytest.raises(CorruptDatabase):
        run_sync(paths, "Acme", Connections(profiles, memory_credentials(profiles)))


def test_set_aside_keeps_a_named_backup_and_a_fresh_database_opens(tmp_path: Path) -> None:
    db_file = tmp_path / "p" / "qbsync.db"
    _damage(db_file)
    db_file.with_name("qbsync.db-wal").write_bytes(b"old log")
    backup = set_aside_damaged(db_file)
    assert re.fullmatch(r"qbsync\.db\.damaged-\d{8}-\d{6}", backup.name)
    assert backup.read_bytes().startswith(b"not a database")
    assert backup.with_name(backup.name + "-wal").read_bytes() == b"old log"
    assert not db_file.with_name("qbsync.db-wal").exists()
    db = open_database(db_file)
    try:
        assert Link.select().count() == 0
    finally:
        db.close()
    check_database(db_file)  # sound


def test_check_finds_damage_inside_a_database_that_opens(tmp_path: Path) -> None:
    db_file = tmp_path / "qbsync.db"
    db = open_database(db_file)
    for n in range(400):
        Link.create(object="contacts", hubspot_id=str(n), qbo_id=str(n), baseline="{}" * 40)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    raw = bytearray(db_file.read_bytes())
    page = 4096
    raw[page * 3 : page * 3 + 200] = b"\xff" * 200  # a torn page in the middle
    db_file.write_bytes(bytes(raw))
    with pytest.raises(CorruptDatabase):
        check_database(db_file)
