"""Outbound invoice sync, HubSpot -> QuickBooks (issue 16, SPEC.md 2.3).

One run: finish a killed run's writes; read the HubSpot invoices changed since the last
run (all of them on a full read) plus failures worth another try; leave out those the
fixed filters exclude; read the rest's lines and contacts in batches; resolve customers and
items through the contact and product links; build each QuickBooks body (invoice_rules)
or fail it before any call; send creates, updates and voids in batches of 30 with a
requestid; write QuickBooks' numbers back when QuickBooks numbers invoices; record.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import datetime

from qbsync_desktop.core.sync import archivals
from qbsync_desktop.core.sync.invoices import outbound_write, store
from qbsync_desktop.core.sync.invoices.outbound_decide import (
    RunFacts,
    decide_chunk,
    with_tokens,
)
from qbsync_desktop.core.sync.invoices.outbound_plan import plan_of, sort_changed
from qbsync_desktop.core.sync.invoices.outbound_pools import all_or_none
from qbsync_desktop.core.sync.invoices.outbound_problems import RETRIED_EACH_RUN
from qbsync_desktop.core.sync.invoices.outbound_read import (
    Seen,
    changed_chunks,
    parse_moment,
)
from qbsync_desktop.core.sync.invoices.outbound_write import Send, Writer
from qbsync_desktop.core.sync.invoices.store import OBJECT, Outcome
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.own_run import OwnRun
from qbsync_desktop.core.sync.problems import RETRIED_BY_THEMSELVES, ProblemCode
from qbsync_desktop.core.sync.vocabulary import Plan

FROM_QUICKBOOKS = ProblemCode.INVOICE_FROM_QUICKBOOKS
# The fixed filters' codes: an invoice they left out was never tried.
LEFT_OUT = frozenset(
    {
        FROM_QUICKBOOKS,
        ProblemCode.INVOICE_DRAFT,
        ProblemCode.INVOICE_BEFORE_SWITCH_ON,
        ProblemCode.INVOICE_VOIDED_UNSENT,
    }
)

# Invoices read, decided and handed to the writers together: QuickBooks' first writes go
# out while later pages are still read (an initial sync's floor needs them from the start).
CHUNK = 300
CHUNKS_IN_FLIGHT = 3  # decided at once (each waits on its HubSpot reads)


@dataclass(frozen=True)
class Backfill:
    """An explicit send of older invoices: those created on or after `since`, whatever
    the "changed after switch-on" filter says (the other fixed filters still hold)."""

    since: datetime


def _count(ctx: OwnRun, outcomes: Iterable[Outcome]) -> None:
    for o in outcomes:
        if o.state == "excluded":
            ctx.summary.excluded += 1
        elif o.state == "failed":
            ctx.summary.failed += 1


def _resolved(unchanged: Iterable[tuple[Seen, store.InvoiceLink]]) -> list[Outcome]:
    """Unchanged invoices whose outbound failure is over (e.g. the E1 contact synced after
    a link was made): synced again. Other states (inbound's E4/E5) are left alone."""
    pairs = list(unchanged)
    codes = store.state_codes(s.id for s, _ in pairs)
    ours = set(RETRIED_EACH_RUN) | set(RETRIED_BY_THEMSELVES)
    return [
        Outcome(s.id, k.qbo_id, s.name, s.number, "synced")
        for s, k in pairs
        if codes.get(s.id) in ours
    ]


@dataclass
class _Chunks:
    """Decides a run's invoices chunk by chunk (see `sync_outbound`)."""

    run: RunFacts
    backfill: Backfill | None
    retry: set[str]
    filter_failed: bool  # leave out failures unchanged since they were recorded
    switched_on: datetime | None
    before_writes: Callable[[], Awaitable[object]]
    read: int = 0

    async def prepare(self, chunk: list[Seen]) -> _Decision:
        """Decide one chunk (reads and rules; nothing recorded yet)."""
        if self.backfill is not None:
            chunk = [s for s in chunk if _created(s) >= self.backfill.since]
        if self.filter_failed:
            # A failure is not tried again while the invoice is as it was then (closed
            # books fail once, not on every run that re-reads the overlap or the daily
            # reconcile), unless it may have passed.
            failed = store.failed_at(s.id for s in chunk if s.id not in self.retry)
            chunk = [s for s in chunk if s.id not in failed or s.modified_at > failed[s.id]]
        links = store.links_by_hubspot(s.id for s in chunk)
        codes = store.state_codes(s.id for s in chunk)
        tried = {i for i, code in codes.items() if code and code not in LEFT_OUT}
        sorted_ = sort_changed(chunk, links, self.switched_on, tried)
        decided = await decide_chunk(self.run, sorted_.candidates)
        sends, gone = await with_tokens(self.run.ctx.qbo, decided.sends, sorted_.voids)
        left = [*sorted_.left_out, *decided.failed, *gone]
        return _Decision(chunk, sends, left, decided.unchanged)

    async def apply(self, d: _Decision) -> list[Send]:
        """Plan a decided chunk and record what is left out (in the order read); returns
        its writes."""
        ctx = self.run.ctx
        self.read += len(d.chunk)
        ctx.progress(OBJECT, self.read, None, "invoices: read from HubSpot")
        ctx.plans.setdefault(OBJECT, Plan(OBJECT)).extend(
            plan_of(d.sends, d.left, {s.id: s for s in d.chunk})
        )
        # A QuickBooks-made invoice's state is inbound's to record (synced, or E4/E5):
        # outbound only says in its plan why it leaves the invoice alone.
        left = [o for o in d.left if o.problem is None or o.problem.code != FROM_QUICKBOOKS]
        _count(ctx, left)
        if ctx.dry_run:
            ctx.summary.created["quickbooks"] += sum(1 for s in d.sends if s.op == "create")
            ctx.summary.updated["quickbooks"] += sum(1 for s in d.sends if s.op != "create")
            return []
        await self.before_writes()
        ctx.check_cancel()
        store.record_outcomes(ctx.run_id, [*left, *_resolved(d.unchanged)])
        return d.sends


@dataclass
class _Decision:
    chunk: list[Seen]
    sends: list[Send]
    left: list[Outcome]
    unchanged: list[tuple[Seen, store.InvoiceLink]]


def _once(wait: Callable[[], Awaitable[object]] | None) -> Callable[[], Awaitable[object]]:
    """`wait` awaited by whoever asks first, its end shared by all."""
    started: list[asyncio.Future[object]] = []

    async def gate() -> object:
        if wait is None:
            return None
        if not started:
            started.append(asyncio.ensure_future(wait()))
        return await asyncio.shield(started[0])

    return gate


async def sync_outbound(
    ctx: OwnRun,
    settings: ObjectSettings,
    backfill: Backfill | None = None,
    *,
    recovered: bool = False,
    before_writes: Callable[[], Awaitable[object]] | None = None,
    on_read: Callable[[], None] | None = None,
) -> None:
    """`recovered`: the caller finished a killed run's writes already; `before_writes`:
    awaited before the first QuickBooks invoice write (inbound's read comes first);
    `on_read`: called once the changed HubSpot invoices are read (inbound's writes next).

    Stages side by side: reading HubSpot's changed invoices in chunks, deciding a few
    chunks at once (their lines, contacts, rules), planning and recording each in the order
    read, and writing the decided ones to QuickBooks. Each
    write is recorded as pending before it is sent, as before: a kill at any moment is
    finished by the next run."""
    if not ctx.dry_run and not recovered:
        await outbound_write.recover(ctx.qbo, ctx.hubspot, ctx.run_id, ctx.summary)
    ctx.check_cancel()
    read_start = time.time()
    settings_now = json.dumps(asdict(settings), sort_keys=True)
    same_settings = store.load_fingerprint("hubspot") == settings_now
    since = store.load_mark("hubspot") if same_settings and not ctx.full and not backfill else None
    retry = store.failed_hubspot_ids([*RETRIED_EACH_RUN, *RETRIED_BY_THEMSELVES])
    run = RunFacts(ctx, settings)
    chunks = _Chunks(
        run,
        backfill,
        retry,
        since is not None or (ctx.reconcile and same_settings and backfill is None),
        None if backfill else parse_moment(settings.option("enabled_at")),
        _once(before_writes),
    )
    decided: asyncio.Queue[list[Seen] | None] = asyncio.Queue()
    writer = Writer(ctx.qbo, ctx.run_id, ctx.summary)

    async def read() -> None:
        async for chunk in changed_chunks(
            ctx.hubspot, since, list(run.custom), sorted(retry), CHUNK
        ):
            decided.put_nowait(chunk)
        decided.put_nowait(None)
        if on_read is not None:
            on_read()
        for _ in range(CHUNKS_IN_FLIGHT - 1):
            room.release()

    prepared: asyncio.Queue[asyncio.Task[_Decision] | None] = asyncio.Queue()
    # One chunk decided at a time while HubSpot's invoices are read (inbound's writes wait
    # for that read: it goes first), a few at once after.
    room = asyncio.Semaphore(1)

    async def prepare_all() -> None:
        # Chunks decided side by side (their reads wait on HubSpot, not on each other).
        while (chunk := await decided.get()) is not None:
            await room.acquire()
            prepared.put_nowait(asyncio.ensure_future(chunks.prepare(chunk)))
        prepared.put_nowait(None)

    async def apply_all() -> None:
        try:
            while (task := await prepared.get()) is not None:
                decision = await task
                room.release()
                writer.add(await chunks.apply(decision), run.custom_numbers)
        finally:
            writer.close()
            while not prepared.empty():  # a failure: the chunks still being decided stop
                if (left := prepared.get_nowait()) is not None:
                    left.cancel()

    async def write() -> None:
        if not ctx.dry_run:
            await chunks.before_writes()
            await writer.run()

    await all_or_none([read(), prepare_all(), apply_all(), write()])
    if ctx.dry_run:
        return
    await outbound_write.numbers_to_hubspot(ctx.hubspot, ctx.run_id, writer.written.numbers_back)
    ctx.progress(OBJECT, chunks.read, chunks.read, "invoices: sent to QuickBooks")
    if backfill is None:
        store.save_mark("hubspot", read_start - 1.0, full=since is None, fingerprint=settings_now)
        if since is None:  # every live invoice read (and noted): the check needs no fill
            archivals.read_whole(OBJECT, read_start)


def _created(seen: Seen) -> datetime:
    return parse_moment(seen.obj.properties.get("hs_createdate")) or seen.modified_at


__all__ = ["Backfill", "sync_outbound"]
