"""Reading HubSpot invoices for outbound: which changed (search on the modified date, or
the whole list on a full read), then, for those that may go, their lines and contact in
batch calls (never one call per invoice or line)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from qbsync_desktop.core.connectors.hubspot import MAX_BATCH, HsObject, HubSpotClient
from qbsync_desktop.core.connectors.hubspot_invoices import (
    INVOICE_PROPERTIES,
    LINE_ITEM_PROPERTIES,
    read_associations,
    read_line_items,
    read_objects,
    side_by_side,
)
from qbsync_desktop.core.sync import archivals
from qbsync_desktop.core.sync.changes import hubspot_changes, hubspot_stamp
from qbsync_desktop.core.sync.invoice_rules import HsInvoice, hs_line, hubspot_date

MODIFIED = "hs_lastmodifieddate"
# Our own invoice property holding QuickBooks' number when QuickBooks numbers invoices.
QBO_NUMBER_PROPERTY = "qbsync_quickbooks_number"
CONTACT_PROPERTIES = ("firstname", "lastname", "email")


@dataclass(frozen=True)
class Seen:
    """A HubSpot invoice as the change read gives it (before its lines are read)."""

    obj: HsObject
    modified_at: datetime

    @property
    def id(self) -> str:
        return self.obj.id

    @property
    def status(self) -> str:
        return (self.obj.properties.get("hs_invoice_status") or "draft").lower()

    @property
    def number(self) -> str | None:
        return self.obj.properties.get("hs_number") or None

    @property
    def name(self) -> str:
        return self.number or f"#{self.obj.id}"


def invoice_properties(extra: Sequence[str]) -> list[str]:
    return sorted({*INVOICE_PROPERTIES, QBO_NUMBER_PROPERTY, *extra})


def _seen(obj: HsObject) -> Seen:
    stamp = hubspot_stamp(obj, MODIFIED) or 0.0
    return Seen(obj, datetime.fromtimestamp(stamp, UTC))


async def changed_chunks(
    hubspot: HubSpotClient,
    since: float | None,
    extra: Sequence[str],
    also: Sequence[str],
    size: int,
) -> AsyncIterator[list[Seen]]:
    """Invoices modified since `since` (all of them when None), plus the ids in `also`
    (failures tried again whatever changed), each once, in chunks of `size` as they are
    read: the first chunk is decided and written while later pages are still coming."""
    props = invoice_properties(extra)
    given: set[str] = set()
    chunk: list[Seen] = []
    source = (
        hubspot.iter_objects("invoices", props)
        if since is None
        else hubspot_changes(hubspot, "invoices", MODIFIED, props, since)
    )
    async for obj in source:
        if obj.id not in given:
            given.add(obj.id)
            chunk.append(_seen(obj))
        if len(chunk) >= size:
            yield _known(chunk)
            chunk = []
    missing = [i for i in dict.fromkeys(also) if i not in given]
    for start in range(0, len(missing), MAX_BATCH):
        res = await hubspot.batch_read("invoices", missing[start : start + MAX_BATCH], props)
        chunk += [_seen(obj) for obj in res.results]
    if chunk:
        yield _known(chunk)


def _known(chunk: list[Seen]) -> list[Seen]:
    """Read live and maybe linked now: the archivals' check must know them."""
    archivals.note_live("invoices", [s.obj for s in chunk])
    return chunk


def _money(value: str | None) -> Decimal:
    try:
        return Decimal(value) if value else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def _contact_name(obj: HsObject | None) -> str:
    if obj is None:
        return ""
    p = obj.properties
    return " ".join(x for x in (p.get("firstname"), p.get("lastname")) if x).strip()


async def with_lines(
    hubspot: HubSpotClient,
    invoices: Sequence[Seen],
    service_date_property: str | None,
    custom_properties: Sequence[str],
) -> dict[str, HsInvoice]:
    """The invoices with their lines and contact, as the rules take them. Per 100 invoices:
    2 association reads, a line-item read per 100 lines, 1 contact read."""
    ids = [s.id for s in invoices]
    if not ids:
        return {}
    contacts_of, lines_of = await side_by_side(
        [
            read_associations(hubspot, "invoices", ids, "contacts"),
            read_associations(hubspot, "invoices", ids, "line_items"),
        ]
    )
    line_props = [
        *LINE_ITEM_PROPERTIES,
        *([service_date_property] if service_date_property else []),
    ]
    line_ids = [i for s in invoices for i in lines_of.get(s.id, [])]
    contact_ids = list(dict.fromkeys(c[0] for c in contacts_of.values() if c))
    # Lines and contacts read side by side: each is a batch read per 100.
    lines_read, contacts_read = await side_by_side(
        [
            read_line_items(hubspot, line_ids, line_props),
            read_objects(hubspot, "contacts", contact_ids, CONTACT_PROPERTIES),
        ]
    )
    lines = {o.id: o for o in lines_read}
    contacts = {o.id: o for o in contacts_read}
    out: dict[str, HsInvoice] = {}
    for seen in invoices:
        p = seen.obj.properties
        contact_id = next(iter(contacts_of.get(seen.id) or []), None)
        contact = contacts.get(contact_id) if contact_id else None
        own_lines = sorted(
            (lines[i] for i in lines_of.get(seen.id, []) if i in lines), key=lambda o: int(o.id)
        )
        out[seen.id] = HsInvoice(
            id=seen.id,
            status=seen.status,
            currency=p.get("hs_currency") or "",
            invoice_date=hubspot_date(p.get("hs_invoice_date")) or seen.modified_at.date(),
            billed=_money(p.get("hs_amount_billed")),
            lines=tuple(hs_line(o.id, o.properties, service_date_property) for o in own_lines),
            contact_id=contact_id,
            contact_name=_contact_name(contact),
            contact_email=(contact.properties.get("email") or "") if contact else "",
            number=seen.number,
            due_date=hubspot_date(p.get("hs_due_date")),
            custom_values={k: v for k in custom_properties if (v := p.get(k))},
        )
    return out


def parse_moment(value: object) -> datetime | None:
    """An ISO date or moment from the settings (`enabled_at`, a backfill's since)."""
    if not value:
        return None
    text = str(value)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(text) == 10:  # a plain date: its start, UTC
        return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
