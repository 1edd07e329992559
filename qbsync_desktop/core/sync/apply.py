"""Applying a plan: batched writes, each recorded as a pending write before it is sent.

QBO: batches of <= 30 with a `requestid`, so a resend after a crash replays the original
answer instead of creating twice. HubSpot: creates are upserts on a unique property and
updates are by id, so a resend is harmless too.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboBatchItem, QboClient, quote_literal
from qbsync_desktop.core.store import PendingWrite
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.changes import qbo_by_ids
from qbsync_desktop.core.sync.mapping import (
    FieldMap,
    ObjectSpec,
    Values,
    from_qbo,
    match_key,
    same,
    to_qbo,
)
from qbsync_desktop.core.sync.outcome import Outcome, SideResult, wants_qbo
from qbsync_desktop.core.sync.refusals import final_refusal, send_apart
from qbsync_desktop.core.sync.settings import ObjectSettings
from qbsync_desktop.core.sync.vocabulary import PairPlan

QBO_BATCH = 30
IN_FLIGHT = 3  # batches per service at once; the connectors' limiter paces them
MAX_HOLDER_LOOKUPS = 20
STALE_RETRIES = 2  # re-read + resend of an update QBO calls stale (5010), per record and run


Stop = Callable[[], bool]  # asked before each batch goes out (the user's Cancel)
OnLinked = Callable[[list[Outcome]], None]  # once per batch, before it is marked done
OnDone = Callable[[list[Outcome]], None]  # once per batch, when it is answered (or unsent)


def _qbo_body(
    spec: ObjectSpec, fields: list[FieldMap], settings: ObjectSettings, pair: PairPlan
) -> dict[str, Any]:
    changed = dict(pair.to_qbo)
    # Sub-objects such as BillAddr are replaced whole by QBO: send all their mapped parts.
    parents = {f.qbo.split(".")[0] for f in fields if f.key in changed and "." in f.qbo}
    for f in fields:
        if "." in f.qbo and f.qbo.split(".")[0] in parents and f.key not in changed:
            changed[f.key] = pair.merged.get(f.key)
    body = to_qbo(fields, changed)
    if pair.qbo is None:
        body[spec.qbo_name_field] = pair.qbo_name
        if spec.complete_new_qbo is not None:
            spec.complete_new_qbo(body, settings)
    else:
        body["Id"] = pair.qbo.id
        body["SyncToken"] = pair.qbo.sync_token or "0"
        body["sparse"] = True
    return body


def settle(pending: PendingWrite, status: str) -> None:
    """Mark a pending write answered ("done") or refused for good ("refused"): either way
    recovery never resends it."""
    pending.status = status
    pending.save()


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


class QboWriter(BatchWriter[QboClient]):
    _lookups = 0  # QBO look-ups this writer made (counted per instance once it starts)
    _held: list[Outcome] | None = None  # fed but not yet a full batch

    def feed(self, outcomes: list[Outcome]) -> int:
        """Queue QBO writes; full batches go out at once. Returns how many were queued."""
        todo = [o for o in outcomes if wants_qbo(o)]
        held = (self._held or []) + todo
        while len(held) >= QBO_BATCH:
            chunk, held = held[:QBO_BATCH], held[QBO_BATCH:]
            self._start(chunk, lambda c=chunk: self._send(c))  # type: ignore[misc]
        self._held = held
        return len(todo)

    async def flush(self) -> None:
        """Send what is held (a last, partial batch) and wait for every batch."""
        if self._held:
            chunk, self._held = self._held, []
            self._start(chunk, lambda: self._send(chunk))
        await self.drain()

    async def write(self, outcomes: list[Outcome]) -> None:
        self.feed(outcomes)
        await self.flush()

    async def _send(self, chunk: list[Outcome], attempt: int = 0) -> None:
        if attempt == 0 and self._unsent_if_stopped(chunk):
            return
        await send_apart(chunk, lambda part: self._send_batch(part, attempt), self._refused)
        if attempt == 0:
            self.on_progress(len(chunk))

    def _refused(self, outcome: Outcome, exc: BaseException) -> None:
        outcome.qbo = SideResult(problem=errors.explain(exc, service="quickbooks"))

    async def _send_batch(self, chunk: list[Outcome], attempt: int) -> None:
        """One batch call; raises only when QBO refuses the whole batch for good (the
        pending write is settled then, and `send_apart` sends the batch apart)."""
        if attempt == 0 and self._unsent_if_stopped(chunk):
            return
        items: list[QboBatchItem] = []
        context: dict[str, dict[str, Any]] = {}
        written: dict[str, Values] = {}
        for n, outcome in enumerate(chunk):
            pair = outcome.pair
            op = "create" if pair.qbo is None else "update"
            bid = f"{op[0]}{n}"
            items.append(
                QboBatchItem(
                    bid,
                    op,
                    self.spec.qbo_entity,
                    _qbo_body(self.spec, self.fields, self.settings, pair),
                )
            )
            written[bid] = {k: pair.merged.get(k) for k in pair.to_qbo}
            context[bid] = {
                "hubspot_id": outcome.hubspot_id,
                "qbo_id": outcome.qbo_id,
                "key": match_key(pair.merged.get(self.spec.match_key)),
                # What a recovery after a crash records: this side's write alone.
                "baseline": {**outcome.start, **written[bid]},
            }
        request_id = uuid.uuid4().hex
        pending = PendingWrite.create(
            run_id=self.run_id,
            object=self.spec.name,
            side="quickbooks",
            operation="batch",
            request_id=request_id,
            payload=json.dumps(
                {"items": [vars(i) for i in items], "context": context}, sort_keys=True
            ),
        )
        by_bid = {item.bid: (item, outcome) for item, outcome in zip(items, chunk, strict=True)}
        try:
            call = self.client.batch(items, request_id=request_id)
            results = await self._unless_withdrawn(chunk, pending, call)
        except Exception as exc:
            if final_refusal(exc):
                settle(pending, "refused")
                raise
            # The call failed on the way: every item fails alike, kept pending for recovery.
            problem = errors.explain(exc, service="quickbooks")
            for outcome in chunk:
                outcome.qbo = SideResult(problem=problem)
            return
        if results is None:
            return
        answered = set()
        stale: list[Outcome] = []
        linked: list[Outcome] = []
        for result in results:
            found = by_bid.get(result.bid)
            if found is None:
                continue
            item, outcome = found
            answered.add(result.bid)
            fault = result.fault
            retry = attempt < STALE_RETRIES and item.operation == "update"
            if fault is not None and fault.code == "5010" and retry:
                stale.append(outcome)  # changed in QBO since our read: re-read, retry
                continue
            if result.fault is not None:
                name = item.body.get(self.spec.qbo_name_field)
                holder = await self._holder(name) if result.fault.code == "6240" else None
                problem = errors.explain(result.fault, name=name, holder=holder)
                outcome.qbo = SideResult(problem=problem)
                continue
            entity = result.entity or {}
            outcome.qbo = SideResult(
                str(entity.get("Id") or outcome.qbo_id),
                str(entity.get("SyncToken") or "") or None,
                written[item.bid],
            )
            linked.append(outcome)
        for bid, (_, outcome) in by_bid.items():
            if bid not in answered:
                outcome.qbo = SideResult(problem=errors.service_error("quickbooks"))
        self.on_linked(linked)
        settle(pending, "done")
        if stale:
            await self._retry_stale(stale, attempt)

    async def _retry_stale(self, stale: list[Outcome], attempt: int) -> None:
        """Re-read records QBO called stale and send the update again on the new SyncToken.

        A field QBO changed meanwhile keeps QBO's value when QBO wins conflicts (the next run
        carries it to HubSpot: its baseline is left as it was); otherwise ours is resent.
        """
        ids = [o.pair.qbo.id for o in stale if o.pair.qbo is not None]
        try:
            rows = {
                str(r.get("Id")): r
                for r in await qbo_by_ids(self.client, self.spec.qbo_entity, ids)
            }
        except Exception as exc:  # the re-read failed: the stale failure stands, retried next run
            problem = errors.explain(exc, service="quickbooks")
            for outcome in stale:
                outcome.qbo = SideResult(problem=problem)
            return
        kinds = {f.key: f.kind for f in self.fields}
        again: list[Outcome] = []
        for outcome in stale:
            pair = outcome.pair
            row = rows.get(pair.qbo.id) if pair.qbo is not None else None
            if pair.qbo is None or row is None:
                gone = errors.deleted("quickbooks", self.spec.record_noun)
                outcome.qbo = SideResult(problem=gone)
                continue
            fresh = from_qbo(self.fields, row)
            if self.settings.conflict == "quickbooks":
                for key in list(pair.to_qbo):
                    if not same(kinds[key], fresh.get(key), pair.qbo.values.get(key)):
                        del pair.to_qbo[key]
                        pair.merged[key] = fresh.get(key)
                        pair.conflicts.append(key)
            pair.qbo.values = fresh
            pair.qbo.sync_token = str(row.get("SyncToken") or "0")
            if pair.to_qbo:
                again.append(outcome)
        if again:
            await self._send(again, attempt + 1)

    async def _holder(self, name: str | None) -> str | None:
        """Who holds a name QBO says is taken (for customers: customers, vendors, employees)."""
        if not name or self._lookups >= MAX_HOLDER_LOOKUPS:
            return None
        self._lookups += 1
        field_name = self.spec.qbo_name_field
        for entity in self.spec.name_holders:
            try:
                rows = await self.client.query(
                    f"SELECT * FROM {entity} WHERE {field_name} = {quote_literal(name)}"
                    " AND Active IN (true,false)"
                )
            except Exception:  # naming the holder is a courtesy; the failure stands anyway
                return None
            if rows:
                inactive = "" if rows[0].get("Active", True) else " (inactive)"
                return (
                    f"the {entity.lower()}{inactive} “{name}” (QuickBooks id {rows[0].get('Id')})"
                )
        return None
