"""Times as a bookkeeper reads them: local, to the minute."""

from __future__ import annotations

import datetime as dt
from typing import Any


def local_time(stamp: Any) -> str:
    """A stored UTC timestamp as the user's local time ("today 14:05" or "3 May 14:05")."""
    try:
        when = dt.datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    when = when.astimezone()
    if when.date() == dt.datetime.now().astimezone().date():
        return "today " + when.strftime("%H:%M")
    return when.strftime("%d %b %Y %H:%M")
