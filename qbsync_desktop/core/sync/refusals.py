"""A service's final refusal of a batch, told apart from a passing failure, and sending a
batch apart so that a record the service refuses fails alone.

HubSpot refuses a whole batch for one bad input (a taken email, a value it does not accept)
without saying which input; sent again unchanged it is refused again, for ever. Halving the
refused batch until the refused part is one record lets every other record through, at a
cost of two calls per halving (about 14 for one bad record in a batch of 100), bounded.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

# 4xx answers about the sign-in, permissions, rate or timing pass (or need the user to
# reconnect, which is not about one record): the write stays queued for them.
PASSING_4XX = frozenset({401, 403, 408, 423, 429})
# Halvings per batch: one bad record among 100 takes 7 (14 calls); 20 isolate about three.
MAX_SPLITS = 20


def final_refusal(exc: BaseException) -> bool:
    """True when the service refused the request for what it holds: sending it again
    unchanged can never succeed."""
    status = getattr(exc, "http_status", None)
    if not isinstance(status, int) or not 400 <= status < 500 or status in PASSING_4XX:
        return False
    return not getattr(exc, "transient", False) and not getattr(exc, "no_answer", False)


async def send_apart(
    items: list[T],
    send: Callable[[list[T]], Awaitable[None]],
    on_refused: Callable[[T, BaseException], None],
    splits: int = MAX_SPLITS,
) -> int:
    """`send(items)`; when that is finally refused, each half is sent again, down to single
    items, and `on_refused` is told of each single item refused. Other failures are raised
    (`send` itself records those it can). Past `splits` halvings a refused part fails whole:
    a refusal of every record (a mapped property HubSpot no longer has) must not cost two
    calls per record. Returns the halvings left."""
    try:
        await send(items)
    except Exception as exc:
        if not final_refusal(exc):
            raise
        if len(items) == 1 or splits <= 0:
            for item in items:
                on_refused(item, exc)
            return splits
        middle = len(items) // 2
        splits = await send_apart(items[:middle], send, on_refused, splits - 1)
        splits = await send_apart(items[middle:], send, on_refused, splits)
    return splits
