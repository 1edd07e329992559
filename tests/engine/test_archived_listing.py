"""HubSpot's archived listing (the 10-minute check for deletions) pages through every
archived record: with more than one page it must follow the paging cursor to the end."""

from __future__ import annotations

import asyncio
from typing import Any

from qbsync_desktop.core.sync import changes
from tests.engine.conftest import Synced

ARCHIVED = 150  # two pages of 100


def test_archived_listing_reads_every_page_once(synced: Synced) -> None:
    synced.sandboxes.control("hubspot", "seed", {"size": 200, "seed": 2})
    ids = sorted((c.id for c in synced.contacts()), key=int)[:ARCHIVED]

    async def archive(hubspot: Any, qbo: Any) -> None:
        for i in range(0, len(ids), 100):
            await hubspot.batch_archive("contacts", ids[i : i + 100])

    synced.api(archive)

    async def listing(hubspot: Any, qbo: Any) -> list[Any]:
        # Before the fix the second page's cursor was never followed: the first page was
        # asked for again and again, for ever.
        found = changes.hubspot_archived(hubspot, "contacts")
        return await asyncio.wait_for(found, timeout=30)  # type: ignore[no-any-return]

    archived = synced.api(listing)
    assert sorted((o.id for o in archived), key=int) == ids
