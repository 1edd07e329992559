"""Learning about HubSpot archivals without listing every archived record each time.

HubSpot's list of archived records has no "since" filter and grows with every archival,
search never returns archived records, and webhooks need a public address. But search
counts: the live records created up to a moment W (`total` of a one-page search) fall by
one whenever a record created by then is archived or deleted. So each object keeps, in the
`hubspot_live` table, the ids and create times of the HubSpot records it knows to be live
(filled by full reads, kept current by every run's reads and writes and by the check
itself), and the check, every 10 minutes, compares:

- one search, newest first, of the live records created up to W: its `total`, and on its
  page the newest records, those not known added to the table (when the whole page is
  new, the records created since the last check are paged). W is the HubSpot watermark
  the run started with: this run's change read began before it (by the overlap), so every
  record created by W has been read, by this run or an earlier one; and each run notes
  the records it read or wrote, which it may link (`note_live`), so a record linked and
  archived between two checks is known;
- equal counts: no record the table knew is gone, nothing to list (one call);
- different: the ranges of create times whose counts differ are narrowed down (a search
  per halving, while few) to find the records gone (known, not live) and the live ones
  not known; any gone -> the archived listing as before. The gone and the listed records
  leave the table once the run's results are recorded (`commit`): a run that dies first
  leaves them known, so the next check finds them again.

Never missed: a gone known record keeps the counts apart until a listing has reported it.
Two changes can cancel out in one check only if a live record with an old create time
appears that no search of the check saw (a record restored from the recycle bin, or an
index lagging beyond the engine's margins); the next check sees the archival then.
HubSpot's permanent (GDPR) deletes are in no listing: found as gone, they leave the table.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from qbsync_desktop.core.connectors.hubspot import HsObject, HubSpotClient
from qbsync_desktop.core.store.raw import sql
from qbsync_desktop.core.sync.changes import (
    OVERLAP_S,
    QUIET_S,
    SEARCH_CAP,
    SEARCH_PAGE,
    hubspot_archived,
    load_value,
    save_value,
)
from qbsync_desktop.core.sync.live_records import (
    LiveNotes,
    created_ms,
    forget_gone,
    known_count,
    known_ids,
    mark_gone,
    median,
    note_live,
    note_written,
    unknown,
)

log = logging.getLogger(__name__)

STATE_SIDE = "hubspot.archivals"  # this module's row in sync_cursor, per object
MARGIN_S = QUIET_S + OVERLAP_S  # the engine's margin for search lag and clock steps
NOTE_EVERY = 500  # records held before they are noted, when a range is paged (flat memory)
REPAIR_SEARCHES = 24  # at most this many searches narrow a difference down; then list


@dataclass
class State:
    upto_ms: int | None = None  # the table holds every live record created by then
    pending: str | None = None  # the gone/listed rows of the last check, until committed
    listed: bool = False  # archivals before the table was filled were listed (or seen)


def _load(obj: str) -> State:
    value = load_value(obj, STATE_SIDE)
    if value is None:
        return State()
    try:
        data = json.loads(value)
        return State(data.get("upto_ms"), data.get("pending"), bool(data.get("listed")))
    except (ValueError, AttributeError):
        return State()  # unreadable: as if never checked (the table is rebuilt)


def _save(obj: str, state: State) -> None:
    save_value(obj, STATE_SIDE, json.dumps(vars(state), sort_keys=True))


def commit(obj: str) -> None:
    """The run's results are recorded: the records its check found gone leave the table."""
    state = _load(obj)
    if state.pending is None:
        return
    sql("DELETE FROM hubspot_live WHERE object = ? AND gone = ?", (obj, state.pending))
    state.pending, state.listed = None, True  # (a listing's results are recorded)
    _save(obj, state)


def full_read_done(obj: str, run_id: int, hs_mark: float | None) -> None:
    """A full read's results are recorded: it saw every live record (`note_live` with its
    run id) and reported the linked ones it did not see. Those created before the read
    (by the mark it saved, less the margins) that it did not see leave the table; later
    ones stay (a page may have been read before they came: the next check tells)."""
    if hs_mark is None:
        return
    upto = round((hs_mark - MARGIN_S) * 1000)
    sql(
        "DELETE FROM hubspot_live WHERE object = ? AND created_ms <= ?"
        " AND (seen_run IS NULL OR seen_run != ?)",
        (obj, upto, run_id),
    )
    forget_gone(obj)
    _save(obj, State(upto, None, listed=True))


