"""The engine: read -> plan -> apply -> record -> report, one object sync at a time."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.store.models import current_database
from qbsync_desktop.core.sync import early, marks, mirror, objects, record, report
from qbsync_desktop.core.sync.changes import (
    Cursor,
    WindowStuck,
    load_cursor,
    qbo_by_values,
)
from qbsync_desktop.core.sync.events import Cancelled, CancelToken, RunSummary, SyncEvent
from qbsync_desktop.core.sync.mapping import ObjectSpec
from qbsync_desktop.core.sync.mirror import MirrorSide, TableClaims, TableLinks, TakenNames
from qbsync_desktop.core.sync.outcome import Outcome
from qbsync_desktop.core.sync.own_run import OwnRun
from qbsync_desktop.core.sync.planned_links import PlannedLinks, planning
from qbsync_desktop.core.sync.planner import Planner, plan_sync
from qbsync_desktop.core.sync.readers import (
    CHANGES_IN_MEMORY,
    FullRead,
    ReadSet,
    TooManyChanges,
    read_changes,
)
from qbsync_desktop.core.sync.recovery import recover_pending
from qbsync_desktop.core.sync.settings import ObjectSettings, SyncSettings
from qbsync_desktop.core.sync.stream import (
    RunContext,
    WriteStream,
    withdrawn_on_cancel,
    written_qbo,
)
from qbsync_desktop.core.sync.vocabulary import Plan, SideRecord

log = logging.getLogger(__name__)


@dataclass
class Engine:
    hubspot: HubSpotClient
    qbo: QboClient
    settings: SyncSettings
    run_id: int
    dry_run: bool = False
    on_event: Callable[[SyncEvent], None] = lambda e: None
    cancel: CancelToken | None = None
    full: bool = False  # read everything even when an incremental read would do
    plans: dict[str, Plan] = field(default_factory=dict)  # incremental and own-run plans
    keep_plans: bool = False  # keep a full run's whole plan in `plans` too
    plan_rows: Callable[[Plan], None] | None = None  # each part as decided (the plan file)
    changes_in_memory: int = CHANGES_IN_MEMORY  # more changes on a side: a streamed full run

    def __post_init__(self) -> None:
        self.summary = RunSummary(run_id=self.run_id, dry_run=self.dry_run)
        # Per object: said in the activity of records created in QBO (e.g. which income
        # account new items got), from the type's `prepare_qbo_creates` hook.
        self.create_notes: dict[str, str] = {}
        # Per object in a streamed full run with early creates: marks HubSpot ids as read.
        self._seen_created: dict[str, Callable[[Iterable[str]], None]] = {}
        self._planned: PlannedLinks | None = None  # a dry run's links, for referring types

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.cancelled:
            raise Cancelled()

    def _progress(self, obj: str, done: int, total: int | None, message: str) -> None:
        self.on_event(SyncEvent("progress", obj, done, total, message))

    async def run(self, names: tuple[str, ...] | list[str]) -> RunSummary:
        try:
            chosen = objects.levels(tuple(names))
        except objects.UnknownObject as exc:
            raise ValueError(str(exc)) from None
        # A dry run links nothing, so types referring to others see what it would link.
        referred = {p for lv in chosen for o in lv if self._enabled(o.name) for p in o.depends_on}
        self._planned = PlannedLinks(referred) if self.dry_run and referred else None
        with planning(self._planned):
            for level in chosen:
                todo: list[tuple[ObjectSpec, ObjectSettings]] = []
                for obj in level:
                    settings = self.settings.for_object(obj.name)
                    if obj.one_way is not None:
                        settings = replace(settings, direction=obj.direction(settings.direction))
                    if not settings.enabled:
                        self._progress(obj.name, 0, 0, f"{obj.name}: switched off")
                        continue
                    todo.append((obj.spec, settings))
                await self._run_level(todo)
        return self.summary

    def _enabled(self, name: str) -> bool:
        return self.settings.for_object(name).enabled

    async def _run_level(self, todo: list[tuple[ObjectSpec, ObjectSettings]]) -> None:
        """One dependency level: its objects need only the links of levels already done."""
        if len(todo) == 1:
            await self.sync_object(*todo[0])
            return
        # Object syncs share nothing but the rate limits: running them side by side keeps
        # the QBO batch allowance (the usual bottleneck) busy while another object reads.
        # Database work never spans an await, so the shared connection needs no lock.
        # Each runs to its own end (a failure in one does not cut the other off mid-write,
        # which would leave answered writes unrecorded); the first error is re-raised alone,
        # and no later level starts.
        results = await asyncio.gather(
            *(self.sync_object(spec, settings) for spec, settings in todo),
            return_exceptions=True,
        )
        for result in results:
            if isinstance(result, BaseException):
                raise result

    # ---- one object ----------------------------------------------------------------
    def _reading(self, spec: ObjectSpec) -> Callable[[str, int], None]:
        def progress(message: str, done: int) -> None:
            self._check_cancel()
            self._progress(spec.name, done, None, message)

        return progress

    async def sync_object(self, spec: ObjectSpec, settings: ObjectSettings) -> Plan:
        own = objects.get(spec.name).run
        if own is not None:  # the type runs its own sync (see ObjectType.run)
            await own(self._own_run(), settings)
            return self.plans.setdefault(spec.name, Plan(spec.name))
        if not self.dry_run:
            self.summary.recovered += await recover_pending(
                self.qbo, self.hubspot, spec, self._recovered(spec)
            )
        self._check_cancel()
        cursors = (load_cursor(spec.name, "hubspot"), load_cursor(spec.name, "quickbooks"))
        if not (self.full or marks.wants_full(settings, cursors, self.settings.reconcile_hours)):
            try:
                reads = await read_changes(
                    self.hubspot,
                    self.qbo,
                    spec,
                    settings,
                    cursors,
                    self._reading(spec),
                    self.changes_in_memory,
                    write_mirror=not self.dry_run,
                    list_archived=marks.archived_due(cursors[0]),
                )
            except (WindowStuck, TooManyChanges):
                # More changes in one millisecond than search can page, or more than are
                # worth holding in memory: read everything, streamed.
                pass
            else:
                return await self._sync_changes(spec, settings, reads)
        return await self._sync_full(spec, settings, cursors)

    async def _sync_changes(
        self, spec: ObjectSpec, settings: ObjectSettings, reads: ReadSet
    ) -> Plan:
        """An incremental run: the changes are few, so they are planned and written at once."""
        plan = plan_sync(
            spec,
            settings,
            reads.hubspot,
            reads.qbo,
            reads.links,
            existing_qbo_names=reads.names,
            complete=reads.complete,
        )
        if spec.name_new_qbo is not None and plan.of("create_quickbooks"):
            plan = await self._replan_names(spec, settings, reads, plan, reads.mirrored)
        plan.skips += reads.skips
        del reads.hubspot, reads.qbo
        # Kept whole: an incremental plan is small, and the dry-run view and CSV show it.
        self.plans[spec.name] = await self._write(spec, settings, [plan], keep=True)
        if self.dry_run:
            return self.plans[spec.name]
        marks.save_marks(
            self.run_id,
            (self.hubspot, self.qbo),
            spec,
            settings,
            (reads.hs_mark, reads.qbo_mark),
            full=False,
            archived=reads.archived_listed,
            seen=reads.seen,
        )
        return self.plans[spec.name]

    async def _sync_full(
        self, spec: ObjectSpec, settings: ObjectSettings, cursors: tuple[Cursor, Cursor]
    ) -> Plan:
        """A full read, planned and written as HubSpot's pages arrive (see `FullRead`)."""
        read = FullRead(
            self.hubspot,
            self.qbo,
            spec,
            settings,
            cursors,
            self._reading(spec),
            mirror_run=self.run_id,
            mirror_table=mirror.dry_run_table() if self.dry_run else mirror.TABLE,
        )
        # A few pages read ahead, no more: planning waits for the writers (backpressure).
        pages: asyncio.Queue[Arrival] = asyncio.Queue(PAGES_AHEAD)

        async def pump() -> None:
            try:
                async for page in read.hubspot_pages():
                    await pages.put(page)
                await pages.put(None)
            except asyncio.CancelledError:
                raise
            except BaseException as exc:  # handed to the planning loop, which ends the run
                await pages.put(exc)

        pumping = asyncio.create_task(pump())
        creating: early.EarlyCreates | None = None
        try:
            # Planned against the mirror the read just filled (a dry run's scratch copy) and
            # the link table, so neither side's whole table is held; names and keys seen
            # stay in SQLite too.
            await read.mirror_qbo()
            with current_database().atomic():  # sorted in one transaction
                links, qbo_side = TableLinks(spec), MirrorSide(spec, settings, read.mirror_table)
                taken, claims = TakenNames(spec, read.mirror_table), TableClaims(spec)
                made_early = TableClaims(spec, "run_early")
            planner = Planner(
                spec,
                settings,
                qbo_side,
                links,
                taken=taken,
                claims=claims,
                early=made_early,
                complete=True,
            )

            if early.wanted(spec, settings, self.dry_run):
                # Our HubSpot creates count as read: the run's end must not call them deleted.
                self._seen_created[spec.name] = links.see
                side, hubspot = qbo_side, self.hubspot
                creating = early.EarlyCreates(
                    lambda: early.find_no_counterparts(hubspot, spec, side, pages.put)
                )

            async def planned() -> AsyncIterator[Plan]:
                while (page := await pages.get()) is not None:
                    if isinstance(page, BaseException):
                        raise page
                    with current_database().atomic():  # see `_next_part`
                        if isinstance(page, early.NoCounterpart):
                            part = planner.creates_in_hubspot(page.keys)
                        else:
                            part = planner.page(page)
                    yield part
                if creating is not None:  # what it did not ask about is created now
                    await creating.stop()
                parts = planner.finish_parts()
                while (last := _next_part(parts)) is not None:
                    yield last

            kept = await self._write(spec, settings, planned(), keep=self.keep_plans)
        finally:
            self._seen_created.pop(spec.name, None)
            if creating is not None:
                await creating.stop()
            if not pumping.done():
                pumping.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await pumping
        self.plans[spec.name] = kept
        if not self.dry_run:
            marks.save_marks(
                self.run_id,
                (self.hubspot, self.qbo),
                spec,
                settings,
                (read.hs_marks.result(), read.qbo_marks.result()),
                full=True,
                seen=read.seen(),
            )
        return kept

    async def _prepare_qbo_creates(
        self, spec: ObjectSpec, settings: ObjectSettings
    ) -> ObjectSettings:
        """The settings this object's QBO creates are written with (its type's hook may
        fill in what creates need, e.g. an income account, and say so in the activity)."""
        if spec.prepare_qbo_creates is None:
            return settings
        settings, note = await spec.prepare_qbo_creates(self.qbo, settings)
        if note:
            self.create_notes[spec.name] = note
        return settings

    async def _replan_names(
        self,
        spec: ObjectSpec,
        settings: ObjectSettings,
        reads: ReadSet,
        plan: Plan,
        mirrored: bool,
    ) -> Plan:
        """Incremental runs never read all names: look up the ones about to be used, in the
        mirror once a full read filled it, else in QBO. (Vendors' and employees' names are in
        neither: QBO refuses those at write time and the failure names the holder.)"""
        wanted = {p.qbo_name for p in plan.of("create_quickbooks") if p.qbo_name}
        if mirrored:
            taken = mirror.names_taken(spec, wanted)
        else:
            name_field = spec.qbo_name_field
            rows = await qbo_by_values(self.qbo, spec.qbo_entity, name_field, wanted)
            taken = {str(r.get(name_field)).lower() for r in rows if r.get(name_field)}
        if not taken:
            return plan
        return plan_sync(
            spec,
            settings,
            reads.hubspot,
            reads.qbo,
            reads.links,
            existing_qbo_names=reads.names | taken,
            complete=reads.complete,
        )

    def _recovered(self, spec: ObjectSpec) -> Callable[[str, dict[str, Any], dict[str, Any]], None]:
        def done(side: str, ctx: dict[str, Any], entity: dict[str, Any]) -> None:
            if side == "quickbooks" and ctx.get("hubspot_id"):
                record.save_link(
                    spec.name,
                    ctx["hubspot_id"],
                    str(entity.get("Id")),
                    ctx.get("key"),
                    ctx["baseline"],
                    str(entity.get("SyncToken") or "") or None,
                )

        return done

    def _linked(self, spec: ObjectSpec) -> Callable[[list[Outcome]], None]:
        """Save the links of a batch as soon as it is answered (crash safety)."""

        def linked(outcomes: list[Outcome]) -> None:
            rows: list[record.LinkRow] = []
            for o in outcomes:
                if (row := o.link_row(spec.match_key)) is not None:
                    rows.append(row)
                    o.saved_link = row  # the run's record saves it again only if changed
            mirrored = [(written_qbo(o), None) for o in outcomes if o.wrote_qbo and o.qbo_id]
            with current_database().atomic():
                record.save_links(spec.name, rows)
                mirror.upsert(spec, mirrored)  # our own writes, before QBO's feed says so
                if (see := self._seen_created.get(spec.name)) is not None:
                    see(o.hubspot_id for o in outcomes if o.pair.hubspot is None and o.hubspot_id)

        return linked

    def _own_run(self) -> OwnRun:
        return OwnRun(
            self.hubspot,
            self.qbo,
            self.settings,
            self.run_id,
            self.dry_run,
            self.full,
            self.summary,
            self._progress,
            self._check_cancel,
            self.plans,
        )

    def _context(self, keep: bool) -> RunContext:
        return RunContext(
            self.hubspot,
            self.qbo,
            self.run_id,
            self.dry_run,
            keep,
            self.cancel,
            self._progress,
            self._record,
            self._count_plan,
            self._linked,
            self._prepare_qbo_creates,
            self.plan_rows,
        )

    async def _write(
        self,
        spec: ObjectSpec,
        settings: ObjectSettings,
        parts: AsyncIterator[Plan] | list[Plan],
        *,
        keep: bool,
    ) -> Plan:
        """The one write path: each planned part goes out through a `WriteStream` as it
        comes. Returns the plan as planned (whole when `keep`, else its last part's object
        only)."""
        kept = Plan(spec.name)
        stream = WriteStream(self._context(keep), spec, settings, kept)
        async with withdrawn_on_cancel(self.cancel, stream.current_writers):
            try:
                if isinstance(parts, list):
                    for part in parts:
                        await stream.take(part)
                else:
                    async for part in parts:
                        await stream.take(part)
                await stream.close()
            except Exception:
                await stream.abandon()  # what went out is recorded; the watermarks stay
                raise
        return kept

    # ---- record --------------------------------------------------------------------
    def _count_plan(self, plan: Plan) -> None:
        report.count_plan(self.summary, plan)
        if self._planned is not None:
            self._planned.note(plan)

    def _record(self, spec: ObjectSpec, plan: Plan, outcomes: list[Outcome]) -> None:
        note = self.create_notes.get(spec.name)
        report.record_results(self.summary, self.run_id, spec, plan, outcomes, note)


# HubSpot list pages read ahead of planning: 20 filled while a big book's QBO side was read
# into the mirror (2,000 records per object held at 30k, not at 3k); 5 cost no wall time.
PAGES_AHEAD = 5
# What the planning loop of a full run takes in: a HubSpot page, keys of QBO records HubSpot
# holds none of (to create there now), a failure of the listing, or its end (None).
Arrival = list[SideRecord] | early.NoCounterpart | BaseException | None


def _next_part(parts: Iterator[Plan]) -> Plan | None:
    """The next planned part, its SQLite work (the run tables: names, keys, free records)
    in one transaction: statement by statement, SQLite committed each row."""
    with current_database().atomic():
        return next(parts, None)


def summary_json(summary: RunSummary) -> str:
    return json.dumps(summary.to_dict(), sort_keys=True)


__all__ = ["Engine", "summary_json"]
