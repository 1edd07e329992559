"""A first dry run holds about as much memory for a big book as for a small one (issue 15,
"and small"): QBO's side goes to a scratch copy of the mirror and the plan to the plan file
as it is decided, not into Python objects.

The sandboxes run in a child process, so the traced memory is the engine's alone (in this
process they would trace their own books). Rate limits are off on both sides: the runs
measure memory, not time. One object, so no other object's phases overlap its own.

The sync itself is measured by the bench (peak RSS, 3k/30k/100k): its traced peak at books
that run in seconds is set by constant parts whose overlap varies with timing (two QBO
query pages, one read ahead; 20 HubSpot pages read ahead; the writes queued), so it is no
sharp instrument (2026-12-01: 6k -> 12k grew 1.12x on the old code, 1.39x on the new). The
echoes' versions, the sync's share that grew with the book, have their own test
(tests/unit/test_known_versions.py).
"""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from qbsync_desktop.core.connectors.ratelimit import limits_for
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.core.sync.runner import run_sync
from qbsync_desktop.sandbox.serve import SandboxProcess
from tests.engine.conftest import PROFILE, _connect
from tests.support.keyrings import memory_credentials
from tests.support.sandboxes import RunningSandboxes

SMALL, BIG = 3_000, 12_000
# Traced peak of the big book's dry run over the small one's (2026-12-01, contacts): with
# QBO's side and the whole plan in memory 11.3-12.5 -> 45.3 MB (3.6-4.0x); now 7.7-7.9 ->
# 12.2-12.9 MB (1.5-1.7x: at 3k the query pages and the HubSpot read-ahead are not full).
GROWTH_MAX = 2.0
UNLIMITED = 1000.0  # our limiter's windows this many times shorter: never waits


@pytest.fixture(scope="module")
def child_sandboxes() -> Iterator[RunningSandboxes]:
    with SandboxProcess(size=20) as proc:
        info = proc.info()
        yield RunningSandboxes(None, info["hubspot"], info["quickbooks"])  # type: ignore[arg-type]


def _traced_peak(sandboxes: RunningSandboxes, tmp_path: Path, size: int) -> int:
    for service in ("hubspot", "quickbooks"):
        sandboxes.control(service, "reset")
        sandboxes.control(service, "settings", {"rate_limits": False})
        sandboxes.control(service, "seed", {"size": size, "seed": 1})
    paths = AppPaths.under(tmp_path / f"app{size}").ensure()
    connections = Connections(
        ProfileStore(paths.profiles_file),
        memory_credentials(),
        limits=lambda service: limits_for(service).scaled(UNLIMITED),
    )
    asyncio.run(_connect(connections, sandboxes))
    tracemalloc.start()
    try:
        summary = run_sync(
            paths,
            PROFILE,
            connections,
            objects=("contacts",),  # one object: its phases do not overlap another's
            dry_run=True,
            plan_csv=tmp_path / f"plan{size}.csv",
        )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.created["quickbooks"] > size // 4, summary  # the book was planned
    assert (tmp_path / f"plan{size}.csv").read_text(encoding="utf-8").count("\n") > size // 2
    return peak


@pytest.mark.slow
@pytest.mark.timing
def test_a_first_dry_runs_memory_does_not_grow_with_the_book(
    child_sandboxes: RunningSandboxes, tmp_path: Path
) -> None:
    small = _traced_peak(child_sandboxes, tmp_path, SMALL)
    big = _traced_peak(child_sandboxes, tmp_path, BIG)
    print(f"traced peak: {SMALL:,} records {small / 2**20:.1f} MB, {BIG:,} {big / 2**20:.1f} MB")
    assert big < small * GROWTH_MAX, (small, big)
