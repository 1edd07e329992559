"""Reading a profile's database beside the engine (the window's and the CLI's readers).

A reader gets any connection that runs SQL (a peewee database of its own, or a sqlite3
connection) rather than the store's models, so it never rebinds them under a running
sync; a table the engine has not created yet (no sync so far) reads as empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


class Executes(Protocol):
    """The part of a peewee Database (or a sqlite3 connection) a reader uses."""

    def execute_sql(self, sql: str, params: Sequence[Any] | None = ...) -> Any: ...


def query_rows(database: Executes, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows `sql` answers; none when its table does not exist yet."""
    try:
        return list(database.execute_sql(sql, list(params)).fetchall())
    except Exception as exc:  # sqlite's OperationalError, or peewee's wrapping it
        if "no such table" in str(exc):
            return []
        raise
