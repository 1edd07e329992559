"""A run's HTTP client keeps each service's connections in a pool of its own.

httpcore scans every connection of a pool on each request; one pool for both services
made every call pay for the other service's connections too (issue 16's profile).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from qbsync_desktop.core.connectors.pools import PoolPerOrigin
from qbsync_desktop.core.connectors.session import Connections

from .conftest import PROFILE


def _origin(base_url: str) -> str:
    url = httpx.URL(base_url)
    return f"{url.scheme}://{url.host}:{url.port}"


async def test_each_service_has_its_own_pool_and_calls_still_answer(
    connected: Connections, sandboxes: Any
) -> None:
    async with connected.http_factory() as http:
        hubspot, qbo = connected.clients(PROFILE, http)
        pages = await asyncio.gather(
            *(hubspot.list_objects("contacts", ["email"], limit=1) for _ in range(4))
        )
        rows = await asyncio.gather(
            *(qbo.query("SELECT * FROM Customer MAXRESULTS 1") for _ in range(4))
        )
        pools = http._transport  # what every call of the client goes through
        assert isinstance(pools, PoolPerOrigin)
        by_origin = pools.connections_by_origin()
    assert all(len(page.results) == 1 for page in pages)
    assert all(len(found) == 1 for found in rows)
    origins = {_origin(sandboxes.hubspot.base_url), _origin(sandboxes.quickbooks.base_url)}
    assert origins <= set(by_origin), by_origin
    # 4 calls side by side to each service: each pool holds its own service's few
    assert all(1 <= by_origin[origin] <= 4 for origin in origins), by_origin
