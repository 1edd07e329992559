"""Applying a plan: batched writes, each recorded as a pending write before it is sent.

QBO (`apply_qbo.py`): batches of <= 30, or single calls, with a `requestid`, so a resend
after a crash replays the original answer instead of creating twice. HubSpot
(`apply_hubspot.py`): creates are upserts on a unique property and updates are by id, so a
resend is harmless too. This module holds what both writers share.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.store import PendingWrite, raw
from qbsync_desktop.core.store.models import utcnow
from qbsync_desktop.core.sync.mapping import ObjectSpec
from qbsync_desktop.core.sync.outcome import Outcome
from qbsync_desktop.core.sync.settings import ObjectSettings

IN_FLIGHT = 3  # batches per service at once; the connectors' limiter paces them


Stop = Callable[[], bool]  # asked before each batch goes out (the user's Cancel)
OnLinked = Callable[[list[Outcome]], None]  # once per batch, before it is marked done
OnDone = Callable[[list[Outcome]], None]  # once per batch, when it is answered (or unsent)


def settle(pending: PendingWrite, status: str) -> None:
    """Mark a pending write answered ("done") or refused for good ("refused"): either way
    recovery never resends it."""
    settle_all([pending], status)


def settle_all(pendings: list[PendingWrite], status: str) -> None:
    """`settle` for many in one statement (a chunk of single calls)."""
    for pending in pendings:
        pending.status = status
    # The status alone: saving the row rewrote its payload (a batch's 30 bodies) each time.
    for part in raw.in_chunks([p.id for p in pendings]):
        marks = ", ".join("?" for _ in part)
        raw.sql(f"UPDATE pending_write SET status = ? WHERE id IN ({marks})", (status, *part))


PENDING_COLUMNS = ("run_id", "object", "side", "operation", "request_id", "payload")


def record_pending(rows: list[dict[str, Any]]) -> list[PendingWrite]:
    """Record pending writes (`PENDING_COLUMNS` each) in one insert and one look-up of their
    ids: row by row through the model, a chunk of 30 single calls cost 16 ms."""
    if not rows:
        return []
    now = utcnow()
    at = str(now)  # as sqlite3 stores the model's default (a datetime)
    values = [(*(r[c] for c in PENDING_COLUMNS), "pending", at) for r in rows]
    columns = ", ".join((*PENDING_COLUMNS, "status", "created_at"))
    marks = ", ".join("?" for _ in values[0])
    raw.executemany(f"INSERT INTO pending_write ({columns}) VALUES ({marks})", values)
    ids = {
        request_id: id_
        for id_, request_id in raw.select_in(
            "SELECT id, request_id FROM pending_write WHERE request_id IN ({marks})",
            (),
            (r["request_id"] for r in rows),
        )
    }
    return [
        PendingWrite(id=ids[r["request_id"]], status="pending", created_at=now, **r) for r in rows
    ]


ClientT = TypeVar("ClientT", QboClient, HubSpotClient)
T = TypeVar("T")


class BatchWriter(Generic[ClientT]):
    """What both sides' writers share: the client, the object's fields and the callbacks."""

    def __init__(
        self,
        client: ClientT,
        spec: ObjectSpec,
        settings: ObjectSettings,
        run_id: int,
        on_linked: OnLinked,
        on_progress: Callable[[int], None],
        stop: Stop = lambda: False,
        on_done: OnDone = lambda outcomes: None,
    ) -> None:
        self.client: ClientT = client
        self.on_done = on_done
        self.spec = spec
        self.stop = stop
        self.settings = settings
        self.fields = spec.fields(settings)
        self.run_id = run_id
        self.on_linked = on_linked
        self.on_progress = on_progress
        # One gate for every batch of this writer: pages fed while earlier batches are out
        # share the IN_FLIGHT allowance (the connectors' limiter paces the calls).
        self._gate = asyncio.Semaphore(IN_FLIGHT)
        self._tasks: set[asyncio.Task[None]] = set()
        self._queued = 0  # outcomes in batches started and not yet answered
        self._answered = asyncio.Event()
        self._withdrawn = False  # the run was cancelled: no batch goes out any more
        self._calling: set[asyncio.Task[object]] = set()  # tasks inside a batch call

    def _stopped(self) -> bool:
        return self._withdrawn or self.stop()

    def _unsent_if_stopped(self, chunk: list[Outcome]) -> bool:
        """Cancelled before this batch (or this part of a refused one) went out: it stays
        unsent, for the next run to read again."""
        if not self._stopped():
            return False
        for outcome in chunk:
            outcome.unsent = True
        return True

    def withdraw(self) -> None:
        """Cancel: no batch goes out any more, and those waiting for the rate limiter stop
        waiting (unsent). A request already sent is left to finish; its answer is recorded.
        Called again while the writer drains: a batch may reach the limiter later."""
        self._withdrawn = True
        self.client.transport.limiter.cancel_waiting(self._calling)

    async def _unless_withdrawn(
        self, chunk: list[Outcome], pending: PendingWrite, call: Awaitable[T]
    ) -> T | None:
        """Await one batch call; None when `withdraw` cut it off while it waited."""
        task = asyncio.current_task()
        limiter = self.client.transport.limiter
        sent_before = limiter.granted(task)
        if task is not None:
            self._calling.add(task)
        try:
            return await call
        except asyncio.CancelledError:
            if task is None or not self._withdrawn:
                raise
            task.uncancel()  # our own cancel, taken back: the batch ends as unsent
            if limiter.granted(task) == sent_before:
                pending.delete_instance()  # never sent: nothing for the next run to finish
            # else an earlier attempt went out: the pending write stays for the next run's
            # recovery, which resends it (QBO replays its answer by requestid).
            for outcome in chunk:
                outcome.unsent = True
            return None
        finally:
            if task is not None:
                self._calling.discard(task)

    def _start(self, chunk: list[Outcome], job: Callable[[], Awaitable[None]]) -> None:
        async def gated() -> None:
            try:
                async with self._gate:
                    await job()
            finally:
                self._queued -= len(chunk)
                self._answered.set()
                self.on_done(chunk)

        self._queued += len(chunk)
        task = asyncio.create_task(gated())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def wait_below(self, limit: int) -> None:
        """Wait until at most `limit` outcomes are queued (a fast reader must not run ahead
        of a slow service and pile up the book in memory)."""
        while self._queued > limit:
            self._answered.clear()
            await self._answered.wait()

    def abandon(self) -> list[Outcome]:
        """Drop what is held and not sent (a cancel or an error ends the run); returns it."""
        self.withdraw()
        dropped: list[Outcome] = []
        for name in ("_held", "_held_creates", "_held_updates"):
            held = getattr(self, name, None)
            if held:
                dropped += held
                setattr(self, name, [])
        for outcome in dropped:
            outcome.unsent = True
        return dropped

    async def drain(self) -> None:
        """Wait for every batch started so far (a failed call is recorded, never raised)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks))
