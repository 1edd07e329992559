"""The one object through which the engine's events reach the window (Maestral's manager bridge).

The engine calls `post(event)` from its worker thread. Events wait in a small queue;
the bridge wakes the GUI thread once (a queued signal) and the GUI thread drains the
queue, re-emitting each event as `sync_event`. Consecutive progress events for the same
object are coalesced, so a 10,000-record run cannot flood the GUI thread's event
queue with 10,000 repaints.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class SyncBridge(QObject):
    """Create on the GUI thread; `post` from any thread; `sync_event` fires on the GUI thread."""

    # Not `event`: that name is QObject.event(), the virtual Qt calls to deliver QEvents.
    sync_event = Signal(object)  # a core.sync.events.SyncEvent
    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._queue: deque[Any] = deque()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self.posted = 0  # events handed in by the engine (tests and diagnostics)
        self.delivered = 0  # events re-emitted on the GUI thread

    def post(self, event: Any) -> None:
        """Called by the engine (any thread) for every SyncEvent."""
        with self._lock:
            self.posted += 1
            last = self._queue[-1] if self._queue else None
            if (
                last is not None
                and getattr(event, "kind", None) == "progress"
                and getattr(last, "kind", None) == "progress"
                and getattr(last, "object", None) == getattr(event, "object", None)
            ):
                self._queue[-1] = event  # only the newest count matters
                return
            was_empty = not self._queue
            self._queue.append(event)
        if was_empty:
            self._wake.emit()

    @Slot()
    def _drain(self) -> None:
        with self._lock:
            batch = list(self._queue)
            self._queue.clear()
        for ev in batch:
            self.delivered += 1
            self.sync_event.emit(ev)
