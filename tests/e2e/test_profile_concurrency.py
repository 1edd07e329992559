"""Several real processes on one profile: the window syncing, the CLI asking status and
trying to sync at the same time. The profile database must come out whole."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from tests.e2e.test_cli import connect_in_processes, process_env, secret_service_usable
from tests.support.sandboxes import RunningSandboxes

pytestmark = [pytest.mark.secretservice, pytest.mark.slow]

PROFILE = "Shared"
CLI = [sys.executable, "-m", "qbsync_desktop"]

# What the window does while it syncs: its records page keeps a reading connection to
# the profile's database open, and the run (the same core the CLI runs) opens the
# database again in a worker thread.
WINDOW_LIKE = textwrap.dedent(
    """
    import sys
    import threading
    import peewee
    from qbsync_desktop.cli import main
    from qbsync_desktop.core.paths import AppPaths

    profile = sys.argv[1]
    page = peewee.SqliteDatabase(
        str(AppPaths.default().database_file(profile)), pragmas={"busy_timeout": 10_000}
    )
    page.execute_sql("SELECT count(*) FROM record_state").fetchone()
    codes = []
    worker = threading.Thread(target=lambda: codes.append(main(["sync", "--profile", profile])))
    worker.start()
    worker.join()
    page.execute_sql("SELECT count(*) FROM record_state").fetchone()
    sys.exit(codes[0] if codes else 3)
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
        sandboxes.control(service, "settings", {"latency_ms": 40.0})

    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW_LIKE, PROFILE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    writing = threading.Event()
    err_lines: list[str] = []

    def watch_progress() -> None:
        assert window.stderr is not None
        for line in window.stderr:
            err_lines.append(line)
            if "contacts:" in line:
                writing.set()  # the run is writing contacts now
        writing.set()  # ended without: let the test see why

    watcher = threading.Thread(target=watch_progress, daemon=True)
    watcher.start()
    assert writing.wait(180), "the window's sync never started writing"
    db_file = _database_of(env, PROFILE)
    wal = db_file.with_name(db_file.name + "-wal")
    statuses = refused = 0
    while window.poll() is None:
        status = _run(["status", "--profile", PROFILE], env)
        assert status.returncode == 0, status.stderr
        assert "database disk image is malformed" not in status.stdout + status.stderr
        statuses += 1
        # While the window holds the database open its write-ahead log must stay: a
        # status that deletes it leaves the window writing to a file nobody else sees.
        if window.poll() is None:
            assert wal.exists() or window.poll() is not None, "the window's WAL was deleted"
        if window.poll() is None:
            other = _run(["sync", "--profile", PROFILE], env)
            if window.poll() is None:  # still running when it was refused
                assert other.returncode != 0
                assert "already running" in other.stdout + other.stderr
                refused += 1
    out = window.stdout.read() if window.stdout else ""
    watcher.join(10)
    # Exit code 1 only says some records failed (the demo books hold a few on purpose).
    assert window.returncode in (0, 1) and "Sync finished" in out, "".join(err_lines)[-3000:]
    assert statuses >= 2 and refused >= 1, (statuses, refused)

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
    print(f"integrity ok; links {links}; statuses {statuses}; refused syncs {refused}")


def _database_of(env: dict[str, str], profile: str) -> Path:
    """The profile's database file, found the way the app finds it (in this test's dirs)."""
    code = "import sys; from qbsync_desktop.core.paths import AppPaths; "
    code += "print(AppPaths.default().database_file(sys.argv[1]))"
    found = subprocess.run(
        [sys.executable, "-c", code, profile], capture_output=True, text=True, env=env, check=True
    )
    return Path(found.stdout.strip())
