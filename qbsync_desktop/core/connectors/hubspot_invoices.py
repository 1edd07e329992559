"""HubSpot invoice calls on an existing `HubSpotClient` (its transport, limits, retries).

Everything goes in batches (never a call per line): batch reads and writes of 100, v4
association batch reads and creates of 100 inputs.

Creates are repeatable: each invoice and line item we make carries our unique key
property (`qbsync_key`, `hasUniqueValue`, hubspot.md 2.10). Line items go by batch upsert
on it. Invoices need their associations in the create (HubSpot's one-shot draft,
hubspot.md 3.6) and upsert takes none, so `create_invoices` first batch-reads the keys
(`idProperty`, consistent, unlike search) and creates only the missing ones; a batch
create that may have reached HubSpot before a crash is then found, not made twice, and
its associations are put in place with v4 default associations (idempotent).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .errors import HubSpotApiError
from .faults import hubspot_error_from
from .hubspot import MAX_BATCH, HsObject, HubSpotClient

KEY_PROPERTY = "qbsync_key"
READS_IN_FLIGHT = 4  # batch reads under way at once
T = TypeVar("T")
# v4 association batch read: HubSpot takes up to 1,000 ids (developer changelog, Feb 2025),
# and so does the bundled sandbox.
ASSOC_READ_MAX = 1000

INVOICE_PROPERTIES = (
    "hs_number",
    "hs_invoice_status",
    "hs_currency",
    "hs_invoice_date",
    "hs_due_date",
    "hs_amount_billed",
    "hs_subtotal",
    "hs_taxes_total",
    "hs_balance_due",
    "hs_purchase_order_number",
    "hs_invoice_source",
    "hs_createdate",
    "hs_lastmodifieddate",
    KEY_PROPERTY,
)
LINE_ITEM_PROPERTIES = (
    "name",
    "description",
    "quantity",
    "price",
    "amount",
    "hs_product_id",
    "hs_sku",
    "hs_tax_rate_group_id",
    "hs_tax_label",
    "hs_tax_amount",
    KEY_PROPERTY,
)
# The records an invoice links to, by HubSpot-defined v4 type id (invoice -> target).
INVOICE_LINK_TYPES = {"contacts": 177, "companies": 179, "deals": 175, "line_items": 409}


def _chunks(values: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _key_definition(group: str) -> dict[str, Any]:
    return {
        "name": KEY_PROPERTY,
        "label": "QuickBooks sync key",
        "description": "Set by qbsync so a repeated create can never make a duplicate.",
        "type": "string",
        "fieldType": "text",
        "groupName": group,
        "hasUniqueValue": True,
    }


async def ensure_key_properties(client: HubSpotClient) -> None:
    """Our unique key property on invoices and line items (made once; a repeat is a 409)."""
    for object_type, group in (
        ("invoices", "invoiceinformation"),
        ("line_items", "lineiteminformation"),
    ):
        if not any(p.get("name") == KEY_PROPERTY for p in await client.properties(object_type)):
            await client.create_property(object_type, _key_definition(group))


# ---- reads ------------------------------------------------------------------------------
# Changed invoices: `core.sync.changes.hubspot_changes(client, "invoices",
# "hs_lastmodifieddate", INVOICE_PROPERTIES, since)` already searches by modified date in
# pages of 200 and restarts its window at HubSpot's 10,000-result cap.


async def side_by_side(coros: Sequence[Awaitable[T]], limit: int = READS_IN_FLIGHT) -> list[T]:
    """The results in order, at most `limit` under way at once (the rate limiter paces
    them; one after another, each call's round trip added up). The first failure cancels
    the rest and is raised as itself."""
    gate = asyncio.Semaphore(limit)

    async def one(coro: Awaitable[T]) -> T:
        async with gate:
            return await coro

    tasks = [asyncio.ensure_future(one(c)) for c in coros]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise


async def _read_all(
    client: HubSpotClient, object_type: str, ids: Sequence[str], properties: Sequence[str]
) -> list[HsObject]:
    chunks = _chunks(list(dict.fromkeys(ids)), MAX_BATCH)
    pages = await side_by_side([client.batch_read(object_type, c, properties) for c in chunks])
    return [obj for page in pages for obj in page.results]


async def read_objects(
    client: HubSpotClient, object_type: str, ids: Sequence[str], properties: Sequence[str]
) -> list[HsObject]:
    """Records of any type by id, 100 a batch read, a few under way at once."""
    return await _read_all(client, object_type, ids, properties)


async def read_invoices(
    client: HubSpotClient, ids: Sequence[str], properties: Sequence[str] = INVOICE_PROPERTIES
) -> list[HsObject]:
    return await _read_all(client, "invoices", ids, properties)


async def read_line_items(
    client: HubSpotClient, ids: Sequence[str], properties: Sequence[str] = LINE_ITEM_PROPERTIES
) -> list[HsObject]:
    return await _read_all(client, "line_items", ids, properties)


async def read_associations(
    client: HubSpotClient, from_type: str, ids: Sequence[str], to_type: str
) -> dict[str, list[str]]:
    """from id -> linked `to_type` ids, by v4 batch read (a record with no links comes back
    as a per-input "not found", which means none). One page of links per record: plenty
    for an invoice's handful of lines and contacts."""
    out: dict[str, list[str]] = {i: [] for i in ids}
    path = f"/crm/v4/associations/{from_type}/{to_type}/batch/read"
    chunks = _chunks(list(dict.fromkeys(ids)), ASSOC_READ_MAX)
    bodies = await side_by_side(
        [
            client.call("POST", path, json={"inputs": [{"id": i} for i in c]}, kind="batch")
            for c in chunks
        ]
    )
    for body in bodies:
        for row in body.get("results") or []:
            fid = str((row.get("from") or {}).get("id"))
            out.setdefault(fid, []).extend(str(t.get("toObjectId")) for t in row.get("to") or [])
    return out


@dataclass
class InvoiceLinks:
    contacts: list[str] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    deals: list[str] = field(default_factory=list)
    line_items: list[str] = field(default_factory=list)


async def invoice_links(client: HubSpotClient, ids: Sequence[str]) -> dict[str, InvoiceLinks]:
    """Each invoice's contacts, companies, deals and line items: 4 calls per 100 invoices."""
    links = {i: InvoiceLinks() for i in ids}
    for to_type in INVOICE_LINK_TYPES:
        for fid, targets in (await read_associations(client, "invoices", ids, to_type)).items():
            setattr(links.setdefault(fid, InvoiceLinks()), to_type, targets)
    return links


async def tax_rates(client: HubSpotClient) -> list[dict[str, Any]]:
    """The account's tax rate library (id, name, label, percentageRate, active)."""
    out: list[dict[str, Any]] = []
    after: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 100, **({"after": after} if after else {})}
        body = await client.call("GET", "/tax-rates/v1/tax-rates", params=params)
        out += [r for r in body.get("results") or [] if isinstance(r, dict)]
        after = ((body.get("paging") or {}).get("next") or {}).get("after")
        if not after:
            return out


