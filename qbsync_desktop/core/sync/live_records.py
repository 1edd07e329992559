"""The HubSpot records each object's sync knows to be live (`hubspot_live`, schema v10), for
the archivals' check (`archivals`): ids and create times, noted as runs read and write them,
counted and compared by ranges of create times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from qbsync_desktop.core.connectors.hubspot import HsObject
from qbsync_desktop.core.store.raw import executemany, sql
from qbsync_desktop.core.sync import known_versions
from qbsync_desktop.core.sync.changes import Version, parse_instant

NOTE_ROWS = 2000  # a full read's records noted per transaction


def created_ms(obj: HsObject) -> int | None:
    try:  # HubSpot's own form, "2025-03-08T14:54:17.333Z": the quick way (a 100k read)
        moment = dt.datetime.fromisoformat(obj.created_at)
        if moment.tzinfo is not None:
            return round(moment.timestamp() * 1000)
    except ValueError:
        pass
    seconds = parse_instant(obj.created_at)  # epoch ms, no zone (UTC), or none
    return None if seconds is None else round(seconds * 1000)


_NOTE = (
    "INSERT INTO hubspot_live (object, hubspot_id, created_ms, seen_run) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (object, hubspot_id) DO UPDATE SET created_ms = excluded.created_ms,"
    " seen_run = COALESCE(excluded.seen_run, hubspot_live.seen_run)"
)


def _rows(obj: str, records: Iterable[HsObject], seen_run: int | None) -> list[tuple[Any, ...]]:
    return [
        (obj, o.id, ms, seen_run)
        for o in records
        if not o.archived and (ms := created_ms(o)) is not None
    ]


def note_live(obj: str, records: Iterable[HsObject], seen_run: int | None = None) -> None:
    """Records read live (`seen_run`: by this full read, see `full_read_done`)."""
    executemany(_NOTE, _rows(obj, records, seen_run))


class LiveNotes:
    """A full read's records, noted a few thousand at a time (a transaction each: one a
    page cost a 100k book's read seconds)."""

    def __init__(self, obj: str, seen_run: int) -> None:
        self.obj, self.seen_run = obj, seen_run
        self.held: list[tuple[Any, ...]] = []

    def add(self, records: Iterable[HsObject]) -> None:
        self.held += _rows(self.obj, records, self.seen_run)
        if len(self.held) >= NOTE_ROWS:
            self.flush()

    def flush(self) -> None:
        executemany(_NOTE, self.held)
        self.held = []


def note_written(obj: str, unstaged: Iterable[tuple[str, Version]]) -> None:
    """The records this run wrote (most created, all linked) are known from now on: those
    staged for the echoes (`known_versions`) and `unstaged`. Until a search or a read gives
    a new one its create time, its write's stamp stands for it (a create's own moment)."""
    known_versions.stage(obj, "hubspot", unstaged, known_versions.WRITTEN)
    sql(
        "INSERT INTO hubspot_live (object, hubspot_id, created_ms)"
        " SELECT object, record_id, CAST(ROUND(stamp * 1000) AS INTEGER) FROM run_version"
        " WHERE object = ? AND side = 'hubspot' AND rank = ?"
        " ON CONFLICT (object, hubspot_id) DO NOTHING",
        (obj, known_versions.WRITTEN),
    )


def _range(lo: int | None, hi: int) -> tuple[str, tuple[int, ...]]:
    if lo is None:
        return "created_ms <= ?", (hi,)
    return "created_ms > ? AND created_ms <= ?", (lo, hi)


def known_count(obj: str, lo: int | None, hi: int) -> int:
    where, params = _range(lo, hi)
    row = sql(f"SELECT COUNT(*) FROM hubspot_live WHERE object = ? AND {where}", (obj, *params))
    return int(row.fetchone()[0])


def known_ids(obj: str, lo: int | None, hi: int) -> set[str]:
    where, params = _range(lo, hi)
    rows = sql(f"SELECT hubspot_id FROM hubspot_live WHERE object = ? AND {where}", (obj, *params))
    return {str(r[0]) for r in rows.fetchall()}


def unknown(obj: str, records: list[HsObject]) -> list[HsObject]:
    """Those of `records` the table does not hold."""
    if not records:
        return []
    marks = ", ".join("?" for _ in records)
    held = sql(
        f"SELECT hubspot_id FROM hubspot_live WHERE object = ? AND hubspot_id IN ({marks})",
        (obj, *(o.id for o in records)),
    )
    known = {str(r[0]) for r in held.fetchall()}
    return [o for o in records if o.id not in known]


def median(obj: str, lo: int | None, hi: int, count: int) -> int | None:
    where, params = _range(lo, hi)
    row = sql(
        f"SELECT created_ms FROM hubspot_live WHERE object = ? AND {where}"
        " ORDER BY created_ms LIMIT 1 OFFSET ?",
        (obj, *params, count // 2),
    ).fetchone()
    return None if row is None else int(row[0])


def mark_gone(obj: str, ids: Iterable[str], token: str) -> None:
    executemany(
        "UPDATE hubspot_live SET gone = ? WHERE object = ? AND hubspot_id = ?",
        [(token, obj, i) for i in ids],
    )


def forget_gone(obj: str) -> None:
    sql("UPDATE hubspot_live SET gone = NULL WHERE object = ? AND gone IS NOT NULL", (obj,))
