"""What invoice sync keeps in the profile's database, shared by outbound and inbound.

The shared tables with object "invoices": `Link` (its baseline an `InvoiceBaseline`),
`RecordState` + `Activity` (through `record`), `PendingWrite` (a write is recorded with its
request id before it is sent and settled once answered: a killed run's writes are resent
with the same ids, so nothing is created twice) and `SyncCursor` (one watermark per side).
Call these inside the run's database (the runner opens it); none of them does I/O.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any, Literal

from qbsync_desktop.core.store import PendingWrite, RecordState
from qbsync_desktop.core.store.models import current_database
from qbsync_desktop.core.store.raw import in_chunks
from qbsync_desktop.core.sync import record
from qbsync_desktop.core.sync.changes import Cursor, load_cursor, save_cursor
from qbsync_desktop.core.sync.errors import Problem
from qbsync_desktop.core.sync.mapping import Values
from qbsync_desktop.core.sync.planned_links import planned_links
from qbsync_desktop.core.sync.vocabulary import LinkInfo, Side

OBJECT = NAME = "invoices"
# The types an invoice's references resolve through (the type's `depends_on`): its
# contact's QuickBooks customer (contact sync's links), each line's item (product sync's).
CUSTOMERS = "contacts"
ITEMS = "products"
Origin = Literal["hubspot", "quickbooks"]
State = Literal["synced", "failed", "excluded"]


@dataclass(frozen=True)
class InvoiceBaseline:
    """A linked invoice as last synced (all text: the link table keeps strings)."""

    origin: str  # "hubspot" | "quickbooks": where the invoice was made
    fingerprint: str = ""  # JSON of invoice_inbound.Fingerprint.as_dict() of the QBO invoice
    hs_number: str = ""
    qbo_number: str = ""
    hs_total: str = ""
    qbo_total: str = ""
    status: str = ""  # HubSpot's status as last synced (open, paid, voided, ...)
    sent: str = ""  # outbound: digest of the QBO body last sent (a HubSpot edit changes it)

    def as_values(self) -> Values:
        return dict(vars(self))  # all strings: no deep copy needed (asdict's cost per link)

    @classmethod
    def from_values(cls, values: Mapping[str, str | None]) -> InvoiceBaseline:
        known = {f.name for f in fields(cls)}
        given = {k: v or "" for k, v in values.items() if k in known}
        given.setdefault("origin", "hubspot")
        return cls(**given)


@dataclass(frozen=True)
class InvoiceLink:
    hubspot_id: str
    qbo_id: str
    baseline: InvoiceBaseline
    sync_token: str | None = None

    @property
    def from_quickbooks(self) -> bool:
        return self.baseline.origin == "quickbooks"


def _link(info: LinkInfo) -> InvoiceLink:
    return InvoiceLink(
        info.hubspot_id,
        info.qbo_id,
        InvoiceBaseline.from_values(info.baseline),
        info.qbo_sync_token,
    )


def links_by_hubspot(ids: Iterable[str]) -> dict[str, InvoiceLink]:
    """HubSpot invoice id -> its link, for the ids that are linked."""
    return {i.hubspot_id: _link(i) for i in record.links_for(OBJECT, hubspot_ids=ids)}


def links_by_qbo(ids: Iterable[str]) -> dict[str, InvoiceLink]:
    """QBO invoice id -> its link, for the ids that are linked."""
    return {i.qbo_id: _link(i) for i in record.links_for(OBJECT, qbo_ids=ids)}


def save_links(links: Iterable[InvoiceLink]) -> None:
    """Save (or replace) links in one transaction; the HubSpot number is the match key."""
    rows = [
        (k.hubspot_id, k.qbo_id, k.baseline.hs_number or None, k.baseline.as_values(), k.sync_token)
        for k in links
    ]
    with current_database().atomic():
        record.save_links(OBJECT, rows)


def parent_links(obj: str, side: Side, ids: Iterable[str]) -> dict[str, str]:
    """Another type's links (an invoice's contacts, its lines' products): id on `side` ->
    the id on the other side, for those linked; in a dry run also those the run would link
    (the other id `planned_links.NEW` where it would create the record)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    if side == "hubspot":
        found = {i.hubspot_id: i.qbo_id for i in record.links_for(obj, hubspot_ids=wanted)}
    else:
        found = {i.qbo_id: i.hubspot_id for i in record.links_for(obj, qbo_ids=wanted)}
    return planned_links(obj, side, (i for i in wanted if i not in found)) | found


