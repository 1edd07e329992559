"""Deciding what happens to each changed HubSpot invoice (no I/O): left out by a fixed
filter, voided in QuickBooks, sent (created or updated), unchanged, or failed before any
call with every problem named. Also the dry-run rows of those decisions."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

from qbsync_desktop.core.sync.invoice_rules import (
    DocHolder,
    HsInvoice,
    OutboundContext,
    cents,
    doc_number_problem,
    outbound_body,
    outbound_exclusion,
)
from qbsync_desktop.core.sync.invoices.outbound_problems import (
    excluded_by,
    outbound_problem,
    voided_unsent,
)
from qbsync_desktop.core.sync.invoices.outbound_read import Seen
from qbsync_desktop.core.sync.invoices.outbound_write import Send
from qbsync_desktop.core.sync.invoices.store import OBJECT, InvoiceBaseline, InvoiceLink, Outcome
from qbsync_desktop.core.sync.mapping import Values
from qbsync_desktop.core.sync.problems import Problem
from qbsync_desktop.core.sync.vocabulary import PairPlan, Plan, SideRecord, Skip

EPOCH = datetime.fromisoformat("1970-01-01T00:00:00+00:00")


@dataclass
class Sorted:
    """Changed invoices sorted before their lines are read: only `candidates` need them."""

    left_out: list[Outcome] = field(default_factory=list)
    voids: list[tuple[Seen, InvoiceLink]] = field(default_factory=list)
    candidates: list[tuple[Seen, InvoiceLink | None]] = field(default_factory=list)


def _left_out(seen: Seen, link: InvoiceLink | None, problem: Problem) -> Outcome:
    qbo_id = link.qbo_id if link else None
    return Outcome(seen.id, qbo_id, seen.name, seen.number, "excluded", problem, "exclude")


def sort_changed(
    changed: Sequence[Seen],
    links: Mapping[str, InvoiceLink],
    switched_on: datetime | None,
    tried: Set[str] = frozenset(),
) -> Sorted:
    """Apply the fixed filters (from QuickBooks by our links, drafts, not changed since
    switch-on) and pick out the voids; the rest may go. An invoice already in QuickBooks
    or already `tried` (sent and failed, e.g. by a backfill) is past the switch-on filter:
    it follows HubSpot, and a Retry sends it, whatever its age."""
    out = Sorted()
    for seen in changed:
        link = links.get(seen.id)
        chosen = link is not None or seen.id in tried
        which = outbound_exclusion(
            made_from_qbo=link is not None and link.from_quickbooks,
            status=seen.status,
            modified_at=seen.modified_at,
            switched_on_at=EPOCH if chosen else switched_on or EPOCH,
        )
        if which is not None:
            moment = switched_on.isoformat() if switched_on else ""
            out.left_out.append(_left_out(seen, link, excluded_by(which, moment)))
        elif seen.status == "voided":
            if link is None:
                out.left_out.append(_left_out(seen, None, voided_unsent()))
            elif link.baseline.status != "voided":
                out.voids.append((seen, link))
        else:
            out.candidates.append((seen, link))
    return out


def digest(body: Mapping[str, Any]) -> str:
    """What was sent, in a few characters: a later HubSpot edit changes it, an echo of our
    own write (QuickBooks' number written back) does not."""
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


@dataclass
class Decided:
    sends: list[Send] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)
    unchanged: list[tuple[Seen, InvoiceLink]] = field(default_factory=list)


def _failed(seen: Seen, link: InvoiceLink | None, problem: Problem) -> Outcome:
    qbo_id = link.qbo_id if link else None
    return Outcome(
        seen.id, qbo_id, seen.name, seen.number, "failed", problem, "fail", "to_quickbooks"
    )


