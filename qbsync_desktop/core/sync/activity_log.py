"""The activity log (SPEC.md 4): the runs, what each moved and failed, and each run's records.

Reads the `sync_run` and `activity` tables through any connection that runs SQL (the
window's own peewee database, or the store's), so it works beside a running sync. The
runs come one page at a time, newest first; a run's records come in pages by id (a first
sync of a large book has 100,000 of them). Words a bookkeeper reads are marked here and
translated where shown (`QT_TRANSLATE_NOOP`); codes stay codes until then.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qbsync_desktop.core.export import PLAIN, CsvFormat, write_csv
from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP, english
from qbsync_desktop.core.store.reading import Executes, query_rows
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.problems import (
    Problem,
    Translate,
    as_marked,
    field_label,
    label,
    render,
)
from qbsync_desktop.core.sync.report import ChangeDetail

SIDES = ("hubspot", "quickbooks")
PAGE = 200  # records read per page of a run's list

# What an activity row's action (and direction) says happened, marked for the window.
WHAT = {
    ("create_quickbooks", "to_quickbooks"): QT_TRANSLATE_NOOP("Activity", "Created in QuickBooks"),
    ("create_hubspot", "to_hubspot"): QT_TRANSLATE_NOOP("Activity", "Created in HubSpot"),
    ("update", "to_quickbooks"): QT_TRANSLATE_NOOP("Activity", "Updated in QuickBooks"),
    ("update", "to_hubspot"): QT_TRANSLATE_NOOP("Activity", "Updated in HubSpot"),
    ("match", "none"): QT_TRANSLATE_NOOP("Activity", "Matched"),
    # Invoices write their own actions: "create" / "void" by direction, "link", "exclude".
    ("create", "to_quickbooks"): QT_TRANSLATE_NOOP("Activity", "Created in QuickBooks"),
    ("create", "to_hubspot"): QT_TRANSLATE_NOOP("Activity", "Created in HubSpot"),
    ("void", "to_quickbooks"): QT_TRANSLATE_NOOP("Activity", "Voided in QuickBooks"),
    ("void", "to_hubspot"): QT_TRANSLATE_NOOP("Activity", "Voided in HubSpot"),
    ("link", "none"): QT_TRANSLATE_NOOP("Activity", "Matched"),
    ("exclude", "none"): QT_TRANSLATE_NOOP("Activity", "Left out"),
    ("fail", "to_quickbooks"): QT_TRANSLATE_NOOP("Activity", "Failed on the way to QuickBooks"),
    ("fail", "to_hubspot"): QT_TRANSLATE_NOOP("Activity", "Failed on the way to HubSpot"),
    ("fail", "none"): QT_TRANSLATE_NOOP("Activity", "Failed"),
}
OTHER = QT_TRANSLATE_NOOP("Activity", "Other change")
STATUS = {
    "ok": QT_TRANSLATE_NOOP("Activity", "Finished"),
    "failed": QT_TRANSLATE_NOOP("Activity", "Stopped by an error"),
    "cancelled": QT_TRANSLATE_NOOP("Activity", "Cancelled"),
    "running": QT_TRANSLATE_NOOP("Activity", "Running or interrupted"),
}
# The CSV's columns (keys) and headers (marked; the window passes them translated).
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("run", QT_TRANSLATE_NOOP("Activity", "Run")),
    ("at", QT_TRANSLATE_NOOP("Activity", "Time")),
    ("object", QT_TRANSLATE_NOOP("Activity", "Object")),
    ("name", QT_TRANSLATE_NOOP("Activity", "Record")),
    ("what", QT_TRANSLATE_NOOP("Activity", "What happened")),
    ("changes", QT_TRANSLATE_NOOP("Activity", "Changes")),
    ("problem", QT_TRANSLATE_NOOP("Activity", "Problem")),
    ("fix", QT_TRANSLATE_NOOP("Activity", "Fix")),
    ("hubspot_id", QT_TRANSLATE_NOOP("Activity", "HubSpot id")),
    ("qbo_id", QT_TRANSLATE_NOOP("Activity", "QuickBooks id")),
)


# What a run moved of one object, counted (each its own literal: lupdate reads them).
MOVED = (
    ("created", "quickbooks", QT_TRANSLATE_NOOP("Activity", "%n new in QuickBooks", None, 0)),
    ("created", "hubspot", QT_TRANSLATE_NOOP("Activity", "%n new in HubSpot", None, 0)),
    ("updated", "quickbooks", QT_TRANSLATE_NOOP("Activity", "%n updated in QuickBooks", None, 0)),
    ("updated", "hubspot", QT_TRANSLATE_NOOP("Activity", "%n updated in HubSpot", None, 0)),
    # Pairs found on both sides and linked with nothing to change (a pair linked and
    # updated counts as updated): the run list's column counts the same.
    ("matched", "", QT_TRANSLATE_NOOP("Activity", "%n matched, no change", None, 0)),
    ("failed", "", QT_TRANSLATE_NOOP("Activity", "%n failed", None, 0)),
)
NOTHING_MOVED = QT_TRANSLATE_NOOP("Activity", "nothing moved")
OBJECT_MOVED = QT_TRANSLATE_NOOP("Activity", "{object}: {moved}")

# (context, marked text, count or -1) -> the text shown: the window's translate_marked,
# the CLI's translator, or English.
Counted = Callable[[str, str, int], str]


def english_counted(context: str, text: str, n: int = -1) -> str:
    return english(text, n) if n >= 0 else text


@dataclass
class Moved:
    """What one run did to one object: per side created and updated, matched, failed."""

    object: str
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SIDES, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SIDES, 0))
    matched: int = 0
    failed: int = 0

    def add(self, action: str, direction: str, n: int) -> None:
        side = {"to_hubspot": "hubspot", "to_quickbooks": "quickbooks"}.get(direction)
        if action.startswith("create_"):
            self.created[action.removeprefix("create_")] += n
        elif action == "update" and side:
            self.updated[side] += n
        elif action in ("match", "link"):  # invoices record a link as "link"
            self.matched += n
        elif action == "fail":
            self.failed += n


def moved_words(moved: Moved, say: Counted = english_counted) -> str:
    """One object's share of a run in words: "Contacts ⇄ Customers: 3 new in QuickBooks,
    1 updated in HubSpot, 1 failed"."""
    parts = []
    for what, side, text in MOVED:
        got = getattr(moved, what)
        n = int(got[side] if side else got)
        if n:
            parts.append(say("Activity", text, n))
    try:
        title = say("Objects", objects.get(moved.object).label, -1)
    except objects.UnknownObject:  # a sync since removed
        title = moved.object.capitalize()
    said = ", ".join(parts) or say("Activity", NOTHING_MOVED, -1)
    return say("Activity", OBJECT_MOVED, -1).format(object=title, moved=said)


