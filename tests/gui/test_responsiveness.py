"""The window stays responsive through a whole 10,000-record sync against the sandboxes.

The sandboxes run in a child process on real loopback ports, as they should for a
user: in this process they would compete with the window for the GIL and the test
would measure the sandboxes, not the app. The window is opened by the same code the
app's launcher uses (`open_window`), so its process settings are the ones measured.
The rate windows run 20 times faster on both sides (sandboxes and our limiter, as the
bench does), so the whole run, from the reads to the last write, takes seconds instead of
the four QBO minutes the real limits need: every phase of it is watched, not its start.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt, QTimer

from qbsync_desktop.core.connectors.ratelimit import limits_for
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import Profile, ProfileStore
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.app import open_window
from qbsync_desktop.gui.main_window import MainWindow
from qbsync_desktop.sandbox.serve import SandboxProcess
from tests.support.keyrings import memory_credentials

from .conftest import browser_in_thread
from .test_window_sandboxes import connect_both

TICK_MS = 10
MAX_LATE_MS = 50.0
# The run's end: the window shows the new counts, banner and list by model resets, the
# reads behind them done by the worker, and the Activity tab reads when it is shown.
# Before, the GUI thread's reads and the Activity tab reading and laying out the newest
# run made the tick after the run 31-33 ms late on an idle machine (63 loaded); now 2-5 ms
# with the machine loaded, 17 ms once in a full CI-like run: 25 ms still fails the old 31.
END_MAX_LATE_MS = 25.0
END_WINDOW_S = 0.1  # "the end": the last 0.1 s of the run and what the window does after
AFTER_END_S = 0.3
SIZE = 10_000
TIME_SCALE = 20.0
RUN_TIMEOUT_S = 240  # the whole run; about 30 s on an idle 2-core machine


@pytest.fixture
def sandbox_process() -> Iterator[SandboxProcess]:
    with SandboxProcess(size=SIZE) as proc:
        for info in proc.info().values():
            body = {"time_scale": TIME_SCALE, "rate_limits": True}
            httpx.post(f"{info.base_url}/_sandbox/settings", json=body, timeout=30)
        yield proc


@pytest.fixture
def window_on_child_sandboxes(
    qtbot: Any, app_paths: AppPaths, sandbox_process: SandboxProcess
) -> Iterator[MainWindow]:
    profiles = ProfileStore(app_paths.profiles_file)
    settings = SyncSettings()
    settings.objects["products"].enabled = False  # contacts: the bulk of a book
    profiles.save(Profile(name="Big client", sync=settings.to_dict()))
    infos = sandbox_process.info()
    window = open_window(
        app_paths,
        profiles,
        Connections(
            profiles,
            memory_credentials(),
            limits=lambda service: limits_for(service).scaled(TIME_SCALE),
        ),
        sandbox={name: info.as_dict() for name, info in infos.items()},
        profile="Big client",
        open_browser=browser_in_thread,
    )
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.resize(1200, 760)
    yield window
    window.shutdown()


@pytest.mark.slow
@pytest.mark.timing
@pytest.mark.timeout(RUN_TIMEOUT_S + 120)
def test_gui_timer_never_late_during_a_whole_10k_sync(
    qtbot: Any, window_on_child_sandboxes: MainWindow
) -> None:
    window = window_on_child_sandboxes
    connect_both(qtbot, window)
    window.scheduler.stop()  # only the run started here

    # (seconds into the run, ms late, of which ms this process had no CPU at all)
    late: list[tuple[float, float, float]] = []
    start = time.perf_counter()
    last = [start, time.process_time()]

    def tick() -> None:
        now, cpu = time.perf_counter(), time.process_time()
        wall_ms, cpu_ms = (now - last[0]) * 1000, (cpu - last[1]) * 1000
        # On a machine shared with other work the OS may take the CPU from the whole
        # process: that time is the machine's, not the window's. Time our own threads spent
        # on the CPU (the engine holding the GIL, a slow slot) stays counted.
        late.append((now - start, wall_ms - TICK_MS, max(0.0, wall_ms - cpu_ms)))
        last[:] = [now, cpu]

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    progress: list[int] = []
    window.bridge.sync_event.connect(lambda e: progress.append(getattr(e, "done", 0) or 0))

    with qtbot.waitSignal(window.sync_finished, timeout=RUN_TIMEOUT_S * 1000) as finished:
        assert window.sync_now()
        start = time.perf_counter()
        last[:] = [start, time.process_time()]
        timer.start(TICK_MS)
    took = time.perf_counter() - start  # the window has shown the result (sync_finished)
    qtbot.wait(int(AFTER_END_S * 1000))  # the tick held up by showing it comes after
    timer.stop()
    summary = finished.args[0]
    assert not isinstance(summary, BaseException), window.last_error
    # The whole book went through, to the last writes (the HubSpot creates come last).
    handled = summary.created["quickbooks"] + summary.matched + summary.excluded + summary.failed
    assert handled >= SIZE * 0.9 and summary.created["hubspot"] > 0, summary.to_dict()
    assert len(late) > took * 1000 / TICK_MS / 4, "the timer hardly ran"
    values = [ms for _, ms, _ in late]
    ours = [(at, max(0.0, ms - off_cpu)) for at, ms, off_cpu in late]
    worst_at, worst = max(ours, key=lambda p: p[1])
    # The run's last END_WINDOW_S, what the window did with its result (up to ~0.1 s more),
    # and the ticks after it.
    end = [(at, ms) for at, ms in ours if at >= took - END_WINDOW_S - 0.1]
    end_at, end_worst = max(end, key=lambda p: p[1])
    raw_at, raw, _ = max(late, key=lambda p: p[1])
    report = (
        f"GUI timer over the whole {took:.1f} s run: {len(values)} ticks, worst {worst:.1f} ms"
        f" late at {worst_at:.1f} s with the process on the CPU ({raw:.1f} ms at {raw_at:.1f} s"
        f" by the wall clock), median {statistics.median(values):.2f} ms; {len(progress)}"
        f" progress events, up to {max(progress, default=0):,} records; at the end (from"
        f" {took - END_WINDOW_S - 0.1:.1f} s, the result shown at {took:.1f} s) worst"
        f" {end_worst:.1f} ms late at {end_at:.1f} s"
    )
    print(report)
    assert worst <= MAX_LATE_MS, report
    assert end_worst <= END_MAX_LATE_MS, report
