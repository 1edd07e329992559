"""Our own echoes: record versions this engine wrote or already handled are not changes.

A run's writes come back in the services' change feeds ("echoes"). Read as changes, the
thousands an initial sync writes cost the next run a page per 200 HubSpot records and a
QBO query per 1,000, and trip the "too many changes" fallback (a full read). So each run
keeps, per object and side, the version of every record it wrote or read whose stamp the
next read's window can still hold (HubSpot: `updatedAt` in ms; QBO: `SyncToken`), saved
with the watermarks (`remember`, in the `known_version` table: see `known_versions`). The
next read:

- leaves out records still at a known version (they never count as changes);
- when there are known versions in its window, first asks for the few records changed
  after the newest of them and counts the window instead of paging through it
  (`newer_hubspot`, `newer_qbo`): two reads at most per side, whatever the book's size.
  If the window holds anything else (a count that does not add up, an unknown version on
  the page), the window is read whole as before, echoes still left out.

What the count cannot see: someone else editing, during our run, a record that run wrote
or read, when the edit's stamp still falls inside the run's window; the count is the same.
That edit waits for the next edit of the record or the daily full read ("reconcile").
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from typing import Any, Protocol

from qbsync_desktop.core.connectors.hubspot import HsObject, HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.sync import changes, known_versions
from qbsync_desktop.core.sync.changes import (
    CDC_MAX,
    CDC_WINDOW_S,
    OVERLAP_S,
    SEARCH_PAGE,
    MarkTracker,
    Version,
    _utc,
    hubspot_stamp,
    parse_instant,
    qbo_changed_where,
    qbo_since,
    qbo_stamp,
)
from qbsync_desktop.core.sync.known_versions import KnownView
from qbsync_desktop.core.sync.mapping import ObjectSpec

Known = dict[str, Version]  # record id -> version as we last wrote or read it
# Fewer known QBO versions than this in the window: one change-feed call holds them and the
# changes (it answers up to CDC_MAX), cheaper than counting first.
COUNT_FROM = CDC_MAX // 2


def hubspot_version(obj: HsObject, modified_prop: str) -> Version | None:
    stamp = hubspot_stamp(obj, modified_prop)
    return None if stamp is None else (stamp, str(round(stamp * 1000)))


def qbo_version(row: Mapping[str, Any]) -> Version | None:
    stamp = qbo_stamp(dict(row))
    token = row.get("SyncToken")
    if stamp is None or token is None or str(row.get("status", "")).lower() == "deleted":
        return None
    return (stamp, str(token))


class Versions(Protocol):
    """Known versions by record id: a dict, or the table (`KnownView`)."""

    def get(self, record_id: str, /) -> Version | None: ...


def is_known(known: Versions, record_id: str, version: Version | None) -> bool:
    held = known.get(record_id)
    return held is not None and version is not None and held[1] == version[1]


# ---- storage: the known_version table (see `known_versions`) ------------------------------


def load_known(obj: str, side: str) -> Known:
    return known_versions.load(obj, side)


def save_known(obj: str, side: str, known: Known) -> None:
    known_versions.replace(obj, side, known)


def remember(obj: str, side: str, mark: float | None, sources: Iterable[Known]) -> None:
    """With the watermark moving to `mark`: keep the known versions the next read can meet
    (the newest per record), the old ones and this run's reads and writes (`sources`, in
    that order, plus what the run staged)."""
    if mark is None:
        return
    low = qbo_since(mark) if side == "quickbooks" else mark - OVERLAP_S
    known_versions.remember(obj, side, low, sources)


def stage_writes(spec: ObjectSpec, hubspot: HubSpotClient, qbo: QboClient) -> None:
    """Move the versions our writes left (the clients' records of them, emptied here) to
    the run's staging table: a first sync writes most of the book."""
    for side, wrote, held in (
        ("hubspot", written_hubspot(hubspot, spec.hubspot_type), hubspot.written),
        ("quickbooks", written_qbo(qbo, spec.qbo_entity), qbo.written),
    ):
        if wrote:
            known_versions.stage(spec.name, side, wrote.items(), known_versions.WRITTEN)
            held[spec.hubspot_type if side == "hubspot" else spec.qbo_entity].clear()


def _stamped(record_id: str, stamp: str | None, version: str | None = None) -> Known:
    seconds = parse_instant(stamp)
    if seconds is None:
        return {}
    return {record_id: (seconds, version if version is not None else str(round(seconds * 1000)))}


def written_hubspot(client: HubSpotClient, object_type: str) -> Known:
    out: Known = {}
    for record_id, stamp in client.written.get(object_type, {}).items():
        out.update(_stamped(record_id, stamp))
    return out


def written_qbo(client: QboClient, entity: str) -> Known:
    out: Known = {}
    for record_id, (stamp, token) in client.written.get(entity, {}).items():
        out.update(_stamped(record_id, stamp, token))
    return out


# ---- reads that count the window instead of paging through it ---------------------------


async def newer_hubspot(
    client: HubSpotClient,
    object_type: str,
    modified_prop: str,
    properties: list[str],
    low: float,
    known: KnownView,
) -> list[HsObject] | None:
    """The records changed after the newest known version in the window from `low`, oldest
    first; None when the window holds more than known versions (read it whole then).

    One search, newest first: the page holds every record changed after our newest known
    version when it reaches back into the known ones; the total less those is how many
    records the window holds, which must be the known versions still unchanged.
    """
    top_ms = round(known.top() * 1000)
    groups = [
        {
            "filters": [
                {"propertyName": modified_prop, "operator": "GTE", "value": str(int(low * 1000))}
            ]
        }
    ]
    newest_first = [{"propertyName": modified_prop, "direction": "DESCENDING"}]
    props = sorted({*properties, modified_prop})
    page = await client.search(object_type, groups, props, sorts=newest_first, limit=SEARCH_PAGE)
    held = known.among(obj.id for obj in page.results)
    if page.after is None:  # the whole window on one page: what is not known changed
        changed = [
            obj
            for obj in page.results
            if not is_known(held, obj.id, hubspot_version(obj, modified_prop))
        ]
        changed.reverse()
        return changed
    newer: list[HsObject] = []
    inside: list[HsObject] = []
    for obj in page.results:
        version = hubspot_version(obj, modified_prop)
        if version is not None and round(version[0] * 1000) <= top_ms:
            if not is_known(held, obj.id, version):
                return None  # someone else changed a record inside the window
            inside.append(obj)
        else:
            newer.append(obj)
    if not inside or page.total is None:
        return None  # more changes after our writes than a page: page through them
    moved = sum(1 for obj in newer if obj.id in held)
    if page.total - len(newer) != len(known) - moved:
        return None
    newer.reverse()
    return newer


async def newer_qbo(
    client: QboClient, entity: str, start: float, now: float, known: KnownView, cdc_max: int
) -> list[dict[str, Any]] | None:
    """QBO's counterpart of `newer_hubspot`: a count of the window from `start` and the
    change feed from the newest known version; None when they do not add up."""
    if now - start >= CDC_WINDOW_S:
        return None
    top = known.top()
    total = await client.count(entity, qbo_changed_where(start))
    rows = (await client.cdc([entity], _utc(top))).get(entity, [])
    if len(rows) >= cdc_max:
        return None
    held = known.among(str(row.get("Id")) for row in rows)
    if total - len(rows) != len(known) - len(held):
        return None
    return [row for row in rows if not is_known(held, str(row.get("Id")), qbo_version(row))]


# ---- the change reads of an incremental run ---------------------------------------------


async def hubspot_changed(
    client: HubSpotClient,
    spec: ObjectSpec,
    properties: list[str],
    mark: float,
    marks: MarkTracker,
    on_total: Callable[[int], None],
) -> AsyncIterator[HsObject]:
    """HubSpot records changed since watermark `mark`, our own echoes left out."""
    low = mark - OVERLAP_S
    known = KnownView(spec.name, "hubspot", low)
    if known:
        marks.see(known.top())  # the window is read up to there
        newer = await newer_hubspot(
            client, spec.hubspot_type, spec.hubspot_modified, properties, low, known
        )
        if newer is not None:
            for obj in newer:
                yield obj
            return

    def echo(obj: HsObject) -> bool:
        return is_known(known, obj.id, hubspot_version(obj, spec.hubspot_modified))

    async for obj in changes.hubspot_changes(
        client,
        spec.hubspot_type,
        spec.hubspot_modified,
        properties,
        mark,
        on_total=lambda total: on_total(total - len(known)),
        skip=echo,
    ):
        yield obj


async def qbo_changed(
    client: QboClient, spec: ObjectSpec, mark: float, now: float, marks: MarkTracker
) -> AsyncIterator[dict[str, Any]]:
    """QBO rows changed since watermark `mark`, our own echoes left out."""
    start = qbo_since(mark)
    known = KnownView(spec.name, "quickbooks", start)
    if known:
        marks.see(known.top())  # the window is read up to there
    if len(known) >= COUNT_FROM:
        rows = await newer_qbo(client, spec.qbo_entity, start, now, known, CDC_MAX)
        if rows is not None:
            for row in rows:
                yield row
            return

    def echo(row: dict[str, Any]) -> bool:
        return is_known(known, str(row.get("Id")), qbo_version(row))

    async for row in changes.qbo_changes(client, spec.qbo_entity, mark, now, skip=echo):
        yield row


def remember_run(
    spec: ObjectSpec,
    hubspot: HubSpotClient,
    qbo: QboClient,
    marks: tuple[float | None, float | None],
    seen: tuple[Known, Known],
) -> None:
    """Once a run's results are recorded and its watermarks move: what it read and wrote."""
    written = (
        written_hubspot(hubspot, spec.hubspot_type),
        written_qbo(qbo, spec.qbo_entity),
    )
    for side, mark, read, wrote in zip(
        ("hubspot", "quickbooks"), marks, seen, written, strict=True
    ):
        remember(spec.name, side, mark, (read, wrote))
