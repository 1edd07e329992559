"""Full runs stream: QBO writes go out while HubSpot's list pages are still being read, and a
book of several pages plans the same in a dry run as it then syncs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from tests.engine.conftest import Synced


@contextmanager
def call_order(synced: Synced) -> Iterator[list[str]]:
    """Labels of the profile's service calls, in the order they were sent."""
    order: list[str] = []
    original: Callable[[], httpx.AsyncClient] = synced.connections.http_factory

    async def hook(request: httpx.Request) -> None:
        path = request.url.path
        if request.method == "GET" and path.endswith("/crm/v3/objects/contacts"):
            order.append("hubspot:list")
        elif "/v3/company/" in path and path.endswith("/batch"):
            order.append("quickbooks:batch")

    def factory() -> httpx.AsyncClient:
        client = original()
        client.event_hooks["request"].append(hook)
        return client

    synced.connections.http_factory = factory
    try:
        yield order
    finally:
        synced.connections.http_factory = original


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
