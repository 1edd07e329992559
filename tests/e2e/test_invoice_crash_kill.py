"""A real crash while sending invoices: the `qbsync backfill` process is killed (SIGKILL)
after QuickBooks took its invoice batch but before it could record the answer; the next
process (`qbsync sync --object invoices`) finishes that batch with the same requestid and
creates nothing twice."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from qbsync_desktop.sandbox.qbo.seeding import CHART
from tests.e2e.test_cli import connect_in_processes, process_env, secret_service_usable
from tests.support.sandboxes import RunningSandboxes

pytestmark = pytest.mark.secretservice

PROFILE = "Invoice crash"  # not "Crash": test_crash_kill may use the same keyring at once
QBSYNC = [sys.executable, "-m", "qbsync_desktop"]
SYNC_INVOICES = [*QBSYNC, "sync", "--profile", PROFILE, "--object", "invoices"]
BACKFILL = [*QBSYNC, "backfill", "--profile", PROFILE, "--since", "2000-01-01"]
# The demo chart's first account (QuickBooks ids count from 1) is the income account.
assert CHART[0][1] == "Income"
INCOME_ACCOUNT = "1"


def _invoices(sb: RunningSandboxes) -> int:
    inspect: Any = sb.control("quickbooks", "inspect")
    return int(inspect["counts"]["Invoice"])


def _qbsync(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*QBSYNC, *args], env=env, capture_output=True, text=True, timeout=120)


def test_killed_after_quickbooks_took_the_invoices_then_restart_duplicates_nothing(
    sandboxes: RunningSandboxes, tmp_path: Path
) -> None:
    if not secret_service_usable():
        pytest.skip("no Secret Service in this session (run via `python -m tests.run`)")
    env = process_env(tmp_path)
    connect_in_processes(sandboxes, env, PROFILE)
    done = _qbsync(
        env, "sync", "--profile", PROFILE, "--object", "contacts", "--object", "products"
    )
    assert done.returncode in (0, 3), done.stderr  # 3: the demo's one display-name clash
    switched = _qbsync(
        env, "settings", "set", "--profile", PROFILE, "invoices.enabled=true",
        "invoices.direction=to_quickbooks",
        f"invoices.custom_line_item_account={INCOME_ACCOUNT}",
    )  # fmt: skip
    assert switched.returncode == 0, switched.stderr
    before = _invoices(sandboxes)
    sandboxes.control("quickbooks", "settings", {"drop_rate": 1.0, "fault_path": "/batch"})
    # The demo invoices predate the switch-on: a backfill sends them.
    proc = subprocess.Popen(BACKFILL, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _invoices(sandboxes) == before:
        assert proc.poll() is None, "the sync ended before its invoice batch landed"
        assert time.monotonic() < deadline, "no invoice batch within 60 s"
        time.sleep(0.02)
    proc.kill()  # SIGKILL: no cleanup, no chance to record the answer
    proc.wait(10)
    landed = _invoices(sandboxes) - before
    assert landed == 7  # one batch of 30 holds them all

    sandboxes.control("quickbooks", "settings", {"drop_rate": 0.0, "fault_path": None})
    again = subprocess.run(SYNC_INVOICES, env=env, capture_output=True, text=True, timeout=120)
    assert "finished from an interrupted run 7" in again.stdout, (again.stdout, again.stderr)
    assert "created in QuickBooks 0" in again.stdout
    assert _invoices(sandboxes) == before + 7  # nothing created twice
    third = subprocess.run(SYNC_INVOICES, env=env, capture_output=True, text=True, timeout=120)
    assert "created in QuickBooks 0" in third.stdout and _invoices(sandboxes) == before + 7
