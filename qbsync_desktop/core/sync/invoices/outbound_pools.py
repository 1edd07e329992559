"""QuickBooks' two write pools for invoices (qbo.md §0): batch calls of 30 (40 a minute)
and single-entity calls (the rest of its 500 calls a minute). The floor of an initial sync
needs both full, so several calls are in flight at once and each picks its pool when it
starts: a batch while the batch window has room beside the batches already chosen, else
single calls while the minute has calls to spare beyond what the batches need, else a batch
(which waits for its window). Batches are handed over as they are decided (`Batches`): the
first go out while later invoices are still being read."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from qbsync_desktop.core.connectors.hubspot_invoices import side_by_side
from qbsync_desktop.core.connectors.qbo import QboBatchItem, QboBatchResult, QboClient

IN_FLIGHT = 8  # QuickBooks calls under way at once (the rate limiter paces them)
SINGLE_OPS = ("create", "update")
READ_RESERVE = 10  # calls of QuickBooks' minute single writes leave to reads (E6 holders)
# Single calls go one after another within a call: a batch sent as singles is split in
# groups this size, each its own call (the senders take them side by side), so the last
# ones of a run do not trail one by one.
SINGLES_GROUP = 6


@dataclass(frozen=True)
class Call:
    """One QuickBooks write call: a batch, or its items as single calls (each single's
    requestid is `request_id` plus its bId, so a resend replays each answer)."""

    pool: str  # "batch" | "singles"
    request_id: str
    items: list[QboBatchItem]

    async def send(self, qbo: QboClient) -> list[QboBatchResult]:
        if self.pool == "singles":
            return await qbo.singles(self.items, request_id=self.request_id)
        return await qbo.batch(self.items, request_id=self.request_id)


class _Pools:
    def __init__(self, qbo: QboClient) -> None:
        self.limiter = qbo.transport.limiter
        self.batches_chosen = 0  # chosen and not yet answered (not yet in the window)

    def choose(self, items: Sequence[QboBatchItem]) -> str:
        if any(it.operation not in SINGLE_OPS for it in items):
            return "batch"  # a void has no single-entity call of ours
        if self.limiter.room("batch") > self.batches_chosen:
            return "batch"
        if self.limiter.spare("default", beside="batch") >= len(items) + READ_RESERVE:
            return "singles"
        return "batch"


async def all_or_none(coros: Iterable[Coroutine[Any, Any, None]]) -> None:
    """Run side by side; the first failure cancels the others and is raised as itself."""
    todo = list(coros)
    await side_by_side(todo, limit=max(1, len(todo)))


class Batches:
    """Write batches handed to the senders as they are decided, oldest first; `close` once
    the last is in. A batch a sender splits into groups of single calls goes first."""

    def __init__(self) -> None:
        self._todo: deque[tuple[str, list[QboBatchItem], bool]] = deque()
        self._closed = False
        self._changed = asyncio.Event()

    def put(self, batches: Sequence[tuple[str, list[QboBatchItem]]]) -> None:
        self._todo.extend((request_id, items, False) for request_id, items in batches)
        self._changed.set()

    def put_singles_first(self, groups: Sequence[tuple[str, list[QboBatchItem]]]) -> None:
        self._todo.extendleft((rid, items, True) for rid, items in reversed(groups))
        self._changed.set()

    def close(self) -> None:
        self._closed = True
        self._changed.set()

    async def next(self) -> tuple[str, list[QboBatchItem], bool] | None:
        """The next batch (and whether it goes as single calls), None once closed and empty."""
        while not self._todo:
            if self._closed:
                return None
            self._changed.clear()
            await self._changed.wait()
        return self._todo.popleft()


async def send_in_pools(
    qbo: QboClient, batches: Batches, send: Callable[[Call], Awaitable[None]]
) -> None:
    """Hand each batch to `send` as one batch call or as its items' single calls,
    IN_FLIGHT at a time, oldest first, until `batches` is closed and empty."""
    pools = _Pools(qbo)

    async def worker() -> None:
        while (batch := await batches.next()) is not None:
            request_id, items, singles = batch
            if not singles and pools.choose(items) == "singles":
                batches.put_singles_first(
                    [
                        (f"{request_id}-s{n}", items[start : start + SINGLES_GROUP])
                        for n, start in enumerate(range(0, len(items), SINGLES_GROUP))
                    ]
                )
                continue
            if singles:
                # One pending write for the group: resent after a kill, each single replays
                # its answer by its own id (the group's plus its bId) or goes out then.
                await send(Call("singles", request_id, items))
                continue
            pools.batches_chosen += 1
            try:
                await send(Call("batch", request_id, items))
            finally:
                pools.batches_chosen -= 1

    await all_or_none(worker() for _ in range(IN_FLIGHT))
