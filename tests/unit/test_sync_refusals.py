"""Sending a refused batch apart: the refused records fail alone, the others go through,
and a refusal of everything costs a bounded number of calls."""

from __future__ import annotations

import asyncio

import pytest

from qbsync_desktop.core.connectors.errors import HubSpotApiError
from qbsync_desktop.core.sync.refusals import MAX_SPLITS, final_refusal, send_apart


def _refusal(status: int = 400, **kw: object) -> HubSpotApiError:
    return HubSpotApiError("refused", http_status=status, **kw)


@pytest.mark.parametrize(
    ("error", "final"),
    [
        (_refusal(400), True),
        (_refusal(409), True),
        (_refusal(401), False),
        (_refusal(403), False),
        (_refusal(429), False),
        (_refusal(502), False),
        (_refusal(400, transient=True), False),
        (OSError("reset"), False),
    ],
)
def test_only_a_final_4xx_is_a_refusal(error: BaseException, final: bool) -> None:
    assert final_refusal(error) is final


def _run(items: list[int], bad: set[int]) -> tuple[list[int], list[int], int]:
    sent: list[int] = []
    refused: list[int] = []
    calls = 0

    async def send(part: list[int]) -> None:
        nonlocal calls
        calls += 1
        if bad & set(part):
            raise _refusal(409)
        sent.extend(part)

    asyncio.run(send_apart(items, send, lambda item, exc: refused.append(item)))
    return sent, refused, calls


def test_one_refused_record_fails_alone_and_its_batch_mates_go_through() -> None:
    sent, refused, calls = _run(list(range(100)), {37})
    assert refused == [37]
    assert sorted(sent) == [i for i in range(100) if i != 37]
    assert calls <= 15  # the batch, then two calls per halving (7 halvings)


def test_a_refusal_of_every_record_costs_a_bounded_number_of_calls() -> None:
    sent, refused, calls = _run(list(range(100)), set(range(100)))
    assert sent == [] and sorted(refused) == list(range(100))
    assert calls <= 1 + 2 * MAX_SPLITS


def test_a_passing_failure_is_raised_not_split() -> None:
    async def send(part: list[int]) -> None:
        raise _refusal(503)

    with pytest.raises(HubSpotApiError):
        asyncio.run(send_apart([1, 2, 3], send, lambda item, exc: None))