@dataclass(frozen=True)
class RunRow:
    """One run as the activity view lists it."""

    id: int
    started_at: str
    finished_at: str
    status: str
    created: dict[str, int]
    updated: dict[str, int]
    matched: int
    excluded: int
    failed: int
    moved: tuple[Moved, ...] = ()  # per object, from the run's records

    @property
    def status_text(self) -> str:
        """The run's outcome, marked English (the window translates it)."""
        return STATUS.get(self.status, self.status)


@dataclass(frozen=True)
class Entry:
    """One record's line in a run: what happened, the fields it changed, its problem."""

    id: int
    run_id: int
    at: str
    object: str
    name: str
    hubspot_id: str
    qbo_id: str
    action: str
    direction: str
    detail: str
    problem: Problem | None = None

    @property
    def what(self) -> str:
        """What happened, marked English (the window translates it)."""
        return WHAT.get((self.action, self.direction)) or WHAT.get((self.action, "none"), OTHER)

    def changes(self, say: Translate = as_marked) -> str:
        """The changed fields by their labels ("first name: Ada; city: Paris")."""
        return changes_in_labels(self.detail, say)

    def problem_words(self, say: Translate = as_marked) -> tuple[str, str]:
        """The problem's category and explanation, and its fix ("" without a problem)."""
        if self.problem is None:
            return "", ""
        words = render(self.problem, say)
        return f"{label(self.problem.code, say)}: {words.explanation}", words.fix


def changes_in_labels(detail: str, say: Translate = as_marked) -> str:
    """What a record's activity changed, fields by their labels ("city: Utrecht"), both
    sides' values and the type's note; rows written before details were data
    ("firstname: Ada; city: Paris") get labels too, notes stay as written."""
    change = ChangeDetail.from_json(detail)
    if change is not None:
        values = {**change.to_hubspot, **change.to_quickbooks}
        parts = [_labelled(key, "" if v is None else v, say) for key, v in values.items()]
        return "; ".join(parts + ([change.note] if change.note else []))
    out = []
    for part in detail.split("; ") if detail else []:
        key, sep, value = part.partition(": ")
        # A note ("income account Sales chosen") is not a field.
        out.append(_labelled(key, value, say) if sep and " " not in key else part)
    return "; ".join(out)


def _labelled(key: str, value: str, say: Translate) -> str:
    return f"{field_label(key.removeprefix('custom:'), say)}: {value}"


def _matched(summary: dict[str, Any], moved: list[Moved] | None) -> int:
    """Pairs linked with nothing to change, as the per-object text counts them (the run's
    summary also counts pairs linked and updated); the summary's for a run without
    records."""
    return sum(m.matched for m in moved) if moved else int(summary.get("matched") or 0)


def _counts(raw: Any) -> dict[str, int]:
    got = raw if isinstance(raw, dict) else {}
    return {side: int(got.get(side) or 0) for side in SIDES}


