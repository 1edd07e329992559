"""Several real processes on one profile: the window syncing, the CLI asking status and
trying to sync at the same time. The profile database must come out whole."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import IO

import pytest

from tests.e2e.test_cli import connect_in_processes, process_env, secret_service_usable
from tests.support.sandboxes import RunningSandboxes

pytestmark = [pytest.mark.secretservice, pytest.mark.slow]

PROFILE = "Shared"
CLI = [sys.executable, "-m", "qbsync_desktop"]

# What the window does while it syncs: its records page keeps a reading connection to
# the profile's database open while a worker thread runs the sync (which opens the
# database again), with the app's own profile list and keyring.
WINDOW_LIKE = textwrap.dedent(
    """
    import sys
    import threading
    import peewee
    from qbsync_desktop.core.connectors.session import Connections
    from qbsync_desktop.core.paths import AppPaths
    from qbsync_desktop.core.profile_migration import open_profiles
    from qbsync_desktop.core.sync.runner import run_sync

    profile, paths = sys.argv[1], AppPaths.default()
    profiles, credentials, _ = open_profiles(paths)
    page = peewee.SqliteDatabase(
        str(paths.database_file(profile)), pragmas={"busy_timeout": 10_000}
    )
    page.execute_sql("SELECT count(*) FROM record_state").fetchone()

    def progress(event):
        if event.kind == "started" or (event.kind == "progress" and event.total):
            line = f"{event.kind} {event.object}: {event.done}/{event.total}"
            print(line, file=sys.stderr, flush=True)

    done = []
    connections = Connections(profiles, credentials)
    worker = threading.Thread(
        target=lambda: done.append(run_sync(paths, profile, connections, on_event=progress))
    )
    worker.start()
    worker.join()
    page.execute_sql("SELECT count(*) FROM record_state").fetchone()
    print("Sync finished" if done else "Sync failed", flush=True)
    sys.stdin.readline()  # the window stays open (and its page reading) until the test is done
    sys.exit(0 if done else 1)
    """
)


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, env=env, timeout=180, check=False
    )


def test_status_and_sync_from_other_processes_leave_a_running_sync_whole(
    sandboxes: RunningSandboxes, tmp_path: Path
) -> None:
    if not secret_service_usable():
        pytest.skip("no Secret Service in this session (run via `python -m tests.run`)")
    env = process_env(tmp_path)
    sandboxes.reseed(size=400)
    connect_in_processes(sandboxes, env, PROFILE)
    # The database exists before the window opens it: a quick first sync of products.
    first = _run(["sync", "--profile", PROFILE, "--object", "products"], env)
    assert "Sync finished" in first.stdout, first.stderr
    for service in ("hubspot", "quickbooks"):  # a sync long enough to meet the others
        sandboxes.control(service, "settings", {"latency_ms": 1200.0})

    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW_LIKE, PROFILE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    started, finished = threading.Event(), threading.Event()
    err_lines: list[str] = []
    result: list[str] = []

    def watch(stream: IO[str], lines: list[str], event: threading.Event, mark: str) -> None:
        for line in stream:
            lines.append(line)
            if line.startswith(mark):
                event.set()
        event.set()  # ended without it: let the test see why

    assert window.stdout is not None and window.stderr is not None
    for args in (
        (window.stderr, err_lines, started, "started"),
        (window.stdout, result, finished, "Sync"),
    ):
        threading.Thread(target=watch, args=args, daemon=True).start()
    assert started.wait(180), "the window's sync never started"
    db_file = _database_of(env, PROFILE)
    wal = db_file.with_name(db_file.name + "-wal")
    # While the window runs, the CLI asks for the status again and again, and tries to sync.
    statuses: list[subprocess.CompletedProcess[str]] = []
    syncs: list[tuple[bool, subprocess.CompletedProcess[str]]] = []

    wal_seen: list[bool] = []

    def ask_status() -> None:
        while not finished.is_set():
            statuses.append(_run(["status", "--profile", PROFILE], env))
            # The window holds the database open till told to close: its write-ahead log
            # must stay. A status that deletes it leaves the window writing to a lost file.
            wal_seen.append(wal.exists())

    def try_sync() -> None:
        while not finished.is_set():
            attempt = _run(["sync", "--profile", PROFILE], env)
            syncs.append((not finished.is_set(), attempt))

    others = [threading.Thread(target=ask_status), threading.Thread(target=try_sync)]
    for thread in others:
        thread.start()
    for thread in others:
        thread.join(300)
    assert all(wal_seen) and wal.exists(), f"the window's WAL was deleted under it: {wal_seen}"
    window.communicate("\n", timeout=60)  # close the window
    assert window.returncode == 0 and result == ["Sync finished\n"], "".join(err_lines)[-3000:]
    for status in statuses:
        assert status.returncode == 0, status.stderr
        assert "malformed" not in status.stdout + status.stderr
    refused = [a for during, a in syncs if during]
    for attempt in refused:
        assert attempt.returncode != 0 and "already running" in attempt.stderr, attempt.stderr
    assert len(statuses) >= 2 and refused, (len(statuses), len(syncs), err_lines[-3:])

    with sqlite3.connect(db_file) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        links = dict(db.execute("SELECT object, count(*) FROM link GROUP BY object").fetchall())
        synced = dict(
            db.execute(
                "SELECT object, count(*) FROM record_state WHERE state = 'synced' GROUP BY object"
            ).fetchall()
        )
    db.close()
    # Every synced record kept its link: 400 demo contacts, a handful failed or excluded.
    assert links == synced and links["contacts"] > 350, (links, synced)
    # Nothing lost: another run finds every record linked and writes nothing.
    again = _run(["sync", "--profile", PROFILE], env)
    assert "created in HubSpot 0, created in QuickBooks 0" in again.stdout, again.stderr
    print(f"integrity ok; links {links}; statuses {len(statuses)}; refused {len(refused)}")


def _database_of(env: dict[str, str], profile: str) -> Path:
    """The profile's database file, found the way the app finds it (in this test's dirs)."""
    code = "import sys; from qbsync_desktop.core.paths import AppPaths; "
    code += "print(AppPaths.default().database_file(sys.argv[1]))"
    found = subprocess.run(
        [sys.executable, "-c", code, profile], capture_output=True, text=True, env=env, check=True
    )
    return Path(found.stdout.strip())
