"""Incremental reads: only what changed since the last run, plus cheap look-ups by id or key.

Watermarks are epoch seconds in `SyncCursor` (one row per object and side). They come from
the services' own timestamps (min'd with the local start of the read, so a change made
while a long read was under way is never skipped) and are re-read with a small overlap.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from qbsync_desktop.core.connectors.hubspot import HsObject, HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient, quote_literal
from qbsync_desktop.core.store import SyncCursor
from qbsync_desktop.core.store.models import utcnow

OVERLAP_S = 10.0
# Past this much local time with nothing new, the mark moves up to it: otherwise the last
# burst of changes (often our own writes) is re-read on every run. Assumes the computer's
# clock is within this of the services' clocks.
QUIET_S = 30.0  # re-read this much before the watermark (search index lag, clock steps)
CDC_MAX = 1000  # QBO CDC answers at most this many objects; more -> query fallback
CDC_WINDOW_S = 29 * 86400.0  # QBO CDC looks back 30 days at most; keep a day of margin
SEARCH_CAP = 10_000  # HubSpot search pages no further than this; restart the window
SEARCH_PAGE = 200
LOOKUP_CHUNK = 100  # ids/keys per look-up call (HubSpot IN filter and batch read limit)


class WindowStuck(RuntimeError):
    """More than 10,000 HubSpot records share one millisecond: only a full read helps."""


def parse_instant(value: Any) -> float | None:
    """ISO-8601 (with zone; `Z` allowed) or epoch milliseconds -> epoch seconds."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if text.isdigit():
        return int(text) / 1000.0
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.timestamp()


def qbo_stamp(row: dict[str, Any]) -> float | None:
    return parse_instant((row.get("MetaData") or {}).get("LastUpdatedTime"))


def hubspot_stamp(obj: HsObject, prop: str) -> float | None:
    return parse_instant(obj.properties.get(prop)) or parse_instant(obj.updated_at)


@dataclass
class Cursor:
    mark: float | None = None  # changes at or after this (minus the overlap) are read
    full_at: float | None = None  # when the last full read ("reconcile") finished
    fingerprint: str | None = None  # the object's settings then (a change forces a full read)
    mirror: bool = False  # QBO: the mirror holds every record (a full read filled it since)
    archived_at: float | None = None  # HubSpot: when archived records were last listed


def load_value(obj: str, side: str) -> str | None:
    """The JSON value kept per object and side in `SyncCursor`, if any."""
    row = SyncCursor.get_or_none((SyncCursor.object == obj) & (SyncCursor.side == side))
    return None if row is None else str(row.value)


def save_value(obj: str, side: str, value: str) -> None:
    row = SyncCursor.get_or_none((SyncCursor.object == obj) & (SyncCursor.side == side))
    if row is None:
        SyncCursor.create(object=obj, side=side, value=value)
    else:
        row.value, row.updated_at = value, utcnow()
        row.save()


def load_cursor(obj: str, side: str) -> Cursor:
    value = load_value(obj, side)
    if value is None:
        return Cursor()
    try:
        data = json.loads(value)
        return Cursor(
            data.get("mark"),
            data.get("full_at"),
            data.get("fingerprint"),
            bool(data.get("mirror", False)),
            data.get("archived_at"),
        )
    except (ValueError, AttributeError):
        return Cursor()  # unreadable -> behave as if never synced (a full read)


def save_cursor(obj: str, side: str, cursor: Cursor) -> None:
    save_value(obj, side, json.dumps(vars(cursor), sort_keys=True))


Version = tuple[float, str]  # a record as last seen: (its stamp, the service's version tag)


class MarkTracker:
    """The next watermark: the newest change seen, but never after the read began.

    It also keeps the versions read (`note`) whose stamps the next read's window can hold:
    once this run's results are recorded, those are not changes any more (see `echoes`).
    """

    def __init__(self, previous: float | None, read_start: float) -> None:
        self.previous = previous
        self.read_start = read_start
        self.newest: float | None = None
        self.versions: dict[str, Version] = {}

    def note(self, record_id: str, version: Version | None) -> None:
        if version is None:
            return
        self.see(version[0])
        # The next mark is at least read_start - QUIET_S, and is re-read from OVERLAP_S before.
        if version[0] >= self.read_start - QUIET_S - OVERLAP_S:
            self.versions[record_id] = version

    def see(self, stamp: float | None) -> None:
        if stamp is not None and (self.newest is None or stamp > self.newest):
            self.newest = stamp

    def result(self) -> float | None:
        quiet = self.read_start - QUIET_S
        if self.newest is None:
            if self.previous is None:
                return self.read_start
            return max(self.previous, quiet)
        mark = min(self.newest, self.read_start)
        if self.previous is not None:
            mark = max(mark, self.previous)
        return max(mark, quiet)


