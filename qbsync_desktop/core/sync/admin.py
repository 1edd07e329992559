"""Changes the user makes to a profile's sync memory outside a run: retry, forget.

Both hold the profile's run lock (`SyncBusy` while a run is under way), so a run never
overwrites a request half-way, and open the database in the calling thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from peewee import fn

from qbsync_desktop.core.store import (
    Link,
    PendingWrite,
    RecordState,
    SyncCursor,
    current_database,
    open_database,
)
from qbsync_desktop.core.store.models import Mirror
from qbsync_desktop.core.store.queries import problem_of
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.runner import profile_lock

# Everything the engine keeps per object: which record goes with which, their shown
# state, read cursors, unfinished writes and the copy of QBO's side. Runs and activity
# history are kept.
PER_OBJECT = (Link, RecordState, SyncCursor, PendingWrite, Mirror)


def _lock_file(db_file: Path) -> Path:
    return db_file.with_name("sync.lock")


def request_retry(
    db_file: Path,
    obj: str,
    hubspot_ids: Sequence[str] | None = None,
    qbo_ids: Sequence[str] | None = None,
) -> int:
    """Mark failed records of `obj` for the next run to re-read and re-attempt, and the
    failed records they wait on (an invoice's contact with no customer yet).

    With no ids, every failed record of the object. Returns how many were marked.
    """
    if not db_file.exists():
        return 0
    with profile_lock(_lock_file(db_file)):
        db = open_database(db_file)
        try:
            where = (RecordState.object == obj) & (RecordState.state == "failed")
            if hubspot_ids is not None or qbo_ids is not None:
                where &= RecordState.hubspot_id.in_(list(hubspot_ids or [])) | (
                    RecordState.qbo_id.in_(list(qbo_ids or []))
                )
            with current_database().atomic():
                marked = int(RecordState.update(retry=True).where(where).execute())
                return marked + _retry_waited_on(obj, where)
        finally:
            db.close()


def _retry_waited_on(obj: str, where: Any) -> int:
    """Mark the failed records of other types that the records under `where` wait on."""
    try:
        waits_on = objects.get(obj).waits_on
    except objects.UnknownObject:  # a sync since removed: its records wait on nothing
        return 0
    if waits_on is None:
        return 0
    keys: dict[str, set[str]] = {}
    qbo_ids: dict[str, set[str]] = {}
    rows = RecordState.select(RecordState.code, RecordState.params, RecordState.field)
    for row in rows.where(where & RecordState.code.is_null(False)):
        problem = problem_of({"code": row.code, "params": row.params, "field": row.field})
        other = waits_on(problem) if problem is not None else None
        if other is not None and other.match_key:
            keys.setdefault(other.object, set()).add(other.match_key.lower())
        if other is not None and other.qbo_id:
            qbo_ids.setdefault(other.object, set()).add(other.qbo_id)
    marked = 0
    for other_obj in sorted({*keys, *qbo_ids}):
        found = fn.LOWER(RecordState.match_key).in_(sorted(keys.get(other_obj, ())))
        found |= RecordState.qbo_id.in_(sorted(qbo_ids.get(other_obj, ())))
        marked += int(
            RecordState.update(retry=True)
            .where((RecordState.object == other_obj) & (RecordState.state == "failed") & found)
            .execute()
        )
    return marked


def forget_object(db_file: Path, obj: str) -> int:
    """Forget the links, states, cursors and pending writes of `obj`; returns links dropped.

    The records themselves stay in both services; the next run matches them afresh.
    """
    if not db_file.exists():
        return 0
    with profile_lock(_lock_file(db_file)):
        db = open_database(db_file)
        try:
            dropped = 0
            with current_database().atomic():
                for model in PER_OBJECT:
                    n = int(model.delete().where(model.object == obj).execute())
                    if model is Link:
                        dropped = n
            return dropped
        finally:
            db.close()


__all__ = ["PER_OBJECT", "forget_object", "request_retry"]
