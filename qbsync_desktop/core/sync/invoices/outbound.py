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
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from qbsync_desktop.core.connectors.qbo import QboClient, quote_literal
from qbsync_desktop.core.connectors.qbo_fields import CUSTOM_FIELD  # CustomField:<slot>
from qbsync_desktop.core.connectors.qbo_invoices import (
    doc_number_holders,
    find_or_create_item,
    invoice_preferences,
    read_invoices,
    tax_codes,
)
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.changes import qbo_by_ids, qbo_by_values
from qbsync_desktop.core.sync.invoice_rules import (
    CustomerMatch,
    DocHolder,
    HsInvoice,
    OutboundContext,
    QboFacts,
    QboTaxCode,
    TaxMapping,
)
from qbsync_desktop.core.sync.invoices import outbound_write, store
from qbsync_desktop.core.sync.invoices.outbound_plan import (
    Decided,
    decide,
    plan_of,
    sort_changed,
    void_send,
)
from qbsync_desktop.core.sync.invoices.outbound_pools import all_or_none
from qbsync_desktop.core.sync.invoices.outbound_problems import RETRIED_EACH_RUN
from qbsync_desktop.core.sync.invoices.outbound_read import (
    Seen,
    changed_chunks,
    parse_moment,
    with_lines,
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

CUSTOM_LINE_ITEM = "Custom line item"
# Invoices read, decided and handed to the writers together: QuickBooks' first writes go
# out while later pages are still read (an initial sync's floor needs them from the start).
CHUNK = 300
NEW_ITEM = "new"  # the dry run's stand-in id for a custom line item about to be made


@dataclass(frozen=True)
class Backfill:
    """An explicit send of older invoices: those created on or after `since`, whatever
    the "changed after switch-on" filter says (the other fixed filters still hold)."""

    since: datetime


class _Customers:
    def __init__(
        self,
        linked: Mapping[str, str],
        likely: Mapping[str, str],
        currencies: Mapping[str, str],
    ) -> None:
        self.linked, self.likely, self.currencies = linked, likely, currencies

    def customer(self, contact_id: str) -> CustomerMatch:
        found = self.linked.get(contact_id)
        if found is None:
            return CustomerMatch(None, self.likely.get(contact_id))
        return CustomerMatch(found, None, self.currencies.get(found))


class _Items:
    def __init__(self, linked: Mapping[str, str]) -> None:
        self.linked = linked

    def item_id(self, product_id: str) -> str | None:
        return self.linked.get(product_id)


def _custom_mappings(settings: ObjectSettings) -> dict[str, str]:
    """HubSpot invoice property -> QuickBooks custom field slot, from the custom mappings."""
    return {
        c.hubspot_property: c.qbo_field[len(CUSTOM_FIELD) :]
        for c in settings.custom
        if c.qbo_field.startswith(CUSTOM_FIELD)
    }


async def _customers(qbo: QboClient, invoices: Iterable[HsInvoice], facts: QboFacts) -> _Customers:
    """Customers by the contact links; for contacts without one, a QuickBooks customer
    with the contact's name as the likely match (E1)."""
    invs = list(invoices)
    linked = store.parent_links(store.CUSTOMERS, "hubspot", (i.contact_id or "" for i in invs))
    names = {
        i.contact_id: i.contact_name
        for i in invs
        if i.contact_id and i.contact_id not in linked and i.contact_name
    }
    likely: dict[str, str] = {}
    if names:
        rows = await qbo_by_values(qbo, "Customer", "DisplayName", set(names.values()))
        by_name = {str(r.get("DisplayName") or "").casefold(): str(r["DisplayName"]) for r in rows}
        likely = {c: by_name[n.casefold()] for c, n in names.items() if n.casefold() in by_name}
    currencies: dict[str, str] = {}
    if facts.multicurrency and linked:
        for row in await qbo_by_ids(qbo, "Customer", set(linked.values())):
            code = (row.get("CurrencyRef") or {}).get("value")
            if code:
                currencies[str(row["Id"])] = str(code)
    return _Customers(linked, likely, currencies)


async def _custom_line_item(qbo: QboClient, account: str | None, dry_run: bool) -> str | None:
    """The "Custom line item" QuickBooks item: found by name (made once, then reused), made
    with the chosen income account on first need; None while it cannot be made."""
    where = f"Name = {quote_literal(CUSTOM_LINE_ITEM)} AND Active IN (true, false)"
    rows = await qbo.query(f"SELECT * FROM Item WHERE {where}")
    active = rows and rows[0].get("Active", True) is not False
    if active or (rows and dry_run):
        return str(rows[0]["Id"])
    if not account:
        return None
    if dry_run:
        return NEW_ITEM
    item = await find_or_create_item(qbo, CUSTOM_LINE_ITEM, account, uuid.uuid4().hex)
    return str(item["Id"])


async def _tax(qbo: QboClient, facts: QboFacts, settings: ObjectSettings) -> TaxMapping:
    """Non-US companies: HubSpot tax rate id -> QuickBooks tax code, as the settings map
    them (the rate "" maps lines without a HubSpot rate)."""
    if facts.is_us:
        return TaxMapping()
    chosen: dict[str, str] = dict(settings.option("tax_map") or {})
    codes = {c.id: QboTaxCode(c.id, c.percent) for c in await tax_codes(qbo)}
    mapped = {rate: codes[code] for rate, code in chosen.items() if rate and code in codes}
    return TaxMapping(mapped, codes.get(chosen.get("", "")))


def _needs_item(invoices: Iterable[HsInvoice], items: _Items) -> bool:
    return any(
        not line.product_id or items.item_id(line.product_id) is None
        for inv in invoices
        for line in inv.lines
    )


async def _holders(
    qbo: QboClient, facts: QboFacts, invoices: Iterable[HsInvoice], dry_run: bool
) -> dict[str, DocHolder]:
    """E6 predicted by a dry run: who holds the numbers we would send (custom numbers
    only). A real run lets QuickBooks refuse a taken number (6140) and asks who holds it
    then: 2 queries per 100 invoices saved on every run."""
    if not facts.custom_txn_numbers or not dry_run:
        return {}
    numbers = [i.number for i in invoices if i.number]
    return await doc_number_holders(qbo, numbers) if numbers else {}


class _RunFacts:
    """What every chunk of a run decides with, asked once on first need: QuickBooks'
    invoice settings, the "Custom line item" and the tax mapping."""

    def __init__(self, ctx: OwnRun, settings: ObjectSettings) -> None:
        self.ctx, self.settings = ctx, settings
        self.custom = _custom_mappings(settings)
        self._facts: QboFacts | None = None
        self._item: tuple[str | None] | None = None
        self._tax: TaxMapping | None = None

    async def facts(self) -> QboFacts:
        if self._facts is None:
            self._facts = await invoice_preferences(self.ctx.qbo)
        return self._facts

    async def custom_line_item(self) -> str | None:
        if self._item is None:
            account = self.settings.option("custom_line_item_account")
            self._item = (await _custom_line_item(self.ctx.qbo, account, self.ctx.dry_run),)
        return self._item[0]

    async def tax(self) -> TaxMapping:
        if self._tax is None:
            self._tax = await _tax(self.ctx.qbo, await self.facts(), self.settings)
        return self._tax

    @property
    def custom_numbers(self) -> bool:
        """Whether HubSpot's numbers go to QuickBooks (else QuickBooks' come back)."""
        return self._facts is None or self._facts.custom_txn_numbers


async def _decide(
    run: _RunFacts, candidates: Sequence[tuple[Seen, store.InvoiceLink | None]]
) -> Decided:
    """What to do with the invoices that may go."""
    if not candidates:
        return Decided()
    ctx, settings = run.ctx, run.settings
    service_date = settings.option("service_date_property") or None
    invoices = await with_lines(
        ctx.hubspot, [s for s, _ in candidates], service_date, list(run.custom)
    )
    facts = await run.facts()
    customers = await _customers(ctx.qbo, invoices.values(), facts)
    products = (line.product_id or "" for inv in invoices.values() for line in inv.lines)
    items = _Items(store.parent_links(store.ITEMS, "hubspot", products))
    item_id = None
    if _needs_item(invoices.values(), items):
        item_id = await run.custom_line_item()
    rules = OutboundContext(facts, customers, items, item_id, await run.tax(), run.custom)
    holders = await _holders(ctx.qbo, facts, invoices.values(), ctx.dry_run)
    return decide(candidates, invoices, rules, holders)


async def _with_tokens(
    qbo: QboClient, sends: list[Send], voids: list[tuple[Seen, store.InvoiceLink]]
) -> tuple[list[Send], list[Outcome]]:
    """Updates and voids go with QuickBooks' current SyncToken; an invoice deleted in
    QuickBooks is shown as such (never recreated)."""
    ids = [str(s.body["Id"]) for s in sends if s.op == "update"] + [k.qbo_id for _, k in voids]
    current = {str(r["Id"]): r for r in await read_invoices(qbo, ids)} if ids else {}
    out: list[Send] = []
    gone: list[Outcome] = []
    for s in sends:
        if s.op == "create":
            out.append(s)
            continue
        row = current.get(str(s.body["Id"]))
        if row is None:
            gone.append(_deleted(s.hubspot_id, str(s.body["Id"]), s.name, s.number))
        else:
            out.append(Send(**{**vars(s), "body": {**s.body, "SyncToken": row["SyncToken"]}}))
    for seen, link in voids:
        row = current.get(link.qbo_id)
        if row is None:
            gone.append(_deleted(seen.id, link.qbo_id, seen.name, seen.number))
        else:
            out.append(void_send(seen, link, str(row["SyncToken"])))
    return out, gone


def _deleted(hs_id: str, qbo_id: str, name: str, number: str | None) -> Outcome:
    problem = errors.deleted("quickbooks", "invoice")
    return Outcome(hs_id, qbo_id, name, number, "failed", problem, "fail", "to_quickbooks")


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

    run: _RunFacts
    backfill: Backfill | None
    retry: set[str]
    filter_failed: bool  # leave out failures unchanged since they were recorded
    switched_on: datetime | None
    before_writes: Callable[[], Awaitable[object]]
    read: int = 0

    async def decide(self, chunk: list[Seen]) -> list[Send]:
        """Decide one chunk: plan it, record what is left out, return its writes."""
        ctx = self.run.ctx
        self.read += len(chunk)
        ctx.progress(OBJECT, self.read, None, "invoices: read from HubSpot")
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
        decided = await _decide(self.run, sorted_.candidates)
        sends, gone = await _with_tokens(ctx.qbo, decided.sends, sorted_.voids)
        left = [*sorted_.left_out, *decided.failed, *gone]
        ctx.plans.setdefault(OBJECT, Plan(OBJECT)).extend(
            plan_of(sends, left, {s.id: s for s in chunk})
        )
        # A QuickBooks-made invoice's state is inbound's to record (synced, or E4/E5):
        # outbound only says in its plan why it leaves the invoice alone.
        left = [o for o in left if o.problem is None or o.problem.code != FROM_QUICKBOOKS]
        _count(ctx, left)
        if ctx.dry_run:
            ctx.summary.created["quickbooks"] += sum(1 for s in sends if s.op == "create")
            ctx.summary.updated["quickbooks"] += sum(1 for s in sends if s.op != "create")
            return []
        await self.before_writes()
        ctx.check_cancel()
        store.record_outcomes(ctx.run_id, [*left, *_resolved(decided.unchanged)])
        return sends


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

    Three stages side by side: reading HubSpot's changed invoices in chunks, deciding each
    chunk (its lines, contacts, rules), and writing the decided ones to QuickBooks. Each
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
    run = _RunFacts(ctx, settings)
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

    async def decide_all() -> None:
        try:
            while (chunk := await decided.get()) is not None:
                writer.add(await chunks.decide(chunk), run.custom_numbers)
        finally:
            writer.close()

    async def write() -> None:
        if not ctx.dry_run:
            await chunks.before_writes()
            await writer.run()

    await all_or_none([read(), decide_all(), write()])
    if ctx.dry_run:
        return
    await outbound_write.numbers_to_hubspot(ctx.hubspot, ctx.run_id, writer.written.numbers_back)
    ctx.progress(OBJECT, chunks.read, chunks.read, "invoices: sent to QuickBooks")
    if backfill is None:
        store.save_mark("hubspot", read_start - 1.0, full=since is None, fingerprint=settings_now)


def _created(seen: Seen) -> datetime:
    return parse_moment(seen.obj.properties.get("hs_createdate")) or seen.modified_at


__all__ = ["Backfill", "sync_outbound"]
