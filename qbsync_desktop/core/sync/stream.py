"""The writing side of a streamed full run, and what our QBO writes put into the mirror."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from typing import TYPE_CHECKING

from qbsync_desktop.core.sync.apply import QboWriter
from qbsync_desktop.core.sync.apply_hubspot import HubSpotWriter
from qbsync_desktop.core.sync.events import Cancelled, CancelToken
from qbsync_desktop.core.sync.mapping import ObjectSpec
from qbsync_desktop.core.sync.outcome import Outcome, start_outcome, wants_hubspot, wants_qbo
from qbsync_desktop.core.sync.settings import ObjectSettings
from qbsync_desktop.core.sync.vocabulary import Plan, SideRecord

# Writes queued per writer before planning waits for answers: a bounded part of the book
# in memory (the queued writes are most of the run's memory: at 4,000 the 10k bench peaks
# at 97 MB instead of 75), yet enough that the HubSpot read, and so the QBO-only records
# created last in HubSpot, end well before the QBO writes do (about five seconds of QBO's
# batch allowance at the bench's time scale 20; at 30k, 4,000 gives ours/floor 1.14, 2,000
# gives 1.24).
QUEUED_MAX = 2000
CANCEL_LOOK_S = 0.1  # after a Cancel, how often batches still arriving are withdrawn


Writers = Callable[[], Sequence[QboWriter | HubSpotWriter]]


async def _withdraw_on_cancel(token: CancelToken, writers: Writers) -> None:
    await token.wait()
    while True:  # again now and then: a batch may reach the limiter after the first withdraw
        for writer in writers():
            writer.withdraw()
        await asyncio.sleep(CANCEL_LOOK_S)


@contextlib.asynccontextmanager
async def withdrawn_on_cancel(token: CancelToken | None, writers: Writers) -> AsyncIterator[None]:
    """While inside, a Cancel withdraws the writers' batches not sent yet, at once (they
    would otherwise wait out the rate limiter, up to a minute, before seeing it)."""
    if token is None:
        yield
        return
    watch = asyncio.create_task(_withdraw_on_cancel(token, writers))
    try:
        yield
    finally:
        watch.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watch


if TYPE_CHECKING:
    from qbsync_desktop.core.sync.engine import Engine


class WriteStream:
    """The writing side of a full run: each planned page's writes go out as it comes, and
    outcomes are recorded as soon as every writer has answered for them (so the run holds
    only the records in flight, not the book). A dry run only counts and keeps the plan."""

    def __init__(
        self,
        engine: Engine,
        spec: ObjectSpec,
        settings: ObjectSettings,
        kept: Plan,
    ) -> None:
        self.engine, self.spec, self.settings, self.kept = engine, spec, settings, kept
        self.keep = engine.dry_run if engine.keep_plans is None else engine.keep_plans
        self.ready: list[Outcome] = []
        self.writers: tuple[QboWriter, HubSpotWriter] | None = None
        self.fed = self.written = 0
        self.creates_prepared = spec.prepare_qbo_creates is None
        self.unsent = False

    def current_writers(self) -> Sequence[QboWriter | HubSpotWriter]:
        return self.writers or ()

    def _make_writers(self) -> tuple[QboWriter, HubSpotWriter]:
        if self.writers is None:
            engine, spec = self.engine, self.spec

            def stop() -> bool:
                return engine.cancel is not None and engine.cancel.cancelled

            def progress(n: int) -> None:
                self.written += n
                engine._progress(spec.name, self.written, self.fed, f"Writing {spec.name}")

            args = (spec, self.settings, engine.run_id, engine._linked(spec), progress, stop)
            self.writers = (
                QboWriter(engine.qbo, *args, on_done=self._answered),
                HubSpotWriter(engine.hubspot, *args, on_done=self._answered),
            )
        return self.writers

    def _answered(self, chunk: list[Outcome]) -> None:
        for outcome in chunk:
            outcome.waiting -= 1
            if outcome.waiting == 0:
                self.ready.append(outcome)

    async def take(self, plan: Plan) -> None:
        engine = self.engine
        if self.keep:
            self.kept.extend(plan)
        if engine.dry_run:
            engine._count_plan(plan)
            return
        engine._check_cancel()
        engine._record(self.spec, Plan(self.spec.name, skips=plan.skips), [])
        outcomes = [
            start_outcome(p, p.baseline if p.hubspot and not p.new_link else None)
            for p in plan.pairs
        ]
        qbo_writer, hs_writer = self._make_writers()
        if not self.creates_prepared and plan.of("create_quickbooks"):
            self.creates_prepared = True
            qbo_writer.settings = await engine._prepare_qbo_creates(self.spec, self.settings)
        for outcome in outcomes:
            outcome.waiting = wants_qbo(outcome) + wants_hubspot(outcome)
            if not outcome.waiting:
                self.ready.append(outcome)
        if self.fed == 0 and any(o.waiting for o in outcomes):
            engine._progress(self.spec.name, 0, None, f"Writing {self.spec.name}")
        self.fed += qbo_writer.feed(outcomes) + await hs_writer.feed(outcomes)
        self._record_ready()
        for writer in (qbo_writer, hs_writer):
            await writer.wait_below(QUEUED_MAX)
        self._record_ready()

    def _record_ready(self) -> None:
        ready, self.ready = self.ready, []
        sent = [o for o in ready if not o.unsent]
        self.unsent = self.unsent or len(sent) < len(ready)
        if sent:
            self.engine._record(self.spec, Plan(self.spec.name), sent)

    async def close(self) -> None:
        if self.writers is not None:
            await asyncio.gather(*(w.flush() for w in self.writers))
        self._record_ready()
        if self.unsent:
            # Cancelled while writing: what went out is recorded; the watermarks stay, so the
            # next run reads everything again and finishes the rest.
            raise Cancelled()

    async def abandon(self) -> None:
        """The run ends early (cancel or error): send nothing new, record what went out."""
        self._record_ready()
        if self.writers is not None:
            for writer in self.writers:
                writer.abandon()
            try:
                await asyncio.gather(*(w.drain() for w in self.writers), return_exceptions=True)
            finally:
                self._record_ready()


def written_qbo(outcome: Outcome) -> SideRecord:
    """The QBO record as our write left it (for the mirror)."""
    pair = outcome.pair
    name = pair.qbo_name if pair.qbo is None else pair.qbo.qbo_name
    label = pair.qbo.label if pair.qbo is not None else pair.label
    return SideRecord(
        "quickbooks",
        outcome.qbo_id or "",
        dict(pair.merged),
        label,
        sync_token=outcome.qbo_sync_token,
        qbo_name=name,
    )
