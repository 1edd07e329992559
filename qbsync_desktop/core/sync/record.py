"""Recording: links, record states (keyed so a retry replaces the old failure) and activity."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import peewee
from peewee import SQL

from qbsync_desktop.core.store import Activity, Link, RecordState
from qbsync_desktop.core.store.models import current_database, utcnow
from qbsync_desktop.core.store.raw import in_chunks, select_in
from qbsync_desktop.core.sync.errors import Problem
from qbsync_desktop.core.sync.mapping import Values
from qbsync_desktop.core.sync.vocabulary import LinkInfo

PROBLEM_COLUMNS = ("code", "params", "field")


def problem_columns(problem: Problem | None) -> dict[str, str | None]:
    """A problem as the store keeps it: its code, parameters and field (never words)."""
    if problem is None:
        return {"code": None, "params": None, "field": None}
    return {"code": problem.code.value, "params": problem.params_json(), "field": problem.field}


def _info(row: Link) -> LinkInfo:
    return LinkInfo(
        row.hubspot_id,
        row.qbo_id,
        json.loads(row.baseline or "{}"),
        row.qbo_sync_token,
        row.match_key,
    )


def load_links(obj: str) -> list[LinkInfo]:
    """All links of one object (ids and baselines only: small even for big books)."""
    return list(iter_links(obj))


def iter_links(obj: str, *, unseen: bool = False) -> Iterator[LinkInfo]:
    """All links of one object, streamed from the table; `unseen`: only those whose HubSpot
    id is not in the run's `run_seen` table (`mirror.TableLinks`)."""
    where = Link.object == obj
    if unseen:
        seen = SQL("(SELECT hubspot_id FROM run_seen WHERE object = ?)", [obj])
        where &= Link.hubspot_id.not_in(seen)
    for row in Link.select().where(where).iterator():
        yield _info(row)


def links_for(
    obj: str,
    *,
    hubspot_ids: Iterable[str] = (),
    qbo_ids: Iterable[str] = (),
    keys: Iterable[str] = (),
) -> list[LinkInfo]:
    """The links touching any of these ids or match keys (incremental runs load only these)."""
    found: dict[int, LinkInfo] = {}
    for column, values in (
        ("hubspot_id", hubspot_ids),
        ("qbo_id", qbo_ids),
        ("match_key", keys),
    ):
        for row in _select_in(Link, obj, column, values, _LINK_COLUMNS):
            found[row[0]] = LinkInfo(row[1], row[2], json.loads(row[4] or "{}"), row[5], row[3])
    return list(found.values())


_LINK_COLUMNS = ("id", "hubspot_id", "qbo_id", "match_key", "baseline", "qbo_sync_token")


def _select_in(
    model: type[Any], obj: str, column: str, values: Iterable[str | None], columns: Iterable[str]
) -> Iterator[tuple[Any, ...]]:
    """Raw rows (`columns`, as stored) of one object holding any of `values` in `column`.

    Plain tuples from sqlite3: peewee building a node per id and a model or dict per row
    was most of what the page's and the writers' lookups cost (issue 15)."""
    table = model._meta.table_name
    text = f"SELECT {', '.join(columns)} FROM {table} WHERE object = ? AND {column} IN ({{marks}})"
    return select_in(text, (obj,), values)


def save_link(
    obj: str,
    hubspot_id: str,
    qbo_id: str,
    key: str | None,
    baseline: Values,
    sync_token: str | None = None,
) -> None:
    existing = Link.get_or_none((Link.object == obj) & (Link.hubspot_id == hubspot_id))
    if existing is None:
        existing = Link.get_or_none((Link.object == obj) & (Link.qbo_id == qbo_id))
    data = json.dumps(baseline, sort_keys=True)
    if existing is None:
        Link.create(
            object=obj,
            hubspot_id=hubspot_id,
            qbo_id=qbo_id,
            match_key=key,
            baseline=data,
            qbo_sync_token=sync_token,
        )
    else:
        if sync_token or existing.qbo_id != qbo_id:
            existing.qbo_sync_token = sync_token  # a token of another record means nothing
        existing.hubspot_id, existing.qbo_id = hubspot_id, qbo_id
        existing.match_key, existing.baseline, existing.synced_at = key, data, utcnow()
        existing.save()


