"""The sandboxes the window starts run in a child process that always goes away with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from qbsync_desktop.sandbox.serve import SandboxProcess


def _alive(pid: int) -> bool:
    """Running (a zombie left for a container's init to reap counts as gone)."""
    status = Path(f"/proc/{pid}/status")
    try:
        state = next(ln for ln in status.read_text().splitlines() if ln.startswith("State:"))
    except (FileNotFoundError, ProcessLookupError, StopIteration):
        return False
    return "Z" not in state.split()[1]


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)  # polling a process we cannot wait() on: not our child
    return True


def test_child_serves_both_and_keeps_state_across_a_clean_stop(tmp_path: Path) -> None:
    with SandboxProcess(tmp_path, reset=True, size=20) as proc:
        pid = proc.pid
        assert pid is not None and pid != os.getpid()
        info = proc.info()
        assert set(info) == {"hubspot", "quickbooks"}
        for sandbox in info.values():
            resp = httpx.get(f"{sandbox.base_url}/_sandbox/inspect", timeout=10)
            assert resp.status_code == 200
        client_id = info["quickbooks"].client_id
    assert _gone_within(pid, 5)
    assert (tmp_path / "quickbooks.json").exists()  # saved on the way out
    with SandboxProcess(tmp_path, size=20) as again:  # not reset: the same sandbox
        assert again.info()["quickbooks"].client_id == client_id


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_child_exits_when_the_app_is_killed(tmp_path: Path) -> None:
    """An app killed outright (no stop()) must not leave the sandboxes running."""
    app = textwrap.dedent(
        """
        import sys
        from qbsync_desktop.sandbox.serve import SandboxProcess
        proc = SandboxProcess(size=10).start()
        print(proc.pid, flush=True)
        sys.stdin.read()
        """
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", app], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    assert _alive(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    # The child's stdin (the dead parent's pipe) closes: it exits on its own.
    assert _gone_within(child, 15), "sandbox child outlived the killed app"
