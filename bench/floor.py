"""The honest floor: the least time the services' documented limits allow for a sync's work.

The work is what had to happen (records read on each side, entities created or updated on
each side), not the calls an engine chose to make: a batch-only engine must not get a
batch-only floor, and an extra call must not raise the floor. Each service is given its
best possible use of every pool its documented limits offer; the two services run in
parallel, so the floor is the slower of the two.

Windows slide and start full (as the sandboxes' `SlidingWindow`, and as a real service
that has not been called for a while): a window of `limit` calls per `period` allows
`limit` calls at once, `limit` more at `period`, and so on. So the floor is a true lower
bound: the time of the last call's *send*, with no latency, no processing and no order
between reads and the writes they decide.

Limits are the DOCUMENTED ones (/work/shared/api/*.md), as the client's limiter in
core/connectors/ratelimit.py uses them since issue 15 (it used safety margins, 38/490/9/105,
before).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

# QuickBooks Online, /work/shared/api/qbo.md
QBO_PER_SECOND = 10  # §0 Rate limits: 10 req/s per realm+app
QBO_PER_MINUTE = 500  # §0 Rate limits: 500 req/min/realm
QBO_BATCH_PER_MINUTE = 40  # §0 Rate limits: batch 40/min per realm+app (120/min per realm
# is looser); §2.7: a batch call counts once against 500/min and also against the batch limit
QBO_BATCH_ITEMS = 30  # §2.7: max 30 payloads per batch (reference page)
QBO_QUERY_ROWS = 1000  # §0 Query page size: MAXRESULTS max 1000; §2.7: each batch query
# item returns <= 1000 objects, so reading can also ride in batches, one item per 1,000 rows

# HubSpot, /work/shared/api/hubspot.md
HUBSPOT_PER_TEN_SECONDS = 110  # §6: public OAuth apps, 110 per 10 s per installed account
HUBSPOT_SEARCH_PER_SECOND = 5  # §6: CRM search 5 requests/second, exempt from ten-secondly
HUBSPOT_PAGE = 100  # §2.3 list: `limit` max 100; §2.8: batch endpoints max 100 inputs
HUBSPOT_SEARCH_PAGE = 200  # §2.9: search `limit` <= 200


@dataclass(frozen=True)
class Work:
    """What a sync had to do: records read and entities written (created or updated)."""

    qbo_read: int
    qbo_written: int
    hubspot_read: int
    hubspot_written: int


@dataclass(frozen=True)
class Floor:
    """Least seconds per service (already divided by the time scale) and overall."""

    quickbooks_s: float
    hubspot_s: float

    @property
    def seconds(self) -> float:
        return max(self.quickbooks_s, self.hubspot_s)


def allowed(limit: int, period_s: float, t: float) -> int:
    """Calls a sliding window that starts full lets out in [0, t]."""
    return limit * (math.floor(t / period_s) + 1)


def qbo_items_by(t: float) -> int:
    """Most batch items / single calls QBO takes by `t` (real seconds).

    Both pools share the 10/s and 500/min windows; a batch call carries 30 items, a single
    call one, so every default-pool slot the batch window allows goes to a batch.
    """
    calls = min(allowed(QBO_PER_SECOND, 1.0, t), allowed(QBO_PER_MINUTE, 60.0, t))
    batches = min(calls, allowed(QBO_BATCH_PER_MINUTE, 60.0, t))
    return batches * QBO_BATCH_ITEMS + (calls - batches)


def hubspot_done_by(t: float, read: int, written: int) -> bool:
    """Whether HubSpot can take the reads and writes by `t` (real seconds).

    Writes go in batches of 100 through the ten-secondly bucket; reads use what is left of
    it (list pages of 100) plus the separate search bucket (pages of 200 at 5/s).
    """
    calls = allowed(HUBSPOT_PER_TEN_SECONDS, 10.0, t)
    write_calls = math.ceil(written / HUBSPOT_PAGE)
    if write_calls > calls:
        return False
    searches = allowed(HUBSPOT_SEARCH_PER_SECOND, 1.0, t)
    return (calls - write_calls) * HUBSPOT_PAGE + searches * HUBSPOT_SEARCH_PAGE >= read


def least_whole_second(done: Callable[[int], bool]) -> int:
    """Smallest whole second t >= 0 with done(t) (monotone); every window's period is a
    whole number of seconds, so what the windows allow only changes on whole seconds."""
    hi = 1
    while not done(hi):
        hi *= 2
    lo = -1  # done(lo) is false by convention
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if done(mid):
            hi = mid
        else:
            lo = mid
    return hi


def floor_for(work: Work, time_scale: float = 1.0) -> Floor:
    """The least time the documented limits allow for `work`, with every window
    `time_scale` times shorter (as the sandboxes run with `time_scale`)."""
    qbo_items = math.ceil(work.qbo_read / QBO_QUERY_ROWS) + work.qbo_written
    qbo = least_whole_second(lambda t: qbo_items_by(t) >= qbo_items) if qbo_items else 0
    hub_work = work.hubspot_read + work.hubspot_written
    hubspot = (
        least_whole_second(lambda t: hubspot_done_by(t, work.hubspot_read, work.hubspot_written))
        if hub_work
        else 0
    )
    return Floor(quickbooks_s=qbo / time_scale, hubspot_s=hubspot / time_scale)
