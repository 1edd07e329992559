"""Backfill: an explicit send of older HubSpot invoices to QuickBooks (issue 16), after a
dry-run preview. Invoices created on or after a chosen day go whatever the "changed after
invoice sync was switched on" filter says; every other rule holds (drafts, QuickBooks-made
invoices, E1, E6, ...), and so does crash safety (the same pending writes as a run)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, date, datetime

from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.store import SyncRun, open_database
from qbsync_desktop.core.store.models import utcnow
from qbsync_desktop.core.sync.events import Cancelled, CancelToken, RunSummary, SyncEvent
from qbsync_desktop.core.sync.invoices.outbound import Backfill, sync_outbound
from qbsync_desktop.core.sync.invoices.store import NAME
from qbsync_desktop.core.sync.own_run import OwnRun
from qbsync_desktop.core.sync.runner import profile_lock
from qbsync_desktop.core.sync.settings import SettingsError, SyncSettings
from qbsync_desktop.core.sync.vocabulary import Plan


def run_backfill(
    paths: AppPaths,
    profile: str,
    connections: Connections,
    *,
    since: date,
    dry_run: bool,
    on_event: Callable[[SyncEvent], None] = lambda e: None,
    cancel: CancelToken | None = None,
) -> tuple[RunSummary, Plan]:
    """Send (or with `dry_run`, preview) the HubSpot invoices created on or after `since`.
    Refused unless invoice sync is on towards QuickBooks. One run at a time per profile."""
    db_file = paths.database_file(profile)
    with profile_lock(db_file.with_name("sync.lock")):
        db = open_database(db_file)
        try:
            settings = SyncSettings.from_dict(connections.profiles.require(profile).sync)
            invoices = settings.for_object(NAME)
            if not invoices.enabled or not invoices.writes_to("quickbooks"):
                raise SettingsError(
                    "Backfill sends invoices to QuickBooks: switch invoice sync on towards "
                    "QuickBooks first."
                )
            run = SyncRun.create(dry_run=dry_run, status="running")
            summary = RunSummary(run.id, dry_run=dry_run)
            plans: dict[str, Plan] = {}

            def check_cancel() -> None:
                if cancel is not None and cancel.cancelled:
                    raise Cancelled()

            def progress(obj: str, done: int, total: int | None, message: str) -> None:
                on_event(SyncEvent("progress", obj, done, total, message))

            async def go() -> None:
                async with connections.http_factory() as http:
                    hubspot, qbo = connections.clients(profile, http)
                    ctx = OwnRun(
                        hubspot, qbo, settings, run.id, dry_run, True, summary, progress,
                        check_cancel, plans,
                    )  # fmt: skip
                    start = datetime.combine(since, datetime.min.time(), UTC)
                    await sync_outbound(ctx, invoices, Backfill(start))

            status = "failed"
            try:
                asyncio.run(go())
                status = "ok"
            except Cancelled:
                status = "cancelled"
            finally:
                run.status, run.finished_at = status, utcnow()
                run.summary = json.dumps(summary.to_dict(), sort_keys=True)
                run.save()
            return summary, plans.get(NAME, Plan(NAME))
        finally:
            db.close()
