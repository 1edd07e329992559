"""The one write path of a run (full or incremental), and what our QBO writes put into the
mirror."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.sync import echoes
from qbsync_desktop.core.sync.apply import OnLinked
from qbsync_desktop.core.sync.apply_hubspot import HubSpotWriter
from qbsync_desktop.core.sync.apply_qbo import QboWriter
from qbsync_desktop.core.sync.events import Cancelled, CancelToken
from qbsync_desktop.core.sync.mapping import ObjectSpec
from qbsync_desktop.core.sync.outcome import Outcome, start_outcome, wants_hubspot, wants_qbo
from qbsync_desktop.core.sync.settings import ObjectSettings
from qbsync_desktop.core.sync.vocabulary import Plan, SideRecord

# Writes queued per writer (in flight or waiting their turn) before planning waits for
# answers: ten QBO batches of 30, three HubSpot batches of 100 (apply.IN_FLIGHT are out at a
# time), enough to keep each writer busy while planning catches up. It was 2,000, for the
# HubSpot read and the creates of QuickBooks-only records to end well before the QBO writes
# (before those creates went out early): a 30k book filled it and a 3k book did not, so the
# sync's peak RSS grew by 20% from 3k to 30k (bench/README.md, "and small", third part).
QUEUED_MAX = 300
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


@dataclass(frozen=True)
class RunContext:
    """What a write stream needs of its run (the engine builds it): the clients, the run,
    and the run's ways to report progress, record results and ready QBO creates."""

    hubspot: HubSpotClient
    qbo: QboClient
    run_id: int
    dry_run: bool
    keep: bool  # keep the whole plan (an incremental run's, small)
    cancel: CancelToken | None
    progress: Callable[[str, int, int | None, str], None]  # (object, done, total, message)
    record: Callable[[ObjectSpec, Plan, list[Outcome]], None]
    count_plan: Callable[[Plan], None]  # a dry run counts what would be done
    linked: Callable[[ObjectSpec], OnLinked]  # saves a batch's links as it is answered
    prepare_qbo_creates: Callable[[ObjectSpec, ObjectSettings], Awaitable[ObjectSettings]]
    plan_rows: Callable[[Plan], None] | None = None  # each part as planned (the plan file)

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.cancelled

    def check_cancel(self) -> None:
        if self.cancelled():
            raise Cancelled()


class WriteStream:
    """The one write path: each planned part's writes go out as it comes (a full run's
    pages; an incremental run is one part), and outcomes are recorded as soon as every
    writer has answered for them (so the run holds only the records in flight, not the
    book). A dry run only counts the plan and hands it on. What is kept is the plan as planned:
    a copy the writers' later changes (a stale update re-read) do not reach."""

    def __init__(
        self, run: RunContext, spec: ObjectSpec, settings: ObjectSettings, kept: Plan
    ) -> None:
        """`kept`: the plan as planned, when the run keeps it (`run.keep`); the plan file
        (`run.plan_rows`) gets each part as it comes instead of the whole at the end."""
        self.run, self.spec, self.settings, self.kept = run, spec, settings, kept
        self.keep = run.keep
        self.ready: list[Outcome] = []
        self.writers: tuple[QboWriter, HubSpotWriter] | None = None
        self.fed = self.written = 0
        self.creates_prepared = spec.prepare_qbo_creates is None
        self.unsent = False

    def current_writers(self) -> Sequence[QboWriter | HubSpotWriter]:
        return self.writers or ()

    def _make_writers(self) -> tuple[QboWriter, HubSpotWriter]:
        if self.writers is None:
            run, spec = self.run, self.spec

            def progress(n: int) -> None:
                self.written += n
                run.progress(spec.name, self.written, self.fed, f"Writing {spec.name}")

            args = (spec, self.settings, run.run_id, run.linked(spec), progress, run.cancelled)
            self.writers = (
                QboWriter(run.qbo, *args, on_done=self._answered),
                HubSpotWriter(run.hubspot, *args, on_done=self._answered),
            )
        return self.writers

    def _answered(self, chunk: list[Outcome]) -> None:
        for outcome in chunk:
            outcome.waiting -= 1
            if outcome.waiting == 0:
                self.ready.append(outcome)

    async def take(self, plan: Plan) -> None:
        run = self.run
        if self.keep:
            self.kept.extend(plan if run.dry_run else plan.snapshot())
        if run.plan_rows is not None:  # as planned: before the writers change anything
            run.plan_rows(plan)
        if run.dry_run:
            run.count_plan(plan)
            return
        run.check_cancel()
        run.record(self.spec, Plan(self.spec.name, skips=plan.skips), [])
        outcomes = [
            start_outcome(p, p.baseline if p.hubspot and not p.new_link else None)
            for p in plan.pairs
        ]
        qbo_writer, hs_writer = self._make_writers()
        if not self.creates_prepared and plan.of("create_quickbooks"):
            self.creates_prepared = True
            qbo_writer.settings = await run.prepare_qbo_creates(self.spec, self.settings)
        for outcome in outcomes:
            outcome.waiting = wants_qbo(outcome) + wants_hubspot(outcome)
            if not outcome.waiting:
                self.ready.append(outcome)
        if self.fed == 0 and any(o.waiting for o in outcomes):
            run.progress(self.spec.name, 0, None, f"Writing {self.spec.name}")
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
            self.run.record(self.spec, Plan(self.spec.name), sent)
            # The versions our writes left, for the next run's echoes: to SQLite as they come.
            echoes.stage_writes(self.spec, self.run.hubspot, self.run.qbo)

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
