"""Scheduled sync: run a job every N minutes and on demand, one run at a time."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from qbsync_desktop.core.sync.runner import SyncBusy

log = logging.getLogger(__name__)


class Scheduler:
    """Calls `job` every `interval_s` seconds on its own thread, and at once on `run_now()`.

    Runs never overlap: the next one starts only after the previous returned. A run that
    finds the profile busy (another process) is skipped; other errors go to `on_error`
    and the timer keeps going (a network outage must not stop scheduled syncs).
    """

    def __init__(
        self,
        job: Callable[[], object],
        interval_s: float = 60.0,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        run_at_start: bool = False,
    ) -> None:
        if interval_s <= 0:
            raise ValueError("interval must be positive")
        self.job = job
        self.interval_s = interval_s
        self.on_error = on_error or (lambda e: log.warning("scheduled sync failed: %s", e))
        self._kick = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0
        if run_at_start:
            self._kick.set()

    def start(self) -> Scheduler:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="qbsync-scheduler", daemon=True)
            self._thread.start()
        return self

    def run_now(self) -> None:
        self._kick.set()

    def stop(self, timeout: float | None = 30.0) -> None:
        self._stop.set()
        self._kick.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._kick.wait(self.interval_s)
            self._kick.clear()
            if self._stop.is_set():
                return
            try:
                self.job()
                self.runs += 1
            except SyncBusy:
                log.info("scheduled sync skipped: another run of this profile is under way")
            except Exception as exc:
                self.on_error(exc)