def read_whole(obj: str, started: float) -> None:
    """Every live record was read since `started` and noted: the table needs no filling.
    (Without the listing a full run's missing records stand for, the next check lists.)"""
    state = _load(obj)
    state.upto_ms = round(started * 1000)
    _save(obj, state)


# ---- HubSpot's side -------------------------------------------------------------------------


class Searcher:
    """Searches of one object's live records by create time (a range `lo < t <= hi`)."""

    def __init__(self, client: HubSpotClient, object_type: str, created_prop: str) -> None:
        self.client, self.type, self.prop = client, object_type, created_prop
        self.calls = 0
        self.budget: int | None = None  # calls allowed in all (None: any number)

    def _spend(self) -> None:
        if self.budget is not None and self.calls >= self.budget:
            raise Unsettled("too many differences to narrow down")
        self.calls += 1

    def _groups(self, lo: int | None, hi: int, lo_op: str = "GT") -> list[dict[str, Any]]:
        filters = [{"propertyName": self.prop, "operator": "LTE", "value": str(hi)}]
        if lo is not None:
            filters.append({"propertyName": self.prop, "operator": lo_op, "value": str(lo)})
        return [{"filters": filters}]

    async def page(
        self, lo: int | None, hi: int, *, newest_first: bool = False
    ) -> tuple[int, list[HsObject], bool]:
        """(how many live records the range holds, the first page, whether more follow)."""
        direction = "DESCENDING" if newest_first else "ASCENDING"
        sorts = [{"propertyName": self.prop, "direction": direction}]
        self._spend()
        got = await self.client.search(
            self.type, self._groups(lo, hi), [self.prop], sorts=sorts, limit=SEARCH_PAGE
        )
        total = got.total if got.total is not None else len(got.results)
        return total, got.results, got.after is not None

    async def every(self, lo: int | None, hi: int) -> AsyncIterator[HsObject]:
        """Every live record of the range, oldest first (past search's 10,000-result cap, the
        window restarts at the last create time seen)."""
        low, op = lo, "GT"
        given: set[str] = set()
        sorts = [{"propertyName": self.prop, "direction": "ASCENDING"}]
        while True:
            after: str | None = None
            last = low
            while True:
                self._spend()
                got = await self.client.search(
                    self.type, self._groups(low, hi, op), [self.prop], sorts, after, SEARCH_PAGE
                )
                for o in got.results:
                    ms = created_ms(o)
                    if ms is not None:
                        last = ms if last is None else max(last, ms)
                    if o.id not in given:
                        given.add(o.id)
                        yield o
                after = got.after
                if after is None:
                    return
                if int(after) + SEARCH_PAGE > SEARCH_CAP:
                    break
            if last is None or last == low:
                raise Unsettled(f"more than {SEARCH_CAP} {self.type} created in one millisecond")
            low, op = last, "GTE"


class Unsettled(RuntimeError):
    """The difference could not be narrowed down within the searches allowed."""


# ---- the check ------------------------------------------------------------------------------


