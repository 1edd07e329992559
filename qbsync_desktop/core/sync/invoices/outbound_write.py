"""Writing invoices to QuickBooks: batches of 30 with a requestid each, recorded as pending
before they are sent and settled in the same transaction that saves their links, so a run
killed at any moment is finished by the next one (the same requestid makes QuickBooks
replay its first answer: nothing is created twice). QuickBooks' own numbers go back to
HubSpot the same way."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from qbsync_desktop.core.connectors.hubspot import MAX_BATCH as HS_BATCH
from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboBatchItem, QboBatchResult, QboClient
from qbsync_desktop.core.connectors.qbo_invoices import (
    InvoiceOp,
    InvoiceWrite,
    doc_number_holders,
    invoice_batches,
)
from qbsync_desktop.core.store.models import current_database
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.events import RunSummary
from qbsync_desktop.core.sync.invoice_inbound import fingerprint
from qbsync_desktop.core.sync.invoice_rules import RuleProblem, cents, doc_number_problem
from qbsync_desktop.core.sync.invoices import store
from qbsync_desktop.core.sync.invoices.outbound_pools import Batches, Call, send_in_pools
from qbsync_desktop.core.sync.invoices.outbound_problems import (
    custom_field_dropped,
    outbound_problem,
)
from qbsync_desktop.core.sync.invoices.outbound_read import QBO_NUMBER_PROPERTY
from qbsync_desktop.core.sync.invoices.store import InvoiceBaseline, InvoiceLink, Outcome, Pending
from qbsync_desktop.core.sync.problems import Problem
from qbsync_desktop.core.sync.refusals import final_refusal

log = logging.getLogger(__name__)

DOC_NUMBER_TAKEN = "6140"
_ACTIONS: dict[str, str] = {"create": "create", "update": "update", "void": "void"}


@dataclass(frozen=True)
class Send:
    """One QuickBooks invoice write and what to record once it is answered."""

    hubspot_id: str
    name: str
    number: str | None
    op: InvoiceOp
    body: dict[str, Any]
    baseline: InvoiceBaseline  # saved with the link (QuickBooks' number/total added then)
    # Custom field slot -> the HubSpot value sent to it: checked against QuickBooks' answer,
    # which drops a value silently (e.g. for a slot switched off in its sales-form settings).
    custom: dict[str, str] = field(default_factory=dict)

    def context(self) -> dict[str, Any]:
        """What the pending write keeps to record the answer (also after a crash)."""
        return {
            "hubspot_id": self.hubspot_id,
            "name": self.name,
            "number": self.number,
            "op": self.op,
            "baseline": self.baseline.as_values(),
            "custom": self.custom,
        }


@dataclass
class Written:
    """What a run's writes came to: outcomes to record, QuickBooks numbers to send back."""

    outcomes: list[Outcome]
    numbers_back: list[tuple[str, str]]  # (HubSpot invoice id, QuickBooks number)


def _detail(entity: dict[str, Any]) -> str:
    """The invoice as QuickBooks saved it, as `field: value` pairs the window labels in
    its own language (the action says what was done)."""
    number = str(entity.get("DocNumber") or "")
    total = str(entity.get("TotalAmt") or "")
    return f"DocNumber: {number}; TotalAmt: {total}"


def _dropped_custom(expected: dict[str, str], entity: dict[str, Any]) -> Problem | None:
    """The first custom field value QuickBooks did not keep (its answer is the invoice as
    saved: the read-back costs no call)."""
    kept = {
        str(f.get("DefinitionId")): str(f.get("StringValue") or "")
        for f in entity.get("CustomField") or []
        if isinstance(f, dict)
    }
    for slot, value in sorted(expected.items()):
        if kept.get(slot) != value:
            return custom_field_dropped(slot, value, kept.get(slot, ""))
    return None


