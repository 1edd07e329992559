"""A real crash: the inbound process is killed (SIGKILL) after HubSpot took its invoice
creates but before it could record them; the next run creates nothing twice."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tests.e2e.test_cli import connect_in_processes
from tests.support.process_keyrings import backend_env
from tests.support.sandboxes import RunningSandboxes

PROFILE = "Crash"


def _env(tmp_path: Path) -> dict[str, str]:
    import os

    return {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        **backend_env("file", tmp_path / "keyring.json"),
    }


def _count(sb: RunningSandboxes, kind: str) -> int:
    inspect: Any = sb.control("hubspot", "inspect")
    return int(inspect["counts"].get(kind, 0))


def _inbound(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.engine.invoices.inbound_process", PROFILE],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _keys(sb: RunningSandboxes, env: dict[str, str]) -> tuple[Counter[str], Counter[str]]:
    """How often each of our keys is on an invoice and on a line item in HubSpot."""
    script = (
        "import asyncio, httpx, json\n"
        "from qbsync_desktop.core.paths import AppPaths\n"
        "from qbsync_desktop.core.profile_migration import open_profiles\n"
        "from qbsync_desktop.core.connectors.session import Connections\n"
        "async def go():\n"
        "    p, c, _ = open_profiles(AppPaths.default().ensure(), None)\n"
        "    async with httpx.AsyncClient(timeout=30) as http:\n"
        f"        hs, _q = Connections(p, c).clients({PROFILE!r}, http)\n"
        "        out = {}\n"
        "        for t in ('invoices', 'line_items'):\n"
        "            out[t] = [o.properties.get('qbsync_key') async for o in"
        " hs.iter_objects(t, ['qbsync_key'])]\n"
        "        print(json.dumps(out))\n"
        "asyncio.run(go())\n"
    )
    import json

    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    found = json.loads(done.stdout)
    return (
        Counter(k for k in found["invoices"] if k),
        Counter(k for k in found["line_items"] if k),
    )


def test_killed_after_hubspot_took_the_creates_then_restart_duplicates_nothing(
    sandboxes: RunningSandboxes, tmp_path: Path
) -> None:
    env = _env(tmp_path)
    connect_in_processes(sandboxes, env, PROFILE)
    sync = [sys.executable, "-m", "qbsync_desktop", "sync", "--profile", PROFILE]
    for obj in ("contacts", "products"):
        subprocess.run([*sync, "--object", obj], env=env, capture_output=True, timeout=120)
    before = _count(sandboxes, "invoices")
    # Every call waits: the window between HubSpot taking the creates and the process
    # recording them (the status change, then the database) is wide enough to kill in.
    sandboxes.control("hubspot", "settings", {"latency_ms": 400.0})
    proc = _inbound(env)
    deadline = time.monotonic() + 90
    while _count(sandboxes, "invoices") == before:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "no HubSpot invoice create within 90 s"
        time.sleep(0.02)
    proc.kill()  # SIGKILL: no cleanup, nothing recorded
    proc.wait(10)
    landed = _count(sandboxes, "invoices") - before
    assert landed > 0

    sandboxes.control("hubspot", "settings", {"latency_ms": 0.0})
    again = _inbound(env)
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0, err
    invoices, lines = _keys(sandboxes, env)
    assert invoices and max(invoices.values()) == 1, "an invoice was created twice"
    assert lines and max(lines.values()) == 1, "a line item was created twice"
    assert _count(sandboxes, "invoices") - before == len(invoices) >= landed
    assert out.startswith(f"created {len(invoices)} failed 0"), out
