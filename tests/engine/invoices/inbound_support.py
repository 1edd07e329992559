"""Inbound invoice tests: run `sync_inbound` against both sandboxes over real HTTP, inside
the profile's database, with a run context like the engine's; look at both services."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.hubspot_invoices import (
    INVOICE_PROPERTIES,
    LINE_ITEM_PROPERTIES,
    read_associations,
    read_line_items,
)
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.store import SyncRun, open_database
from qbsync_desktop.core.sync.events import RunSummary
from qbsync_desktop.core.sync.invoices.inbound import sync_inbound
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.own_run import OwnRun
from qbsync_desktop.core.sync.settings import SyncSettings
from tests.engine.conftest import Synced

WRITE_METHODS = ("POST", "PATCH", "PUT", "DELETE")


def own_run(
    hubspot: HubSpotClient, qbo: QboClient, run_id: int, dry_run: bool = False, full: bool = False
) -> OwnRun:
    """The context the engine gives a type's own run, with progress and cancel left idle."""
    summary = RunSummary(run_id, dry_run=dry_run)
    return OwnRun(hubspot, qbo, SyncSettings(), run_id, dry_run, full, summary, _idle, lambda: None)


def _idle(obj: str, done: int, total: int | None, message: str) -> None:
    return None


def inbound(synced: Synced, *, dry_run: bool = False, full: bool = False, **options: Any) -> OwnRun:
    """One inbound pass with these invoice options (`inbound_created_after`...)."""
    settings = ObjectSettings(direction="to_hubspot", own=dict(options))

    async def go() -> OwnRun:
        async with synced.connections.http_factory() as http:  # watched by `Calls`
            hubspot, qbo = synced.connections.clients(synced.profile, http)
            run = own_run(hubspot, qbo, SyncRun.create(dry_run=dry_run).id, dry_run, full)
            await sync_inbound(run, settings)
            return run

    db = open_database(synced.paths.database_file(synced.profile))
    try:
        return asyncio.run(go())
    finally:
        db.close()


class Calls:
    """The requests the profile's clients send while watched, by service and method."""

    def __init__(self, synced: Synced) -> None:
        self.synced = synced
        self.sent: list[tuple[str, str, str]] = []  # (host:port, method, path)

    async def hook(self, request: httpx.Request) -> None:
        hubspot_port = httpx.URL(self.synced.sandboxes.hubspot.base_url).port
        service = "hubspot" if request.url.port == hubspot_port else "quickbooks"
        self.sent.append((service, request.method, request.url.path))

    def writes(self, service: str) -> list[tuple[str, str]]:
        """Requests that change something (reads by POST, search and batch read, left out)."""
        return [
            (m, p)
            for s, m, p in self.sent
            if s == service and m in WRITE_METHODS and not _is_read(p)
        ]


def _is_read(path: str) -> bool:
    return path.endswith(("/search", "/batch/read")) or "/query" in path or "/cdc" in path


def qbo_invoices(synced: Synced) -> list[dict[str, Any]]:
    async def go(hubspot: Any, qbo: Any) -> list[dict[str, Any]]:
        return [r async for r in qbo.iter_query("Invoice")]

    return synced.api(go)  # type: ignore[no-any-return]


def hubspot_invoices(synced: Synced) -> list[Any]:
    async def go(hubspot: Any, qbo: Any) -> list[Any]:
        return [o async for o in hubspot.iter_objects("invoices", list(INVOICE_PROPERTIES))]

    return synced.api(go)  # type: ignore[no-any-return]


def invoice_by_key(synced: Synced, key: str) -> Any:
    found = [o for o in hubspot_invoices(synced) if o.properties.get("qbsync_key") == key]
    assert len(found) <= 1, f"{key} made {len(found)} times"
    return found[0] if found else None


def links_of(synced: Synced, invoice_id: str, to_type: str) -> list[str]:
    async def go(hubspot: Any, qbo: Any) -> list[str]:
        return (await read_associations(hubspot, "invoices", [invoice_id], to_type))[invoice_id]

    return synced.api(go)  # type: ignore[no-any-return]


def lines_of(synced: Synced, invoice_id: str) -> list[Any]:
    ids = links_of(synced, invoice_id, "line_items")

    async def go(hubspot: Any, qbo: Any) -> list[Any]:
        return await read_line_items(hubspot, ids, LINE_ITEM_PROPERTIES)

    return synced.api(go)  # type: ignore[no-any-return]


def edit_invoice(
    synced: Synced, invoice_id: str, change: Callable[[dict[str, Any]], None]
) -> dict[str, Any]:
    """A full update of one QBO invoice (its lines replaced) on its current SyncToken."""

    async def go(hubspot: Any, qbo: Any) -> dict[str, Any]:
        body = await qbo.read("Invoice", invoice_id)
        change(body)
        return await qbo.update(  # type: ignore[no-any-return]
            "Invoice", body, request_id=uuid.uuid4().hex, sparse=False
        )

    return synced.api(go)  # type: ignore[no-any-return]


def qbo_call(synced: Synced, op: str, invoice_id: str) -> dict[str, Any]:
    """Void or delete one QBO invoice."""

    async def go(hubspot: Any, qbo: Any) -> dict[str, Any]:
        fresh = await qbo.read("Invoice", invoice_id)
        fn = qbo.void if op == "void" else qbo.delete
        return await fn(  # type: ignore[no-any-return]
            "Invoice", invoice_id, fresh["SyncToken"], request_id=uuid.uuid4().hex
        )

    return synced.api(go)  # type: ignore[no-any-return]


def sales_lines(invoice: dict[str, Any]) -> list[dict[str, Any]]:
    return [ln for ln in invoice.get("Line") or [] if ln.get("DetailType") == "SalesItemLineDetail"]
