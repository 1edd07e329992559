"""Read-side helpers for the CLI and exports (the GUI pages its own queries)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from qbsync_desktop.core.export import write_dict_csv
from qbsync_desktop.core.store import RecordState, SyncRun, open_database
from qbsync_desktop.core.sync.problems import Problem, Translate, as_marked, label, render

# Which record a row is about, and its state.
_RECORD = ("object", "hubspot_id", "qbo_id", "name", "match_key", "state")
# The record_state columns read (the problem as the store keeps it: code, params, field).
STORE_COLUMNS = (*_RECORD, "code", "params", "field", "updated_at", "run_id")
# What a record row shows: the problem's code rendered into words (for people, exports).
COLUMNS = (*_RECORD, "code", "problem", "explanation", "fix", "field", "updated_at", "run_id")


def problem_of(row: Mapping[str, Any]) -> Problem | None:
    """The problem a record_state (or activity) row keeps, or None."""
    if not row.get("code"):
        return None
    return Problem.from_row(row.get("code"), row.get("params"), row.get("field"))


def with_words(row: Mapping[str, Any], tr: Translate = as_marked) -> dict[str, Any]:
    """A stored row with its problem rendered: category name, explanation and fix (in
    English, or through `tr` in a person's language)."""
    out = {c: row.get(c) for c in COLUMNS}
    problem = problem_of(row)
    if problem is not None:
        words = render(problem, tr)
        out.update(problem=label(problem.code, tr), explanation=words.explanation, fix=words.fix)
    return out


def iter_record_rows(
    state: str | None = None, obj: str | None = None, tr: Translate = as_marked
) -> Iterator[dict[str, Any]]:
    """Record states as plain dicts, problems in words, streamed (the database must be open)."""
    query = RecordState.select().order_by(RecordState.object, RecordState.id)
    if state:
        query = query.where(RecordState.state == state)
    if obj:
        query = query.where(RecordState.object == obj)
    for row in query.dicts().iterator():
        yield with_words(row, tr)


def record_rows(
    db_file: Path, state: str | None = None, obj: str | None = None, tr: Translate = as_marked
) -> list[dict[str, Any]]:
    db = open_database(db_file)
    try:
        return list(iter_record_rows(state, obj, tr))
    finally:
        db.close()


def counts(db_file: Path) -> dict[str, dict[str, int]]:
    """{object: {state: n}} for the object view."""
    db = open_database(db_file)
    try:
        out: dict[str, dict[str, int]] = {}
        query = RecordState.select(RecordState.object, RecordState.state).tuples()
        for obj, state in query.iterator():
            out.setdefault(obj, {}).setdefault(state, 0)
            out[obj][state] += 1
        return out
    finally:
        db.close()


def last_run(db_file: Path) -> dict[str, Any] | None:
    db = open_database(db_file)
    try:
        run = SyncRun.select().order_by(SyncRun.id.desc()).first()
        return None if run is None else dict(run.__data__)
    finally:
        db.close()


def export_records_csv(db_file: Path, target: Path) -> int:
    """The record list as CSV (see core.export); returns the number of rows written."""
    db = open_database(db_file)
    try:
        return write_dict_csv(target, COLUMNS, iter_record_rows(), timestamp_columns=["updated_at"])
    finally:
        db.close()
