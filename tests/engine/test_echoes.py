"""The run right after a big write reads only what changed since (issue 11.9): the writing
run's own echoes are known versions, not changes, so they neither cost reads nor trip the
"too many changes" fallback."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from qbsync_desktop.core.store import open_database
from qbsync_desktop.core.sync import echoes
from tests.engine.conftest import Synced

SIZE = 1000
BOTH = ("contacts", "products")


def _object_of(request: httpx.Request) -> str | None:
    """Which object sync a service call is for (None: tokens, control, anything else)."""
    path = request.url.path
    if "/crm/v3/" in path:
        for obj in BOTH:
            if f"/{obj}" in path:
                return obj
        return None
    if "/v3/company/" not in path:
        return None
    text = (request.url.params.get("entities") or "") + request.content.decode(errors="replace")
    if "Customer" in text:
        return "contacts"
    if "Item" in text:
        return "products"
    return None


def _is_write(request: httpx.Request) -> bool:
    path = request.url.path
    if "/crm/v3/objects/" in path:
        return any(path.endswith(f"/batch/{op}") for op in ("create", "update", "upsert"))
    return request.method == "POST" and not path.endswith("/query")


@contextmanager
def per_object(synced: Synced) -> Iterator[Counter[str]]:
    """Calls per "service:object:read|write" while inside."""
    calls: Counter[str] = Counter()

    async def hook(request: httpx.Request) -> None:
        obj = _object_of(request)
        if obj is None:
            return
        service = "quickbooks" if "/v3/company/" in request.url.path else "hubspot"
        calls[f"{service}:{obj}:{'write' if _is_write(request) else 'read'}"] += 1

    with synced.watching(hook):
        yield calls


def change_three_per_side(synced: Synced, tag: str) -> None:
    """Edit 3 linked contacts and 3 linked products in HubSpot, 3 other of each in QBO."""

    async def edit(hubspot: Any, qbo: Any) -> None:
        customers = {
            (c.get("PrimaryEmailAddr") or {}).get("Address", "").lower(): c
            async for c in qbo.iter_query("Customer")
        }
        contacts = [
            o
            async for o in hubspot.iter_objects("contacts", ["email"])
            if (o.properties.get("email") or "").lower() in customers
        ]
        await hubspot.batch_update(
            "contacts",
            [{"id": o.id, "properties": {"city": f"{tag} {o.id}"}} for o in contacts[:3]],
        )
        for o in contacts[3:6]:
            row = customers[(o.properties.get("email") or "").lower()]
            bill = {**(row.get("BillAddr") or {}), "City": f"{tag} q{row['Id']}"}
            await qbo.update(
                "Customer",
                {"Id": row["Id"], "SyncToken": row["SyncToken"], "BillAddr": bill},
                request_id=f"{tag}-c{row['Id']}",
            )
        items = {
            str(i.get("Sku")).lower(): i
            async for i in qbo.iter_query("Item", "Active IN (true,false)")
            if i.get("Sku")
        }
        products = [
            o
            async for o in hubspot.iter_objects("products", ["hs_sku"])
            if (o.properties.get("hs_sku") or "").lower() in items
        ]
        await hubspot.batch_update(
            "products",
            [{"id": o.id, "properties": {"description": f"{tag}"}} for o in products[:3]],
        )
        for o in products[3:6]:
            item = items[(o.properties.get("hs_sku") or "").lower()]
            await qbo.update(
                "Item",
                {"Id": item["Id"], "SyncToken": item["SyncToken"], "Description": tag},
                request_id=f"{tag}-i{item['Id']}",
            )

    synced.api(edit)


def test_run_right_after_an_initial_sync_reads_only_the_new_changes(synced: Synced) -> None:
    _bigger_book(synced)
    first, _ = synced.sync(objects=BOTH)
    assert first.created["hubspot"] > 200 and first.created["quickbooks"] > 200, first

    change_three_per_side(synced, "Echo")  # at once: the initial sync's writes are seconds old
    started = time.monotonic()
    with per_object(synced) as calls:
        summary, _ = synced.sync(objects=BOTH)
    took = time.monotonic() - started
    print(f"run after the initial sync at {SIZE}: {took:.2f} s, calls {dict(calls)}")

    for service in ("hubspot", "quickbooks"):
        for obj in BOTH:
            assert calls[f"{service}:{obj}:read"] <= 2, calls
            assert calls[f"{service}:{obj}:write"] == 1, calls  # the 3 changes, one batch
    assert summary.updated == {"hubspot": 6, "quickbooks": 6}, summary
    assert summary.created == {"hubspot": 0, "quickbooks": 0}, summary


def _bigger_book(synced: Synced) -> None:
    for service in ("hubspot", "quickbooks"):  # the sign-ins stay
        synced.sandboxes.control(service, "seed", {"size": SIZE, "seed": 1})


def test_a_version_we_do_not_know_deep_in_the_window_is_counted_and_read(
    synced: Synced,
) -> None:
    """A record in the window whose version we never saw (as if changed by someone else
    early in the writing run, hundreds of our writes before its end) is not on the newest-
    first page: the count shows it, and the window is read whole, once."""
    _bigger_book(synced)
    synced.sync(objects=BOTH)
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        known = echoes.load_known("contacts", "hubspot")
        oldest = min(known, key=lambda record_id: known[record_id][0])
        del known[oldest]
        echoes.save_known("contacts", "hubspot", known)
    finally:
        db.close()

    with per_object(synced) as calls:
        summary, _ = synced.sync(objects=BOTH)
    assert calls["hubspot:contacts:read"] > 2, calls  # the count did not add up: read whole
    assert summary.writes == 0, summary  # and nothing in it was a change
    with per_object(synced) as calls:
        synced.sync(objects=BOTH)
    assert calls["hubspot:contacts:read"] == 1, calls  # known again


def test_an_edit_made_by_someone_else_during_the_big_run_is_still_read(synced: Synced) -> None:
    """An edit made while the writing run writes, to a contact it read but does not write:
    on the newest-first page its version is not ours, so the window is read whole and the
    edit reaches QuickBooks."""
    _bigger_book(synced)
    emails = {
        (c.get("PrimaryEmailAddr") or {}).get("Address", "").lower() for c in synced.customers()
    }
    # A HubSpot-only contact of the first list page: read early, never written in HubSpot.
    first_page = sorted(synced.contacts(), key=lambda c: int(c.id))[:100]
    lone = next(
        c
        for c in first_page
        if c.properties.get("email") and c.properties["email"].lower() not in emails
    )
    edited: list[str] = []

    def edit(hubspot: Any, qbo: Any) -> Any:
        return hubspot.batch_update("contacts", [{"id": lone.id, "properties": {"city": "Mid"}}])

    async def hook(request: httpx.Request) -> None:
        # Before our first HubSpot write of contacts goes out: more of ours follow it.
        if not edited and _is_write(request) and "/objects/contacts/" in request.url.path:
            edited.append(lone.id)
            await asyncio.to_thread(synced.api, edit)

    with synced.watching(hook):
        synced.sync(objects=BOTH)
    assert edited

    synced.sync(objects=BOTH)  # at once, as in the first test
    email = lone.properties["email"].lower()
    customer = next(
        c
        for c in synced.customers()
        if (c.get("PrimaryEmailAddr") or {}).get("Address", "").lower() == email
    )
    assert customer["BillAddr"]["City"] == "Mid"
