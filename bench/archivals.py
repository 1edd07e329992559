"""What learning about HubSpot archivals costs (issue 15): the 10-minute check the engine
makes (`core/sync/archivals.py`) with 1,000 and 5,000 archived contacts, beside the old
way (listing every archived contact each time)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.store import open_database
from qbsync_desktop.core.sync import archivals, changes

OBJECT = "contacts"


@dataclass
class Measure:
    archived: int  # archived contacts in HubSpot
    found_calls: int  # the check right after the new archivals: it lists them
    check_calls: int  # the next check, nothing archived since
    check_s: float
    listing_calls: int  # the old way: every archived contact listed, each time


async def measure(
    hubspot: HubSpotClient, db_file: Path, sizes: list[int], calls: Callable[[], int]
) -> list[Measure]:
    """Archive contacts the sync knows up to each of `sizes`, then run the check twice as
    the engine does (the results recorded in between): `calls` counts HubSpot's calls."""
    ids = [o.id async for o in hubspot.iter_objects(OBJECT, [])]
    out: list[Measure] = []
    done = 0
    db = open_database(db_file)
    try:
        mark = changes.load_cursor(OBJECT, "hubspot").mark
        for size in sizes:
            size = min(size, len(ids))  # a small book has fewer contacts to archive
            for i in range(done, size, 100):
                await hubspot.batch_archive(OBJECT, ids[i : min(i + 100, size)])
            done = size
            check = archivals.Check(hubspot, OBJECT, OBJECT)
            before = calls()
            await check.archived(mark)
            archivals.commit(OBJECT)  # as the engine does once the results are recorded
            found = calls() - before
            before, t0 = calls(), time.perf_counter()
            await check.archived(mark)
            check_s = time.perf_counter() - t0
            quiet = calls() - before
            before = calls()
            await changes.hubspot_archived(hubspot, OBJECT)
            out.append(Measure(size, found, quiet, check_s, calls() - before))
    finally:
        db.close()
    return out
