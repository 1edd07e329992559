"""Client-side rate limiting: stay under each service's documented limits on our own.

One `RateLimiter` per service and account (shared by every client of that account in
this process). Each request names a bucket kind ("default", "search", "batch"); it
waits until every sliding window that applies to that kind has room, under a bound
on concurrent requests. A 429 pauses the whole account until the service's wait is
over. Clock and sleep are injected so tests never wait for real.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

Sleep = Callable[[float], Awaitable[None]]


@dataclass
class Window:
    """At most `limit` requests in any `period` seconds, as the service counts them.

    The service counts a request when it arrives, which is somewhere between our send
    and our receipt of the answer. So a request occupies our window from its send until
    `period` after its answer (infinitely long while in flight): then no `period`-long
    span of arrival times can hold more than `limit` requests, whatever the latency.
    """

    name: str
    limit: int
    period: float
    stamps: dict[int, float] = field(default_factory=dict)  # ticket -> answer time (inf)

    def prune(self, now: float) -> None:
        for ticket in [t for t, at in self.stamps.items() if at <= now - self.period]:
            del self.stamps[ticket]

    def wait_time(self, now: float) -> float:
        self.prune(now)
        if len(self.stamps) < self.limit:
            return 0.0
        earliest = min(self.stamps.values())
        if earliest == INF:  # all in flight: look again shortly
            return self.period / 20
        return earliest + self.period - now

    def remaining(self, now: float) -> int:
        self.prune(now)
        return max(0, self.limit - len(self.stamps))


INF = float("inf")


@dataclass(frozen=True)
class LimitSpec:
    """Windows per bucket kind; a kind uses its own windows plus those listed in `shared`."""

    windows: dict[str, list[tuple[str, int, float]]]
    max_concurrency: int
    throttle_wait_s: float  # wait after a 429 that names no time
    shared_kinds: dict[str, list[str]] = field(default_factory=dict)
    # Per window name: calls a new limiter counts as made just before it existed (see
    # `RateLimiter.__init__`).
    start_margin: dict[str, int] = field(default_factory=dict)

    def scaled(self, factor: float) -> LimitSpec:
        """The same limits with every window (and the 429 wait) `factor` times shorter.

        Matches a sandbox running with `time_scale=factor`.
        """
        return LimitSpec(
            windows={
                k: [(n, lim, per / factor) for n, lim, per in v] for k, v in self.windows.items()
            },
            max_concurrency=self.max_concurrency,
            throttle_wait_s=self.throttle_wait_s / factor,
            shared_kinds=self.shared_kinds,
            start_margin=self.start_margin,
        )

    def unlimited(self) -> LimitSpec:
        """No client-side windows (tests that want the service to throttle us)."""
        return LimitSpec({}, self.max_concurrency, self.throttle_wait_s, {})


# The documented figures themselves (shared/api): a `Window` holds each request's slot from
# its send until `period` after its answer, and the service counts a request somewhere in
# between, so no window of the service's can see more than `limit` of our calls, whatever
# the latency or the offset between our clock and theirs (a standing margin would only
# leave calls unused: at 9 a second instead of 10, QBO's single writes of a 2,000-record
# first sync took 10% longer). What our windows cannot see is calls made before the limiter
# existed (connecting, another process): its first window keeps `start_margin` back.
QBO_LIMITS = LimitSpec(
    windows={
        "default": [("per_minute", 500, 60.0), ("per_second", 10, 1.0)],
        "batch": [("batch_per_minute", 40, 60.0)],
    },
    shared_kinds={"batch": ["default"], "search": ["default"]},
    max_concurrency=8,
    throttle_wait_s=60.0,
    # No margin for batches: their 40 a minute are what a small first sync binds on.
    start_margin={"per_minute": 10, "per_second": 1},
)
HUBSPOT_LIMITS = LimitSpec(
    windows={
        "default": [("ten_secondly", 110, 10.0)],
        "search": [("search_per_second", 5, 1.0)],  # search is exempt from ten-secondly
    },
    shared_kinds={"batch": ["default"]},
    max_concurrency=8,
    throttle_wait_s=10.0,
    start_margin={"ten_secondly": 5},
)


def limits_for(service: str) -> LimitSpec:
    return QBO_LIMITS if service == "quickbooks" else HUBSPOT_LIMITS


class RateLimiter:
    def __init__(
        self,
        spec: LimitSpec,
        clock: Callable[[], float] = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.spec = spec
        self.clock = clock
        self.sleep = sleep
        self._windows = {
            kind: [Window(n, lim, per) for n, lim, per in specs]
            for kind, specs in spec.windows.items()
        }
        self._paused_until = 0.0
        self._in_flight = 0
        self._tickets = 0
        # Calls the service may have counted before this limiter existed, answered now: they
        # age out of each window one period from now (tickets below zero are never ours).
        now = clock()
        for ws in self._windows.values():
            for w in ws:
                # At most a tenth of a window: a window of a few calls (tests') keeps them all.
                for n in range(min(spec.start_margin.get(w.name, 0), w.limit // 10)):
                    w.stamps[-1 - n] = now
        self.throttled = 0  # 429s seen (for the window / tests)
        self.waited_s = 0.0  # time spent waiting for room
        self.waits: Counter[str] = Counter()  # window name -> waits it made (what paced us)
        # Recreated per event loop: the GUI and CLI may run syncs on different loops.
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock: asyncio.Lock | None = None
        self._slots: asyncio.Semaphore | None = None
        # Tasks inside `acquire` (nothing of that request sent yet), and how many requests
        # each task was let send: a cancelled run withdraws what still waits (see
        # `cancel_waiting`) and knows whether any of it went out.
        self._waiting: set[asyncio.Task[object]] = set()
        self._granted: weakref.WeakKeyDictionary[asyncio.Task[object], int] = (
            weakref.WeakKeyDictionary()
        )

    def _sync_primitives(self) -> tuple[asyncio.Lock, asyncio.Semaphore]:
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._lock is None or self._slots is None:
            self._loop = loop
            self._lock = asyncio.Lock()
            self._slots = asyncio.Semaphore(self.spec.max_concurrency)
        return self._lock, self._slots

    def _windows_for(self, kind: str) -> list[Window]:
        kinds = [kind if kind in self._windows else "default"]
        kinds += self.spec.shared_kinds.get(kind, [])
        out: list[Window] = []
        for k in dict.fromkeys(kinds):
            out += self._windows.get(k, [])
        return out

    async def acquire(self, kind: str = "default") -> int:
        """Wait for room in every window of `kind` and a concurrency slot; returns a ticket."""
        task = asyncio.current_task()
        if task is not None:
            self._waiting.add(task)
        try:
            ticket = await self._acquire(kind)
        finally:
            if task is not None:
                self._waiting.discard(task)
        if task is not None:
            self._granted[task] = self._granted.get(task, 0) + 1
        return ticket

    async def _acquire(self, kind: str) -> int:
        lock, slots = self._sync_primitives()
        while True:
            # One waiter plans at a time, so stamps are not overbooked; it sleeps outside
            # the lock, so a request waiting for one kind's window (a QBO batch, up to a
            # minute) does not hold up requests of another kind that have room.
            async with lock:
                now = self.clock()
                waits = [(w.wait_time(now), w.name) for w in self._windows_for(kind)]
                waits.append((self._paused_until - now, "throttled"))
                wait, window = max(waits)
                if wait <= 0:
                    self._tickets += 1
                    ticket = self._tickets
                    for w in self._windows_for(kind):
                        w.stamps[ticket] = INF
                    break
            self.waited_s += wait
            self.waits[window] += 1
            await self.sleep(wait)
        try:
            await slots.acquire()
        except BaseException:  # cancelled before it was sent: its window room is free again
            for w in self._windows_for(kind):
                w.stamps.pop(ticket, None)
            raise
        self._in_flight += 1
        return ticket

    def room(self, kind: str) -> int:
        """Requests of `kind` its own windows still allow now (QBO's batch calls: of their 40
        a minute). The windows it shares with other kinds are left out: they pace the calls
        (10 a second) rather than tell whether a batch or a single call is the better use."""
        now = self.clock()
        if self._paused_until > now:
            return 0
        return min((w.remaining(now) for w in self._windows.get(kind, [])), default=1 << 30)

    def spare(self, kind: str, beside: str) -> int:
        """Requests of `kind` that could still go out in its windows as long as `beside`'s
        own windows, and still leave room there for all the `beside` requests those own
        windows allow (QBO: single writes beside batch calls, which carry 30 records a
        call and must never be starved by singles). Shorter windows only pace the calls
        (QBO's 10 a second), so they are not counted here."""
        now = self.clock()
        own = self._windows.get(beside, [])
        if self._paused_until > now or not own:
            return 0
        allowed = min(w.remaining(now) for w in own)
        period = max(w.period for w in own)
        shared = {id(w) for w in self._windows_for(beside)}
        free = [
            w.remaining(now) - (allowed if id(w) in shared else 0)
            for w in self._windows_for(kind)
            if w.period >= period
        ]
        return max(0, min(free, default=0))

    def cancel_waiting(self, tasks: Iterable[asyncio.Task[object]]) -> int:
        """Cancel those of `tasks` still waiting here for room (a user's Cancel): their
        request has not been sent. Returns how many were cancelled."""
        hit = [t for t in tasks if t in self._waiting]
        for task in hit:
            # Out of the set at once: the cancel lands inside `acquire` (the task cannot
            # leave it before it runs again), and a second call must not cancel it twice.
            self._waiting.discard(task)
            task.cancel()
        return len(hit)

    def granted(self, task: asyncio.Task[object] | None) -> int:
        """How many requests `task` has been let send so far."""
        return self._granted.get(task, 0) if task is not None else 0

    def release(self, ticket: int) -> None:
        """The answer came (or the request failed): its window slots start to age now."""
        now = self.clock()
        for ws in self._windows.values():
            for w in ws:
                if ticket in w.stamps:
                    w.stamps[ticket] = now
        self._in_flight -= 1
        if self._slots is not None:
            self._slots.release()

    def throttle(self, retry_after: float | None) -> float:
        """Record a 429; pause every request of this account. Returns the pause length."""
        self.throttled += 1
        wait = retry_after if retry_after is not None else self.spec.throttle_wait_s
        self._paused_until = max(self._paused_until, self.clock() + wait)
        return wait

    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self.clock())

    def remaining(self) -> dict[str, int]:
        """Requests left in each window right now (the window shows the tightest)."""
        now = self.clock()
        return {w.name: w.remaining(now) for ws in self._windows.values() for w in ws}

    @property
    def in_flight(self) -> int:
        return self._in_flight