def _answered(
    context: dict[str, Any], result: QboBatchResult
) -> tuple[InvoiceLink | None, Outcome]:
    """The link and outcome of one answered write (a fault's outcome names the problem)."""
    hs_id, name, number = context["hubspot_id"], context["name"], context.get("number")
    op = str(context["op"])
    if result.fault is not None or not result.entity:
        problem = errors.explain(result.fault) if result.fault else Problem(errors.Code.INTERNAL)
        failed = Outcome(hs_id, None, name, number, "failed", problem, "fail", "to_quickbooks")
        return None, failed
    entity = result.entity
    qbo_id = str(entity.get("Id"))
    baseline = replace(
        InvoiceBaseline.from_values(context["baseline"]),
        qbo_number=str(entity.get("DocNumber") or ""),
        qbo_total=str(cents(Decimal(str(entity.get("TotalAmt") or 0)))),
        fingerprint=json.dumps(fingerprint(entity).as_dict(), sort_keys=True),
    )
    dropped = _dropped_custom(dict(context.get("custom") or {}), entity)
    if dropped is not None:
        baseline = replace(baseline, sent="")  # sent again on Retry or the next HubSpot edit
    link = InvoiceLink(hs_id, qbo_id, baseline, str(entity.get("SyncToken") or "") or None)
    done = Outcome(
        hs_id,
        qbo_id,
        name,
        number or baseline.qbo_number or None,
        "failed" if dropped else "synced",
        dropped,
        _ACTIONS[op],
        "to_quickbooks",
        _detail(entity),
    )
    return link, done


def _count(summary: RunSummary, outcome: Outcome) -> None:
    if outcome.state == "failed":
        summary.failed += 1
        if outcome.qbo_id is None:
            return  # else written, though not all of it kept: counted as written too
    if outcome.action == "create":
        summary.created["quickbooks"] += 1
    elif outcome.action in ("update", "void"):
        summary.updated["quickbooks"] += 1


async def _name_holders(
    qbo: QboClient, contexts: dict[str, dict[str, Any]], results: list[QboBatchResult]
) -> dict[str, Problem]:
    """E6 for each duplicate-number fault, naming the document that holds the number."""
    taken = {
        r.bid: str(contexts[r.bid].get("number") or "")
        for r in results
        if r.fault is not None and str(getattr(r.fault, "code", "")) == DOC_NUMBER_TAKEN
    }
    if not taken:
        return {}
    holders = await doc_number_holders(qbo, [n for n in taken.values() if n])
    out: dict[str, Problem] = {}
    for bid, number in taken.items():
        rule = doc_number_problem(number, holders.get(number))
        rule = rule or RuleProblem("E6", {"number": number}, "DocNumber")
        out[bid] = outbound_problem(rule)
    return out


async def _finish(
    qbo: QboClient,
    run_id: int,
    request_id: str,
    contexts: dict[str, dict[str, Any]],
    results: list[QboBatchResult],
    custom_numbers: bool,
) -> Written:
    held = await _name_holders(qbo, contexts, results)
    links: list[InvoiceLink] = []
    outcomes: list[Outcome] = []
    numbers: list[tuple[str, str]] = []
    for result in results:
        context = contexts.get(result.bid)
        if context is None:
            continue
        link, outcome = _answered(context, result)
        if result.bid in held:
            outcome = replace(outcome, problem=held[result.bid])
        outcomes.append(outcome)
        if link is not None:
            links.append(link)
            if context["op"] == "create" and not custom_numbers and link.baseline.qbo_number:
                numbers.append((link.hubspot_id, link.baseline.qbo_number))
    with current_database().atomic():  # links and the settled write together, or neither
        store.save_links(links)
        store.record_outcomes(run_id, outcomes)
        store.settle_pending(request_id)
    return Written(outcomes, numbers)


def _refused(
    run_id: int, request_id: str, contexts: dict[str, dict[str, Any]], problem: Problem
) -> Written:
    """QuickBooks refused a whole batch for good: each of its invoices fails with why."""
    outcomes = [
        Outcome(c["hubspot_id"], None, c["name"], c.get("number"), "failed", problem, "fail")
        for c in contexts.values()
    ]
    with current_database().atomic():
        store.record_outcomes(run_id, outcomes)
        store.settle_pending(request_id, "refused")
    return Written(outcomes, [])


async def _send_one(
    qbo: QboClient,
    run_id: int,
    call: Call,
    contexts: dict[str, dict[str, Any]],
    custom_numbers: bool,
) -> Written:
    """One call, recorded as pending first and settled with its answers."""
    payload = {
        "items": [vars(it) for it in call.items],  # serialised at once: no deep copy
        "context": contexts,
        "custom_numbers": custom_numbers,
    }
    store.begin_pending(run_id, Pending("quickbooks", call.pool, call.request_id, payload))
    try:
        results = await call.send(qbo)
    except Exception as exc:
        if not final_refusal(exc):
            raise  # unanswered: stays pending, the next run resends it the same way
        return _refused(run_id, call.request_id, contexts, errors.explain(exc))
    return await _finish(qbo, run_id, call.request_id, contexts, results, custom_numbers)


