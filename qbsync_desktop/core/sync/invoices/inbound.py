"""Invoices from QuickBooks to HubSpot, and QuickBooks edits of HubSpot-made invoices.

Each run reads the QuickBooks invoices changed since the watermark (change-data-capture;
a first run reads all) plus the failed ones whose problem may have passed, leaves out our
own echoes (a version already handled, a link still at the same SyncToken), and decides
per invoice by its link:

- made in QuickBooks (no link, or origin "quickbooks"): created in HubSpot (line items,
  then the invoice with its contact, company and lines, then finalised or voided), or an
  edit followed (changed lines updated, added ones added, removed ones archived, number,
  dates, status); an unlinked customer fails it until the contact syncs;
- made in HubSpot (origin "hubspot"): its money compared with what was synced: lines,
  amounts or tax changed in QuickBooks stop it with E4 / E5 and HubSpot is left as it is;
  once undone, it syncs again;
- deleted in QuickBooks: shown on the record, never propagated.

A dry run reads the same and says per invoice what would happen, writing nothing.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from qbsync_desktop.core.connectors import hubspot_invoices as hs
from qbsync_desktop.core.connectors import qbo_invoices as qi
from qbsync_desktop.core.connectors.errors import HubSpotApiError
from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.sync import echoes, errors
from qbsync_desktop.core.sync.changes import MarkTracker
from qbsync_desktop.core.sync.events import RunSummary
from qbsync_desktop.core.sync.invoice_inbound import (
    Fingerprint,
    InboundInvoice,
    as_problem,
    compare_fingerprints,
    created_before,
    custom_slots,
    fingerprint,
    inbound_invoice,
)
from qbsync_desktop.core.sync.invoices import inbound_hubspot as write
from qbsync_desktop.core.sync.invoices import inbound_read as read
from qbsync_desktop.core.sync.invoices import store
from qbsync_desktop.core.sync.invoices.inbound_likely import with_likely_contacts
from qbsync_desktop.core.sync.invoices.store import InvoiceBaseline, InvoiceLink, Outcome
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.problems import Problem, ProblemCode
from qbsync_desktop.core.sync.report import ChangeDetail
from qbsync_desktop.core.sync.vocabulary import PairPlan, Plan, Side, SideRecord, Skip

OBJECT = store.OBJECT
QBO: Side = "quickbooks"
PAGE = 100  # invoices decided, written and recorded together (HubSpot's batch size)
PAGES_IN_FLIGHT = 4
STOPPED = (ProblemCode.INVOICE_EDITED.value, ProblemCode.INVOICE_LINES_CHANGED.value)


class InboundRun(Protocol):
    """What inbound needs of the run (the engine's `OwnRun` has it)."""

    hubspot: HubSpotClient
    qbo: QboClient
    run_id: int
    dry_run: bool
    full: bool
    summary: RunSummary
    plans: dict[str, Plan]

    @property
    def progress(self) -> Callable[[str, int, int | None, str], None]: ...

    @property
    def check_cancel(self) -> Callable[[], None]: ...


@dataclass
class Decisions:
    """What a run decided: outcomes to record, links to save, writes to make."""

    outcomes: list[Outcome] = field(default_factory=list)
    links: list[InvoiceLink] = field(default_factory=list)
    creates: list[tuple[dict[str, Any], InboundInvoice]] = field(default_factory=list)
    updates: list[tuple[dict[str, Any], InboundInvoice, InvoiceLink]] = field(default_factory=list)
    plan: Plan = field(default_factory=lambda: Plan(OBJECT))
    custom_properties: list[str] = field(default_factory=list)  # mapped from custom fields


def _number(row: dict[str, Any]) -> str:
    return str(row.get("DocNumber") or "")


def _name(row: dict[str, Any]) -> str:
    customer = str((row.get("CustomerRef") or {}).get("name") or "")
    number = _number(row) or f"#{row.get('Id')}"
    return f"Invoice {number}" + (f" · {customer}" if customer else "")


def _values(row: dict[str, Any]) -> dict[str, str | None]:
    return {
        "hs_number": _number(row) or None,
        "hs_invoice_date": row.get("TxnDate"),
        "hs_due_date": row.get("DueDate"),
        "hs_amount_billed": str(row.get("TotalAmt", "")),
        "hs_currency": (row.get("CurrencyRef") or {}).get("value"),
    }


def _qbo_record(row: dict[str, Any]) -> SideRecord:
    return SideRecord(QBO, str(row.get("Id")), _values(row), _name(row), row.get("SyncToken"))


def _baseline(
    row: dict[str, Any], origin: str, hs_total: str | None, status: str
) -> InvoiceBaseline:
    money = fingerprint(row)
    return InvoiceBaseline(
        origin=origin,
        fingerprint=json.dumps(money.as_dict(), sort_keys=True),
        hs_number=_number(row),
        qbo_number=_number(row),
        hs_total=hs_total or str(money.total),
        qbo_total=money.total,
        status=status,
    )


def _created_day(row: dict[str, Any]) -> str:
    return str((row.get("MetaData") or {}).get("CreateTime") or row.get("TxnDate") or "")[:10]


def _fail(
    d: Decisions,
    row: dict[str, Any],
    problem: Problem,
    hubspot_id: str | None,
    direction: str = "to_hubspot",
) -> None:
    d.outcomes.append(
        Outcome(
            hubspot_id,
            str(row.get("Id")),
            _name(row),
            _number(row) or None,
            "failed",
            problem,
            "fail",
            direction,
        )
    )
    d.plan.skips.append(Skip(_qbo_record(row), problem, "failed", hubspot_id))


def _exclude(d: Decisions, row: dict[str, Any], problem: Problem, hubspot_id: str | None) -> None:
    d.outcomes.append(
        Outcome(
            hubspot_id, str(row.get("Id")), _name(row), _number(row) or None, "excluded", problem
        )
    )
    d.plan.skips.append(Skip(_qbo_record(row), problem, "excluded", hubspot_id))


def _hubspot_made(d: Decisions, row: dict[str, Any], link: InvoiceLink, code: str | None) -> None:
    """A HubSpot-made invoice seen changed in QuickBooks: stop it when its money moved,
    resume it once the money is back as synced. Its other states are outbound's."""
    if not link.baseline.fingerprint:
        return
    written = Fingerprint.from_dict(json.loads(link.baseline.fingerprint))
    rule = compare_fingerprints(written, fingerprint(row))
    if rule is not None:
        _fail(d, row, as_problem(rule), link.hubspot_id, "none")  # nothing was written
    elif code in STOPPED:
        d.outcomes.append(
            Outcome(link.hubspot_id, link.qbo_id, _name(row), _number(row) or None, "synced")
        )
    # The baseline (the money as synced) stays; only the version seen moves on.
    d.links.append(InvoiceLink(link.hubspot_id, link.qbo_id, link.baseline, row.get("SyncToken")))


def decide(
    rows: Sequence[dict[str, Any]],
    links: dict[str, InvoiceLink],
    codes: dict[str, str | None],
    lookups: read.Lookups,
    settings: ObjectSettings,
    home_currency: str,
) -> Decisions:
    slots = custom_slots(settings)
    d = Decisions(custom_properties=sorted(slots.values()))
    after = str(settings.option("inbound_created_after") or "")
    for row in rows:
        qid = str(row.get("Id"))
        link = links.get(qid)
        if str(row.get("status", "")).lower() == "deleted":
            if link is not None:
                _exclude(d, row, errors.deleted(QBO, "invoice"), link.hubspot_id)
            continue
        if link is not None and not link.from_quickbooks:
            _hubspot_made(d, row, link, codes.get(link.hubspot_id))
            continue
        if link is None and after and _created_day(row) < after:
            _exclude(d, row, created_before(after), None)
            continue
        inv = inbound_invoice(
            row,
            contact_for_customer=lookups.contact_for_customer,
            company_of_contact=lookups.company_of_contact,
            product_for_item=lookups.product_for_item,
            home_currency=home_currency,
            custom_fields=slots,
        )
        if inv.problems:
            _fail(d, row, as_problem(inv.problems[0]), link.hubspot_id if link else None)
        elif link is None:
            d.creates.append((row, inv))
            d.plan.pairs.append(
                PairPlan(
                    None,
                    _qbo_record(row),
                    to_hubspot=dict(inv.properties),
                    merged=dict(_values(row)),
                )
            )
        else:
            d.updates.append((row, inv, link))
    return d


async def _home_currency(qbo: QboClient, rows: Sequence[dict[str, Any]]) -> str:
    """QuickBooks' home currency, asked only when an invoice does not name its own."""
    if all((r.get("CurrencyRef") or {}).get("value") for r in rows):
        return ""
    return (await qi.invoice_preferences(qbo)).home_currency


async def _creates(ctx: InboundRun, d: Decisions) -> None:
    if not d.creates:
        return
    done = {} if ctx.dry_run else await write.create(ctx.hubspot, [i for _, i in d.creates])
    for row, inv in d.creates:
        result = done.get(inv.key)
        if ctx.dry_run:
            ctx.summary.created["hubspot"] += 1
            continue
        if result is None or result.problem is not None or result.hubspot_id is None:
            problem = result.problem if result is not None else None
            _fail(d, row, problem or errors.service_error("hubspot"), None)
            continue
        ctx.summary.created["hubspot"] += 1
        d.links.append(
            InvoiceLink(
                result.hubspot_id,
                str(row["Id"]),
                _baseline(row, "quickbooks", result.total, inv.status),
                row.get("SyncToken"),
            )
        )
        d.outcomes.append(
            Outcome(
                result.hubspot_id,
                str(row["Id"]),
                _name(row),
                _number(row) or None,
                "synced",
                None,
                "create_hubspot",
                "to_hubspot",
                ChangeDetail({**inv.properties, "hs_invoice_status": inv.status}).to_json(),
            )
        )


async def _updates(ctx: InboundRun, d: Decisions) -> None:
    if not d.updates:
        return
    ids = [link.hubspot_id for _, _, link in d.updates]
    current = await write.read_current(ctx.hubspot, ids, d.custom_properties)
    edits: list[tuple[dict[str, Any], InboundInvoice, InvoiceLink, write.Edit]] = []
    for row, inv, link in d.updates:
        now = current.get(link.hubspot_id)
        if now is None:  # deleted in HubSpot: shown, never made again
            _exclude(d, row, errors.deleted("hubspot", "invoice"), link.hubspot_id)
            continue
        edits.append((row, inv, link, write.plan_edit(inv, now)))
    for row, _, link, edit in edits:
        if not edit.empty:
            d.plan.pairs.append(
                PairPlan(
                    SideRecord("hubspot", link.hubspot_id, {}, _name(row)),
                    _qbo_record(row),
                    to_hubspot=edit.as_values(),
                    merged=dict(_values(row)),
                )
            )
    if ctx.dry_run:
        ctx.summary.updated["hubspot"] += sum(1 for *_, e in edits if not e.empty)
        return
    done = await write.apply_edits(ctx.hubspot, [e for *_, e in edits])
    for row, inv, link, edit in edits:
        result = done[link.hubspot_id]
        if result.problem is not None:
            _fail(d, row, result.problem, link.hubspot_id)
            continue
        status = "voided" if inv.status == "voided" else link.baseline.status or inv.status
        d.links.append(
            InvoiceLink(
                link.hubspot_id,
                link.qbo_id,
                _baseline(row, "quickbooks", None, status),
                row.get("SyncToken"),
            )
        )
        action = "" if edit.empty else "update"
        if action:
            ctx.summary.updated["hubspot"] += 1
        d.outcomes.append(
            Outcome(
                link.hubspot_id,
                link.qbo_id,
                _name(row),
                _number(row) or None,
                "synced",
                None,
                action,
                "to_hubspot",
                ChangeDetail(edit.as_values()).to_json(),
            )
        )


class _KeyProperty:
    """Our unique key property made sure of once a run, before the first HubSpot write
    (pages under way at once wait for the first one's check)."""

    def __init__(self) -> None:
        self.ready = False
        self.lock = asyncio.Lock()

    async def ensure(self, hubspot: HubSpotClient) -> None:
        async with self.lock:
            if not self.ready:
                await hs.ensure_key_properties(hubspot)
                self.ready = True


async def _page(
    ctx: InboundRun,
    settings: ObjectSettings,
    rows: list[dict[str, Any]],
    retry: set[str],
    whole: bool,
    keys: _KeyProperty,
) -> int:
    """Decide, write and record one page of invoices (a kill loses at most a page's records,
    and its writes are found again by key); returns how many were news."""
    links = store.links_by_qbo(str(r.get("Id")) for r in rows)
    rows = read.fresh(rows, links, retry, whole)
    if not rows:
        return 0
    codes = store.state_codes(link.hubspot_id for link in links.values())
    lookups = await read.lookups(ctx.hubspot, rows)
    d = decide(rows, links, codes, lookups, settings, await _home_currency(ctx.qbo, rows))
    ctx.check_cancel()
    if (d.creates or d.updates) and not ctx.dry_run:
        await keys.ensure(ctx.hubspot)
    for step, todo in ((_creates, d.creates), (_updates, d.updates)):
        try:
            await step(ctx, d)
        except HubSpotApiError as exc:
            if exc.http_status != 400:
                raise  # the connection, a limit, the service: the run's problem, not these
            # A batch HubSpot refused whole: its invoices fail with why; other pages go on.
            for row, *_ in todo:
                _fail(d, row, errors.explain(exc, service="hubspot"), None)
    ctx.summary.failed += sum(1 for o in d.outcomes if o.state == "failed")
    ctx.summary.excluded += sum(1 for o in d.outcomes if o.state == "excluded")
    ctx.plans.setdefault(OBJECT, Plan(OBJECT)).extend(d.plan)
    if not ctx.dry_run:
        d.outcomes = await with_likely_contacts(ctx.hubspot, ctx.qbo, d.outcomes)  # E1's offer
        store.save_links(d.links)
        store.record_outcomes(ctx.run_id, d.outcomes)
    return len(rows)


async def sync_inbound(
    ctx: InboundRun,
    settings: ObjectSettings,
    on_read: Callable[[], None] | None = None,
    before_writes: Callable[[], Awaitable[object]] | None = None,
) -> None:
    """One inbound pass (see the module note); records nothing in a dry run. `on_read`:
    called once QuickBooks' invoices are read (outbound may write there from then on);
    `before_writes`: awaited before the first HubSpot write (outbound's read first)."""
    read_start = time.time()
    mark = store.load_mark(QBO)
    ctx.progress(OBJECT, 0, None, "Reading QuickBooks invoices")
    rows, whole = await read.changed_invoices(ctx.qbo, mark, read_start, ctx.full)
    tracker = MarkTracker(mark, read_start)
    for row in rows:
        tracker.note(str(row.get("Id")), echoes.qbo_version(row))
    retry = read.retry_ids(str(settings.option("inbound_created_after") or ""))
    seen = {str(r.get("Id")) for r in rows}
    if retry - seen:
        rows += await qi.read_invoices(ctx.qbo, sorted(retry - seen))
    if on_read is not None:
        on_read()
    if before_writes is not None:
        await before_writes()
    keys = _KeyProperty()
    done = 0

    async def page(start: int) -> None:
        nonlocal done
        ctx.check_cancel()
        await _page(ctx, settings, rows[start : start + PAGE], retry, whole, keys)
        done += len(rows[start : start + PAGE])
        ctx.progress(OBJECT, done, len(rows), "QuickBooks invoices")

    # A few pages under way at once: each page's calls wait on each other, pages do not
    # (different invoices; a kill loses at most these pages' records, found again by key).
    await hs.side_by_side([page(start) for start in range(0, len(rows), PAGE)], PAGES_IN_FLIGHT)
    if ctx.dry_run:
        return
    next_mark = tracker.result()
    store.save_mark(QBO, next_mark, full=whole)
    echoes.remember(
        OBJECT, QBO, next_mark, (tracker.versions, echoes.written_qbo(ctx.qbo, "Invoice"))
    )