def decide(
    candidates: Sequence[tuple[Seen, InvoiceLink | None]],
    invoices: Mapping[str, HsInvoice],
    ctx: OutboundContext,
    holders: Mapping[str, DocHolder],
) -> Decided:
    """Bodies for the invoices that may go: a create, an update when HubSpot changed what
    was sent, nothing when it did not; or a failure naming every problem's first."""
    out = Decided()
    for seen, link in candidates:
        inv = invoices[seen.id]
        result = outbound_body(inv, ctx)
        problems = list(result.problems)
        body = result.body
        if body is not None and "DocNumber" in body:
            own = link.qbo_id if link else None
            held = doc_number_problem(str(body["DocNumber"]), holders.get(body["DocNumber"]), own)
            if held is not None:
                problems.append(held)
        if problems or body is None:
            out.failed.append(_failed(seen, link, outbound_problem(problems[0])))
            continue
        sent = digest(body)
        if link is not None and link.baseline.sent == sent:
            out.unchanged.append((seen, link))
            continue
        baseline = InvoiceBaseline(
            origin="hubspot",
            hs_number=inv.number or "",
            hs_total=str(cents(inv.billed)),
            status=inv.status,
            sent=sent,
        )
        custom = {
            slot: value
            for prop, slot in ctx.custom_fields.items()
            if (value := inv.custom_values.get(prop))
        }
        if link is None:
            create = Send(seen.id, seen.name, seen.number, "create", body, baseline, custom)
            out.sends.append(create)
        else:
            keep = replace_baseline(link.baseline, baseline)
            update = {**body, "Id": link.qbo_id, "SyncToken": link.sync_token or "0"}
            out.sends.append(Send(seen.id, seen.name, seen.number, "update", update, keep, custom))
    return out


def replace_baseline(old: InvoiceBaseline, new: InvoiceBaseline) -> InvoiceBaseline:
    """An update's baseline: the new HubSpot side, the QuickBooks side as last known (the
    answer fills in QuickBooks' number, total and fingerprint)."""
    return replace(
        new,
        origin=old.origin,
        fingerprint=old.fingerprint,
        qbo_number=old.qbo_number,
        qbo_total=old.qbo_total,
    )


def void_send(seen: Seen, link: InvoiceLink, sync_token: str) -> Send:
    voided = replace(link.baseline, status="voided")
    body = {"Id": link.qbo_id, "SyncToken": sync_token}
    return Send(seen.id, seen.name, seen.number, "void", body, voided)


# ---- the dry run's view ---------------------------------------------------------------------
def _record(send_or_seen: Send | Seen) -> SideRecord:
    if isinstance(send_or_seen, Send):
        hs_id, name, number = send_or_seen.hubspot_id, send_or_seen.name, send_or_seen.number
        total = send_or_seen.baseline.hs_total
    else:
        hs_id, name, number = send_or_seen.id, send_or_seen.name, send_or_seen.number
        total = send_or_seen.obj.properties.get("hs_amount_billed") or ""
    return SideRecord("hubspot", hs_id, {"hs_number": number, "hs_amount_billed": total}, name)


def plan_of(sends: Sequence[Send], outcomes: Sequence[Outcome], seen: Mapping[str, Seen]) -> Plan:
    """What a run does (or a dry run would do) as the shared plan the preview and CSV show."""
    plan = Plan(OBJECT)
    for s in sends:
        qbo = None
        if s.op != "create":
            qbo = SideRecord("quickbooks", str(s.body.get("Id")), {}, s.name)
        changes: Values = (
            {"status": "voided"} if s.op == "void" else {"TotalAmt": s.baseline.hs_total}
        )
        plan.pairs.append(PairPlan(_record(s), qbo, to_qbo=changes))
    for o in outcomes:
        if o.state == "synced" or o.problem is None or o.hubspot_id is None:
            continue
        if o.hubspot_id not in seen:
            continue
        state: Literal["failed", "excluded"] = "failed" if o.state == "failed" else "excluded"
        plan.skips.append(Skip(_record(seen[o.hubspot_id]), o.problem, state, o.qbo_id))
    return plan