# ---- writes ------------------------------------------------------------------------------
@dataclass
class WriteResult:
    results: list[HsObject]
    errors: list[HubSpotApiError]


async def upsert_line_items(
    client: HubSpotClient, lines: Sequence[tuple[str, dict[str, str]]]
) -> WriteResult:
    """Create or update line items by our key: [(key, properties)], 100 a call."""
    out = WriteResult([], [])
    for chunk in _chunks(list(lines), MAX_BATCH):
        inputs = [{"id": key, "properties": {**props, KEY_PROPERTY: key}} for key, props in chunk]
        res = await client.batch_upsert("line_items", inputs, id_property=KEY_PROPERTY)
        out.results += res.results
        out.errors += res.errors
    return out


async def update_objects(
    client: HubSpotClient, object_type: str, updates: Sequence[tuple[str, dict[str, str]]]
) -> WriteResult:
    """Batch update by id: [(id, properties)], 100 a call."""
    out = WriteResult([], [])
    for chunk in _chunks(list(updates), MAX_BATCH):
        inputs = [{"id": oid, "properties": props} for oid, props in chunk]
        res = await client.batch_update(object_type, inputs)
        out.results += res.results
        out.errors += res.errors
    return out


@dataclass
class InvoiceDraft:
    """One invoice to create as a draft, with the records it links to."""

    key: str
    properties: dict[str, str]
    contacts: list[str] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    deals: list[str] = field(default_factory=list)
    line_items: list[str] = field(default_factory=list)

    def targets(self) -> list[tuple[str, str]]:
        return [(t, i) for t in INVOICE_LINK_TYPES for i in getattr(self, t)]


