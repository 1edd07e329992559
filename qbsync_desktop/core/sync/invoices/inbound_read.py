"""What inbound reads before it decides: QuickBooks invoices changed since the watermark (a
first run reads them all), the failed ones that may pass now, and the records an invoice
points at in HubSpot (the contact linked to its customer, that contact's primary company,
the product linked to each line's item)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from qbsync_desktop.core.connectors import qbo_invoices as qi
from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.store import RecordState
from qbsync_desktop.core.sync import echoes
from qbsync_desktop.core.sync.changes import CDC_WINDOW_S, qbo_since
from qbsync_desktop.core.sync.invoice_inbound import SALES_LINE, created_before
from qbsync_desktop.core.sync.invoices import store
from qbsync_desktop.core.sync.invoices.store import InvoiceLink
from qbsync_desktop.core.sync.planned_links import is_new
from qbsync_desktop.core.sync.problems import RETRIED_BY_THEMSELVES, ProblemCode

# Failed QuickBooks-made invoices read again on every run: their problem passes without a
# change to the invoice (the customer's contact syncs; the service answers again).
RETRIED = (
    ProblemCode.CUSTOMER_UNLINKED.value,
    ProblemCode.CUSTOMER_UNLINKED_LIKELY.value,
    ProblemCode.GONE.value,
    ProblemCode.REFUSED.value,
    *RETRIED_BY_THEMSELVES,
)
ASSOC_CHUNK = 100
PRIMARY_COMPANY = 1  # HubSpot-defined contact -> company type id of the primary company


def _lines(row: dict[str, Any]) -> list[dict[str, Any]]:
    return [ln for ln in row.get("Line") or [] if isinstance(ln, dict)]


def _ref(value: Any) -> str | None:
    return str(value["value"]) if isinstance(value, dict) and value.get("value") else None


async def changed_invoices(
    qbo: QboClient, mark: float | None, now: float, full: bool
) -> tuple[list[dict[str, Any]], bool]:
    """QuickBooks invoices changed since the watermark by change-data-capture, or all of
    them (a first run, a full run, a watermark older than CDC looks back); and whether
    the read was whole."""
    if full or mark is None or now - mark >= CDC_WINDOW_S:
        return [row async for row in qbo.iter_query("Invoice")], True
    since = datetime.fromtimestamp(qbo_since(mark), UTC)
    return await qi.invoices_changed_since(qbo, since), False


def retry_ids(created_after: str) -> set[str]:
    """QuickBooks invoices to decide again though unchanged: failed ones whose problem may
    pass by itself or that the user asked to retry, and those the date filter left out
    when it said another date (the user changed it)."""
    rows = RecordState.select(RecordState.qbo_id).where(
        (RecordState.object == store.OBJECT)
        & RecordState.qbo_id.is_null(False)
        & (RecordState.state == "failed")
        & ((RecordState.retry == True) | RecordState.code.in_(RETRIED))  # noqa: E712
    )
    out = {str(r.qbo_id) for r in rows}
    left_out = RecordState.select(RecordState.qbo_id, RecordState.params).where(
        (RecordState.object == store.OBJECT)
        & (RecordState.code == ProblemCode.CREATED_BEFORE.value)
    )
    out |= {
        str(r.qbo_id) for r in left_out if created_before(created_after).params_json() != r.params
    }
    return out


@dataclass
class Lookups:
    """The HubSpot records the invoices point at, by QuickBooks id."""

    contacts: dict[str, str]  # QBO customer id -> HubSpot contact id
    companies: dict[str, str]  # HubSpot contact id -> its primary company id
    products: dict[str, str]  # QBO item id -> HubSpot product id

    def contact_for_customer(self, customer: str) -> str | None:
        return self.contacts.get(customer)

    def company_of_contact(self, contact: str) -> str | None:
        return self.companies.get(contact)

    def product_for_item(self, item: str) -> str | None:
        return self.products.get(item)


async def lookups(hubspot: HubSpotClient, rows: Sequence[dict[str, Any]]) -> Lookups:
    customers = [_ref(r.get("CustomerRef")) for r in rows]
    items = [_ref((ln.get(SALES_LINE) or {}).get("ItemRef")) for r in rows for ln in _lines(r)]
    contacts = store.parent_links("contacts", "quickbooks", (c for c in customers if c))
    products = store.parent_links("products", "quickbooks", (i for i in items if i))
    # A contact a dry run would create has no companies to read yet.
    companies = await primary_companies(hubspot, (c for c in contacts.values() if not is_new(c)))
    return Lookups(contacts, companies, products)


async def primary_companies(hubspot: HubSpotClient, contact_ids: Iterable[str]) -> dict[str, str]:
    """Contact -> its primary company (else its first), by v4 batch read: 1 call per 100."""
    ids = sorted(set(contact_ids))
    out: dict[str, str] = {}
    for start in range(0, len(ids), ASSOC_CHUNK):
        chunk = ids[start : start + ASSOC_CHUNK]
        body = await hubspot.call(
            "POST",
            "/crm/v4/associations/contacts/companies/batch/read",
            json={"inputs": [{"id": i} for i in chunk]},
            kind="batch",
        )
        for row in body.get("results") or []:
            contact = str((row.get("from") or {}).get("id"))
            targets = row.get("to") or []
            primary = [
                t
                for t in targets
                if any(
                    (a or {}).get("typeId") == PRIMARY_COMPANY
                    for a in t.get("associationTypes") or []
                )
            ]
            chosen = (primary or targets)[:1]
            if chosen:
                out[contact] = str(chosen[0].get("toObjectId"))
    return out


def fresh(
    rows: Sequence[dict[str, Any]], links: dict[str, InvoiceLink], retry: set[str], whole: bool
) -> list[dict[str, Any]]:
    """The rows that are news: not an echo of our own writes nor a version already handled.
    A whole read passes unlinked invoices again (a changed filter date brings them in)."""
    known = {} if whole else echoes.load_known(store.OBJECT, "quickbooks")
    out = []
    for row in rows:
        qid = str(row.get("Id"))
        link = links.get(qid)
        token = row.get("SyncToken")
        handled = echoes.is_known(known, qid, echoes.qbo_version(row)) or (
            link is not None and token is not None and _not_newer(str(token), link.sync_token)
        )
        if qid in retry or not handled or str(row.get("status", "")).lower() == "deleted":
            out.append(row)
    return out


def _not_newer(token: str, linked: str | None) -> bool:
    """Whether a row read is the version the link holds or an older one (outbound may have
    written the invoice since inbound read it: an older row is no QuickBooks edit)."""
    if linked is None:
        return False
    if token.isdigit() and linked.isdigit():
        return int(token) <= int(linked)
    return token == linked
