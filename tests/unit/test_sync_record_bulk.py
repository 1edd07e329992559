"""Bulk recording gives the same rows as the one-row functions (links, states, activity)."""

from __future__ import annotations

from pathlib import Path

from qbsync_desktop.core.store import Activity, Link, RecordState, open_database
from qbsync_desktop.core.sync import record
from qbsync_desktop.core.sync.errors import no_email


def _links() -> list[tuple[str, str, str | None, str, str | None]]:
    rows = Link.select().order_by(Link.hubspot_id)
    return [(r.hubspot_id, r.qbo_id, r.match_key, r.baseline, r.qbo_sync_token) for r in rows]


def test_save_links_updates_found_rows_and_inserts_new(tmp_path: Path) -> None:
    open_database(tmp_path / "a.db")
    record.save_link("contacts", "h1", "q1", "a@x", {"city": "Old"}, "3")
    record.save_link("contacts", "h2", "q2", "b@x", {}, "1")
    record.save_links(
        "contacts",
        [
            ("h1", "q1", "a@x", {"city": "New"}, None),  # no token: the old one stays
            ("h9", "q2", "b@x", {"x": "1"}, "2"),  # found by its QBO id: relinked
            ("h3", "q3", None, {}, "0"),
            ("h3", "q3", "c@x", {"y": "2"}, "5"),  # later in the batch wins
        ],
    )
    assert _links() == [
        ("h1", "q1", "a@x", '{"city": "New"}', "3"),
        ("h3", "q3", "c@x", '{"y": "2"}', "5"),
        ("h9", "q2", "b@x", '{"x": "1"}', "2"),
    ]
    assert Link.get(Link.hubspot_id == "h1").synced_at is not None


def _same_as_one_by_one(
    tmp_path: Path, before: list[record.LinkRow], batch: list[record.LinkRow]
) -> None:
    results = []
    for n, bulk in enumerate((False, True)):
        open_database(tmp_path / f"{n}.db")
        for row in before:
            record.save_link("contacts", *row)
        if bulk:
            record.save_links("contacts", batch)
        else:
            for row in batch:
                record.save_link("contacts", *row)
        results.append(_links())
    assert results[0] == results[1]


def test_relinked_ids_within_one_batch_match_one_by_one(tmp_path: Path) -> None:
    # h1 moves from q1 to q5, then a new h2 takes q1: no stale look-up of q1 -> h1's row.
    _same_as_one_by_one(
        tmp_path,
        [("h1", "q1", None, {}, "1")],
        [("h1", "q5", None, {}, "2"), ("h2", "q1", None, {}, "3")],
    )


def test_chained_relinks_match_one_by_one(tmp_path: Path) -> None:
    # h2 frees q2 before h1 takes it: rows are written in the items' order.
    _same_as_one_by_one(
        tmp_path,
        [("h1", "q1", None, {}, None), ("h2", "q2", None, {}, None)],
        [("h2", "q3", None, {}, None), ("h1", "q2", None, {}, None)],
    )


def test_set_states_replaces_by_either_id_and_keeps_the_other(tmp_path: Path) -> None:
    open_database(tmp_path / "a.db")
    record.set_state(
        "contacts",
        hubspot_id=None,
        qbo_id="q1",
        name="A",
        match_key=None,
        state="failed",
        run_id=1,
        problem=no_email(),
    )
    record.set_states(
        "contacts",
        [
            {
                "hubspot_id": "h1",
                "qbo_id": "q1",
                "name": "A",
                "match_key": "a@x",
                "state": "synced",
                "run_id": 2,
            },
            {
                "hubspot_id": "h2",
                "qbo_id": None,
                "name": "B" * 400,
                "match_key": None,
                "state": "excluded",
                "run_id": 2,
                "problem": no_email(),
            },
        ],
    )
    rows = {r.hubspot_id: r for r in RecordState.select()}
    assert len(rows) == 2
    assert (rows["h1"].qbo_id, rows["h1"].state, rows["h1"].code) == ("q1", "synced", None)
    assert rows["h2"].code == no_email().code and len(rows["h2"].name) == 255
    assert rows["h1"].updated_at.year >= 2024  # read back as a datetime by peewee


def test_add_activities(tmp_path: Path) -> None:
    open_database(tmp_path / "a.db")
    record.add_activities(
        [
            {
                "run_id": 1,
                "object": "contacts",
                "hubspot_id": "h1",
                "qbo_id": None,
                "direction": "to_quickbooks",
                "action": "create_quickbooks",
                "detail": "x" * 3000,
            },
        ]
    )
    row = Activity.get()
    assert (row.hubspot_id, row.action, len(row.detail)) == ("h1", "create_quickbooks", 2000)
    assert row.at is not None and row.at.year >= 2024


def test_recording_finds_rows_through_an_index_on_object_and_id(tmp_path: Path) -> None:
    # With only one-column indexes SQLite chose record_state(object), scanning every row of
    # the object for each id: recording grew quadratically (36 s of a 100k sync).
    db = open_database(tmp_path / "a.db")
    for model in (RecordState, Link):
        for column in ("hubspot_id", "qbo_id"):
            sql, params = record.rows_query(model, "contacts", column, ["1", "2"]).sql()
            plan = " ".join(row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))
            assert f"(object=? AND {column}=?)" in plan, (model.__name__, column, plan)
