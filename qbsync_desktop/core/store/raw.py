"""Plain SQL on the database `open_database` bound in this thread: the engine's bulk
statements and run-scoped (TEMP) tables, which the models do not describe."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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