async def create_invoices(client: HubSpotClient, drafts: Sequence[InvoiceDraft]) -> WriteResult:
    """Create draft invoices with their associations; safe to repeat (see the module note).

    Per 100 invoices: 1 batch read of the keys, 1 batch create of the missing ones, and
    for invoices found already there 1 v4 default-association call per linked type."""
    out = WriteResult([], [])
    for chunk in _chunks(list(drafts), MAX_BATCH):
        found = await client.batch_read(
            "invoices", [d.key for d in chunk], INVOICE_PROPERTIES, id_property=KEY_PROPERTY
        )
        by_key = {o.properties.get(KEY_PROPERTY): o for o in found.results}
        missing = [d for d in chunk if d.key not in by_key]
        inputs = [
            {
                "properties": {**d.properties, KEY_PROPERTY: d.key},
                "associations": [
                    {
                        "to": {"id": target_id},
                        "types": [
                            {
                                "associationCategory": "HUBSPOT_DEFINED",
                                "associationTypeId": INVOICE_LINK_TYPES[to_type],
                            }
                        ],
                    }
                    for to_type, target_id in d.targets()
                ],
            }
            for d in missing
        ]
        created = await client.batch_create("invoices", inputs)
        out.results += created.results
        out.errors += created.errors
        again = [d for d in chunk if d.key in by_key]
        for to_type in INVOICE_LINK_TYPES:
            pairs = [(by_key[d.key].id, t) for d in again for t in getattr(d, to_type)]
            out.errors += await associate_default(client, "invoices", to_type, pairs)
        out.results += [by_key[d.key] for d in again]
    return out


async def associate_default(
    client: HubSpotClient, from_type: str, to_type: str, pairs: Sequence[tuple[str, str]]
) -> list[HubSpotApiError]:
    """v4 default (unlabelled) associations, 100 pairs a call; repeating one is harmless."""
    errors: list[HubSpotApiError] = []
    for chunk in _chunks(list(pairs), MAX_BATCH):
        body = await client.call(
            "POST",
            f"/crm/v4/associations/{from_type}/{to_type}/batch/associate/default",
            json={"inputs": [{"from": {"id": f}, "to": {"id": t}} for f, t in chunk]},
            kind="batch",
        )
        errors += [hubspot_error_from(e, 207) for e in body.get("errors") or []]
    return errors


async def set_invoice_status(client: HubSpotClient, ids: Sequence[str], status: str) -> WriteResult:
    """Finalise (`open`) or void (`voided`) invoices, 100 a call."""
    return await update_objects(
        client, "invoices", [(i, {"hs_invoice_status": status}) for i in ids]
    )


async def finalise_invoices(client: HubSpotClient, ids: Sequence[str]) -> WriteResult:
    return await set_invoice_status(client, ids, "open")


async def void_invoices(client: HubSpotClient, ids: Sequence[str]) -> WriteResult:
    return await set_invoice_status(client, ids, "voided")
