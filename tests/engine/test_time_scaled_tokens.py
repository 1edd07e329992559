"""A time-scaled sandbox hands out tokens as long-lived as the real services' (issue 15).

The time scale shrinks rate windows so a long sync runs in seconds; it used to shrink
token lifetimes too (QBO 3600 s -> 180 s, HubSpot 1800 s -> 90 s at scale 20), below our
300 s refresh margin, so every API call first refreshed its token: 48 token requests
for 48 calls in the 1k bench.
"""

from __future__ import annotations

from collections import Counter

import httpx

from tests.engine.conftest import Synced

TOKEN_PATHS = ("/oauth/v1/token", "/oauth2/v1/tokens/bearer")


def test_a_sync_at_time_scale_20_refreshes_each_token_once(synced: Synced) -> None:
    for service in ("hubspot", "quickbooks"):
        synced.sandboxes.control(service, "settings", {"time_scale": 20.0})
        # The tokens from connecting are real-length; the run's first calls get a 401 and
        # refresh, so the run works with tokens the time-scaled sandbox issues.
        synced.sandboxes.control(service, "expire-tokens")
    token_requests: Counter[str] = Counter()
    api_calls: Counter[str] = Counter()

    async def count(request: httpx.Request) -> None:
        path = request.url.path
        if path in TOKEN_PATHS:
            token_requests["quickbooks" if "oauth2" in path else "hubspot"] += 1
        elif "/_sandbox/" not in path:
            api_calls["quickbooks" if "/v3/company/" in path else "hubspot"] += 1

    with synced.watching(count):
        summary, _ = synced.sync(objects=("contacts", "products"))

    assert summary.failed <= 1  # the demo book's vendor-name clash
    assert api_calls["hubspot"] >= 4 and api_calls["quickbooks"] >= 4
    assert token_requests == {"hubspot": 1, "quickbooks": 1}