def set_state(
    obj: str,
    *,
    hubspot_id: str | None,
    qbo_id: str | None,
    name: str,
    match_key: str | None,
    state: str,
    run_id: int | None,
    problem: Problem | None = None,
) -> None:
    """One row per logical record: found by either side's id, so a retry replaces a failure."""
    row = None
    if hubspot_id:
        row = RecordState.get_or_none(
            (RecordState.object == obj) & (RecordState.hubspot_id == hubspot_id)
        )
    if row is None and qbo_id:
        row = RecordState.get_or_none((RecordState.object == obj) & (RecordState.qbo_id == qbo_id))
    fields = {
        "hubspot_id": hubspot_id or (row.hubspot_id if row else None),
        "qbo_id": qbo_id or (row.qbo_id if row else None),
        "name": (name or "")[:255],
        "match_key": match_key[:255] if match_key else match_key,
        "state": state,
        **problem_columns(problem),
        "updated_at": utcnow(),
        "run_id": run_id,
        "retry": False,
    }
    if row is None:
        RecordState.create(object=obj, **fields)
    else:
        for key, value in fields.items():
            setattr(row, key, value)
        row.save()


def mark_for_retry(obj: str, *, hubspot_ids: list[str], qbo_ids: list[str]) -> None:
    """Have the next planning try these records again, changed or not (an incremental
    read adds records marked for a retry)."""
    for column, ids in ((RecordState.hubspot_id, hubspot_ids), (RecordState.qbo_id, qbo_ids)):
        for part in in_chunks(ids):
            RecordState.update(retry=True).where(
                (RecordState.object == obj) & column.in_(part)
            ).execute()


def add_activity(
    run_id: int | None,
    obj: str,
    *,
    hubspot_id: str | None,
    qbo_id: str | None,
    direction: str,
    action: str,
    detail: str = "",
    problem: Problem | None = None,
) -> None:
    Activity.create(
        run_id=run_id,
        object=obj,
        hubspot_id=hubspot_id,
        qbo_id=qbo_id,
        direction=direction,
        action=action,
        detail=detail[:2000],
        **problem_columns(problem),
    )


def describe_changes(values: Values, keys: Iterable[str] | None = None) -> str:
    """`field: value` pairs for the activity log (values shortened)."""
    chosen = list(keys) if keys is not None else list(values)
    parts = []
    for key in chosen:
        value = values.get(key)
        shown = "(empty)" if value is None else (value if len(value) <= 60 else value[:57] + "...")
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


# ---- bulk recording (a run records thousands of rows: one statement per row is slow) ----

LinkRow = tuple[str, str, str | None, Values, str | None]  # hubspot_id, qbo_id, key, base, token


def rows_query(model: type[Any], obj: str, column: str, ids: list[str]) -> Any:
    """The rows of one object holding any of these ids in `column` (an index on
    (object, column) serves it: schema v7 for record_state)."""
    # The ids as one SQL node: peewee building a node per value of a 500-id IN (...) cost
    # more than running the query (4.5 s of a 10k first sync's recording, issue 15).
    marks = ", ".join("?" for _ in ids)
    return model.select().where((model.object == obj) & SQL(f"{column} IN ({marks})", ids))


def _rows_by(
    model: type[Any], obj: str, column: str, values: Iterable[str | None]
) -> dict[str, dict[str, Any]]:
    columns = [f.column_name for f in model._meta.sorted_fields]
    out: dict[str, dict[str, Any]] = {}
    for values_row in _select_in(model, obj, column, values, columns):
        row = dict(zip(columns, values_row, strict=True))
        out.setdefault(row[column], row)
    return out


def _stamp(value: dt.datetime) -> str:
    return value.isoformat(" ")  # how sqlite3 (and so peewee) stores a naive datetime


def _write_rows(model: type[Any], rows: list[dict[str, Any]], columns: list[str]) -> None:
    """Insert rows without an id, update the others, in a few executemany calls."""
    table = model._meta.table_name
    cols = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    sets = ", ".join(f"{c} = ?" for c in columns)
    inserts = [[row.get(c) for c in columns] for row in rows if row.get("id") is None]
    updates = [[*(row.get(c) for c in columns), row["id"]] for row in rows if row.get("id")]
    cursor = current_database().cursor()  # type: ignore[no-untyped-call]
    if updates:
        cursor.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", updates)
    if inserts:
        cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", inserts)


