"""HubSpot creates decided before HubSpot's listing ends (issue 15: both services busy from
the start).

A full run creates in HubSpot the QBO records nobody matched. Known only after the listing's
last page, those creates used to run as a tail while QBO sat idle (33 s of a 100k sync).
Where the object's HubSpot creates upsert on the match key itself (contacts: email), a batch
read by that key tells at once which free QBO records HubSpot holds none of, and those are
created while the listing goes on. A record added in HubSpot meanwhile with such a key is
updated by the upsert, not doubled; a page that later lists the created record leaves it to
its create (`Planner.creates_in_hubspot`), and the run marks it seen, so the end of the run
never takes it for one deleted in HubSpot.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.sync.mapping import ObjectSpec, match_key
from qbsync_desktop.core.sync.planner import FreeKeys
from qbsync_desktop.core.sync.settings import ObjectSettings

log = logging.getLogger(__name__)

LOOKUP = 100  # keys per batch read (HubSpot's batch limit)


@dataclass(frozen=True)
class NoCounterpart:
    """Keys of free QBO records HubSpot holds no record for (as of the batch read)."""

    keys: list[str]


def wanted(spec: ObjectSpec, settings: ObjectSettings, dry_run: bool) -> bool:
    """Early creates are safe only where a create upserts on the key the read asked by
    (elsewhere, e.g. SKUs, HubSpot keys are not unique and a create makes a new record)."""
    return not dry_run and settings.writes_to("hubspot") and spec.hubspot_unique == spec.match_key


async def find_no_counterparts(
    hubspot: HubSpotClient,
    spec: ObjectSpec,
    side: FreeKeys,
    put: Callable[[NoCounterpart], Awaitable[None]],
) -> None:
    """Ask HubSpot for the free QBO records' keys, `LOOKUP` at a time, and `put` those it
    holds none of. A key a page takes meanwhile is skipped when planned."""
    after = 0
    while chunk := side.free_keys(after, LOOKUP):
        after = chunk[-1][0]
        keys = [key for _, key in chunk]
        found = await hubspot.batch_read(
            spec.hubspot_type, keys, [spec.match_key], id_property=spec.match_key
        )
        held = {match_key(obj.properties.get(spec.match_key)) for obj in found.results}
        if missing := [key for key in keys if key not in held]:
            await put(NoCounterpart(missing))


class EarlyCreates:
    """`find_no_counterparts` as a task beside the listing, stopped when the listing ends
    (what it has not asked about yet is created at the end, as before)."""

    def __init__(self, job: Callable[[], Awaitable[None]]) -> None:
        self._task = asyncio.ensure_future(self._quietly(job))

    @staticmethod
    async def _quietly(job: Callable[[], Awaitable[None]]) -> None:
        try:
            await job()  # made here: a task cancelled before it ran leaves no coroutine behind
        except Exception:  # an optimisation only: the end of the run creates the rest
            log.info("early HubSpot creates stopped", exc_info=True)

    async def stop(self) -> None:
        if not self._task.done():
            self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