class ActivityLog:
    """Reads runs and their records; a database without the tables reads as empty."""

    def __init__(self, database: Executes) -> None:
        self.database = database

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return query_rows(self.database, sql, params)

    def runs(self, limit: int = PAGE, offset: int = 0, previews: bool = False) -> list[RunRow]:
        """Runs newest first; previews (dry runs, which write nothing) only when asked."""
        where = "" if previews else " WHERE dry_run = 0"
        rows = self.query(
            "SELECT id, started_at, finished_at, status, summary FROM sync_run"
            f"{where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [int(limit), int(offset)],
        )
        moved = self.moved([r[0] for r in rows])
        out = []
        for run_id, started, finished, status, summary in rows:
            try:
                s = json.loads(summary or "{}")
            except ValueError:
                s = {}
            out.append(
                RunRow(
                    id=int(run_id),
                    started_at=str(started or ""),
                    finished_at=str(finished or ""),
                    status=str(status or ""),
                    created=_counts(s.get("created")),
                    updated=_counts(s.get("updated")),
                    matched=_matched(s, moved.get(int(run_id))),
                    excluded=int(s.get("excluded") or 0),
                    failed=int(s.get("failed") or 0),
                    moved=tuple(moved.get(int(run_id), ())),
                )
            )
        return out

    def moved(self, run_ids: Sequence[int]) -> dict[int, list[Moved]]:
        """Per run, per object (in name order): what its records say moved."""
        if not run_ids:
            return {}
        marks = ",".join("?" * len(run_ids))
        rows = self.query(
            "SELECT run_id, object, action, direction, COUNT(*) FROM activity"
            f" WHERE run_id IN ({marks}) GROUP BY run_id, object, action, direction"
            " ORDER BY run_id, object",
            list(run_ids),
        )
        out: dict[int, dict[str, Moved]] = {}
        for run_id, obj, action, direction, n in rows:
            per_object = out.setdefault(int(run_id), {})
            per_object.setdefault(obj, Moved(obj)).add(action or "", direction or "", int(n))
        return {run_id: list(objs.values()) for run_id, objs in out.items()}

    def entry_count(self, run_id: int) -> int:
        rows = self.query("SELECT COUNT(*) FROM activity WHERE run_id = ?", [run_id])
        return int(rows[0][0]) if rows else 0

    def entries(self, run_id: int | None, after_id: int = 0, limit: int = PAGE) -> list[Entry]:
        """A page of a run's records (every run's with None) in the order they were written,
        from the first after `after_id`; each named as the record list names it."""
        run_clause = "a.run_id = ? AND " if run_id is not None else ""
        params: list[Any] = [run_id] if run_id is not None else []
        rows = self.query(
            "SELECT a.id, a.run_id, a.at, a.object, a.hubspot_id, a.qbo_id, a.action,"
            " a.direction, a.detail, a.code, a.params, a.field,"
            " COALESCE((SELECT s.name FROM record_state s WHERE s.object = a.object"
            "   AND s.hubspot_id = a.hubspot_id LIMIT 1),"
            "  (SELECT s.name FROM record_state s WHERE s.object = a.object"
            "   AND s.qbo_id = a.qbo_id LIMIT 1), '')"
            f" FROM activity a WHERE {run_clause}a.id > ? ORDER BY a.id LIMIT ?",
            [*params, int(after_id), int(limit)],
        )
        out = []
        for rid, run, at, obj, hs, qbo, action, direction, detail, code, args, fld, name in rows:
            problem = Problem.from_row(code, args, fld) if code else None
            out.append(
                Entry(
                    id=int(rid),
                    run_id=int(run or 0),
                    at=str(at or ""),
                    object=str(obj or ""),
                    name=str(name or ""),
                    hubspot_id=str(hs or ""),
                    qbo_id=str(qbo or ""),
                    action=str(action or ""),
                    direction=str(direction or ""),
                    detail=str(detail or ""),
                    problem=problem,
                )
            )
        return out

    def iter_entries(self, run_id: int | None) -> Iterator[Entry]:
        """Every record of a run (or of every run), page by page."""
        after = 0
        while page := self.entries(run_id, after):
            yield from page
            after = page[-1].id


def entry_cells(entry: Entry, say: Translate = as_marked) -> dict[str, str]:
    """One record's cells; `say` translates marked text (English by default)."""
    problem, fix = entry.problem_words(say)
    return {
        "run": str(entry.run_id),
        "at": entry.at,
        "object": entry.object.capitalize(),
        "name": entry.name,
        "what": say("Activity", entry.what),
        "changes": entry.changes(say),
        "problem": problem,
        "fix": fix,
        "hubspot_id": entry.hubspot_id,
        "qbo_id": entry.qbo_id,
    }


def write_activity_csv(
    log: ActivityLog,
    target: Path | str,
    run_id: int | None = None,
    say: Translate = as_marked,
    fmt: CsvFormat = PLAIN,
) -> int:
    """The activity of one run (every run with None) as CSV through the shared writer
    (formula-safe, BOM, local times, `fmt`: the locale's separator); returns the rows."""
    keys = [key for key, _ in CSV_COLUMNS]
    header = [say("Activity", title) for _, title in CSV_COLUMNS]
    rows = ([entry_cells(e, say)[k] for k in keys] for e in log.iter_entries(run_id))
    return write_csv(target, header, rows, timestamp_columns=[keys.index("at")], fmt=fmt)
