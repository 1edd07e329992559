"""One sync per profile across real processes: while one process holds a profile's run
lock, another cannot take it — on every OS, not only where fcntl exists."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore

PROFILE = "Lock test"

# A platform without fcntl (Windows has none): hidden before anything imports it.
NO_FCNTL = "import sys; sys.modules['fcntl'] = None\n"

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from qbsync_desktop.core.sync.runner import profile_lock

    with profile_lock(Path(sys.argv[1])):
        print("held", flush=True)
        sys.stdin.readline()  # hold until the test says so
    """
)

TRY_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from qbsync_desktop.core.sync.runner import SyncBusy, profile_lock

    try:
        with profile_lock(Path(sys.argv[1])):
            print("acquired")
    except SyncBusy:
        print("busy")
    """
)


def _try_lock(prelude: str, lock_file: Path) -> str:
    """Another process tries the lock once: "acquired" or "busy"."""
    attempt = subprocess.run(
        [sys.executable, "-c", prelude + TRY_LOCK, str(lock_file)],
        capture_output=True,
        text=True,
        env=dict(os.environ),  # this test's private user directories (tests/conftest.py)
        timeout=60,
        check=True,
    )
    return attempt.stdout.strip()


@pytest.mark.parametrize("platform", ["this OS", "no fcntl"])
def test_a_second_process_cannot_take_the_profile_lock_another_holds(platform: str) -> None:
    paths = AppPaths.default()
    ProfileStore(paths.profiles_file).get_or_create(PROFILE)
    lock_file = paths.database_file(PROFILE).with_name("sync.lock")
    prelude = NO_FCNTL if platform == "no fcntl" else ""
    holder = subprocess.Popen(
        [sys.executable, "-c", prelude + HOLDER, str(lock_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert _try_lock(prelude, lock_file) == "busy"
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    # Released with the holder's end: the next process takes the lock.
    assert _try_lock(prelude, lock_file) == "acquired"
