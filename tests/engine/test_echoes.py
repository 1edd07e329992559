"""The run right after a big write reads only what changed since (issue 11.9): the writing
run's own echoes are known versions, not changes, so they neither cost reads nor trip the
"too many changes" fallback."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from qbsync_desktop.core.store import open_database
from qbsync_desktop.core.sync import echoes
from tests.engine.conftest import Synced
from tests.support.service_calls import OBJECTS, call_kind, change_three_per_side

SIZE = 1000
BOTH = OBJECTS


@contextmanager
def per_object(synced: Synced) -> Iterator[Counter[str]]:
    """Calls per "service:object:read|write" the services took while inside. A call refused
    with 429 is not counted: a run right after another may meet the service's window still
    full of the last run's calls (its limiter is new), and waiting then sending the same
    call again is right; what is counted is the work the run asked of the service."""
    calls: Counter[str] = Counter()

    async def ignore(request: httpx.Request) -> None:
        return None

    async def answered(response: httpx.Response) -> None:
        if response.status_code != 429 and (kind := call_kind(response.request)) is not None:
            calls[":".join(kind)] += 1

    with synced.watching(ignore, answered):
        yield calls


def test_run_right_after_an_initial_sync_reads_only_the_new_changes(synced: Synced) -> None:
    _bigger_book(synced)
    first, _ = synced.sync(objects=BOTH)
    assert first.created["hubspot"] > 200 and first.created["quickbooks"] > 200, first

    # At once: the initial sync's writes are seconds old.
    synced.api(lambda hubspot, qbo: change_three_per_side(hubspot, qbo, "Echo"))
    started = time.monotonic()
    with per_object(synced) as calls:
        summary, _ = synced.sync(objects=BOTH)
    took = time.monotonic() - started
    print(f"run after the initial sync at {SIZE}: {took:.2f} s, calls {dict(calls)}")

    for service in ("hubspot", "quickbooks"):
        for obj in BOTH:
            assert calls[f"{service}:{obj}:read"] <= 2, calls
            assert calls[f"{service}:{obj}:write"] == 1, calls  # the 3 changes, one batch
    assert summary.updated == {"hubspot": 6, "quickbooks": 6}, summary
    assert summary.created == {"hubspot": 0, "quickbooks": 0}, summary


def _bigger_book(synced: Synced) -> None:
    for service in ("hubspot", "quickbooks"):  # the sign-ins stay
        synced.sandboxes.control(service, "seed", {"size": SIZE, "seed": 1})


@pytest.mark.parametrize(
    "where",
    ["oldest", "newest"],
    ids=["deep-in-the-window-the-count-shows-it", "on-the-newest-first-page"],
)
def test_a_version_we_do_not_know_in_the_window_makes_the_run_read_it_whole(
    synced: Synced, where: str
) -> None:
    """A record in the window at a version we never saw, as if someone else changed it during
    the writing run: near the end of the window the newest-first page shows it; hundreds of
    our writes before the end, only the count does (for a record not known at all: an old
    one). Either way the window is read whole, once. The known versions are edited here: in
    a freshly seeded book every record is recent, so known, and a real edit during the run
    changes a known version deep in the window, which the count cannot tell (echoes.py)."""
    _bigger_book(synced)
    synced.sync(objects=BOTH)
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        known = echoes.load_known("contacts", "hubspot")
        if where == "oldest":  # a record not known at all (an old one, edited meanwhile)
            del known[min(known, key=lambda i: known[i][0])]
        else:  # a record known at another version
            newest = max(known, key=lambda i: known[i][0])
            known[newest] = (known[newest][0], "a version we never saw")
        echoes.save_known("contacts", "hubspot", known)
    finally:
        db.close()

    with per_object(synced) as calls:
        summary, _ = synced.sync(objects=BOTH)
    assert calls["hubspot:contacts:read"] > 2, calls  # the window was read whole
    assert summary.writes == 0, summary  # and nothing in it was a change
    with per_object(synced) as calls:
        synced.sync(objects=BOTH)
    assert calls["hubspot:contacts:read"] == 1, calls  # known again