class Writer:
    """Sends the writes through both of QuickBooks' write pools (`outbound_pools`) as they
    are handed over (`add`), several calls in flight, each recorded as pending first and
    settled with its answers; `run` ends once `close` was called and all are answered."""

    def __init__(self, qbo: QboClient, run_id: int, summary: RunSummary) -> None:
        self.qbo, self.run_id, self.summary = qbo, run_id, summary
        self.batches = Batches()
        self.sends: list[Send] = []  # by bId (its index): unique in the run
        self.custom_numbers = True
        self.written = Written([], [])

    def add(self, sends: Sequence[Send], custom_numbers: bool) -> None:
        self.custom_numbers = custom_numbers  # the same for the whole run
        first = len(self.sends)
        self.sends += sends
        writes = [InvoiceWrite(str(first + n), s.op, s.body) for n, s in enumerate(sends)]
        self.batches.put(invoice_batches(writes, uuid.uuid4().hex[:24]))

    def close(self) -> None:
        self.batches.close()

    async def _one(self, call: Call) -> None:
        contexts = {it.bid: self.sends[int(it.bid)].context() for it in call.items}
        written = await _send_one(self.qbo, self.run_id, call, contexts, self.custom_numbers)
        for outcome in written.outcomes:
            _count(self.summary, outcome)
        self.written.outcomes += written.outcomes
        self.written.numbers_back += written.numbers_back

    async def run(self) -> Written:
        await send_in_pools(self.qbo, self.batches, self._one)
        return self.written


# ---- QuickBooks' numbers back to HubSpot --------------------------------------------------
async def ensure_number_property(hubspot: HubSpotClient) -> None:
    """Our invoice property for QuickBooks' number (made once)."""
    if any(p.get("name") == QBO_NUMBER_PROPERTY for p in await hubspot.properties("invoices")):
        return
    await hubspot.create_property(
        "invoices",
        {
            "name": QBO_NUMBER_PROPERTY,
            "label": "QuickBooks invoice number",
            "description": "The number QuickBooks gave this invoice (set by qbsync).",
            "type": "string",
            "fieldType": "text",
            "groupName": "invoiceinformation",
        },
    )


async def numbers_to_hubspot(
    hubspot: HubSpotClient, run_id: int, numbers: list[tuple[str, str]]
) -> None:
    """Write QuickBooks' numbers to the HubSpot invoices (100 a call, each recorded as
    pending first: an update repeated after a crash is harmless)."""
    if not numbers:
        return
    await ensure_number_property(hubspot)
    for start in range(0, len(numbers), HS_BATCH):
        inputs = [
            {"id": hs_id, "properties": {QBO_NUMBER_PROPERTY: number}}
            for hs_id, number in numbers[start : start + HS_BATCH]
        ]
        key = uuid.uuid4().hex
        store.begin_pending(run_id, Pending("hubspot", "update", key, {"inputs": inputs}))
        await hubspot.batch_update("invoices", inputs)
        store.settle_pending(key)


# ---- a killed run's writes ----------------------------------------------------------------
async def recover(qbo: QboClient, hubspot: HubSpotClient, run_id: int, summary: RunSummary) -> None:
    """Finish the writes a killed run recorded as pending, with their original request ids."""
    numbers: list[tuple[str, str]] = []
    for row in store.pending_writes("quickbooks"):
        items = [QboBatchItem(**i) for i in row.payload["items"]]
        custom_numbers = bool(row.payload.get("custom_numbers", True))
        try:
            results = await Call(row.operation, row.request_id, items).send(qbo)
        except Exception as exc:
            if not final_refusal(exc):
                raise
            log.warning("invoices: a resent QuickBooks batch was refused for good: %s", exc)
            store.settle_pending(row.request_id, "refused")
            continue
        done = await _finish(
            qbo, run_id, row.request_id, row.payload["context"], results, custom_numbers
        )
        summary.recovered += sum(1 for o in done.outcomes if o.state == "synced")
        numbers += done.numbers_back
    for row in store.pending_writes("hubspot"):
        await hubspot.batch_update("invoices", row.payload["inputs"])
        store.settle_pending(row.request_id)
    await numbers_to_hubspot(hubspot, run_id, numbers)
