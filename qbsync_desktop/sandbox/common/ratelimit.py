"""Sliding-window counters the sandboxes use to answer 429 the way the real services do."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable


class SlidingWindow:
    """At most `limit` events in any `window_s` seconds (window scaled by the caller's clock)."""

    def __init__(self, limit: int, window_s: float, scale: Callable[[float], float]) -> None:
        self.limit = limit
        self.window_s = window_s
        self._scale = scale
        self._events: deque[float] = deque()

    def _trim(self, now: float) -> None:
        edge = now - self._scale(self.window_s)
        while self._events and self._events[0] <= edge:
            self._events.popleft()

    def try_acquire(self, now: float) -> float:
        """Record one event; 0.0 if allowed, else seconds until a slot frees (nothing recorded)."""
        self._trim(now)
        if len(self._events) >= self.limit:
            return max(0.0, self._events[0] + self._scale(self.window_s) - now)
        self._events.append(now)
        return 0.0

    def remaining(self, now: float) -> int:
        self._trim(now)
        return max(0, self.limit - len(self._events))

    def reset(self) -> None:
        self._events.clear()
