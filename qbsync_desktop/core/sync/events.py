"""What a sync run reports while it works (the GUI and CLI show these)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass
class RunSummary:
    run_id: int
    created: dict[str, int] = field(default_factory=lambda: {"hubspot": 0, "quickbooks": 0})
    updated: dict[str, int] = field(default_factory=lambda: {"hubspot": 0, "quickbooks": 0})
    matched: int = 0
    excluded: int = 0
    failed: int = 0
    dry_run: bool = False
    recovered: int = 0  # records whose write a killed run left unfinished, finished in this run

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def writes(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


@dataclass
class SyncEvent:
    kind: Literal["started", "progress", "finished", "error"]
    object: str | None = None
    done: int = 0
    total: int | None = None
    message: str = ""
    summary: RunSummary | None = None


class CancelToken:
    """Set from any thread; the engine checks it between batches, and `wait` wakes a coroutine
    on the engine's loop at once (the window's Cancel must not wait out a rate limit)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            waiters, self._waiters = self._waiters, []
        for loop, event in waiters:
            with contextlib.suppress(RuntimeError):  # that loop has closed: nobody waits
                loop.call_soon_threadsafe(event.set)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    async def wait(self) -> None:
        """Return once cancelled (from whichever thread cancels)."""
        event = asyncio.Event()
        with self._lock:
            if self._event.is_set():
                return
            self._waiters.append((asyncio.get_running_loop(), event))
        await event.wait()


class Cancelled(Exception):
    """Raised inside the engine when a CancelToken fires; the run is recorded as cancelled."""