@dataclass
class Check:
    """One object's check (see the module's docstring)."""

    client: HubSpotClient
    obj: str
    object_type: str
    created_prop: str = "createdate"

    async def archived(self, mark: float | None) -> list[HsObject]:
        """HubSpot's archived records when a known one may have gone since the last check,
        else none (without listing them). `mark`: the HubSpot watermark the engine has
        read up to (None: list)."""
        state = _load(self.obj)
        forget_gone(self.obj)  # a check whose run never recorded its results
        if mark is None:
            return await self._list(state, set())
        try:
            return await self._check(state, round(mark * 1000))
        except Unsettled as exc:  # more created in one millisecond than search pages
            log.warning("%s: %s; listing the archived records", self.obj, exc)
            return await self._list(state, set())

    async def _check(self, state: State, upto: int) -> list[HsObject]:
        search = Searcher(self.client, self.object_type, self.created_prop)
        if state.upto_ms is None:
            # No table yet (a profile from before it, or a type without full reads): fill it
            # and list once, for the archivals since the last listing.
            await self._note_every(search, None, upto)
            state.upto_ms = upto
            return await self._list(state, set())
        if not state.listed:  # filled by a read that reported nothing missing: list once
            return await self._list(state, set())
        upto = max(upto, state.upto_ms)
        total, newest, more = await search.page(None, upto, newest_first=True)
        new = unknown(self.obj, newest)
        note_live(self.obj, newest)  # the new ones, and our writes' true create times
        if more and len(new) == len(newest):  # more new records than a page
            low = min(state.upto_ms, *(created_ms(o) or 0 for o in newest))
            await self._note_every(search, low, upto)
        known = known_count(self.obj, None, upto)
        state.upto_ms = upto
        if known == total:
            state.pending = None
            _save(self.obj, state)
            log.info("%s: no known HubSpot record gone (%d live)", self.obj, total)
            return []
        gone: set[str] = set()
        if known - total > REPAIR_SEARCHES:  # many went: the listing names them (cheaper)
            return await self._list(state, gone)
        search.budget = search.calls + REPAIR_SEARCHES
        try:
            await _Repair(self.obj, search, gone).settle(None, upto, known, total, newest)
        except Unsettled as exc:
            log.info("%s: %s; listing the archived records", self.obj, exc)
            return await self._list(state, gone)
        log.info("%s: %d known HubSpot records gone", self.obj, len(gone))
        if not gone:  # only live records the table lacked (now added)
            state.pending = None
            _save(self.obj, state)
            return []
        return await self._list(state, gone)

    async def _note_every(self, search: Searcher, lo: int | None, hi: int) -> None:
        """Every live record of a range the table lacks, noted a few pages at a time."""
        chunk: list[HsObject] = []
        async for o in search.every(lo, hi):
            chunk.append(o)
            if len(chunk) >= NOTE_EVERY:
                note_live(self.obj, unknown(self.obj, chunk))
                chunk = []
        note_live(self.obj, unknown(self.obj, chunk))

    async def _list(self, state: State, gone: set[str]) -> list[HsObject]:
        archived = await hubspot_archived(self.client, self.object_type)
        token = uuid.uuid4().hex
        mark_gone(self.obj, gone | {o.id for o in archived}, token)
        state.pending = token
        _save(self.obj, state)
        return archived


@dataclass
class _Repair:
    """Finds the known records gone and adds the live ones unknown, range by range: a range
    whose live records fit on a search page is compared id by id, a larger one is halved
    (at the known records' median create time) and each half's counts compared."""

    obj: str
    search: Searcher
    gone: set[str]

    async def settle(
        self, lo: int | None, hi: int, known: int, total: int, page: list[HsObject] | None = None
    ) -> None:
        if known == total:
            return  # (a gone record and an unknown live one cancelling out: see the docstring)
        mid = self._split(lo, hi, known)
        if total <= SEARCH_PAGE or mid is None:
            if page is None or len(page) != total:
                page = [o async for o in self.search.every(lo, hi)]
            ids = known_ids(self.obj, lo, hi)
            note_live(self.obj, [o for o in page if o.id not in ids])
            self.gone |= ids - {o.id for o in page}
            return
        left_total, left_page, _ = await self.search.page(lo, mid)
        left_known = known_count(self.obj, lo, mid)
        await self.settle(lo, mid, left_known, left_total, left_page)
        await self.settle(mid, hi, known - left_known, total - left_total)

    def _split(self, lo: int | None, hi: int, known: int) -> int | None:
        """Where to halve `lo < t <= hi`: the known records' median, else the middle."""
        mid = median(self.obj, lo, hi, known) if known > 1 else None
        low = 0 if lo is None else lo
        if mid is None or mid <= low or mid >= hi:
            mid = low + (hi - low) // 2
        return mid if low < mid < hi else None


# What the sync's reads and writes call, beside the check.
__all__ = [
    "Check",
    "LiveNotes",
    "commit",
    "full_read_done",
    "note_live",
    "note_written",
    "read_whole",
]
