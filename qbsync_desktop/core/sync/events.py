"""What a sync run reports while it works (the GUI and CLI show these)."""

from __future__ import annotations

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
    """Set from any thread; the engine checks it between batches."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class Cancelled(Exception):
    """Raised inside the engine when a CancelToken fires; the run is recorded as cancelled."""
