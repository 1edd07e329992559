"""Recording: links, record states (keyed so a retry replaces the old failure) and activity."""

from __future__ import annotations

import json
from collections.abc import Iterable

from qbsync_desktop.core.store import Activity, Link, RecordState
from qbsync_desktop.core.store.models import utcnow
from qbsync_desktop.core.sync.errors import Problem
from qbsync_desktop.core.sync.mapping import Values
from qbsync_desktop.core.sync.plan import LinkInfo

CHUNK = 500  # ids per SQL IN (...), under SQLite's variable limit


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
    return [_info(row) for row in Link.select().where(Link.object == obj).iterator()]


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
        (Link.hubspot_id, sorted(set(hubspot_ids))),
        (Link.qbo_id, sorted(set(qbo_ids))),
        (Link.match_key, sorted(set(keys))),
    ):
        for i in range(0, len(values), CHUNK):
            part = values[i : i + CHUNK]
            for row in Link.select().where((Link.object == obj) & column.in_(part)):
                found[row.id] = _info(row)
    return list(found.values())


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
    email: str | None,
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
        "email": email[:255] if email else email,
        "state": state,
        "category": problem.category if problem else None,
        "reason": problem.explanation if problem else None,
        "fix": problem.fix if problem else None,
        "updated_at": utcnow(),
        "run_id": run_id,
    }
    if row is None:
        RecordState.create(object=obj, **fields)
    else:
        for key, value in fields.items():
            setattr(row, key, value)
        row.save()


def add_activity(
    run_id: int | None,
    obj: str,
    *,
    hubspot_id: str | None,
    qbo_id: str | None,
    direction: str,
    action: str,
    detail: str,
) -> None:
    Activity.create(
        run_id=run_id,
        object=obj,
        hubspot_id=hubspot_id,
        qbo_id=qbo_id,
        direction=direction,
        action=action,
        detail=detail[:2000],
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
