"""Reading record states for the window: ordered ids first, rows only when shown (Anki's browser).

`SqlRecordSource` reads the engine's `record_state` table (see the store contract)
through a peewee database with parameterised SQL: one query for the ordered ids of
the current filter, then small `WHERE id IN (...)` queries for the rows a view paints.
Nothing here is Qt; the table model wraps it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

import peewee

from qbsync_desktop.core.export import PLAIN, CsvFormat
from qbsync_desktop.core.export import write_csv as write_export
from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.store.queries import STORE_COLUMNS, problem_of
from qbsync_desktop.core.store.reading import Executes, query_rows
from qbsync_desktop.core.sync.problems import TEMPLATES, Problem, Words, label, render

from .history import HistoryLine, history_line
from .i18n import translate_marked
from .object_labels import key_column_label, object_title
from .timefmt import amount

log = logging.getLogger(__name__)

STATES: tuple[str, ...] = ("synced", "failed", "excluded")
_STATE_WORDS = {
    "synced": QT_TRANSLATE_NOOP("Records", "Synced"),
    "failed": QT_TRANSLATE_NOOP("Records", "Failed"),
    "excluded": QT_TRANSLATE_NOOP("Records", "Excluded"),
}

# Columns the record view can show, with the SQL column each one reads and sorts by; the
# match key's header names each registered type's key ("Email / SKU": object_labels).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("object", QT_TRANSLATE_NOOP("Records", "Object")),
    ("name", QT_TRANSLATE_NOOP("Records", "Name")),
    ("match_key", ""),
    ("state", QT_TRANSLATE_NOOP("Records", "State")),
    ("amount", QT_TRANSLATE_NOOP("Records", "Amount")),
    ("reason", QT_TRANSLATE_NOOP("Records", "Reason")),
    ("category", QT_TRANSLATE_NOOP("Records", "Category")),
    ("hubspot_id", QT_TRANSLATE_NOOP("Records", "HubSpot ID")),
    ("qbo_id", QT_TRANSLATE_NOOP("Records", "QuickBooks ID")),
    ("updated_at", QT_TRANSLATE_NOOP("Records", "Last change")),
)
FIX_TITLE = QT_TRANSLATE_NOOP("Records", "How to fix it")


def column_title(key: str) -> str:
    """A record column's header in the current language."""
    if key == "match_key":
        return key_column_label()
    if key == "fix":
        return translate_marked("Records", FIX_TITLE)
    return translate_marked("Records", dict(COLUMNS)[key])


def state_label(state: str) -> str:
    """ "Synced", "Failed", "Excluded" in the current language."""
    word = _STATE_WORDS.get(state)
    return translate_marked("Records", word) if word else state


# A record's amount (an invoice's total) is kept in its link's baseline, not in its state.
_AMOUNT_SQL = (
    "(SELECT CASE WHEN json_valid(link.baseline) THEN json_extract(link.baseline, '$.hs_total')"
    " END FROM link WHERE link.object = record_state.object"
    " AND link.hubspot_id = record_state.hubspot_id)"
)
# The SQL column each view column sorts by: a problem is sorted by its code.
_SORT_SQL = {key: key for key, _ in COLUMNS} | {"reason": "code", "category": "code"}
_SORT_SQL["amount"] = f"CAST({_AMOUNT_SQL} AS REAL)"
# The store decides which columns a record row has; the GUI adds the row id it pages by.
_ROW_FIELDS = ("id", *STORE_COLUMNS)


@dataclass(frozen=True)
class RecordRow:
    id: int
    object: str
    hubspot_id: str | None
    qbo_id: str | None
    name: str
    match_key: str
    state: str
    updated_at: str
    run_id: int | None
    amount: str | None = None  # an invoice's total, as its link keeps it
    problem: Problem | None = None  # rendered into the three below when read

    @cached_property  # views ask on every paint: rendered once per row read
    def words(self) -> Words | None:
        return render(self.problem, translate_marked) if self.problem else None

    @property
    def category(self) -> str | None:
        return label(self.problem.code, translate_marked) if self.problem else None

    @property
    def object_title(self) -> str:
        return object_title(self.object)

    @property
    def reason(self) -> str | None:
        return self.words.explanation if self.words else None

    @property
    def fix(self) -> str | None:
        return (self.words.fix or None) if self.words else None

    @property
    def cents(self) -> Decimal | None:
        """The amount to the cent; None when there is none or it is not a number."""
        try:
            return Decimal(str(self.amount)).quantize(Decimal("0.01")) if self.amount else None
        except InvalidOperation:
            return None

    def exported(self, key: str) -> Any:
        """A CSV cell: the amount as a number (the export writes it with the locale's
        decimal mark, without grouping), the rest as shown."""
        if key == "amount" and self.cents is not None:
            return self.cents
        return self.value(key)

    def value(self, key: str) -> str:
        """A cell as shown: the type's and the state's names, the rest as kept."""
        if key == "object":
            return self.object_title
        if key == "state":
            return state_label(self.state)
        if key == "amount":
            cents = self.cents
            return str(self.amount or "") if cents is None else amount(float(cents))
        raw = getattr(self, key)
        return "" if raw is None else str(raw)


