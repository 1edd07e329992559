"""The mirror: compact copies of QBO records as last read, kept in the profile's SQLite file.

A full read writes every QBO page into it (and drops the rows the read no longer saw);
incremental runs upsert what QBO's change feed returns and what our own writes made. Once a
full read has filled it (`Cursor.mirror`), an incremental run answers "does a customer with
this email exist?" and "is this display name taken?" from here instead of asking QBO.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from qbsync_desktop.core.store.raw import executemany as _many
from qbsync_desktop.core.store.raw import select_in
from qbsync_desktop.core.store.raw import sql as _sql
from qbsync_desktop.core.sync import record
from qbsync_desktop.core.sync.mapping import ObjectSpec, match_key
from qbsync_desktop.core.sync.planner import SortedQboSide
from qbsync_desktop.core.sync.settings import ObjectSettings
from qbsync_desktop.core.sync.vocabulary import LinkInfo, Side, SideRecord

CHUNK = 500  # values per SQL IN (...), under SQLite's variable limit
COLUMNS = "record_id, match_key, name, label, record_values, sync_token, active"
TABLE = "mirror"  # the profile's mirror; a dry run reads into a scratch copy (`dry_run_table`)
DRY_RUN_TABLE = "dry_mirror"

_UPSERT = (
    "INSERT INTO {t} (object, side, record_id, match_key, name, label, record_values,"
    " sync_token, active, modified, seen) VALUES (?, 'quickbooks', ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (object, side, record_id) DO UPDATE SET match_key = excluded.match_key,"
    " name = excluded.name, label = excluded.label, record_values = excluded.record_values,"
    " sync_token = excluded.sync_token, active = excluded.active,"
    " modified = excluded.modified, seen = COALESCE(excluded.seen, {t}.seen)"
)


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


def dry_run_table() -> str:
    """A dry run's scratch mirror (SQLite TEMP: this connection's, gone with it), so a dry
    run plans against QBO's records in SQLite as a real run does, without touching the
    profile's mirror (a dry run may try unsaved mappings, which change what is stored)."""
    _sql(f"CREATE TEMP TABLE IF NOT EXISTS {DRY_RUN_TABLE} ({_MIRROR_COLUMNS})")
    for name, columns in _MIRROR_INDEXES:
        unique = "UNIQUE " if name == "record" else ""
        _sql(
            f"CREATE {unique}INDEX IF NOT EXISTS temp.{DRY_RUN_TABLE}_{name}"
            f" ON {DRY_RUN_TABLE} ({columns})"
        )
    return DRY_RUN_TABLE


# As schema v5 made the mirror: the scratch copy has its shape.
_MIRROR_COLUMNS = (
    "id INTEGER NOT NULL PRIMARY KEY, object TEXT NOT NULL, side TEXT NOT NULL,"
    " record_id TEXT NOT NULL, match_key TEXT, name TEXT, label TEXT NOT NULL,"
    " record_values TEXT NOT NULL, sync_token TEXT, active INTEGER NOT NULL, modified REAL,"
    " seen INTEGER"
)
_MIRROR_INDEXES = (
    ("record", "object, side, record_id"),
    ("key", "object, side, match_key"),
    ("name", "object, side, name"),
)


def upsert(
    spec: ObjectSpec,
    records: Iterable[tuple[SideRecord, float | None]],
    seen: int | None = None,
    table: str = TABLE,
) -> None:
    """Store QBO records (with their modified stamps); `seen`: the full read's run id."""
    _many(_UPSERT.format(t=table), [_row(spec, rec, modified, seen) for rec, modified in records])


