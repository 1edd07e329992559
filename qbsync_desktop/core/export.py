"""CSV exports (record list, dry-run plan): the one writer the CLI and the window share.

CRM names come from public web forms, so a cell that a spreadsheet would read as a
formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) is written with a
leading single quote. Files are UTF-8 with a byte-order mark, so Excel on Windows shows
ä/ë/ñ; timestamps are the user's local time to the second.

Separator and decimal mark follow the user's locale (`CsvFormat`): where the decimal mark
is a comma (German, Dutch, Spanish) spreadsheets expect `;` between cells and `3,50`.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import platformdirs

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISER = "'"
ENCODING = "utf-8-sig"  # UTF-8 with a BOM on write; the BOM is skipped on read


@dataclass(frozen=True)
class CsvFormat:
    """How cells are separated and how a decimal number is written in one locale."""

    delimiter: str = ","
    decimal_mark: str = "."

    @classmethod
    def for_decimal_mark(cls, mark: str) -> CsvFormat:
        """The format a spreadsheet in a locale with this decimal mark opens directly."""
        return cls(";", ",") if mark == "," else cls()

    def number(self, value: float | Decimal) -> str:
        text = str(value)
        return text.replace(".", self.decimal_mark) if self.decimal_mark != "." else text


PLAIN = CsvFormat()  # English: comma-separated, decimal point


def neutralise(text: str) -> str:
    """`text` as a spreadsheet shows it literally (never evaluated as a formula)."""
    return _NEUTRALISER + text if text.startswith(FORMULA_LEADS) else text


def restore(text: str) -> str:
    """The value `neutralise` was given (for reading our own exports back)."""
    if text.startswith(_NEUTRALISER) and text[1:].startswith(FORMULA_LEADS):
        return text[1:]
    return text


def local_timestamp(value: Any) -> str:
    """A stored UTC time (naive or aware, datetime or ISO text) as local time to the second."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        when = value
    else:
        try:
            when = dt.datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().replace(microsecond=0).strftime("%Y-%m-%d %H:%M:%S")


def cell(value: Any, *, timestamp: bool = False, fmt: CsvFormat = PLAIN) -> str:
    """One CSV cell: local time for timestamp columns, numbers with the locale's decimal
    mark, text otherwise, neutralised."""
    if timestamp:
        return neutralise(local_timestamp(value))
    if isinstance(value, float | Decimal):
        return neutralise(fmt.number(value))
    return neutralise("" if value is None else str(value))


def write_csv(
    target: Path | str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    timestamp_columns: Sequence[int] = (),
    fmt: CsvFormat = PLAIN,
) -> int:
    """Write `header` and `rows` to `target` (UTF-8 with BOM, cells neutralised); row count."""
    stamps = set(timestamp_columns)
    n = 0
    with open(target, "w", newline="", encoding=ENCODING) as fh:
        writer = csv.writer(fh, delimiter=fmt.delimiter)
        writer.writerow([cell(h) for h in header])
        for row in rows:
            writer.writerow([cell(v, timestamp=i in stamps, fmt=fmt) for i, v in enumerate(row)])
            n += 1
    return n


def write_dict_csv(
    target: Path | str,
    columns: Sequence[str],
    rows: Iterable[Mapping[str, Any]],
    *,
    timestamp_columns: Sequence[str] = (),
    fmt: CsvFormat = PLAIN,
    header: Sequence[str] | None = None,
) -> int:
    """`write_csv` for rows given as dicts, in `columns` order (headed by `header`, the
    columns' names in the reader's words, when given)."""
    stamps = [columns.index(c) for c in timestamp_columns]
    values = ([row.get(c) for c in columns] for row in rows)
    return write_csv(target, header or columns, values, timestamp_columns=stamps, fmt=fmt)


def read_dict_csv(path: Path | str) -> tuple[list[str], list[dict[str, str]]]:
    """Read back a CSV this module wrote: its columns and rows, values as they were given
    (either separator: the header line says which one was used)."""
    with open(path, newline="", encoding=ENCODING) as fh:
        first = fh.readline()
        fh.seek(0)
        delimiter = ";" if first.count(";") > first.count(",") else ","
        reader = csv.DictReader(fh, delimiter=delimiter)
        rows = [{k: restore(v or "") for k, v in row.items()} for row in reader]
        return list(reader.fieldnames or []), rows


def documents_dir() -> Path:
    """The user's documents folder (where a save dialog starts)."""
    return Path(platformdirs.user_documents_dir())


def default_export_path(
    client: str, what: str, *, today: dt.date | None = None, folder: Path | None = None
) -> Path:
    """`<documents>/<client> <what> <YYYY-MM-DD>.csv`, the name safe on every platform."""
    day = (today or dt.date.today()).isoformat()
    name = f"{_file_safe(client) or 'qbsync'} {what} {day}.csv"
    return (folder or documents_dir()) / name


def _file_safe(text: str) -> str:
    # Characters Windows forbids in file names, control characters, and leading dots.
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]+', " ", text)
    return re.sub(r"\s+", " ", cleaned).strip(" .")[:80]


__all__ = [
    "FORMULA_LEADS",
    "PLAIN",
    "CsvFormat",
    "cell",
    "default_export_path",
    "documents_dir",
    "local_timestamp",
    "neutralise",
    "read_dict_csv",
    "restore",
    "write_csv",
    "write_dict_csv",
]