@dataclass(frozen=True)
class RecordFilter:
    """What the record view shows. Empty/None fields do not filter."""

    object: str | None = None
    state: str | None = None
    category: str | None = None
    text: str = ""

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (("object", self.object), ("state", self.state)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.category:  # a problem code
            clauses.append("code = ?")
            params.append(self.category)
        text = self.text.strip()
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            cols = ("name", "match_key", "hubspot_id", "qbo_id", "params")
            found = [f"{c} LIKE ? ESCAPE '\\'" for c in cols]
            params.extend([like] * len(cols))
            if codes := _codes_saying(text):  # the problem's words are rendered, not stored
                found.append(f"code IN ({','.join('?' * len(codes))})")
                params.extend(codes)
            clauses.append("(" + " OR ".join(found) + ")")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _codes_saying(text: str) -> list[str]:
    """Problem codes whose category name or title contains `text` (any case), in English
    or in the current language."""
    needle = text.casefold()
    return [
        code.value
        for code, words in TEMPLATES.items()
        for said in (words.label, words.title)
        if needle in said.casefold() or needle in translate_marked("Problems", said).casefold()
    ]


@dataclass
class ObjectCounts:
    """Per object: how many records are synced, failed, excluded."""

    object: str
    counts: dict[str, int] = field(default_factory=dict)

    def get(self, state: str) -> int:
        return self.counts.get(state, 0)


class RecordSource(Protocol):
    def ids(self, flt: RecordFilter, sort_key: str, descending: bool) -> list[int]: ...
    def rows(self, ids: Sequence[int]) -> dict[int, RecordRow]: ...
    def counts(self) -> list[ObjectCounts]: ...
    def categories(self) -> list[str]: ...
    def failed_count(self) -> int: ...


Answers = dict[tuple[str, tuple[Any, ...]], list[tuple[Any, ...]]]  # (sql, params) -> rows
FailureKey = tuple[str, str | None, str | None]  # object, HubSpot id, QuickBooks id


class SqlRecordSource:
    """Reads `record_state`; a missing table (no sync yet) reads as empty.

    `answers`: queries already answered on a worker (`read_ahead`), used instead of asking
    the database while they are set: after a run the window shows it without reading.
    """

    def __init__(self, database: Executes) -> None:
        self.database = database
        self.answers: Answers = {}

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        answered = self.answers.get((sql, tuple(params)))
        if answered is not None:
            return answered
        return query_rows(self.database, sql, params)  # no table yet: no rows

    def read_ahead(self, flt: RecordFilter, sort_key: str, descending: bool) -> Answers:
        """What the window reads to show a finished run (its counts, the list as filtered
        and sorted, the banner, the last sync), read here: call it on a worker with a
        database of its own and give the answers to the GUI thread's source."""
        reading = _Recording(self.database)
        reading.counts()
        reading.categories()
        reading.ids(flt, sort_key, descending)
        reading.failed_count()
        reading.totals()
        reading.failed_keys()
        reading.last_runs()
        return reading.answers

    def ids(self, flt: RecordFilter, sort_key: str = "name", descending: bool = False) -> list[int]:
        if sort_key not in _SORT_SQL:
            raise ValueError(f"cannot sort by {sort_key!r}")
        where, params = flt.where()
        direction = "DESC" if descending else "ASC"
        order = f"{_SORT_SQL[sort_key]} COLLATE NOCASE {direction}, id {direction}"
        if sort_key in ("updated_at", "amount"):
            order = f"{_SORT_SQL[sort_key]} {direction}, id {direction}"
        rows = self.query(f"SELECT id FROM record_state{where} ORDER BY {order}", params)
        return [r[0] for r in rows]

    def rows(self, ids: Sequence[int]) -> dict[int, RecordRow]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        cols = ", ".join(_ROW_FIELDS)
        found = self.query(
            f"SELECT {cols}, {_AMOUNT_SQL} FROM record_state WHERE id IN ({marks})", ids
        )
        out: dict[int, RecordRow] = {}
        for raw in found:
            data = dict(zip((*_ROW_FIELDS, "amount"), raw, strict=True))
            problem = problem_of(data)
            for column in ("code", "params", "field"):
                del data[column]
            data["name"] = data["name"] or ""
            data["match_key"] = data["match_key"] or ""
            data["updated_at"] = str(data["updated_at"] or "")
            out[data["id"]] = RecordRow(**data, problem=problem)
        return out

    def counts(self) -> list[ObjectCounts]:
        rows = self.query(
            "SELECT object, state, COUNT(*) FROM record_state"
            " GROUP BY object, state ORDER BY object"
        )
        by_object: dict[str, ObjectCounts] = {}
        for obj, state, n in rows:
            by_object.setdefault(obj, ObjectCounts(obj)).counts[state] = n
        return list(by_object.values())

    def categories(self) -> list[str]:
        rows = self.query(
            "SELECT DISTINCT code FROM record_state WHERE code IS NOT NULL ORDER BY code"
        )
        return [r[0] for r in rows]

    def failed_count(self) -> int:
        rows = self.query("SELECT COUNT(*) FROM record_state WHERE state = 'failed'")
        return int(rows[0][0]) if rows else 0

    def totals(self) -> dict[str, int]:
        """Records per state over every object (what the object view adds up to)."""
        rows = self.query("SELECT state, COUNT(*) FROM record_state GROUP BY state")
        return {state: int(n) for state, n in rows}

    def failed_keys(self) -> set[FailureKey]:
        rows = self.query(
            "SELECT object, hubspot_id, qbo_id FROM record_state WHERE state = 'failed'"
        )
        return {(o, h, q) for o, h, q in rows}

    def last_runs(self) -> tuple[tuple[Any, str] | None, Any]:
        """The last real run that finished (when, its status) and when the last one that
        went through finished; None for none."""
        last = self.query(
            "SELECT finished_at, status FROM sync_run WHERE dry_run = 0 AND finished_at "
            "IS NOT NULL ORDER BY id DESC LIMIT 1"
        )
        done = self.query(
            "SELECT finished_at FROM sync_run WHERE dry_run = 0 AND status = 'ok' "
            "AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1"
        )
        return ((last[0][0], str(last[0][1])) if last else None), (done[0][0] if done else None)


def read_after_run(db_file: Path, flt: RecordFilter, sort_key: str, descending: bool) -> Answers:
    """`SqlRecordSource.read_ahead` on a connection of this (worker) thread; nothing when
    there is no database yet, or it cannot be read (the window then reads, and says why)."""
    if not db_file.exists():
        return {}
    db = peewee.SqliteDatabase(str(db_file), pragmas={"busy_timeout": 10_000})
    try:
        return SqlRecordSource(db).read_ahead(flt, sort_key, descending)
    except Exception as exc:
        log.info("records not read ahead: %s", exc.__class__.__name__)
        return {}
    finally:
        db.close()


class _Recording(SqlRecordSource):
    """Asks the database and keeps each answer (`read_ahead`)."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        rows = query_rows(self.database, sql, params)
        self.answers[(sql, tuple(params))] = rows
        return rows


@dataclass(frozen=True)
class ActivityRow:
    at: str
    direction: str
    action: str
    line: HistoryLine  # what happened, in words, with the fields' own names as details

    @property
    def detail(self) -> str:
        return self.line.text


def activity_for(source: SqlRecordSource, record: RecordRow, limit: int = 200) -> list[ActivityRow]:
    """A record's sync history (newest first), matched by either side's id."""
    clauses: list[str] = []
    params: list[Any] = [record.object]
    if record.hubspot_id:
        clauses.append("hubspot_id = ?")
        params.append(record.hubspot_id)
    if record.qbo_id:
        clauses.append("qbo_id = ?")
        params.append(record.qbo_id)
    if not clauses:
        return []
    rows = source.query(
        "SELECT at, direction, action, detail, code, params, field FROM activity"
        " WHERE object = ? AND ("
        + " OR ".join(clauses)
        + f") ORDER BY at DESC, id DESC LIMIT {int(limit)}",
        params,
    )
    out = []
    for at, d, a, det, code, args, fld in rows:
        problem = problem_of({"code": code, "params": args, "field": fld})
        line = history_line(record.object, a or "", det or "", problem, d or "")
        out.append(ActivityRow(str(at), d or "", a or "", line))
    return out


EXPORT_KEYS = (*(key for key, _ in COLUMNS), "fix")


def export_header() -> list[str]:
    """The record list's CSV header in the current language (read on the GUI thread)."""
    return [column_title(key) for key in EXPORT_KEYS]


def write_csv(
    source: RecordSource,
    flt: RecordFilter,
    path: str,
    sort_key: str = "name",
    *,
    header: list[str] | None = None,
    fmt: CsvFormat = PLAIN,
) -> int:
    """Export the filtered record list to CSV (run off the GUI thread). Returns rows written."""
    ids = source.ids(flt, sort_key, False)
    keys = list(EXPORT_KEYS)

    def rows() -> Iterator[list[Any]]:
        for start in range(0, len(ids), 500):
            block = ids[start : start + 500]
            page = source.rows(block)
            for rid in block:
                row = page.get(rid)
                if row is not None:
                    yield [row.exported(k) for k in keys]

    stamps = [keys.index("updated_at")]
    return write_export(path, header or export_header(), rows(), timestamp_columns=stamps, fmt=fmt)
