"""QBO's writer: batch calls of <= 30 while the batch window has room, single-entity calls
beside them, each recorded as a pending write (with its `requestid`) before it is sent."""

from __future__ import annotations

import json
import uuid
from typing import Any

from qbsync_desktop.core.connectors.qbo import (
    QboBatchItem,
    QboBatchResult,
    QboClient,
    quote_literal,
)
from qbsync_desktop.core.store import PendingWrite
from qbsync_desktop.core.store.models import current_database
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.apply import BatchWriter, record_pending, settle, settle_all
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
Pending = tuple[PendingWrite, str]  # a call's pending write and its requestid
Answered = list[tuple[PendingWrite, list[Outcome]]]  # answered calls to link and settle
MAX_HOLDER_LOOKUPS = 20
STALE_RETRIES = 2  # re-read + resend of an update QBO calls stale (5010), per record and run
# Calls of QBO's minute that single writes leave to reads (holder look-ups, stale re-reads).
READ_RESERVE = 10


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


class QboWriter(BatchWriter[QboClient]):
    """QBO writes in batches of 30 while the batch window has room, and as single-entity
    calls (QBO's other pool: 500 calls a minute in all) when it has none and the minute has
    calls to spare beyond those the remaining batches will need."""

    _lookups = 0  # QBO look-ups this writer made (counted per instance once it starts)
    _held: list[Outcome] | None = None  # fed but not yet a full batch
    _choosing_batch = 0  # chunks sent as batches and not yet answered

    def _pool(self, size: int) -> str:
        limiter = self.client.transport.limiter
        if limiter.room("batch") > self._choosing_batch:
            return "batch"
        if limiter.spare("default", beside="batch") >= size + READ_RESERVE:
            return "singles"
        return "batch"  # waits for the batch window

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
        """One batch call, or one single call per record when the batch window is spent;
        raises only when QBO refuses a whole batch for good (the pending write is settled
        then, and `send_apart` sends the batch apart)."""
        if attempt == 0 and self._unsent_if_stopped(chunk):
            return
        items: list[QboBatchItem] = []
        written: dict[str, Values] = {}
        for n, outcome in enumerate(chunk):
            pair = outcome.pair
            op = "create" if pair.qbo is None else "update"
            bid = f"{op[0]}{n}"
            body = _qbo_body(self.spec, self.fields, self.settings, pair)
            items.append(QboBatchItem(bid, op, self.spec.qbo_entity, body))
            written[bid] = {k: pair.merged.get(k) for k in pair.to_qbo}
        stale: list[Outcome] = []
        group = list(zip(items, chunk, strict=True))
        if self._pool(len(items)) == "batch":
            await self._send_group("batch", group, written, attempt, stale)
        else:
            await self._send_singles(group, written, attempt, stale)
        if stale:
            await self._retry_stale(stale, attempt)

    async def _send_singles(
        self,
        group: list[tuple[QboBatchItem, Outcome]],
        written: dict[str, Values],
        attempt: int,
        stale: list[Outcome],
    ) -> None:
        """One single-entity call per record, one after another (the limiter paces them at
        QBO's 10 a second). Each has its own pending write, so a cancel withdraws exactly the
        calls not sent; they are recorded in one transaction before the first goes out, and
        the answers linked and settled together once all are in (a crash in between leaves
        them pending: recovery resends each with its requestid and QBO replays the answer).
        Row by row, three commits a call were most of a single write's cost to us."""
        with current_database().atomic():
            ready = self._pendings("singles", [[single] for single in group], written)
        answered: Answered = []
        try:
            for n, (single, pending) in enumerate(zip(group, ready, strict=True)):
                if self._unsent_if_stopped([single[1]]):
                    pending[0].delete_instance()
                    continue
                sent = await self._send_group(
                    "singles", [single], written, attempt, stale, pending, answered
                )
                if not sent:  # QBO failed on the way: so would the rest, never sent
                    for (_, rest), (unsent, _) in zip(group[n + 1 :], ready[n + 1 :], strict=True):
                        rest.qbo = single[1].qbo
                        unsent.delete_instance()
                    break
        finally:
            with current_database().atomic():
                self.on_linked([outcome for _, linked in answered for outcome in linked])
                settle_all([done for done, _ in answered], "done")

    def _pending(
        self, pool: str, group: list[tuple[QboBatchItem, Outcome]], written: dict[str, Values]
    ) -> Pending:
        """The pending write of one call (recorded before it is sent) and its requestid."""
        return self._pendings(pool, [group], written)[0]

    def _pendings(
        self,
        pool: str,
        groups: list[list[tuple[QboBatchItem, Outcome]]],
        written: dict[str, Values],
    ) -> list[Pending]:
        """The pending writes of calls (one a group), recorded together before the first
        is sent, and their requestids."""
        rows = [self._pending_row(pool, group, written) for group in groups]
        return [(p, p.request_id) for p in record_pending(rows)]

    def _pending_row(
        self, pool: str, group: list[tuple[QboBatchItem, Outcome]], written: dict[str, Values]
    ) -> dict[str, Any]:
        context = {
            item.bid: {
                "hubspot_id": outcome.hubspot_id,
                "qbo_id": outcome.qbo_id,
                "key": match_key(outcome.pair.merged.get(self.spec.match_key)),
                # What a recovery after a crash records: this side's write alone.
                "baseline": {**outcome.start, **written[item.bid]},
            }
            for item, outcome in group
        }
        items = [item for item, _ in group]
        return {
            "run_id": self.run_id,
            "object": self.spec.name,
            "side": "quickbooks",
            "operation": pool,
            "request_id": uuid.uuid4().hex,
            "payload": json.dumps(
                {"items": [vars(i) for i in items], "context": context}, sort_keys=True
            ),
        }

    async def _send_group(
        self,
        pool: str,
        group: list[tuple[QboBatchItem, Outcome]],
        written: dict[str, Values],
        attempt: int,
        stale: list[Outcome],
        ready: Pending | None = None,
        answered: Answered | None = None,
    ) -> bool:
        """One call of `pool` ("batch" or "singles") for these items; records each outcome
        (records QBO called stale go to `stale`). `ready`: its pending write, if recorded
        already; `answered`: where an answered call's pending write and linked outcomes go
        to be linked and settled later (else at once). False when the call failed on the
        way."""
        chunk = [outcome for _, outcome in group]
        items = [item for item, _ in group]
        pending, request_id = ready or self._pending(pool, group, written)
        if pool == "batch":
            self._choosing_batch += 1
        try:
            send = self.client.batch if pool == "batch" else self.client.singles
            results = await self._unless_withdrawn(chunk, pending, send(items, request_id))
        except Exception as exc:
            if final_refusal(exc):
                settle(pending, "refused")
                if pool == "batch":
                    raise
                self._refused(chunk[0], exc)  # singles: a record others were sent beside
                return True
            # The call failed on the way: every item fails alike, kept pending for recovery.
            problem = errors.explain(exc, service="quickbooks")
            for outcome in chunk:
                outcome.qbo = SideResult(problem=problem)
            return False
        finally:
            if pool == "batch":
                self._choosing_batch -= 1
        if results is None:
            return True
        linked = await self._take_results(group, results, written, attempt, stale)
        if answered is not None:
            answered.append((pending, linked))
            return True
        with current_database().atomic():  # linked and settled together: one commit
            self.on_linked(linked)
            settle(pending, "done")
        return True

    async def _take_results(
        self,
        group: list[tuple[QboBatchItem, Outcome]],
        results: list[QboBatchResult],
        written: dict[str, Values],
        attempt: int,
        stale: list[Outcome],
    ) -> list[Outcome]:
        """Each outcome from QBO's answer; returns those now linked."""
        by_bid = {item.bid: (item, outcome) for item, outcome in group}
        answered = set()
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
        return linked

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

    async def _holder(self, name: str | None) -> dict[str, str] | None:
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
                active = bool(rows[0].get("Active", True))
                return errors.holder_params(entity, name, str(rows[0].get("Id")), active)
        return None
