"""Where the echoes' known versions live (see `echoes`): the `known_version` table (schema
v9), and what a run stages for it in a run-scoped table until its results are recorded.

A first sync reads and writes the whole book, and every version it meets is recent, so
none of them is held in memory: a run's versions go to SQLite in chunks as they come
(`StagedMarks` for reads, `stage_written` for our own writes), and `remember` merges them
into the table in one statement once the watermarks move. A run that ends early never
reaches `remember`; its staged rows go with its connection (SQLite TEMP).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from qbsync_desktop.core.store.models import current_database
from qbsync_desktop.core.store.raw import executemany as _many
from qbsync_desktop.core.store.raw import sql as _sql
from qbsync_desktop.core.sync.changes import MarkTracker, Version

CHUNK = 500  # versions a read holds before staging them; ids per SQL IN (...)
# Staged versions rank: on equal stamps the later rank wins, as our write (QBO stamps are
# whole seconds) is newer than what the run read before it. The merge takes each record's
# ranks in order in the staging table's key order: ordered by rank alone, SQLite sorted
# the whole run's versions first (a 2 MB sort buffer at 30k, the run's last RSS peak).
READ, WRITTEN = 0, 1

_STAGE = (
    "INSERT INTO run_version VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (object, side, record_id, rank) DO UPDATE SET"
    " stamp = excluded.stamp, version = excluded.version"
    " WHERE excluded.stamp >= run_version.stamp"
)
_MERGE = (
    "INSERT INTO known_version (object, side, record_id, stamp, version)"
    " SELECT object, side, record_id, stamp, version FROM run_version"
    " WHERE object = ? AND side = ? AND stamp >= ? ORDER BY record_id, rank"
    " ON CONFLICT (object, side, record_id) DO UPDATE SET"
    " stamp = excluded.stamp, version = excluded.version"
    " WHERE excluded.stamp >= known_version.stamp"
)


def _run_table() -> None:
    _sql(
        "CREATE TEMP TABLE IF NOT EXISTS run_version (object TEXT NOT NULL, side TEXT NOT NULL,"
        " record_id TEXT NOT NULL, rank INTEGER NOT NULL, stamp REAL NOT NULL,"
        " version TEXT NOT NULL, PRIMARY KEY (object, side, record_id, rank))"
    )


def stage(obj: str, side: str, versions: Iterable[tuple[str, Version]], rank: int) -> None:
    """Put versions this run read (READ) or wrote (WRITTEN) aside until `remember`."""
    _run_table()
    rows = [(obj, side, rid, rank, v[0], v[1]) for rid, v in versions]
    _many(_STAGE, rows)


def unstage(obj: str, side: str) -> None:
    _run_table()
    _sql("DELETE FROM run_version WHERE object = ? AND side = ?", (obj, side))


def remember(obj: str, side: str, low: float, sources: Iterable[Mapping[str, Version]]) -> None:
    """Merge what this run staged and `sources` (in order: read, then written) into the
    known versions, newest per record, and drop those older than `low` (no read meets them).
    """
    for rank, source in enumerate(sources):
        stage(obj, side, source.items(), rank)
    _run_table()
    with current_database().atomic():
        _sql(_MERGE, (obj, side, low))
        old = "DELETE FROM known_version WHERE object = ? AND side = ? AND stamp < ?"
        _sql(old, (obj, side, low))
        unstage(obj, side)


class StagedMarks(MarkTracker):
    """A `MarkTracker` of a full read: the versions it keeps go to the run's staging table
    every CHUNK records, so `versions` holds at most a chunk."""

    def __init__(self, obj: str, side: str, previous: float | None, read_start: float) -> None:
        super().__init__(previous, read_start)
        self.obj, self.side = obj, side
        unstage(obj, side)

    def note(self, record_id: str, version: Version | None) -> None:
        super().note(record_id, version)
        if len(self.versions) >= CHUNK:
            stage(self.obj, self.side, self.versions.items(), READ)
            self.versions.clear()


# ---- the table --------------------------------------------------------------------------


def load(obj: str, side: str) -> dict[str, Version]:
    rows = _sql(
        "SELECT record_id, stamp, version FROM known_version WHERE object = ? AND side = ?",
        (obj, side),
    ).fetchall()
    return {rid: (float(stamp), str(version)) for rid, stamp, version in rows}


def replace(obj: str, side: str, known: Mapping[str, Version]) -> None:
    with current_database().atomic():
        _sql("DELETE FROM known_version WHERE object = ? AND side = ?", (obj, side))
        rows = [(obj, side, rid, v[0], v[1]) for rid, v in known.items()]
        _many("INSERT INTO known_version VALUES (?, ?, ?, ?, ?)", rows)


class KnownView:
    """The known versions of one object and side that a read from `low` meets, asked of the
    table as needed (never loaded whole)."""

    def __init__(self, obj: str, side: str, low: float) -> None:
        self.params = (obj, side, low)
        self._where = "WHERE object = ? AND side = ? AND stamp >= ?"
        found = _sql(f"SELECT COUNT(*) FROM known_version {self._where}", self.params)
        self.count = int(found.fetchone()[0])

    def __len__(self) -> int:
        return self.count

    def top(self) -> float:
        """The newest known stamp (the view is not empty)."""
        row = _sql(f"SELECT MAX(stamp) FROM known_version {self._where}", self.params).fetchone()
        return float(row[0])

    def get(self, record_id: str) -> Version | None:
        row = _sql(
            f"SELECT stamp, version FROM known_version {self._where} AND record_id = ?",
            (*self.params, record_id),
        ).fetchone()
        return None if row is None else (float(row[0]), str(row[1]))

    def among(self, ids: Iterable[str]) -> dict[str, Version]:
        """The known versions of these records (a page's worth at a time)."""
        wanted = sorted(set(ids))
        out: dict[str, Version] = {}
        for part in _chunks(wanted):
            marks = ", ".join("?" for _ in part)
            rows = _sql(
                f"SELECT record_id, stamp, version FROM known_version {self._where}"
                f" AND record_id IN ({marks})",
                (*self.params, *part),
            ).fetchall()
            out.update((rid, (float(stamp), str(version))) for rid, stamp, version in rows)
        return out


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]
