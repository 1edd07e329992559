"""The CLI, as a real process, on a damaged profile database: one plain sentence that
says what to do, and `fresh-database` keeps the damaged file as a backup."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.core.store import open_database

TECHNICAL = re.compile(r"peewee|sqlite|DatabaseError|Traceback|malformed", re.IGNORECASE)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qbsync_desktop", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ),  # this test's private user directories
        timeout=60,
        check=False,
    )


def test_status_on_a_damaged_database_says_what_to_do_and_a_fresh_one_follows() -> None:
    paths = AppPaths.default()
    ProfileStore(paths.profiles_file).get_or_create("Acme & Sons")
    db_file = paths.database_file("Acme & Sons")
    db_file.parent.mkdir(parents=True)
    db_file.write_bytes(b"half a database copied from a backup stick " * 100)

    status = _cli("status", "--profile", "Acme & Sons")
    assert status.returncode != 0
    assert "damaged" in status.stderr
    assert "qbsync fresh-database --profile 'Acme & Sons'" in status.stderr
    assert not TECHNICAL.search(status.stdout + status.stderr), status.stderr

    fresh = _cli("fresh-database", "--profile", "Acme & Sons")
    assert fresh.returncode == 0, fresh.stderr
    backups = list(db_file.parent.glob("qbsync.db.damaged-*"))
    assert len(backups) == 1 and str(backups[0]) in fresh.stdout
    assert backups[0].read_bytes().startswith(b"half a database")

    again = _cli("status", "--profile", "Acme & Sons")
    assert again.returncode == 0 and "no records yet" in again.stdout, again.stderr
    # Asking on a sound database changes nothing.
    open_database(db_file).close()
    sound = _cli("fresh-database", "--profile", "Acme & Sons")
    assert "sound" in sound.stdout and len(list(db_file.parent.glob("*.damaged-*"))) == 1
