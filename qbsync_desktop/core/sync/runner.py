"""`run_sync`: the one entry point the CLI, the GUI worker and the scheduler use (blocking)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import peewee
from filelock import FileLock, Timeout

from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.store import SyncRun, open_database
from qbsync_desktop.core.store.errors import set_aside, store_error
from qbsync_desktop.core.store.models import utcnow
from qbsync_desktop.core.sync.dryrun import PlanFile
from qbsync_desktop.core.sync.engine import Engine, summary_json
from qbsync_desktop.core.sync.errors import explain
from qbsync_desktop.core.sync.events import Cancelled, CancelToken, RunSummary, SyncEvent
from qbsync_desktop.core.sync.objects import names
from qbsync_desktop.core.sync.settings import SyncSettings

log = logging.getLogger(__name__)

_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


class SyncBusy(RuntimeError):
    """Another run of this profile is under way (one run at a time per profile)."""


@contextlib.contextmanager
def profile_lock(lock_file: Path) -> Iterator[None]:
    """One run at a time per profile: in this process (a lock) and across processes.

    The cross-process lock is `filelock`'s OS file lock (flock on POSIX, a Windows file
    lock there): every qbsync process, window or CLI, on any OS meets the same lock, and
    the OS drops it when a process dies, so a crash never leaves the profile locked.
    """
    with _locks_guard:
        lock = _locks.setdefault(lock_file, threading.Lock())
    if not lock.acquire(blocking=False):
        raise SyncBusy("A sync of this profile is already running.")
    try:
        lock_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            held = FileLock(lock_file, timeout=0, mode=0o600).acquire()
        except Timeout as exc:
            raise SyncBusy("A sync of this profile is already running.") from exc
        with held:
            yield
    finally:
        lock.release()


def run_sync(
    paths: AppPaths,
    profile: str,
    connections: Connections,
    *,
    objects: Sequence[str] | None = None,  # None: all registered; switched-off ones skip
    dry_run: bool = False,
    on_event: Callable[[SyncEvent], None] = lambda e: None,
    cancel: CancelToken | None = None,
    plan_csv: Path | None = None,
    full: bool = False,
    settings: SyncSettings | None = None,
) -> RunSummary:
    """Run one sync of `profile` to the end; events go to `on_event` from this thread.

    `plan_csv`: also write the plan (what was, or in a dry run would be, done) as CSV.
    `full`: read both sides whole ("reconcile") even when an incremental read would do.
    `settings`: try settings not saved yet — dry runs only, since a real run's records and
    cursors must follow the saved settings.
    """
    if settings is not None and not dry_run:
        raise ValueError("Unsaved settings can only be tried in a dry run; save them first.")
    db_file = paths.database_file(profile)
    with profile_lock(db_file.with_name("sync.lock")):
        db = open_database(db_file)
        try:
            if settings is None:
                settings = SyncSettings.from_dict(connections.profiles.require(profile).sync)
            run = SyncRun.create(dry_run=dry_run, status="running")
            on_event(SyncEvent("started", message=f"Sync of {profile} started"))
            engine: Engine | None = None
            plan_file = PlanFile(plan_csv) if plan_csv is not None else None
            try:

                async def go() -> RunSummary:
                    nonlocal engine
                    async with connections.http_factory() as http:
                        hubspot, qbo = connections.clients(profile, http)
                        engine = Engine(
                            hubspot, qbo, settings, run.id, dry_run, on_event, cancel, full
                        )
                        if plan_file is not None:  # written as the plan is decided
                            engine.plan_rows = plan_file.add
                        return await engine.run(tuple(objects) if objects is not None else names())

                summary = asyncio.run(go())
                if plan_file is not None and engine is not None:
                    # In the registry's order: objects of one level finish in any order.
                    order = {name: i for i, name in enumerate(names())}
                    plans = sorted(engine.plans.values(), key=lambda p: order.get(p.object, 99))
                    plan_file.finish(plans)
            except Cancelled:
                summary = engine.summary if engine else RunSummary(run.id, dry_run=dry_run)
                _finish(run, "cancelled", summary)
                on_event(SyncEvent("finished", message="Sync cancelled", summary=summary))
                return summary
            except Exception as exc:
                problem = explain(exc)
                summary = engine.summary if engine else RunSummary(run.id, dry_run=dry_run)
                _finish(run, "failed", summary)
                on_event(SyncEvent("error", message=f"{problem.explanation} {problem.fix}"))
                raise
            finally:
                if plan_file is not None:  # a run that ended early leaves no plan file
                    plan_file.close()
            _finish(run, "ok", summary)
            on_event(SyncEvent("finished", message="Sync finished", summary=summary))
            return summary
        except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:  # the file went bad
            damage = store_error(exc, db_file)
            if damage is None:
                raise
            on_event(SyncEvent("error", message=damage.message))
            raise damage from exc
        finally:
            db.close()


def set_aside_damaged(db_file: Path) -> Path:
    """Keep a damaged profile database as a dated backup; the next run starts a fresh one.

    Under the run lock, so no run of this profile is writing to it meanwhile."""
    with profile_lock(db_file.with_name("sync.lock")):
        return set_aside(db_file)


def _finish(run: SyncRun, status: str, summary: RunSummary) -> None:
    run.status = status
    run.finished_at = utcnow()
    run.summary = summary_json(summary)
    run.save()
