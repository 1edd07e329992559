"""Plain SQL on the database `open_database` bound in this thread: the engine's bulk
statements and run-scoped (TEMP) tables, which the models do not describe."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from qbsync_desktop.core.store.models import current_database


def sql(text: str, params: Iterable[Any] = ()) -> Any:
    """Run one statement; its cursor."""
    return current_database().execute_sql(text, tuple(params))  # type: ignore[no-untyped-call]


def executemany(text: str, rows: list[tuple[Any, ...]]) -> None:
    """`executemany` in one transaction (outside one, SQLite commits every row)."""
    if rows:
        with current_database().atomic():
            cursor = current_database().cursor()  # type: ignore[no-untyped-call]
            cursor.executemany(text, rows)


IN_CHUNK = 500  # values per SQL IN (...), under SQLite's variable limit
T = TypeVar("T")


def in_chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    """`values` IN_CHUNK at a time, one SQL IN (...) list each."""
    for i in range(0, len(values), IN_CHUNK):
        yield values[i : i + IN_CHUNK]


def select_in(text: str, params: Iterable[Any], values: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of `text` (whose `{marks}` stands for an IN list) for each distinct, non-empty
    value, IN_CHUNK at a time; `params` are bound before the values."""
    wanted = sorted({v for v in values if v})
    fixed = tuple(params)
    for part in in_chunks(wanted):
        yield from sql(text.format(marks=", ".join("?" for _ in part)), (*fixed, *part))
