"""Creating our unique key property in HubSpot survives a failed or lost answer (issue 11.7):
the call is repeated like a read, and "already exists" (409) counts as done."""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.sync.objects.products import KEY_PROPERTY as PRODUCT_KEY_PROPERTY
from tests.engine.conftest import Synced

PROPERTIES_PATH = "/crm/v3/properties/products"


def _break_first_create(
    synced: Synced, fault: dict[str, Any]
) -> tuple[Callable[[httpx.Request], Awaitable[None]], Counter[str]]:
    """Apply `fault` (sandbox settings) to the first POST that creates a product property only:
    settings are changed from the request hook, before each request goes out."""
    sent: Counter[str] = Counter()
    clear = {"fault_rate": 0.0, "drop_rate": 0.0, "fault_path": None}

    async def hook(request: httpx.Request) -> None:
        if request.url.path != PROPERTIES_PATH:
            return
        sent[request.method] += 1
        first_create = request.method == "POST" and sent["POST"] == 1
        settings = {**fault, "fault_path": PROPERTIES_PATH} if first_create else clear
        synced.sandboxes.control("hubspot", "settings", settings)

    return hook, sent


@pytest.mark.parametrize(
    "fault",
    [{"fault_rate": 1.0}, {"drop_rate": 1.0}],
    ids=["503-or-500", "answer-lost-after-create"],
)
def test_product_sync_survives_one_failed_property_create(
    synced: Synced, fault: dict[str, Any]
) -> None:
    hook, sent = _break_first_create(synced, fault)
    with synced.watching(hook):
        summary, _ = synced.sync(objects=("products",))

    assert sent["POST"] == 2, sent  # the failed create was repeated, once
    assert summary.created["hubspot"] > 0 and summary.failed == 0, summary

    async def read(hubspot: Any, qbo: Any) -> tuple[list[dict[str, Any]], list[Any]]:
        props = await hubspot.properties("products")
        made = [o async for o in hubspot.iter_objects("products", [PRODUCT_KEY_PROPERTY])]
        return props, made

    props, made = synced.api(read)
    assert [p["name"] for p in props].count(PRODUCT_KEY_PROPERTY) == 1
    keyed = [p for p in made if p.properties.get(PRODUCT_KEY_PROPERTY)]
    assert len(keyed) == summary.created["hubspot"]