def _upsert(
    model: type[Any],
    obj: str,
    items: list[dict[str, Any]],
    merge: Callable[[dict[str, Any], dict[str, Any]], None],
) -> list[dict[str, Any]]:
    """Rows to write: each item lands on the row found by its HubSpot id, else its QBO id
    (as the one-row functions above do, items later in the list seeing earlier ones)."""
    by_hs = _rows_by(model, obj, "hubspot_id", (i.get("hubspot_id") for i in items))
    by_qbo = _rows_by(model, obj, "qbo_id", (i.get("qbo_id") for i in items))
    same_row = {row["id"]: row for row in by_hs.values()}
    by_qbo = {k: same_row.get(row["id"], row) for k, row in by_qbo.items()}  # one dict per row
    touched: dict[int, dict[str, Any]] = {}
    for item in items:
        hs, qbo = item.get("hubspot_id"), item.get("qbo_id")
        row = by_hs.get(hs) if hs else None
        if row is None and qbo:
            row = by_qbo.get(qbo)
        if row is None:
            row = {"id": None, "object": obj}
        for column, index in (("hubspot_id", by_hs), ("qbo_id", by_qbo)):
            if row.get(column) and index.get(row[column]) is row:
                del index[row[column]]  # re-added below under the id it has now
        merge(row, item)
        touched[id(row)] = row
        if row.get("hubspot_id"):
            by_hs[row["hubspot_id"]] = row
        if row.get("qbo_id"):
            by_qbo[row["qbo_id"]] = row
    return list(touched.values())


def save_links(obj: str, items: list[LinkRow]) -> None:
    """`save_link` for many pairs at once (call inside a transaction)."""
    if not items:
        return
    now = _stamp(utcnow())

    def merge(row: dict[str, Any], item: dict[str, Any]) -> None:
        token = item["qbo_sync_token"]
        if row.get("id") is None or token or row.get("qbo_id") != item["qbo_id"]:
            row["qbo_sync_token"] = token  # a token of another record means nothing
        row.update(
            hubspot_id=item["hubspot_id"],
            qbo_id=item["qbo_id"],
            match_key=item["match_key"],
            baseline=item["baseline"],
            synced_at=now,
        )

    dicts = [
        {
            "hubspot_id": h,
            "qbo_id": q,
            "match_key": key,
            "baseline": json.dumps(base, sort_keys=True),
            "qbo_sync_token": token,
        }
        for h, q, key, base, token in items
    ]
    rows = _upsert(Link, obj, dicts, merge)
    columns = ["object", "hubspot_id", "qbo_id", "match_key", "baseline", "qbo_sync_token"]
    try:
        with current_database().atomic():  # a savepoint: ids swapped between links trip uniqueness
            _write_rows(Link, rows, [*columns, "synced_at"])
    except (peewee.IntegrityError, sqlite3.IntegrityError):
        for h, q, key, base, token in items:
            save_link(obj, h, q, key, base, token)


def set_states(obj: str, items: list[dict[str, Any]]) -> None:
    """`set_state` for many records at once; items carry set_state's keyword arguments."""
    if not items:
        return
    now = _stamp(utcnow())

    def merge(row: dict[str, Any], item: dict[str, Any]) -> None:
        key = item.get("match_key")
        row.update(
            hubspot_id=item.get("hubspot_id") or row.get("hubspot_id"),
            qbo_id=item.get("qbo_id") or row.get("qbo_id"),
            name=(item.get("name") or "")[:255],
            match_key=key[:255] if key else key,
            state=item["state"],
            **problem_columns(item.get("problem")),
            updated_at=now,
            run_id=item.get("run_id"),
            retry=0,  # a run that decided about the record answered any retry request
        )

    rows = _upsert(RecordState, obj, items, merge)
    columns = ["object", "hubspot_id", "qbo_id", "name", "match_key", "state", *PROBLEM_COLUMNS]
    _write_rows(RecordState, rows, [*columns, "updated_at", "run_id", "retry"])


def add_activities(items: list[dict[str, Any]]) -> None:
    """`add_activity` for many entries (dicts of its arguments, `run_id` included)."""
    now = _stamp(utcnow())
    rows = [
        {
            **i,
            "id": None,
            "detail": i.get("detail", "")[:2000],
            **problem_columns(i.get("problem")),
            "at": now,
        }
        for i in items
    ]
    columns = ["run_id", "object", "hubspot_id", "qbo_id", "direction", "action", "detail"]
    _write_rows(Activity, rows, [*columns, *PROBLEM_COLUMNS, "at"])