def _utc(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


# ---- QuickBooks ------------------------------------------------------------------------


def qbo_since(since: float) -> float:
    """Where a read from watermark `since` starts, in QBO's whole seconds."""
    return float(int(since - OVERLAP_S))


def qbo_changed_where(start: float) -> str:
    iso = _utc(start).isoformat(timespec="seconds")
    return f"MetaData.LastUpdatedTime >= '{iso}' AND Active IN (true,false)"


async def qbo_changes(
    client: QboClient,
    entity: str,
    since: float,
    now: float,
    cdc_max: int = CDC_MAX,
    skip: Callable[[dict[str, Any]], bool] | None = None,
) -> AsyncIterator[dict[str, Any]]:
    """Rows of `entity` changed at or after `since - OVERLAP_S` (CDC; query when CDC can't).

    `skip`: rows that are not changes (our own echoes); left out, and not counted."""
    start = qbo_since(since)
    if now - start < CDC_WINDOW_S:
        rows = (await client.cdc([entity], _utc(start))).get(entity, [])
        if len(rows) < cdc_max:
            for row in rows:
                if skip is None or not skip(row):
                    yield row
            return
    # CDC hit its cap (or the mark is too old): page a query on the update time instead.
    async for row in client.iter_query(entity, qbo_changed_where(start)):
        if skip is None or not skip(row):
            yield row


async def qbo_by_ids(client: QboClient, entity: str, ids: Iterable[str]) -> list[dict[str, Any]]:
    wanted = sorted(set(ids))
    out: list[dict[str, Any]] = []
    for i in range(0, len(wanted), LOOKUP_CHUNK):
        part = ", ".join(quote_literal(x) for x in wanted[i : i + LOOKUP_CHUNK])
        out += await client.query(
            f"SELECT * FROM {entity} WHERE Id IN ({part}) AND Active IN (true,false)"
            f" MAXRESULTS {LOOKUP_CHUNK}"
        )
    return out


async def qbo_by_values(
    client: QboClient, entity: str, field: str, values: Iterable[str]
) -> list[dict[str, Any]]:
    """Rows whose `field` is one of `values` (QBO compares strings case-insensitively)."""
    wanted = sorted(set(values))
    out: list[dict[str, Any]] = []
    for i in range(0, len(wanted), LOOKUP_CHUNK):
        part = ", ".join(quote_literal(x) for x in wanted[i : i + LOOKUP_CHUNK])
        out += await client.query(
            f"SELECT * FROM {entity} WHERE {field} IN ({part}) AND Active IN (true,false)"
            " MAXRESULTS 1000"
        )
    return out


# ---- HubSpot ---------------------------------------------------------------------------


async def hubspot_changes(
    client: HubSpotClient,
    object_type: str,
    modified_prop: str,
    properties: Sequence[str],
    since: float,
    cap: int = SEARCH_CAP,
    on_total: Callable[[int], None] | None = None,
    skip: Callable[[HsObject], bool] | None = None,
) -> AsyncIterator[HsObject]:
    """Records modified at or after `since - OVERLAP_S`, oldest first.

    Search pages stop at 10,000 results: then the window restarts at the last timestamp
    seen (ids already given are skipped), so any number of changes can be read.
    `skip`: records that are not changes (our own echoes); left out.
    """
    low_ms = int((since - OVERLAP_S) * 1000)
    props = sorted({*properties, modified_prop})
    given: set[str] = set()
    sorts = [{"propertyName": modified_prop, "direction": "ASCENDING"}]
    while True:
        groups = [
            {"filters": [{"propertyName": modified_prop, "operator": "GTE", "value": str(low_ms)}]}
        ]
        after: str | None = None
        last_ms = low_ms
        while True:
            page = await client.search(
                object_type, groups, props, sorts=sorts, after=after, limit=SEARCH_PAGE
            )
            if on_total is not None and after is None and page.total is not None:
                on_total(page.total)  # how many the window holds (a caller may give up early)
            for obj in page.results:
                stamp = hubspot_stamp(obj, modified_prop)
                if stamp is not None:
                    last_ms = max(last_ms, int(stamp * 1000))
                if obj.id not in given:
                    given.add(obj.id)
                    if skip is None or not skip(obj):
                        yield obj
            after = page.after
            if after is None:
                return
            if _offset(after) + SEARCH_PAGE > cap:
                break  # the next page would cross the cap: restart from the last stamp
        if last_ms <= low_ms:
            raise WindowStuck(f"too many {object_type} changed within one millisecond")
        low_ms = last_ms


def _offset(after: str) -> int:
    try:
        return int(after)
    except ValueError:
        return 0  # an opaque cursor: HubSpot pages it; the cap answers 400 if ever reached


async def hubspot_by_ids(
    client: HubSpotClient, object_type: str, ids: Iterable[str], properties: Sequence[str]
) -> list[HsObject]:
    """Current (unarchived) records among `ids`; archived or unknown ones are left out."""
    wanted = sorted(set(ids))
    out: list[HsObject] = []
    for i in range(0, len(wanted), LOOKUP_CHUNK):
        result = await client.batch_read(object_type, wanted[i : i + LOOKUP_CHUNK], properties)
        out += [o for o in result.results if not o.archived]
    return out


async def hubspot_by_values(
    client: HubSpotClient,
    object_type: str,
    prop: str,
    values: Iterable[str],
    properties: Sequence[str],
) -> list[HsObject]:
    wanted = sorted(set(values))
    out: list[HsObject] = []
    for i in range(0, len(wanted), LOOKUP_CHUNK):
        groups = [
            {
                "filters": [
                    {"propertyName": prop, "operator": "IN", "values": wanted[i : i + LOOKUP_CHUNK]}
                ]
            }
        ]
        after: str | None = None
        while True:
            page = await client.search(object_type, groups, properties, after=after, limit=200)
            out += page.results
            if page.after is None:
                break
            after = page.after
    return out


async def hubspot_archived(client: HubSpotClient, object_type: str) -> list[HsObject]:
    """Archived records (search never returns them). One call while there are <= 100."""
    out: list[HsObject] = []
    after: str | None = None
    while True:
        page = await client.list_objects(object_type, (), after=after, limit=100, archived=True)
        out += page.results
        if page.after is None:
            return out
        after = page.after
