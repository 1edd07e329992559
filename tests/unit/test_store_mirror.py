"""Schema v5 (the mirror): the migration from v4 keeps data and backs up; mirror rows round-trip."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qbsync_desktop.core.store import LATEST, Link, open_database
from qbsync_desktop.core.store.migrations import current_version
from qbsync_desktop.core.sync import mirror
from qbsync_desktop.core.sync.objects.contacts import SPEC as CONTACTS
from qbsync_desktop.core.sync.vocabulary import SideRecord
from tests.support.stores import old_database_with_a_link


def test_v4_database_migrates_to_the_mirror_keeping_data(tmp_path: Path) -> None:
    path = tmp_path / "qbsync.db"
    old_database_with_a_link(path, version=4)

    db = open_database(path)
    try:
        assert current_version(db) == LATEST
        assert Link.get(Link.hubspot_id == "11").qbo_id == "22"
        columns = {c.name for c in db.get_columns("mirror")}
        assert {"object", "side", "record_id", "match_key", "name", "record_values"} <= columns
        assert {"sync_token", "active", "modified", "seen"} <= columns
    finally:
        db.close()
    old = sqlite3.connect(path.with_name("qbsync.db.v4.bak"))
    try:
        names = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "mirror" not in names and "link" in names
    finally:
        old.close()


def _customer(id_: str, email: str, name: str, token: str = "0") -> SideRecord:
    values: dict[str, str | None] = {"email": email, "firstname": name.split()[0]}
    return SideRecord("quickbooks", id_, values, name, sync_token=token, qbo_name=name)


def test_mirror_rows_round_trip_and_a_full_read_drops_what_it_did_not_see(tmp_path: Path) -> None:
    db = open_database(tmp_path / "qbsync.db")
    try:
        mirror.upsert(
            CONTACTS,
            [
                (_customer("1", "Ana@X.test ", "Ana Silva"), 1.0),
                (_customer("2", "b@x", "Ben"), 2.0),
            ],
            seen=7,
        )
        mirror.upsert(CONTACTS, [(_customer("1", "ana@x.test", "Ana Silva", token="3"), 3.0)])
        (ana,) = mirror.by_keys(CONTACTS, ["ana@x.test"])
        assert ana.id == "1" and ana.sync_token == "3" and ana.values["firstname"] == "Ana"
        assert mirror.names_taken(CONTACTS, ["ANA SILVA", "Nobody"]) == {"ana silva"}
        assert [r.id for r in mirror.by_ids(CONTACTS, ["2", "9"])] == ["2"]

        mirror.upsert(CONTACTS, [(_customer("1", "ana@x.test", "Ana Silva"), 4.0)], seen=8)
        assert mirror.drop_unseen(CONTACTS, 8) == 1  # customer 2 was not seen by run 8
        assert mirror.count(CONTACTS) == 1
    finally:
        db.close()


def test_mirror_side_classifies_as_the_in_memory_side(tmp_path: Path) -> None:
    from qbsync_desktop.core.sync import record
    from qbsync_desktop.core.sync.planner import QboSide
    from qbsync_desktop.core.sync.settings import Filter, ObjectSettings

    settings = ObjectSettings(filters=[Filter("city", "equals", "Nowhere")])
    records = [
        _customer("1", "a@x.test", "Ana One"),
        _customer("2", "A@X.test", "Ana Two"),  # duplicate of 1 (unlinked): fails
        _customer("3", "", "No Email"),  # no key: excluded
        _customer("4", "linked@x.test", "Held"),
        _customer("5", "linked@x.test", "Late Dup"),  # key held by linked 4: fails
        _customer("6", "gone@x.test", "Inactive"),
        _customer("7", "f@x.test", "Filtered"),
        _customer("8", "ok@x.test", "Free"),
    ]
    records[2].values["email"] = None
    records[5].active = False
    records[6].values["city"] = "Nowhere"
    db = open_database(tmp_path / "qbsync.db")
    try:
        mirror.upsert(CONTACTS, [(r, None) for r in records], seen=1)
        with db.atomic():
            record.save_links("contacts", [("h4", "4", "linked@x.test", {}, "0")])
        stored = mirror.MirrorSide(CONTACTS, settings)
        memory = QboSide(CONTACTS, settings, records, {"4"})

        def skips(side: object) -> list[tuple[str, str, str]]:
            return [
                (s.record.id, s.state, s.problem.code)
                for s in side.skips  # type: ignore[attr-defined]
            ]

        assert skips(stored) == skips(memory)
        assert [s[0] for s in skips(stored)] == ["2", "3", "5", "7"]
        for key in ("a@x.test", "linked@x.test", "f@x.test", "ok@x.test", "gone@x.test"):
            assert stored.holder(key) == memory.holder(key)
            assert stored.filtered(key) == memory.filtered(key)
        taken = stored.take("ok@x.test")
        assert taken is not None and taken.id == "8" and stored.take("ok@x.test") is None
        assert [r.id for r in stored.leftovers()] == ["1"]
        assert stored.get("6") is not None and not stored.get("6").active  # type: ignore[union-attr]
    finally:
        db.close()
