"""HubSpot's side of applying a plan: creates are batch upserts on a unique property (our
key, so a resend after a crash finds the record instead of making it twice), updates are
batch updates by id. Each batch is a pending write before it is sent, as on QBO's side.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from qbsync_desktop.core.connectors.hubspot import HsBatchResult, HubSpotClient
from qbsync_desktop.core.store import PendingWrite
from qbsync_desktop.core.store.models import current_database
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.apply import BatchWriter, settle
from qbsync_desktop.core.sync.errors import Problem
from qbsync_desktop.core.sync.mapping import ObjectSpec, Values, match_key, to_hubspot
from qbsync_desktop.core.sync.outcome import Outcome, SideResult
from qbsync_desktop.core.sync.refusals import final_refusal, send_apart
from qbsync_desktop.core.sync.vocabulary import PairPlan

HUBSPOT_BATCH = 100


def unique_key(spec: ObjectSpec, pair: PairPlan) -> str:
    """The value of our unique HubSpot property for a record created from QBO: its QBO id."""
    assert pair.qbo is not None
    return f"qbo-{spec.qbo_entity.lower()}-{pair.qbo.id}"


async def ensure_unique_property(client: HubSpotClient, spec: ObjectSpec) -> None:
    """Create our unique key property in HubSpot once (it survives; later runs find it).

    Safe to repeat: a create whose answer was lost is sent again, and "already exists"
    (another run, or that lost answer, made it) counts as done."""
    name = spec.hubspot_unique
    if name == spec.match_key:
        return
    if any(p.get("name") == name for p in await client.properties(spec.hubspot_type)):
        return
    await client.create_property(
        spec.hubspot_type,
        {
            "name": name,
            "label": "QuickBooks sync key",
            "description": "Set by qbsync so a repeated create can never make a duplicate.",
            "type": "string",
            "fieldType": "text",
            "groupName": spec.hubspot_group,
            "hasUniqueValue": True,
        },
    )


class HubSpotWriter(BatchWriter[HubSpotClient]):
    """Creates and updates in HubSpot: batch upserts on a unique key, batch updates."""

    _property_ready = False
    _held_creates: list[Outcome] | None = None
    _held_updates: list[Outcome] | None = None

    async def feed(self, outcomes: list[Outcome]) -> int:
        """Queue HubSpot writes; full batches go out at once. Returns how many were queued."""
        creates = [o for o in outcomes if o.pair.hubspot is None]
        updates = [o for o in outcomes if o.pair.hubspot is not None and o.pair.to_hubspot]
        if creates and not self._property_ready:
            await ensure_unique_property(self.client, self.spec)
            self._property_ready = True
        self._held_creates = self._queue((self._held_creates or []) + creates, True)
        self._held_updates = self._queue((self._held_updates or []) + updates, False)
        return len(creates) + len(updates)

    def _queue(self, held: list[Outcome], create: bool, last: bool = False) -> list[Outcome]:
        while len(held) >= HUBSPOT_BATCH or (last and held):
            chunk, held = held[:HUBSPOT_BATCH], held[HUBSPOT_BATCH:]
            self._start(chunk, lambda c=chunk: self._send(c, create=create))  # type: ignore[misc]
        return held

    async def flush(self) -> None:
        self._held_creates = self._queue(self._held_creates or [], True, last=True)
        self._held_updates = self._queue(self._held_updates or [], False, last=True)
        await self.drain()

    async def write(self, outcomes: list[Outcome]) -> None:
        await self.feed(outcomes)
        await self.flush()

    async def _send(self, chunk: list[Outcome], *, create: bool) -> None:
        if self._unsent_if_stopped(chunk):
            return
        await send_apart(chunk, lambda part: self._send_batch(part, create), self._refused)
        self.on_progress(len(chunk))

    def _refused(self, outcome: Outcome, exc: BaseException) -> None:
        outcome.hubspot = SideResult(problem=errors.explain(exc, service="hubspot"))

    async def _send_batch(self, chunk: list[Outcome], create: bool) -> None:
        """One batch call; raises only when HubSpot refuses the whole batch for good (the
        pending write is settled then, and `send_apart` sends the batch apart)."""
        if self._unsent_if_stopped(chunk):
            return
        inputs: list[dict[str, Any]] = []
        keyed: dict[str, tuple[Outcome, Values]] = {}
        for outcome in chunk:
            pair = outcome.pair
            props = to_hubspot(self.fields, pair.to_hubspot)
            if create:
                key = match_key(pair.merged.get(self.spec.match_key)) or ""
                unique = self.spec.hubspot_unique
                if unique != self.spec.match_key:
                    # Our own unique key (SKUs are not unique in HubSpot): a resend after a
                    # crash finds the record it created instead of creating another.
                    props[unique] = unique_key(self.spec, pair)
                inputs.append({"id": props.get(unique) or key, "properties": props})
            else:
                key = outcome.hubspot_id or ""
                inputs.append({"id": key, "properties": props})
            keyed[key] = (outcome, {k: pair.merged.get(k) for k in pair.to_hubspot})
        request_id = uuid.uuid4().hex
        pending = PendingWrite.create(
            run_id=self.run_id,
            object=self.spec.name,
            side="hubspot",
            operation="upsert" if create else "update",
            request_id=request_id,
            # `records`: whose each input is, so a recovery that meets a refusal can have
            # the record planned again (and its failure recorded) in that run.
            payload=json.dumps(
                {
                    "inputs": inputs,
                    "records": [[o.hubspot_id, o.qbo_id] for o in chunk],
                },
                sort_keys=True,
            ),
        )
        try:
            if create:
                call = self.client.batch_upsert(
                    self.spec.hubspot_type, inputs, id_property=self.spec.hubspot_unique
                )
            else:
                call = self.client.batch_update(self.spec.hubspot_type, inputs)
            result = await self._unless_withdrawn(chunk, pending, call)
        except Exception as exc:
            if final_refusal(exc):
                settle(pending, "refused")
                raise
            # The call failed on the way: every record fails alike, kept pending for recovery.
            problem = errors.explain(exc, service="hubspot")
            for outcome in chunk:
                outcome.hubspot = SideResult(problem=problem)
            return
        if result is None:
            return
        with current_database().atomic():  # linked and settled together: one commit
            self._apply_result(result, keyed, create=create)
            settle(pending, "done")

    def _apply_result(
        self, result: HsBatchResult, keyed: dict[str, tuple[Outcome, Values]], *, create: bool
    ) -> None:
        done: set[str] = set()
        linked: list[Outcome] = []
        for obj in result.results:
            key = match_key(obj.properties.get(self.spec.match_key)) if create else obj.id
            found = keyed.get(key or "")
            if found is None and create:
                # The answer may leave the key property out: fall back on order-free lookup by id.
                found = next((f for f in keyed.values() if f[0].hubspot_id == obj.id), None)
            if found is None:
                continue
            outcome, written = found
            done.add(key or "")
            outcome.hubspot = SideResult(obj.id, written=written)
            linked.append(outcome)
        self.on_linked(linked)
        unattributed: list[Problem] = []
        for err in result.errors:
            problem = errors.explain(err, service="hubspot")
            ids = [str(i) for i in (err.context or {}).get("ids", [])]
            hit = False
            for raw in ids:
                key = match_key(raw) if create else raw
                if key in keyed and key not in done:
                    keyed[key][0].hubspot = SideResult(problem=problem)
                    done.add(key)
                    hit = True
            if not hit:
                unattributed.append(problem)
        for key, (outcome, _) in keyed.items():
            if key not in done and not outcome.wrote_hubspot:
                outcome.hubspot = SideResult(
                    problem=unattributed[0] if unattributed else errors.service_error("hubspot")
                )
