"""A QBO answer is freed as soon as the client lets it go (issue 15, "and small"): httpx
0.28 keeps every response in a reference cycle with its stream wrapper, so a query page's
body (0.75 MB for 1,000 customers) stayed until Python's cyclic collector ran, several at
a time during a first sync's reads."""

from __future__ import annotations

import gc
import weakref

import httpx

from qbsync_desktop.core.connectors.session import Connections

from .conftest import PROFILE


async def test_query_answers_go_without_the_cyclic_collector(connected: Connections) -> None:
    answers: list[weakref.ref[httpx.Response]] = []

    async def hook(response: httpx.Response) -> None:
        if response.request.url.path.endswith("/query"):
            answers.append(weakref.ref(response))

    async with httpx.AsyncClient(event_hooks={"response": [hook]}) as http:
        _, qbo = connected.clients(PROFILE, http)
        await qbo.count("Customer")  # the token is fetched before the collector is off
        answers.clear()
        gc.disable()
        try:
            rows = [row async for row in qbo.iter_query("Customer", page_size=5)]
            one = await qbo.query("SELECT * FROM Customer MAXRESULTS 1")
            alive = [ref for ref in answers if ref() is not None]
        finally:
            gc.enable()
    assert len(rows) > 10 and len(one) == 1
    assert len(answers) == len(rows) // 5 + 2  # each page (the last short) and the query
    assert not alive, f"{len(alive)} of {len(answers)} answers kept by a reference cycle"
