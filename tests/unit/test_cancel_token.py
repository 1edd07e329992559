"""A Cancel from the window's thread wakes the engine's loop at once."""

from __future__ import annotations

import asyncio
import threading

from qbsync_desktop.core.sync.events import CancelToken


async def test_wait_returns_when_another_thread_cancels() -> None:
    token = CancelToken()
    waiting = asyncio.create_task(token.wait())
    await asyncio.sleep(0)  # the waiter is registered
    assert not waiting.done()
    threading.Timer(0.05, token.cancel).start()
    await asyncio.wait_for(waiting, timeout=2)
    assert token.cancelled


async def test_wait_after_cancel_returns_at_once() -> None:
    token = CancelToken()
    token.cancel()
    await asyncio.wait_for(token.wait(), timeout=0.5)
