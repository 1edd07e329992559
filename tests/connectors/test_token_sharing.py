"""Refresh is single-flight across threads, and "needs reconnect" survives a restart."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.connectors.errors import NeedsReconnect
from qbsync_desktop.core.connectors.session import Connections

from .conftest import PROFILE, make_connections


def _count_token_calls(sandboxes: Any) -> tuple[list[str], Any]:
    calls: list[str] = []

    async def hook(request: httpx.Request) -> None:
        if request.url.path.endswith("/tokens/bearer"):
            calls.append(request.method)

    return calls, hook


async def test_two_threads_refreshing_at_once_refresh_once(
    connected: Connections, sandboxes: Any
) -> None:
    sandboxes.control("quickbooks", "expire-tokens")
    calls, hook = _count_token_calls(sandboxes)
    go = threading.Barrier(2)
    results: list[Any] = []

    def worker() -> None:
        async def run() -> int:
            # Each thread has its own loop and client, as the GUI check and a sync do.
            async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
                _, qbo = connected.clients(PROFILE, http)
                go.wait(timeout=10)
                return len(await qbo.query("SELECT * FROM Customer MAXRESULTS 2"))

        try:
            results.append(asyncio.run(run()))
        except BaseException as exc:
            results.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert results == [2, 2]
    assert calls == ["POST"]  # one refresh; the other thread reused the stored result
    assert not connected.needs_reconnect(PROFILE, "quickbooks")


async def test_needs_reconnect_is_remembered_after_a_restart(
    connected: Connections, sandboxes: Any, tmp_path: Path
) -> None:
    sandboxes.control("quickbooks", "revoke", {})
    async with httpx.AsyncClient() as http:
        _, qbo = connected.clients(PROFILE, http)
        with pytest.raises(NeedsReconnect):
            await qbo.query("SELECT * FROM Customer")

    # A new app instance: same profile file and keyring, fresh token managers.
    restarted = make_connections(tmp_path, credentials=connected.credentials)
    assert restarted.needs_reconnect(PROFILE, "quickbooks")
    assert not restarted.needs_reconnect(PROFILE, "hubspot")
    calls, hook = _count_token_calls(sandboxes)
    async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
        _, qbo = restarted.clients(PROFILE, http)
        with pytest.raises(NeedsReconnect):
            await qbo.query("SELECT * FROM Customer")
    assert calls == []  # it did not spend a call on a refresh token it knows is dead
