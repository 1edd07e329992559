"""The mirror: compact copies of QBO records as last read, kept in the profile's SQLite file.

A full read writes every QBO page into it (and drops the rows the read no longer saw);
incremental runs upsert what QBO's change feed returns and what our own writes made. Once a
full read has filled it (`Cursor.mirror`), an incremental run answers "does a customer with
this email exist?" and "is this display name taken?" from here instead of asking QBO.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from qbsync_desktop.core.store.models import current_database
from qbsync_desktop.core.sync import record
from qbsync_desktop.core.sync.mapping import ObjectSpec, match_key
from qbsync_desktop.core.sync.planner import SortedQboSide
from qbsync_desktop.core.sync.settings import ObjectSettings
from qbsync_desktop.core.sync.vocabulary import LinkInfo, Side, SideRecord

CHUNK = 500  # values per SQL IN (...), under SQLite's variable limit
COLUMNS = "record_id, match_key, name, label, record_values, sync_token, active"

_UPSERT = (
    "INSERT INTO mirror (object, side, record_id, match_key, name, label, record_values,"
    " sync_token, active, modified, seen) VALUES (?, 'quickbooks', ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (object, side, record_id) DO UPDATE SET match_key = excluded.match_key,"
    " name = excluded.name, label = excluded.label, record_values = excluded.record_values,"
    " sync_token = excluded.sync_token, active = excluded.active,"
    " modified = excluded.modified, seen = COALESCE(excluded.seen, mirror.seen)"
)


def _sql(text: str, params: Iterable[Any] = ()) -> Any:
    return current_database().execute_sql(text, tuple(params))  # type: ignore[no-untyped-call]


def _row(
    spec: ObjectSpec, rec: SideRecord, modified: float | None, seen: int | None
) -> tuple[Any, ...]:
    name = rec.qbo_name.lower() if rec.qbo_name else None
    return (
        spec.name,
        rec.id,
        match_key(rec.values.get(spec.match_key)),
        name,
        rec.label,
        json.dumps(rec.values, sort_keys=True),
        rec.sync_token,
        int(rec.active),
        modified,
        seen,
    )


def upsert(
    spec: ObjectSpec,
    records: Iterable[tuple[SideRecord, float | None]],
    seen: int | None = None,
) -> None:
    """Store QBO records (with their modified stamps); `seen`: the full read's run id."""
    rows = [_row(spec, rec, modified, seen) for rec, modified in records]
    if rows:
        cursor = current_database().cursor()  # type: ignore[no-untyped-call]
        cursor.executemany(_UPSERT, rows)


def drop_unseen(spec: ObjectSpec, run_id: int) -> int:
    """After a full read: rows it did not see are gone from QBO (deleted)."""
    cursor = _sql(
        "DELETE FROM mirror WHERE object = ? AND side = 'quickbooks'"
        " AND (seen IS NULL OR seen != ?)",
        (spec.name, run_id),
    )
    return int(cursor.rowcount)


def _record(row: tuple[Any, ...]) -> SideRecord:
    record_id, _key, name, label, values, token, active = row
    return SideRecord(
        "quickbooks",
        record_id,
        json.loads(values),
        label,
        sync_token=token,
        active=bool(active),
        qbo_name=name,
    )


def _select_in(spec: ObjectSpec, column: str, values: Iterable[str]) -> Iterator[SideRecord]:
    wanted = sorted(set(values))
    for i in range(0, len(wanted), CHUNK):
        part = wanted[i : i + CHUNK]
        marks = ", ".join("?" for _ in part)
        rows = _sql(
            f"SELECT {COLUMNS} FROM mirror WHERE object = ? AND side = 'quickbooks'"
            f" AND {column} IN ({marks}) ORDER BY id",
            (spec.name, *part),
        ).fetchall()
        for row in rows:
            yield _record(row)


def by_keys(spec: ObjectSpec, keys: Iterable[str]) -> list[SideRecord]:
    """Mirrored QBO records whose match key (lower case, trimmed) is one of `keys`."""
    return list(_select_in(spec, "match_key", keys))