# ---- record states and activity -------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """What became of one invoice in a run: its state row and, if anything happened, an
    activity entry."""

    hubspot_id: str | None
    qbo_id: str | None
    name: str  # as the record view names it ("Invoice HS-1003")
    number: str | None  # the number shown on both sides, kept as the record's match key
    state: State
    problem: Problem | None = None
    action: str = ""  # create | update | void | link | fail | exclude ("": no activity)
    direction: str = "none"  # to_quickbooks | to_hubspot | none
    detail: str = ""


def record_outcomes(run_id: int | None, outcomes: Iterable[Outcome]) -> None:
    """Record states (a retry replaces an earlier failure) and activity, in one transaction."""
    done = list(outcomes)
    if not done:
        return
    states = [
        {
            "hubspot_id": o.hubspot_id,
            "qbo_id": o.qbo_id,
            "name": o.name,
            "match_key": o.number,
            "state": o.state,
            "problem": o.problem,
            "run_id": run_id,
        }
        for o in done
    ]
    activity = [
        {
            "run_id": run_id,
            "object": OBJECT,
            "hubspot_id": o.hubspot_id,
            "qbo_id": o.qbo_id,
            "direction": o.direction,
            "action": o.action,
            "detail": o.detail,
            "problem": o.problem,
        }
        for o in done
        if o.action
    ]
    with current_database().atomic():
        record.set_states(OBJECT, states)
        if activity:
            record.add_activities(activity)


def failed_hubspot_ids(codes: Iterable[str]) -> set[str]:
    """HubSpot invoices to try again whatever changed: those the user asked to retry, and
    failed ones whose problem may pass by itself (`codes`, e.g. a contact not synced yet)."""
    wanted = sorted(set(codes))
    rows = RecordState.select(RecordState.hubspot_id).where(
        (RecordState.object == OBJECT)
        & RecordState.hubspot_id.is_null(False)
        & ((RecordState.retry == True) | (RecordState.code.in_(wanted)))  # noqa: E712
    )
    return {str(r.hubspot_id) for r in rows}


def failed_at(hubspot_ids: Iterable[str]) -> dict[str, datetime]:
    """HubSpot invoice id -> when its failure was recorded (UTC), for failed invoices the
    user did not ask to retry."""
    ids = sorted(set(hubspot_ids))
    out: dict[str, datetime] = {}
    for part in in_chunks(ids):
        rows = record.rows_query(RecordState, OBJECT, "hubspot_id", list(part))
        for row in rows.where((RecordState.state == "failed") & (RecordState.retry == False)):  # noqa: E712
            out[row.hubspot_id] = row.updated_at.replace(tzinfo=UTC)
    return out


def state_codes(hubspot_ids: Iterable[str]) -> dict[str, str | None]:
    """HubSpot invoice id -> the problem code of its state row (None: no problem)."""
    ids = sorted(set(hubspot_ids))
    out: dict[str, str | None] = {}
    for part in in_chunks(ids):
        for row in record.rows_query(RecordState, OBJECT, "hubspot_id", list(part)):
            out[row.hubspot_id] = row.code
    return out


# ---- pending writes ------------------------------------------------------------------------
@dataclass
class Pending:
    """A write recorded before it is sent: enough to send it again, the same way."""

    side: Side
    operation: str  # e.g. "batch" (QBO), "create" / "update" (HubSpot)
    request_id: str  # QBO: the batch's requestid; HubSpot: a key for this write
    payload: dict[str, Any] = field(default_factory=dict)  # JSON: items and their context


def begin_pending(run_id: int | None, write: Pending) -> None:
    """Record a write before it is sent (committed at once: a kill right after the send
    must find it)."""
    PendingWrite.create(
        run_id=run_id,
        object=OBJECT,
        side=write.side,
        operation=write.operation,
        request_id=write.request_id,
        payload=json.dumps(write.payload, sort_keys=True),
    )


def settle_pending(request_id: str, status: str = "done") -> None:
    """The write was answered (`done`) or refused for good (`refused`)."""
    PendingWrite.update(status=status).where(PendingWrite.request_id == request_id).execute()


def pending_writes(side: Side) -> list[Pending]:
    """Writes a killed run left unanswered on `side`, oldest first."""
    rows = (
        PendingWrite.select()
        .where(
            (PendingWrite.object == OBJECT)
            & (PendingWrite.side == side)
            & (PendingWrite.status == "pending")
        )
        .order_by(PendingWrite.id)
    )
    return [Pending(side, r.operation, r.request_id, json.loads(r.payload)) for r in rows]


# ---- watermarks ----------------------------------------------------------------------------
def load_mark(side: Side) -> float | None:
    """Where the last run's read of `side` got to (epoch seconds; None: never read)."""
    return load_cursor(OBJECT, side).mark


def load_fingerprint(side: Side) -> str | None:
    """The settings the last run of `side` read with (see `save_mark`)."""
    return load_cursor(OBJECT, side).fingerprint


def full_read_due(hours: int, sides: Iterable[Side], now: float | None = None) -> bool:
    """Whether the last whole read of one of `sides` (those the direction reads) is older
    than `hours` (the settings' daily reconcile; 0: never by age), so a change an
    incremental read missed is found."""
    read = list(sides)
    if not hours or not read:
        return False
    moment = time.time() if now is None else now
    oldest = min(load_cursor(OBJECT, side).full_at or 0.0 for side in read)
    return moment - oldest > hours * 3600


def save_mark(
    side: Side, mark: float | None, *, full: bool = False, fingerprint: str | None = None
) -> None:
    """Move the watermark of `side`; `fingerprint`: the settings this read used (changed
    settings can change what an unchanged invoice comes to: the next read is whole)."""
    old = load_cursor(OBJECT, side)
    full_at = time.time() if full else old.full_at
    kept = fingerprint if fingerprint is not None else old.fingerprint
    save_cursor(OBJECT, side, Cursor(mark, full_at, kept, old.mirror, old.archived_at))


__all__ = [
    "CUSTOMERS",
    "ITEMS",
    "NAME",
    "OBJECT",
    "InvoiceBaseline",
    "InvoiceLink",
    "Outcome",
    "Pending",
    "begin_pending",
    "failed_at",
    "failed_hubspot_ids",
    "links_by_hubspot",
    "links_by_qbo",
    "load_fingerprint",
    "load_mark",
    "parent_links",
    "pending_writes",
    "record_outcomes",
    "save_links",
    "save_mark",
    "settle_pending",
    "state_codes",
]
