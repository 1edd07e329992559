"""QBO's query pages: the next page is asked for while the caller takes in this one (issue
15: the reads before a first sync's first writes), and no page is asked for twice or after
the last one."""

from __future__ import annotations

import asyncio

import httpx

from qbsync_desktop.core.connectors.session import Connections

from .conftest import PROFILE


async def test_next_query_page_is_asked_for_while_this_one_is_taken_in(
    connected: Connections,
) -> None:
    asked: list[str] = []
    second_asked = asyncio.Event()

    async def hook(request: httpx.Request) -> None:
        if request.url.path.endswith("/query"):
            asked.append(request.content.decode())
            if "STARTPOSITION 6 " in asked[-1]:
                second_asked.set()

    async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
        _, qbo = connected.clients(PROFILE, http)
        total = await qbo.count("Customer")
        asked.clear()
        rows = qbo.iter_query("Customer", page_size=5)
        first = await anext(rows)
        # Still on the first page's first row: the second page is on its way already.
        await asyncio.wait_for(second_asked.wait(), 5)
        rest = [row async for row in rows]

    ids = [str(r["Id"]) for r in [first, *rest]]
    assert len(ids) == total == len(set(ids)) and total > 10
    starts = [int(sql.split("STARTPOSITION ")[1].split()[0]) for sql in asked]
    # Each page once, in order; the last, short (or empty) page ends it.
    assert starts == [1 + 5 * i for i in range(total // 5 + 1)]


async def test_a_caller_stopping_early_leaves_no_page_running(connected: Connections) -> None:
    async with httpx.AsyncClient() as http:
        _, qbo = connected.clients(PROFILE, http)
        rows = qbo.iter_query("Customer", page_size=5)
        await anext(rows)
        await rows.aclose()
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        assert not [t for t in pending if not t.done() and "query" in repr(t.get_coro())]
