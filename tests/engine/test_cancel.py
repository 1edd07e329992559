"""Cancel while writing: no new batch goes out, what went out is recorded, and the next run
finishes the rest with nothing written twice."""

from __future__ import annotations

from typing import Any

from qbsync_desktop.core.store import SyncRun, open_database
from qbsync_desktop.core.sync.events import CancelToken, SyncEvent
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
