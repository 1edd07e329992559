"""A service's final refusal of a batch, told apart from a passing failure, and sending a
batch apart so that a record the service refuses fails alone.

HubSpot refuses a whole batch for one bad input (a taken email, a value it does not accept)
without saying which input; sent again unchanged it is refused again, for ever. Halving the
refused batch until the refused part is one record lets every other record through, at a
cost of about two calls per halving for each bad record.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

# 4xx answers about the sign-in, permissions, rate or timing pass (or need the user to
# reconnect, which is not about one record): the write stays queued for them.
PASSING_4XX = frozenset({401, 403, 408, 423, 429})


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
) -> None:
    """`send(items)`; when that is finally refused, each half is sent again, down to single
    items, and `on_refused` is told of each single item refused. Other failures are raised
    (`send` itself records those it can)."""
    try:
        await send(items)
    except Exception as exc:
        if not final_refusal(exc):
            raise
        if len(items) == 1:
            on_refused(items[0], exc)
            return
        middle = len(items) // 2
        await send_apart(items[:middle], send, on_refused)
        await send_apart(items[middle:], send, on_refused)
