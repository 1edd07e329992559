"""Two profiles' databases open in two threads at once never see each other's rows."""

from __future__ import annotations

import threading
from pathlib import Path

import peewee

from qbsync_desktop.core.store import SyncRun, open_database


def test_each_thread_writes_to_its_own_profile(tmp_path: Path) -> None:
    ready = threading.Barrier(2)
    counts: dict[str, int] = {}
    errors: list[BaseException] = []

    def worker(name: str, runs: int) -> None:
        try:
            db = open_database(tmp_path / name / "qbsync.sqlite3")
            ready.wait(timeout=10)  # both bound before either writes
            for _ in range(runs):
                SyncRun.create(status="ok")
                ready.wait(timeout=10)  # interleave the writes of the two threads
            counts[name] = SyncRun.select().count()
            db.close()
        except BaseException as exc:
            errors.append(exc)
            ready.abort()

    threads = [threading.Thread(target=worker, args=(n, 3)) for n in ("acme", "beta")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors
    assert counts == {"acme": 3, "beta": 3}


def test_a_thread_that_opened_nothing_gets_an_error_not_another_profile(
    tmp_path: Path,
) -> None:
    open_database(tmp_path / "acme" / "qbsync.sqlite3")
    SyncRun.create(status="ok")
    seen: list[BaseException | int] = []

    def other() -> None:
        try:
            seen.append(SyncRun.select().count())
        except BaseException as exc:
            seen.append(exc)

    t = threading.Thread(target=other)
    t.start()
    t.join(timeout=10)
    assert len(seen) == 1 and isinstance(seen[0], peewee.InterfaceError | AttributeError)
    assert SyncRun.select().count() == 1  # this thread still sees its own


def test_reopening_in_the_same_thread_rebinds(tmp_path: Path) -> None:
    open_database(tmp_path / "a.sqlite3")
    SyncRun.create(status="ok")
    open_database(tmp_path / "b.sqlite3")
    assert SyncRun.select().count() == 0
