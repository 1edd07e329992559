"""Full runs stream: QBO writes go out while HubSpot's list pages are still being read, and a
book of several pages plans the same in a dry run as it then syncs."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from tests.engine.conftest import Synced


@contextmanager
def call_order(synced: Synced) -> Iterator[list[str]]:
    """Labels of the profile's service calls, in the order they were sent."""
    order: list[str] = []

    async def hook(request: httpx.Request) -> None:
        path = request.url.path
        if request.method == "GET" and path.endswith("/crm/v3/objects/contacts"):
            order.append("hubspot:list")
        elif "/v3/company/" in path and path.endswith("/batch"):
            order.append("quickbooks:batch")

    with synced.watching(hook):
        yield order


def _several_pages(synced: Synced) -> None:
    for service in ("hubspot", "quickbooks"):  # 400 contacts: four HubSpot list pages
        synced.sandboxes.control(service, "seed", {"size": 400, "seed": 3})
    # HubSpot answers slowly, QBO at once: QBO's single page is read long before HubSpot's.
    synced.sandboxes.control("hubspot", "settings", {"latency_ms": 80.0})


def test_qbo_batches_go_out_while_hubspot_pages_are_read(synced: Synced) -> None:
    _several_pages(synced)
    with call_order(synced) as order:
        summary, _ = synced.sync()
    assert summary.created["quickbooks"] > 30  # more than one batch
    lists = [i for i, label in enumerate(order) if label == "hubspot:list"]
    batches = [i for i, label in enumerate(order) if label == "quickbooks:batch"]
    assert len(lists) >= 4 and batches
    assert batches[0] < lists[-1], order  # planned and sent before the last page was asked for

    again, _ = synced.sync()
    assert again.writes == 0


def test_dry_run_of_several_pages_plans_what_the_real_run_does(synced: Synced) -> None:
    _several_pages(synced)
    dry, _ = synced.sync(dry_run=True)
    real, _ = synced.sync()
    # As in the one-page dry-run test: only the vendor holding a new customer's name
    # (seen at write time) differs.
    assert real.created["hubspot"] == dry.created["hubspot"]
    assert real.created["quickbooks"] == dry.created["quickbooks"] - 1
    assert real.updated == dry.updated
    assert real.matched == dry.matched
    assert real.excluded == dry.excluded
    assert real.failed == dry.failed + 1


def test_a_big_change_set_is_read_in_full_streamed_instead_of_held(synced: Synced) -> None:
    from qbsync_desktop.core.store import SyncRun, open_database
    from qbsync_desktop.core.sync.engine import Engine
    from qbsync_desktop.core.sync.settings import SyncSettings

    synced.sync()
    page = synced.api(lambda hubspot, qbo: hubspot.list_objects("contacts", ["email"], limit=8))
    changed = {o.id: f"Moved {o.id}" for o in page.results}

    async def edit(hubspot: Any, qbo: Any) -> None:
        inputs = [{"id": i, "properties": {"city": city}} for i, city in changed.items()]
        await hubspot.batch_update("contacts", inputs)

    synced.api(edit)

    async def run() -> Any:
        async with synced.connections.http_factory() as http:
            hubspot, qbo = synced.connections.clients(synced.profile, http)
            engine = Engine(hubspot, qbo, SyncSettings(), SyncRun.create().id, changes_in_memory=5)
            return await engine.run(("contacts",))

    db = open_database(synced.paths.database_file(synced.profile))
    try:
        with call_order(synced) as order:
            summary = asyncio.run(run())
    finally:
        db.close()
    assert "hubspot:list" in order  # 8 changes > 5: the whole book was listed, not searched
    emails = {o.id: (o.properties.get("email") or "").strip().lower() for o in page.results}
    by_email = {
        ((c.get("PrimaryEmailAddr") or {}).get("Address") or "").strip().lower(): c
        for c in synced.customers()
    }
    linked = [i for i in changed if emails[i] in by_email]
    assert len(linked) >= 5
    for contact_id in linked:  # each change of a linked contact reached QBO
        assert by_email[emails[contact_id]]["BillAddr"]["City"] == changed[contact_id]
    assert summary.updated["quickbooks"] == len(linked)
