"""Cancel while writing: no new batch goes out, what went out is recorded, and the next run
finishes the rest with nothing written twice."""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import replace
from typing import Any

import pytest

from qbsync_desktop.core.connectors.ratelimit import LimitSpec, RateLimiter, limits_for
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.store import PendingWrite, SyncRun, open_database
from qbsync_desktop.core.sync.events import CancelToken, RunSummary, SyncEvent
from qbsync_desktop.core.sync.runner import run_sync
from tests.engine.conftest import Synced


def _emails(rows: list[Any]) -> list[str]:
    return [((c.get("PrimaryEmailAddr") or {}).get("Address") or "").strip().lower() for c in rows]


def test_cancel_during_writes_stops_then_next_run_finishes(synced: Synced) -> None:
    for service in ("hubspot", "quickbooks"):  # enough records for several write batches
        synced.sandboxes.control(service, "seed", {"size": 400, "seed": 2})
    token = CancelToken()
    writes: list[int] = []

    def on_event(event: SyncEvent) -> None:
        if event.kind == "progress" and event.message == "Writing contacts" and event.done:
            writes.append(event.done)
            token.cancel()  # after the first answered batch

    summary = run_sync(
        synced.paths, synced.profile, synced.connections, on_event=on_event, cancel=token
    )
    first = summary.created["quickbooks"] + summary.created["hubspot"]
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        assert SyncRun.select().order_by(SyncRun.id.desc()).get().status == "cancelled"
    finally:
        db.close()
    assert writes and first > 0
    partial = synced.customers()

    done, _ = synced.sync()
    assert done.created["quickbooks"] > 0  # the rest came in the next run
    customers = synced.customers()
    emails = [e for e in _emails(customers) if e]
    assert len(emails) == len(set(emails))  # nothing created twice
    assert len(customers) > len(partial)
    again, _ = synced.sync()
    assert again.writes == 0


def _tight(service: str) -> LimitSpec:
    """The real limits plus a write allowance so small that queued batches wait for it."""
    spec = limits_for(service)  # type: ignore[arg-type]
    windows = {k: list(v) for k, v in spec.windows.items()}
    windows["batch"] = [*windows.get("batch", []), ("test_batches", 1, 30.0)]
    return replace(spec, windows=windows)


@pytest.mark.timing
def test_cancel_ends_a_rate_limited_run_at_once(synced: Synced) -> None:
    for service in ("hubspot", "quickbooks"):  # several write batches on each side
        synced.sandboxes.control(service, "seed", {"size": 400, "seed": 5})
    base = synced.connections
    tight = Connections(base.profiles, base.credentials, limits=_tight)  # type: ignore[arg-type]
    token = CancelToken()
    writing = threading.Event()
    outcome: list[BaseException | RunSummary] = []

    def on_event(event: SyncEvent) -> None:
        if event.kind == "progress" and event.message == "Writing contacts" and event.done:
            writing.set()  # a batch was answered; the others wait for the write allowance

    def run() -> None:
        try:
            outcome.append(
                run_sync(
                    synced.paths,
                    synced.profile,
                    tight,
                    objects=("contacts",),
                    on_event=on_event,
                    cancel=token,
                )
            )
        except BaseException as exc:  # handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)  # a hung run must not hang pytest
    worker.start()
    assert writing.wait(30), "no write batch was answered"
    token.cancel()
    cancelled_at = time.monotonic()
    worker.join(20)
    took = time.monotonic() - cancelled_at
    assert not worker.is_alive(), "the run did not end after Cancel"
    assert took < 3.0, f"the run took {took:.1f} s to end after Cancel"
    assert outcome and isinstance(outcome[0], RunSummary), outcome
    assert outcome[0].writes > 0
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        assert SyncRun.select().order_by(SyncRun.id.desc()).get().status == "cancelled"
        # Withdrawn batches were never sent: nothing is left for the next run to resend.
        assert PendingWrite.select().where(PendingWrite.status == "pending").count() == 0
    finally:
        db.close()
    partial_customers, partial_contacts = len(synced.customers()), len(synced.contacts())

    done, _ = synced.sync()  # the next run (usual limits) finishes the rest
    assert done.created["quickbooks"] > 0 and done.created["hubspot"] > 0
    customers, contacts = synced.customers(), synced.contacts()
    assert len(customers) > partial_customers and len(contacts) > partial_contacts
    emails = [e for e in _emails(customers) if e]
    assert len(emails) == len(set(emails))  # nothing created twice in QBO
    hs_emails = [str(c.properties.get("email") or "").lower() for c in contacts]
    hs_emails = [e for e in hs_emails if e]
    assert len(hs_emails) == len(set(hs_emails))  # nor in HubSpot
    again, _ = synced.sync()
    assert again.writes == 0


async def test_limiter_cancels_only_requests_still_waiting() -> None:
    limiter = RateLimiter(LimitSpec({"default": [("tiny", 1, 60.0)]}, 8, 1.0))
    first = await limiter.acquire()  # takes the window's one slot for a minute
    limiter.release(first)

    async def request() -> None:
        limiter.release(await limiter.acquire())

    waiting = asyncio.create_task(request())
    other = asyncio.create_task(request())
    while len(limiter._waiting) < 2:  # both are parked in acquire
        await asyncio.sleep(0)
    assert limiter.cancel_waiting([waiting]) == 1
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert limiter.granted(waiting) == 0 and not other.done()
    assert limiter.cancel_waiting([waiting]) == 0  # no second cancel
    assert limiter.cancel_waiting([other]) == 1
    with pytest.raises(asyncio.CancelledError):
        await other
    assert limiter.granted(asyncio.current_task()) == 1
