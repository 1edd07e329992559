"""When an object's watermarks move: only once a run's results are recorded (a crash
re-reads), never while its writes are left unanswered, and with them what the next run needs
to tell its own writes from others' (echoes) and archivals from silence."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.store import PendingWrite
from qbsync_desktop.core.store.models import current_database
from qbsync_desktop.core.sync import archivals, echoes
from qbsync_desktop.core.sync.changes import Cursor, load_cursor, save_cursor
from qbsync_desktop.core.sync.mapping import ObjectSpec
from qbsync_desktop.core.sync.settings import ObjectSettings

log = logging.getLogger(__name__)

ARCHIVED_EVERY_S = 600.0  # HubSpot's archived listing grows with every archival: not each run


def fingerprint(settings: ObjectSettings) -> str:
    return json.dumps(asdict(settings), sort_keys=True)


def wants_full(
    settings: ObjectSettings, cursors: tuple[Cursor, Cursor], reconcile_hours: float
) -> bool:
    """Whether an object needs a full read: never synced, its mappings or filters changed
    (records outside the old view may matter), or the reconcile interval passed."""
    hs, qbo = cursors
    if hs.mark is None or qbo.mark is None:
        return True
    if hs.fingerprint != fingerprint(settings) or qbo.fingerprint != hs.fingerprint:
        return True
    return bool(reconcile_hours) and time.time() - (hs.full_at or 0.0) > reconcile_hours * 3600


def archived_due(cursor: Cursor) -> bool:
    return cursor.archived_at is None or time.time() - cursor.archived_at >= ARCHIVED_EVERY_S


def left_pending(run_id: int, obj: str) -> bool:
    """Whether a write of this object made in this run is still pending (unanswered)."""
    mine = (PendingWrite.run_id == run_id) & (PendingWrite.object == obj)
    return PendingWrite.select().where(mine & (PendingWrite.status == "pending")).exists()


def save_marks(
    run_id: int,
    clients: tuple[HubSpotClient, QboClient],
    spec: ObjectSpec,
    settings: ObjectSettings,
    marks: tuple[float | None, float | None],
    *,
    full: bool,
    archived: bool = True,
    seen: tuple[echoes.Known, echoes.Known] = ({}, {}),
) -> None:
    """Move the watermarks (HubSpot's, QBO's) once the results are recorded, and with them
    the versions this run read (`seen`) and wrote: the next run's echoes.

    A full run also fills the mirror and sees every archival (as a missing record).
    A service that stopped answering ends the run here instead: its unanswered writes
    stay pending and the marks stay, so the next run resumes. So do the marks of an
    object whose writes this run left unanswered (pending) without giving up yet: a
    batch may use up its retries inside the give-up bound, while the service's reads
    answer, and the run give up only at a later object."""
    hubspot, qbo = clients
    for client in clients:
        client.transport.raise_if_unreachable()
    if left_pending(run_id, spec.name):
        log.warning("%s: writes left unanswered, watermarks kept", spec.name)
        return
    now = time.time()
    with current_database().atomic():
        for side, mark in zip(("hubspot", "quickbooks"), marks, strict=True):
            old = load_cursor(spec.name, side)
            cursor = Cursor(mark, now if full else old.full_at, fingerprint(settings))
            if side == "quickbooks":
                cursor.mirror = full or old.mirror
            else:
                cursor.archived_at = now if full or archived else old.archived_at
            save_cursor(spec.name, side, cursor)
        written = echoes.written_hubspot(hubspot, spec.hubspot_type)
        archivals.note_written(spec.name, written.items())  # linked: must be known
        if full:  # what the full read saw live is what `archivals` knows now
            archivals.full_read_done(spec.name, run_id, marks[0])
        elif archived:  # the archivals this run's check found are recorded
            archivals.commit(spec.name)
        echoes.remember_run(spec, hubspot, qbo, marks, seen)
