"""A service that stops answering ends the run in bounded time (issue 11.8): "can't reach",
every unanswered write kept pending, and the next run resumes where this one stopped."""

from __future__ import annotations

import dataclasses
import time

import pytest

from qbsync_desktop.core.connectors.errors import ServiceUnreachable
from qbsync_desktop.core.connectors.ratelimit import LimitSpec, limits_for
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.connectors.transport import RetryPolicy
from qbsync_desktop.core.profiles import Service
from qbsync_desktop.core.store import PendingWrite, SyncRun, open_database
from qbsync_desktop.core.sync.changes import load_cursor
from qbsync_desktop.core.sync.errors import explain
from tests.engine.conftest import Synced

GIVE_UP_S = 1.0  # the bound under test (the app's default is a minute)


def _batches_only(service: Service) -> LimitSpec:
    """QBO's single-entity writes would answer where batches do not: their pool is kept
    shut (50 calls a minute leave none to spare beside 40 batches), so QBO writes batches."""
    spec = limits_for(service)
    if service != "quickbooks":
        return spec
    windows = {**spec.windows, "default": [("per_minute", 50, 60.0), ("per_second", 10, 1.0)]}
    return dataclasses.replace(spec, windows=windows)


def _down(synced: Synced, path: str | None) -> None:
    """Both services answer 500/503 to every request whose path holds `path` (None: none)."""
    rate = 0.0 if path is None else 1.0
    for service in ("hubspot", "quickbooks"):
        synced.sandboxes.control(service, "settings", {"fault_rate": rate, "fault_path": path})


def test_run_gives_up_when_both_services_stop_answering_and_the_next_run_resumes(
    synced: Synced,
) -> None:
    # Quick backoff, so the run without a bound ends too (after every batch's retries).
    policy = RetryPolicy(base_s=0.05, cap_s=0.2)
    policy.give_up_s = GIVE_UP_S
    base = synced.connections
    synced.connections = Connections(
        base.profiles, base.credentials, retry=policy, limits=_batches_only
    )
    _down(synced, "/batch")  # reads answer; every write goes unanswered

    started = time.monotonic()
    with pytest.raises(ServiceUnreachable) as raised:
        synced.sync(objects=("contacts", "products"))
    took = time.monotonic() - started
    print(f"gave up after {took:.2f} s (bound {GIVE_UP_S} s)")
    assert took < GIVE_UP_S + 5, took
    problem = explain(raised.value)
    assert problem.code == "network" and problem.title.startswith("Cannot reach")

    db = open_database(synced.paths.database_file(synced.profile))
    try:
        pending = PendingWrite.select().where(PendingWrite.status == "pending").count()
        assert pending > 0  # kept for the next run's recovery
        assert load_cursor("contacts", "hubspot").mark is None  # the next run reads again
        assert SyncRun.select().order_by(SyncRun.id.desc()).get().status == "failed"
    finally:
        db.close()

    _down(synced, None)
    summary, _ = synced.sync(objects=("contacts", "products"))
    assert summary.failed <= 1, summary  # the demo book's vendor-name clash
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        assert PendingWrite.select().where(PendingWrite.status == "pending").count() == 0
    finally:
        db.close()
    emails = [
        (c.get("PrimaryEmailAddr") or {}).get("Address", "").lower() for c in synced.customers()
    ]
    emails = [e for e in emails if e]
    assert len(emails) == len(set(emails))  # resent writes made nothing twice


def test_writes_left_unanswered_keep_the_objects_watermarks_though_the_run_goes_on(
    synced: Synced,
) -> None:
    """Each batch uses up its retries well inside the give-up bound while the reads answer,
    so the run does not give up at this object (it may at a later one): the object's
    watermarks must stay all the same, or the next run would not read its changes again."""
    policy = RetryPolicy(base_s=0.01, cap_s=0.02, max_retries=2)  # bound left at a minute
    base = synced.connections
    synced.connections = Connections(
        base.profiles, base.credentials, retry=policy, limits=_batches_only
    )
    _down(synced, "/batch")
    synced.sync(objects=("contacts",))  # ends: its writes failed, none gave up

    db = open_database(synced.paths.database_file(synced.profile))
    try:
        assert PendingWrite.select().where(PendingWrite.status == "pending").count() > 0
        assert load_cursor("contacts", "hubspot").mark is None
        assert load_cursor("contacts", "quickbooks").mark is None
    finally:
        db.close()

    _down(synced, None)
    synced.sync(objects=("contacts",))  # recovery resends; the marks move now
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        assert PendingWrite.select().where(PendingWrite.status == "pending").count() == 0
        assert load_cursor("contacts", "hubspot").mark is not None
    finally:
        db.close()
