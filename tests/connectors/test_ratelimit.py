"""The client-side limiter keeps under the documented windows on a fake clock."""

from __future__ import annotations

import asyncio

from qbsync_desktop.core.connectors.ratelimit import (
    HUBSPOT_LIMITS,
    QBO_LIMITS,
    RateLimiter,
)

from .helpers import FakeClock


async def _run(limiter: RateLimiter, n: int, kind: str, clock: FakeClock) -> list[float]:
    stamps: list[float] = []
    for _ in range(n):
        ticket = await limiter.acquire(kind)
        stamps.append(clock.now)
        limiter.release(ticket)
    return stamps


def _max_in_window(stamps: list[float], period: float) -> int:
    return max(sum(1 for t in stamps if s <= t < s + period) for s in stamps)


async def test_qbo_per_second_and_per_minute() -> None:
    clock = FakeClock()
    limiter = RateLimiter(QBO_LIMITS, clock=clock, sleep=clock.sleep)
    stamps = await _run(limiter, 600, "default", clock)
    assert _max_in_window(stamps, 1.0) <= 10
    assert _max_in_window(stamps, 60.0) <= 500
    assert stamps[-1] - stamps[0] >= 60  # 600 requests cannot fit in one minute


async def test_waits_are_counted_by_the_window_that_made_them() -> None:
    """What paced a run (the bench prints it): 600 calls wait on the per-second window
    (10 a second) until the minute's 500 are spent, then on the minute window."""
    clock = FakeClock()
    limiter = RateLimiter(QBO_LIMITS, clock=clock, sleep=clock.sleep)
    await _run(limiter, 600, "default", clock)
    waits = dict(limiter.waits)
    assert set(waits) == {"per_second", "per_minute"}, waits
    assert waits["per_minute"] >= 1 and waits["per_second"] >= 40, waits
    assert limiter.waited_s >= 60


async def test_qbo_batch_budget_is_separate_and_shared_with_default() -> None:
    clock = FakeClock()
    limiter = RateLimiter(QBO_LIMITS, clock=clock, sleep=clock.sleep)
    stamps = await _run(limiter, 45, "batch", clock)
    assert _max_in_window(stamps, 60.0) <= 40
    assert limiter.remaining()["per_minute"] < 500


async def test_hubspot_ten_secondly_and_search_per_second() -> None:
    clock = FakeClock()
    limiter = RateLimiter(HUBSPOT_LIMITS, clock=clock, sleep=clock.sleep)
    stamps = await _run(limiter, 250, "default", clock)
    assert _max_in_window(stamps, 10.0) <= 110
    search = await _run(limiter, 20, "search", clock)
    assert _max_in_window(search, 1.0) <= 5


async def test_throttle_pauses_everyone_for_the_given_time() -> None:
    clock = FakeClock()
    limiter = RateLimiter(QBO_LIMITS, clock=clock, sleep=clock.sleep)
    start = clock.now
    assert limiter.throttle(None) == 60.0
    limiter.release(await limiter.acquire())
    assert clock.now - start >= 60.0
    assert limiter.throttled == 1


async def test_bounded_concurrency() -> None:
    clock = FakeClock()
    limiter = RateLimiter(HUBSPOT_LIMITS, clock=clock, sleep=clock.sleep)
    peak = 0
    gate = asyncio.Event()

    async def one() -> None:
        nonlocal peak
        ticket = await limiter.acquire()
        peak = max(peak, limiter.in_flight)
        await gate.wait()
        limiter.release(ticket)

    tasks = [asyncio.create_task(one()) for _ in range(20)]
    for _ in range(50):
        await asyncio.sleep(0)
    assert limiter.in_flight == HUBSPOT_LIMITS.max_concurrency
    gate.set()
    await asyncio.gather(*tasks)
    assert peak == HUBSPOT_LIMITS.max_concurrency and limiter.in_flight == 0


async def test_qbo_batch_room_is_its_own_window_not_the_per_second_pacing() -> None:
    # A full second (QBO's 10 a second) must not send a chunk as 30 single calls while the
    # batch window has room: 30 items then cost 30 calls instead of 1.
    clock = FakeClock()
    limiter = RateLimiter(QBO_LIMITS, clock=clock, sleep=clock.sleep)
    await clock.sleep(60.0)  # past the first window's margin (see the test below)
    for _ in range(9):
        limiter.release(await limiter.acquire("default"))
    assert limiter.room("batch") == 40
    for _ in range(40):
        limiter.release(await limiter.acquire("batch"))
    assert limiter.room("batch") == 0
    # The minute keeps room for no more batches now, so all of it but reads is spare.
    assert limiter.spare("default", beside="batch") == 500 - 9 - 40


async def test_first_window_keeps_a_margin_for_calls_made_before_the_limiter() -> None:
    # Connecting (another limiter, another process) may have called QBO a moment ago: the
    # service counts those too, so a new limiter starts with a little less than the
    # documented limits and has all of them one window later.
    clock = FakeClock()
    limiter = RateLimiter(QBO_LIMITS, clock=clock, sleep=clock.sleep)
    assert limiter.room("batch") == 40  # what a small first sync binds on: no margin
    assert limiter.remaining()["per_second"] == 9
    assert limiter.remaining()["per_minute"] == 490
    await clock.sleep(1.0)
    assert limiter.remaining()["per_second"] == 10
    await clock.sleep(59.0)
    assert limiter.remaining()["per_minute"] == 500