def drop_unseen(spec: ObjectSpec, run_id: int, table: str = TABLE) -> int:
    """After a full read: rows it did not see are gone from QBO (deleted)."""
    cursor = _sql(
        f"DELETE FROM {table} WHERE object = ? AND side = 'quickbooks'"
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


def _select_in(
    spec: ObjectSpec, column: str, values: Iterable[str], table: str = TABLE
) -> Iterator[SideRecord]:
    text = (
        f"SELECT {COLUMNS} FROM {table} WHERE object = ? AND side = 'quickbooks'"
        f" AND {column} IN ({{marks}}) ORDER BY id"
    )
    for row in list(select_in(text, (spec.name,), values)):
        yield _record(row)


def by_keys(spec: ObjectSpec, keys: Iterable[str]) -> list[SideRecord]:
    """Mirrored QBO records whose match key (lower case, trimmed) is one of `keys`."""
    return list(_select_in(spec, "match_key", keys))


def by_ids(spec: ObjectSpec, ids: Iterable[str], table: str = TABLE) -> list[SideRecord]:
    return list(_select_in(spec, "record_id", ids, table))


def names_taken(spec: ObjectSpec, names: Iterable[str]) -> set[str]:
    """Which of these names (any case) a mirrored QBO record holds, lower case."""
    lowered = {n.lower() for n in names if n}
    return {rec.qbo_name for rec in _select_in(spec, "name", lowered) if rec.qbo_name}


def count(spec: ObjectSpec) -> int:
    row = _sql(
        "SELECT COUNT(*) FROM mirror WHERE object = ? AND side = 'quickbooks'", (spec.name,)
    ).fetchone()
    return int(row[0])


def _run_table(table: str, columns: str, obj: str) -> None:
    """A run-scoped table (SQLite TEMP: this connection's, gone with it), emptied of
    `obj`'s rows: what a streamed full run must remember of the book stays out of memory."""
    _sql(f"CREATE TEMP TABLE IF NOT EXISTS {table} (object TEXT NOT NULL, {columns})")
    _sql(f"DELETE FROM {table} WHERE object = ?", (obj,))


def _one(text: str, params: Iterable[Any]) -> Any:
    row = _sql(text, params).fetchone()
    return None if row is None else row[0]


def _by_key(table: str, obj: str, keys: Iterable[str], column: str = "label") -> dict[str, str]:
    """key -> `column` in a run table keyed by (object, match_key): a label, or run_free's
    record_id."""
    where = "WHERE object = ? AND match_key IN ({marks})"
    return dict(select_in(f"SELECT match_key, {column} FROM {table} {where}", (obj,), keys))


class TakenNames:
    """`NameSet` of a streamed full run: the names the mirror holds and those this run gave
    new records, so no name of the book is held in memory."""

    def __init__(self, spec: ObjectSpec, table: str = TABLE) -> None:
        self.obj, self.table = spec.name, table
        _run_table("run_name", "name TEXT NOT NULL, PRIMARY KEY (object, name)", self.obj)

    def __contains__(self, name: object, /) -> bool:
        if not isinstance(name, str):
            return False
        lowered = name.lower()
        return bool(
            _one(
                f"SELECT EXISTS (SELECT 1 FROM {self.table} WHERE object = ?"
                " AND side = 'quickbooks'"
                " AND name = ?) OR EXISTS (SELECT 1 FROM run_name WHERE object = ? AND name = ?)",
                (self.obj, lowered, self.obj, lowered),
            )
        )

    def add(self, name: str, /) -> None:
        _sql("INSERT OR IGNORE INTO run_name VALUES (?, ?)", (self.obj, name.lower()))


class TableClaims:
    """`KeyClaims` of a streamed full run, in a run-scoped table (`table`: run_claim for the
    keys pages used, run_early for the QBO ids of records created in HubSpot early)."""

    def __init__(self, spec: ObjectSpec, table: str = "run_claim") -> None:
        self.obj, self.table = spec.name, table
        _run_table(
            table,
            "match_key TEXT NOT NULL, label TEXT NOT NULL, PRIMARY KEY (object, match_key)",
            self.obj,
        )

    def of(self, keys: Iterable[str]) -> dict[str, str]:
        return _by_key(self.table, self.obj, keys)

    def claim(self, labels: Mapping[str, str]) -> None:
        rows = [(self.obj, key, label) for key, label in labels.items()]
        _many(f"INSERT OR IGNORE INTO {self.table} VALUES (?, ?, ?)", rows)


@dataclass
class _Prepared:
    """What a page's keys hold, fetched at once (`MirrorSide.prepared`)."""

    asked: set[str]
    free: dict[str, str]  # key -> QBO id of the free record holding it
    held: dict[str, str]  # key -> label of the linked record holding it
    records: dict[str, SideRecord]  # the free records, by QBO id
    taken: list[str] = field(default_factory=list)


class MirrorSide(SortedQboSide):
    """`QboIndex` over the mirror (or a dry run's scratch copy, `table`), for a streamed full
    run: the sorted keys (free records' ids, linked records' labels) go to run-scoped
    tables, records are fetched when they meet.
    """

    def __init__(self, spec: ObjectSpec, settings: ObjectSettings, table: str = TABLE) -> None:
        super().__init__(spec, settings)
        self.obj, self.table = spec.name, table
        self._near: dict[str, str | None] = {}  # while sorting: a chunk's keys' holders
        self._page: _Prepared | None = None  # while planning a page: its keys' answers
        _run_table(
            "run_held",
            "match_key TEXT NOT NULL, label TEXT NOT NULL, PRIMARY KEY (object, match_key)",
            self.obj,
        )
        _run_table(
            "run_free",
            "match_key TEXT NOT NULL, record_id TEXT NOT NULL,"
            " label TEXT NOT NULL, PRIMARY KEY (object, match_key)",
            self.obj,
        )
        linked = (
            "EXISTS (SELECT 1 FROM link l WHERE l.object = m.object AND l.qbo_id = m.record_id)"
        )
        # The first linked record holding a key names it (mirror order, as a read saw them).
        _sql(
            "INSERT OR IGNORE INTO run_held SELECT m.object, m.match_key,"
            f" COALESCE(NULLIF(m.label, ''), m.record_id) FROM {table} m"
            f" WHERE m.object = ? AND m.side = 'quickbooks' AND m.match_key IS NOT NULL"
            f" AND m.match_key != '' AND {linked} ORDER BY m.id",
            (self.obj,),
        )
        columns = ", ".join("m." + c.strip() for c in COLUMNS.split(","))
        after = 0
        while rows := _sql(  # unlinked inactive records are not ours to revive
            f"SELECT m.id, {columns} FROM {table} m NOT INDEXED"  # walked by id, in chunks
            " WHERE m.object = ? AND m.side = 'quickbooks'"
            f" AND m.active AND NOT {linked} AND m.id > ? ORDER BY m.id LIMIT {CHUNK}",
            (self.obj, after),
        ).fetchall():
            after = rows[-1][0]
            # A chunk's holders in two queries, not two statements a record.
            keys = {row[2] for row in rows if row[2]}
            near: dict[str, str | None] = {k: None for k in keys}
            near.update(_by_key("run_held", self.obj, keys))
            near.update(_by_key("run_free", self.obj, keys))
            self._near = near
            free = []
            for _id, *row in rows:
                record_id, key, _name, label = row[:4]
                if self._is_free(key, partial(_record, tuple(row))):
                    free.append((self.obj, key, record_id, label or record_id))
                    self._near[key] = label or record_id
            _many("INSERT INTO run_free VALUES (?, ?, ?, ?)", free)
        self._near = {}

    @contextmanager
    def prepared(self, keys: Iterable[str]) -> Iterator[None]:
        """A page's keys in a few statements, where `take` and `holder` made up to three a
        key (a tenth of a 100k first sync's CPU); what the page took leaves run_free in one
        statement at the end."""
        asked = {k for k in keys if k}
        free = _by_key("run_free", self.obj, asked, "record_id")
        held = _by_key("run_held", self.obj, asked)
        records = {rec.id: rec for rec in by_ids(self.spec, free.values(), self.table)}
        self._page = _Prepared(asked, free, held, records)
        try:
            yield
        finally:
            page, self._page = self._page, None
            rows = [(self.obj, key) for key in page.taken]
            _many("DELETE FROM run_free WHERE object = ? AND match_key = ?", rows)

    def _holder_of(self, key: str) -> str | None:
        if key in self._near:  # sorting a chunk: its keys' holders are at hand
            return self._near[key]
        free = _one(
            "SELECT label FROM run_free WHERE object = ? AND match_key = ?", (self.obj, key)
        )
        return free if free is not None else self.holder(key)

    def holder(self, key: str) -> str | None:
        if self._page is not None and key in self._page.asked:
            return self._page.held.get(key)
        found = _one(
            "SELECT label FROM run_held WHERE object = ? AND match_key = ?", (self.obj, key)
        )
        return None if found is None else str(found)

    def get(self, qbo_id: str) -> SideRecord | None:
        found = by_ids(self.spec, [qbo_id], self.table)
        return found[0] if found else None

    def take(self, key: str) -> SideRecord | None:
        if (page := self._page) is not None and key in page.asked:
            record_id = page.free.pop(key, None)
            if record_id is None:
                return None
            page.taken.append(key)
            return page.records.get(record_id)
        where = "WHERE object = ? AND match_key = ?"
        record_id = _one(f"SELECT record_id FROM run_free {where}", (self.obj, key))
        if record_id is None:
            return None
        _sql(f"DELETE FROM run_free {where}", (self.obj, key))
        return self.get(record_id)

    def free_keys(self, after: int, n: int) -> list[tuple[int, str]]:
        """`planner.FreeKeys`: up to `n` free records' (rowid, key) after rowid `after`."""
        # By rowid: through the (object, key) index SQLite would sort the whole table.
        query = "SELECT rowid, match_key FROM run_free NOT INDEXED WHERE object = ? AND rowid > ?"
        rows = _sql(f"{query} ORDER BY rowid LIMIT ?", (self.obj, after, n)).fetchall()
        return [(int(rowid), str(key)) for rowid, key in rows]

    def leftovers(self) -> Iterator[SideRecord]:
        while True:
            rows = _sql(
                "SELECT rowid, record_id FROM run_free WHERE object = ? ORDER BY rowid LIMIT ?",
                (self.obj, CHUNK),
            ).fetchall()
            if not rows:
                return
            _sql(
                f"DELETE FROM run_free WHERE rowid IN ({', '.join('?' for _ in rows)})",
                [rowid for rowid, _ in rows],
            )
            yield from by_ids(self.spec, [record_id for _, record_id in rows], self.table)


class TableLinks:
    """`LinkIndex` over the link table: a page's links when it is planned, the rest at the
    end; the HubSpot ids the run read go to a run-scoped table."""

    def __init__(self, spec: ObjectSpec) -> None:
        self.spec = spec
        _run_table(
            "run_seen", "hubspot_id TEXT NOT NULL, PRIMARY KEY (object, hubspot_id)", spec.name
        )

    def for_hubspot(self, ids: Iterable[str]) -> dict[str, LinkInfo]:
        return {ln.hubspot_id: ln for ln in record.links_for(self.spec.name, hubspot_ids=ids)}

    def holding(self, keys: Iterable[str]) -> dict[str, LinkInfo]:
        found = record.links_for(self.spec.name, keys=keys)
        return {ln.match_key: ln for ln in found if ln.match_key}

    def see(self, hubspot_ids: Iterable[str]) -> None:
        rows = [(self.spec.name, i) for i in hubspot_ids]
        _many("INSERT OR IGNORE INTO run_seen VALUES (?, ?)", rows)

    def unseen(self) -> Iterator[LinkInfo]:
        return record.iter_links(self.spec.name, unseen=True)


class StoredLinks:
    """`vocabulary.LinkLookup` over the link table: how references resolve in a run."""

    def other_ids(self, obj: str, side: Side, ids: Iterable[str]) -> dict[str, str]:
        wanted = list(ids)
        if side == "hubspot":
            return {ln.hubspot_id: ln.qbo_id for ln in record.links_for(obj, hubspot_ids=wanted)}
        return {ln.qbo_id: ln.hubspot_id for ln in record.links_for(obj, qbo_ids=wanted)}
