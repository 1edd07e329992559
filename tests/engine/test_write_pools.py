"""QBO's two write pools: batch calls (40 a minute) and single-entity calls (the rest of its
500 a minute). When the batch window is spent, writes go as single calls instead of waiting
for it, nothing is written twice, and a run killed around a single call finishes on restart.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import peewee
import pytest

from qbsync_desktop.core.connectors.ratelimit import LimitSpec, limits_for
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.store import PendingWrite, open_database, raw
from tests.engine.conftest import Synced
from tests.engine.test_dryrun_and_crash import Killed, _engine_run


def _tight(synced: Synced, batch_period: float = 60.0) -> Synced:
    """The same profile whose QBO limiter allows one batch call per `batch_period` (the rest
    of QBO's limits stay: 500 calls a minute, 10 a second)."""

    def limits(service: str) -> LimitSpec:
        spec = limits_for(service)
        if service != "quickbooks":
            return spec
        windows = {**spec.windows, "batch": [("batch_per_minute", 1, batch_period)]}
        return dataclasses.replace(spec, windows=windows)

    conns = synced.connections
    tight = Connections(conns.profiles, conns.credentials, limits=limits)
    for service in ("hubspot", "quickbooks"):  # 200 contacts, 160 customers, half shared
        synced.sandboxes.control(service, "seed", {"size": 200, "seed": 5})
    return dataclasses.replace(synced, connections=tight)


@contextmanager
def qbo_writes(synced: Synced) -> Iterator[tuple[Counter[str], list[str]]]:
    """Counts of QBO batch and single-entity write calls QuickBooks answered, and the
    requestid of each. A call answered 429 was not processed, so it is resent with the same
    requestid (the sandbox does not replay a 429 for it): it is counted as `throttled`."""
    counts: Counter[str] = Counter()
    ids: list[str] = []

    async def ignore(request: httpx.Request) -> None:
        return None

    async def answered(response: httpx.Response) -> None:
        request = response.request
        path = request.url.path
        if request.method != "POST" or "/v3/company/" not in path or path.endswith("/query"):
            return
        if response.status_code == 429:
            counts["throttled"] += 1
            return
        counts["batch" if path.endswith("/batch") else "single"] += 1
        ids.append(request.url.params.get("requestid", ""))

    with synced.watching(ignore, answered):
        yield counts, ids


def test_writes_go_singly_when_the_batch_window_is_spent(synced: Synced) -> None:
    tight = _tight(synced)
    started = time.monotonic()
    with qbo_writes(tight) as (counts, ids):
        summary, _ = tight.sync()
    elapsed = time.monotonic() - started
    written = summary.created["quickbooks"] + summary.updated["quickbooks"]
    assert written > 60  # more than two batches' worth
    assert counts["batch"] == 1, counts  # the one the window allows; the rest went singly
    assert counts["single"] >= written - 30
    assert elapsed < 50, elapsed  # never waited for the next batch minute
    assert len(ids) == len(set(ids))  # each answered call its own requestid

    again, _ = tight.sync()
    assert again.writes == 0  # every single write was linked and recorded
    emails = [(c.get("PrimaryEmailAddr") or {}).get("Address") for c in tight.customers()]
    present = [e.lower() for e in emails if e]
    assert len(present) == len(set(present))


def test_single_calls_pending_writes_are_recorded_and_settled_together(
    synced: Synced, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each single call has its own pending write, but a chunk's are inserted in one
    statement before the first goes out and settled in one once all are in: row by row,
    peewee took 0.53 ms a call to our 0.06 (a tenth of a single write's CPU, issue 15)."""
    statements: Counter[str] = Counter()  # statements sent to SQLite (executemany: one)
    execute_sql, executemany = peewee.SqliteDatabase.execute_sql, raw.executemany

    def note(text: str) -> None:
        verb = text.split()[0].upper()
        if "pending_write" in text and verb in ("INSERT", "UPDATE"):
            statements[verb] += 1

    def one(db: peewee.SqliteDatabase, text: str, *args: Any, **kwargs: Any) -> Any:
        note(text)
        return execute_sql(db, text, *args, **kwargs)

    def many(text: str, rows: list[tuple[Any, ...]]) -> None:
        note(text)
        executemany(text, rows)

    monkeypatch.setattr(peewee.SqliteDatabase, "execute_sql", one)
    monkeypatch.setattr(raw, "executemany", many)
    tight = _tight(synced)
    with qbo_writes(tight) as (counts, _):
        summary, _ = tight.sync()
    assert counts["single"] > 60, counts
    calls = counts["single"] + counts["batch"]
    # One insert and one settle per chunk of up to 30 calls (and per batch call), not per call.
    assert 0 < statements["INSERT"] <= calls / 10, (statements, counts)
    assert 0 < statements["UPDATE"] <= calls / 10, (statements, counts)
    with tight.database():
        assert {p.status for p in PendingWrite.select()} == {"done"}
    assert summary.failed <= 1 and tight.sync()[0].writes == 0


@pytest.mark.parametrize("after_send", [False, True])
def test_run_killed_at_a_single_call_finishes_on_restart_without_duplicates(
    synced: Synced, after_send: bool
) -> None:
    # A batch in flight when the run died is resent as a batch (its requestid replays only
    # there): a short batch window keeps that wait short.
    tight = _tight(synced, batch_period=5.0)
    before = len(tight.customers())
    db = open_database(tight.paths.database_file(tight.profile))
    try:
        with pytest.raises(Killed):
            asyncio.run(_engine_run(tight, ("qbo", "singles", after_send)))
        singles = PendingWrite.select().where(PendingWrite.operation == "singles")
        assert "pending" in {p.status for p in singles}  # recorded before it was sent
        asyncio.run(_engine_run(tight, None))
        assert PendingWrite.select().where(PendingWrite.status == "pending").count() == 0
    finally:
        db.close()
    customers = tight.customers()
    emails = [(c.get("PrimaryEmailAddr") or {}).get("Address") for c in customers]
    present = [e.lower() for e in emails if e]
    assert len(present) == len(set(present))
    assert len(customers) > before
    again, _ = tight.sync()
    assert again.writes == 0
