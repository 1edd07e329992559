"""What a chunk of HubSpot invoices is decided with (outbound): the QuickBooks customers
and items their contacts and products are linked to, QuickBooks' invoice settings, the
"Custom line item" and the tax mapping (these three asked once a run, on first need), and
QuickBooks' current SyncToken of the invoices to update or void."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable, Mapping, Sequence

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
from qbsync_desktop.core.sync.invoices import store
from qbsync_desktop.core.sync.invoices.outbound_plan import Decided, decide, void_send
from qbsync_desktop.core.sync.invoices.outbound_read import Seen, with_lines
from qbsync_desktop.core.sync.invoices.outbound_write import Send
from qbsync_desktop.core.sync.invoices.store import Outcome
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.own_run import OwnRun
from qbsync_desktop.core.sync.planned_links import is_new

CUSTOM_LINE_ITEM = "Custom line item"
NEW_ITEM = "new"  # the dry run's stand-in id for a custom line item about to be made


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


def custom_mappings(settings: ObjectSettings) -> dict[str, str]:
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
        known = {c for c in linked.values() if not is_new(c)}  # a dry run's new: none yet
        for row in await qbo_by_ids(qbo, "Customer", known):
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


class RunFacts:
    """What every chunk of a run decides with, asked once on first need: QuickBooks'
    invoice settings, the "Custom line item" and the tax mapping. Chunks are decided side
    by side: each is asked under its own lock (two chunks never make two custom items)."""

    def __init__(self, ctx: OwnRun, settings: ObjectSettings) -> None:
        self.ctx, self.settings = ctx, settings
        self.custom = custom_mappings(settings)
        self._facts: QboFacts | None = None
        self._item: tuple[str | None] | None = None
        self._tax: TaxMapping | None = None
        self._locks = {name: asyncio.Lock() for name in ("facts", "item", "tax")}

    async def facts(self) -> QboFacts:
        async with self._locks["facts"]:
            if self._facts is None:
                self._facts = await invoice_preferences(self.ctx.qbo)
            return self._facts

    async def custom_line_item(self) -> str | None:
        async with self._locks["item"]:
            if self._item is None:
                account = self.settings.option("custom_line_item_account")
                item = await _custom_line_item(self.ctx.qbo, account, self.ctx.dry_run)
                self._item = (item,)
            return self._item[0]

    async def tax(self) -> TaxMapping:
        async with self._locks["tax"]:
            if self._tax is None:
                self._tax = await _tax(self.ctx.qbo, await self.facts(), self.settings)
            return self._tax

    @property
    def custom_numbers(self) -> bool:
        """Whether HubSpot's numbers go to QuickBooks (else QuickBooks' come back)."""
        return self._facts is None or self._facts.custom_txn_numbers


async def decide_chunk(
    run: RunFacts, candidates: Sequence[tuple[Seen, store.InvoiceLink | None]]
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


async def with_tokens(
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
