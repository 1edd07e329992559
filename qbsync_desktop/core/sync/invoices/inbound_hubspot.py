"""HubSpot's side of inbound invoices: put QuickBooks-made invoices in HubSpot and keep them
following QuickBooks, always in batch calls (never one call per line or per invoice).

Every invoice and line item made here carries our unique key (`invoice_key`/`line_key`),
so a run killed at any point and run again finds what the first one made: line items are
upserted by key, and `create_invoices` reads the keys before it creates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from qbsync_desktop.core.connectors import hubspot_invoices as hs
from qbsync_desktop.core.connectors.errors import HubSpotApiError
from qbsync_desktop.core.connectors.hubspot import HsObject, HubSpotClient
from qbsync_desktop.core.sync import archivals, errors
from qbsync_desktop.core.sync.changes import parse_instant
from qbsync_desktop.core.sync.invoice_inbound import InboundInvoice, InboundLine
from qbsync_desktop.core.sync.problems import Problem

KEY = hs.KEY_PROPERTY
LOCKED = ("voided", "paid")  # HubSpot keeps these as they are (hubspot.md 3.9)


def _problem(errs: Sequence[HubSpotApiError]) -> Problem:
    return errors.explain(errs[0], service="hubspot") if errs else errors.service_error("hubspot")


def _same_value(name: str, ours: str | None, theirs: str | None) -> bool:
    """HubSpot answers numbers and datetimes in its own spelling: compare what they mean."""
    if name in ("quantity", "price"):
        try:
            return Decimal(ours or "0") == Decimal(theirs or "0")
        except InvalidOperation:
            return ours == theirs
    if name in ("hs_invoice_date", "hs_due_date"):
        return parse_instant(ours) == parse_instant(theirs)
    return (ours or "") == (theirs or "")


def changed_properties(wanted: dict[str, str], current: HsObject) -> dict[str, str]:
    return {k: v for k, v in wanted.items() if not _same_value(k, v, current.properties.get(k))}


# ---- create ---------------------------------------------------------------------------------
@dataclass
class Outcome:
    """What happened to one invoice in HubSpot: its id, the total HubSpot billed (when it
    said), or the problem that stopped it."""

    hubspot_id: str | None = None
    total: str | None = None
    problem: Problem | None = None


async def _upsert_lines(
    client: HubSpotClient, lines: Iterable[InboundLine]
) -> tuple[dict[str, str], Problem | None]:
    """Line items by key -> their HubSpot ids (a key missing from the answer failed)."""
    wanted = [(line.key, line.properties) for line in lines]
    if not wanted:
        return {}, None
    res = await hs.upsert_line_items(client, wanted)
    ids = {str(o.properties.get(KEY)): o.id for o in res.results}
    return ids, (_problem(res.errors) if res.errors else None)


async def create(client: HubSpotClient, invoices: Sequence[InboundInvoice]) -> dict[str, Outcome]:
    """Create each invoice (key -> outcome): its line items, then the draft with its contact,
    company and lines, then its status (open, or voided as QuickBooks has it)."""
    out: dict[str, Outcome] = {}
    line_ids, line_problem = await _upsert_lines(client, (ln for i in invoices for ln in i.lines))
    drafts = []
    for inv in invoices:
        if any(ln.key not in line_ids for ln in inv.lines):
            out[inv.key] = Outcome(problem=line_problem or errors.service_error("hubspot"))
            continue
        drafts.append(
            hs.InvoiceDraft(
                inv.key,
                dict(inv.properties),
                contacts=[inv.contact_id] if inv.contact_id else [],
                companies=[inv.company_id] if inv.company_id else [],
                line_items=[line_ids[ln.key] for ln in inv.lines],
            )
        )
    made = await hs.create_invoices(client, drafts) if drafts else hs.WriteResult([], [])
    archivals.note_live("invoices", made.results)  # linked now: the archivals' check must know
    by_key = {str(o.properties.get(KEY)): o for o in made.results}
    status_of = {inv.key: inv.status for inv in invoices}
    for draft in drafts:
        obj = by_key.get(draft.key)
        if obj is None:
            out[draft.key] = Outcome(problem=_problem(made.errors))
            continue
        out[draft.key] = Outcome(obj.id, obj.properties.get("hs_amount_billed"))
    await _set_status(client, [(by_key[k], status_of[k], out[k]) for k in by_key if k in out])
    return out


async def _set_status(
    client: HubSpotClient, wanted: Sequence[tuple[HsObject, str, Outcome]]
) -> None:
    """Move invoices to the status QuickBooks has (a repeat after a crash changes nothing)."""
    for status in ("open", "voided"):
        todo = [
            (obj, o)
            for obj, want, o in wanted
            if want == status
            and o.problem is None
            and obj.properties.get("hs_invoice_status") != status
        ]
        if not todo:
            continue
        res = await hs.set_invoice_status(client, [obj.id for obj, _ in todo], status)
        done = {o.id: o for o in res.results}
        for obj, outcome in todo:
            answer = done.get(obj.id)
            if answer is None:
                outcome.problem = _problem(res.errors)
            else:
                outcome.total = answer.properties.get("hs_amount_billed") or outcome.total


# ---- follow an edit made in QuickBooks --------------------------------------------------------
@dataclass
class Current:
    """A linked HubSpot invoice as it is now, with its line items."""

    invoice: HsObject
    lines: list[HsObject]

    @property
    def locked(self) -> bool:
        return self.invoice.properties.get("hs_invoice_status") in LOCKED


async def read_current(
    client: HubSpotClient, ids: Sequence[str], extra: Sequence[str] = ()
) -> dict[str, Current]:
    """Linked invoices (with the `extra` properties custom mappings fill) and their line
    items: 3 calls per 100 invoices (plus line reads)."""
    if not ids:
        return {}
    props = [*hs.INVOICE_PROPERTIES, *extra]
    invoices = {o.id: o for o in await hs.read_invoices(client, ids, props)}
    line_ids = await hs.read_associations(client, "invoices", list(invoices), "line_items")
    lines = {
        o.id: o for o in await hs.read_line_items(client, [i for v in line_ids.values() for i in v])
    }
    return {
        iid: Current(obj, [lines[i] for i in line_ids.get(iid, []) if i in lines])
        for iid, obj in invoices.items()
    }


@dataclass
class Edit:
    """What one linked invoice needs to follow QuickBooks."""

    hubspot_id: str
    properties: dict[str, str]
    upserts: list[InboundLine]  # changed or added lines
    added: list[str]  # keys of added lines (to associate once they exist)
    removed: list[str]  # HubSpot ids of line items QuickBooks no longer has
    status: str | None  # the new status, when it changes

    @property
    def empty(self) -> bool:
        return not (self.properties or self.upserts or self.removed or self.status)

    def as_values(self) -> dict[str, str | None]:
        """The edit as the dry-run view lists changes (property -> new value)."""
        values: dict[str, str | None] = dict(self.properties)
        if self.upserts or self.removed:
            names = [ln.properties.get("name", "") for ln in self.upserts]
            values["line_items"] = f"{', '.join(names)} (removed: {len(self.removed)})"
        if self.status:
            values["hs_invoice_status"] = self.status
        return values


def plan_edit(inv: InboundInvoice, current: Current) -> Edit:
    """The changes that bring a linked invoice to what QuickBooks has now. A voided one is
    only voided (HubSpot freezes its amounts); a voided or paid HubSpot invoice is left."""
    hid = current.invoice.id
    if current.locked:
        return Edit(hid, {}, [], [], [], None)
    status = current.invoice.properties.get("hs_invoice_status")
    if inv.status == "voided":
        return Edit(hid, {}, [], [], [], "voided")
    have = {str(ln.properties.get(KEY) or ""): ln for ln in current.lines}
    upserts = [
        ln
        for ln in inv.lines
        if ln.key not in have
        or changed_properties({"description": "", **ln.properties}, have[ln.key])
    ]
    added = [ln.key for ln in inv.lines if ln.key not in have]
    keep = {ln.key for ln in inv.lines}
    removed = [obj.id for key, obj in have.items() if key not in keep]
    props = changed_properties(inv.properties, current.invoice)
    props.pop("hs_currency", None)  # fixed once the invoice exists
    return Edit(hid, props, upserts, added, removed, "open" if status == "draft" else None)


async def apply_edits(client: HubSpotClient, edits: Sequence[Edit]) -> dict[str, Outcome]:
    """Apply the edits (hubspot id -> outcome): properties, lines and status in batches."""
    out = {e.hubspot_id: Outcome(e.hubspot_id) for e in edits}
    todo = [e for e in edits if not e.empty]
    props = [(e.hubspot_id, e.properties) for e in todo if e.properties]
    if props:
        res = await hs.update_objects(client, "invoices", props)
        _fail_missing(out, [i for i, _ in props], {o.id for o in res.results}, res.errors)
    line_ids, line_problem = await _upsert_lines(client, (ln for e in todo for ln in e.upserts))
    pairs = []
    for e in todo:
        if any(ln.key not in line_ids for ln in e.upserts):
            out[e.hubspot_id].problem = line_problem or errors.service_error("hubspot")
        pairs += [(e.hubspot_id, line_ids[k]) for k in e.added if k in line_ids]
    if pairs:
        failed = await hs.associate_default(client, "invoices", "line_items", pairs)
        if failed:
            for hid, _ in pairs:
                out[hid].problem = _problem(failed)
    removed = [i for e in todo if out[e.hubspot_id].problem is None for i in e.removed]
    if removed:
        for start in range(0, len(removed), 100):
            await client.batch_archive("line_items", removed[start : start + 100])
    voids = [e.hubspot_id for e in todo if e.status and out[e.hubspot_id].problem is None]
    for status in ("open", "voided"):
        ids = [i for i in voids if next(e for e in todo if e.hubspot_id == i).status == status]
        if ids:
            res = await hs.set_invoice_status(client, ids, status)
            _fail_missing(out, ids, {o.id for o in res.results}, res.errors)
    return out


def _fail_missing(
    out: dict[str, Outcome], ids: Sequence[str], answered: set[str], errs: Sequence[HubSpotApiError]
) -> None:
    for i in ids:
        if i not in answered:
            out[i].problem = _problem(errs)