def by_ids(spec: ObjectSpec, ids: Iterable[str]) -> list[SideRecord]:
    return list(_select_in(spec, "record_id", ids))


def names_taken(spec: ObjectSpec, names: Iterable[str]) -> set[str]:
    """Which of these names (any case) a mirrored QBO record holds, lower case."""
    lowered = {n.lower() for n in names if n}
    return {rec.qbo_name for rec in _select_in(spec, "name", lowered) if rec.qbo_name}


def count(spec: ObjectSpec) -> int:
    row = _sql(
        "SELECT COUNT(*) FROM mirror WHERE object = ? AND side = 'quickbooks'", (spec.name,)
    ).fetchone()
    return int(row[0])


class MirrorSide(SortedQboSide):
    """`QboIndex` over the mirror, for a streamed full run: in memory only each free key's
    record id and the labels of linked keys; records are fetched from SQLite when they meet.
    """

    def __init__(self, spec: ObjectSpec, settings: ObjectSettings) -> None:
        super().__init__(spec, settings)
        self.free: dict[str, str] = {}  # key -> record id
        self._labels: dict[str, str] = {}  # key -> label of its free record (names a duplicate)
        query = (
            f"SELECT {', '.join('m.' + c.strip() for c in COLUMNS.split(','))},"
            " l.id IS NOT NULL FROM mirror m LEFT JOIN link l"
            " ON l.object = m.object AND l.qbo_id = m.record_id"
            " WHERE m.object = ? AND m.side = 'quickbooks' ORDER BY m.id"
        )
        for *row, linked in _sql(query, (spec.name,)):
            key = row[1]
            if linked and key:
                self.held.setdefault(key, row[3] or row[0])
        for *row, linked in _sql(query, (spec.name,)):
            record_id, key, _name, label, _values, _token, active = row
            if linked or not active:
                continue  # unlinked inactive records are not ours to revive
            if self._is_free(key, partial(_record, tuple(row))):
                self.free[key] = record_id
                self._labels[key] = label or record_id

    def _holder_of(self, key: str) -> str | None:
        return self._labels.get(key) if key in self.free else self.held.get(key)

    def get(self, qbo_id: str) -> SideRecord | None:
        found = by_ids(self.spec, [qbo_id])
        return found[0] if found else None

    def take(self, key: str) -> SideRecord | None:
        record_id = self.free.pop(key, None)
        self._labels.pop(key, None)
        return None if record_id is None else self.get(record_id)

    def leftovers(self) -> Iterator[SideRecord]:
        while self.free:
            keys = list(self.free)[:CHUNK]
            ids = [self.free.pop(k) for k in keys]
            for k in keys:
                self._labels.pop(k, None)
            yield from by_ids(self.spec, ids)


class TableLinks:
    """`LinkIndex` over the link table: a page's links when it is planned, the rest at the end."""

    def __init__(self, spec: ObjectSpec) -> None:
        self.spec = spec

    def for_hubspot(self, ids: Iterable[str]) -> dict[str, LinkInfo]:
        return {ln.hubspot_id: ln for ln in record.links_for(self.spec.name, hubspot_ids=ids)}

    def holding(self, keys: Iterable[str]) -> dict[str, LinkInfo]:
        found = record.links_for(self.spec.name, keys=keys)
        return {ln.match_key: ln for ln in found if ln.match_key}

    def unseen(self, seen: set[str]) -> Iterator[LinkInfo]:
        for ln in record.iter_links(self.spec.name):
            if ln.hubspot_id not in seen:
                yield ln


class StoredLinks:
    """`vocabulary.LinkLookup` over the link table: how references resolve in a run."""

    def other_ids(self, obj: str, side: Side, ids: Iterable[str]) -> dict[str, str]:
        wanted = list(ids)
        if side == "hubspot":
            return {ln.hubspot_id: ln.qbo_id for ln in record.links_for(obj, hubspot_ids=wanted)}
        return {ln.qbo_id: ln.hubspot_id for ln in record.links_for(obj, qbo_ids=wanted)}
