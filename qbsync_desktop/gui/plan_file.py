"""A dry-run plan file read on demand: a big book's plan has 100,000 rows, too many to hold
as dicts in the window (and to read on the GUI thread).

`PlanFile.scan` (run off the GUI thread) walks the file once and keeps, per row, where it
starts and what it counts as (object, action, side); a row's values are read from the file
when it is shown, a few hundred kept at a time. Qt-free.
"""

from __future__ import annotations

import csv
import time
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain
from pathlib import Path
from typing import BinaryIO, TypeVar, overload

from qbsync_desktop.core.export import ENCODING, restore
from qbsync_desktop.core.sync.plan_summary import ObjectPlan, counted_in, summarize

Key = tuple[str, str, str]  # object, action, side (a match: "")
Row = dict[str, str]
T = TypeVar("T")
CACHED_ROWS = 512  # a screenful or two, both ways
# The scan runs beside the GUI thread, which takes the GIL for each call into Python while
# it paints and handles events; held by a busy thread, the GIL is handed over only after
# the interpreter's switch interval (5 ms) each time, so a dialog shown during the scan
# waited 100-375 ms. Yielding every few hundred rows (well under a millisecond) hands it
# over at once.
YIELD_EVERY = 200


def yielding_gil(items: Iterable[T]) -> Iterator[T]:
    """`items`, handing a waiting GUI thread the GIL every YIELD_EVERY of them (a worker
    thread's loop over a big plan: its scan, its export)."""
    for n, item in enumerate(items):
        if n % YIELD_EVERY == 0:
            time.sleep(0)
        yield item


class PlanFile(Sequence[Row]):
    """The rows of a plan CSV as a sequence of dicts, each read from the file when asked."""

    def __init__(
        self, path: Path, columns: list[str], delimiter: str, starts: array[int], keys: list[Key]
    ) -> None:
        self.path = path
        self.columns = columns
        self.delimiter = delimiter
        self._starts = starts  # byte offset of each row, then the end of the last
        self.keys = keys
        self._cache: OrderedDict[int, Row] = OrderedDict()

    @classmethod
    def scan(cls, path: Path) -> PlanFile:
        """Walk the file once: row offsets and keys (a worker's job for a big plan)."""
        starts: array[int] = array("q")
        with open(path, "rb") as fh:
            records = _records(fh, starts)
            header = next(records, "")
            delimiter = _delimiter(header)
            reader = csv.reader(chain([header], records), delimiter=delimiter)
            columns = next(reader, [])
            obj, action, side = (_at(columns, c) for c in ("object", "action", "side"))
            shared: dict[Key, Key] = {}  # one tuple per distinct key, not per row
            keys = []
            for values in yielding_gil(reader):
                key = (_cell(values, obj), _cell(values, action), _cell(values, side))
                keys.append(shared.setdefault(key, key))
        del starts[0]  # the header's start
        return cls(path, columns, delimiter, starts, keys)

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, i: int) -> Row: ...
    @overload
    def __getitem__(self, i: slice) -> list[Row]: ...
    def __getitem__(self, i: int | slice) -> Row | list[Row]:
        if isinstance(i, slice):
            return [self[n] for n in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        row = self._cache.get(i)
        if row is None:
            row = self._read(i)
            self._cache[i] = row
            if len(self._cache) > CACHED_ROWS:
                self._cache.popitem(last=False)
        return row

    def __iter__(self) -> Iterator[Row]:
        """Every row in order, streamed (an export of the whole plan)."""
        return stream_rows(self.path)

    def _read(self, i: int) -> Row:
        with open(self.path, "rb") as fh:
            fh.seek(self._starts[i])
            raw = fh.read(self._starts[i + 1] - self._starts[i])
        values = next(csv.reader([raw.decode("utf-8")], delimiter=self.delimiter), [])
        return _as_row(self.columns, values)

    def summary(self) -> list[ObjectPlan]:
        """Per object, in plan order, what the rows add up to (core's `summarize`)."""
        as_rows = (_key_row(k) for k in self.keys)
        return summarize(as_rows)

    def rows_in(self, obj: str, action: str, side: str) -> list[int]:
        """The numbers of the rows behind one count of the summary."""
        wanted = {k for k in set(self.keys) if counted_in(_key_row(k), obj, action, side)}
        return [n for n, k in enumerate(self.keys) if k in wanted]


def stream_rows(path: Path) -> Iterator[Row]:
    """A plan file's rows one by one, as `read_dict_csv` gives them all at once."""
    with open(path, newline="", encoding=ENCODING) as fh:
        reader = csv.reader(fh, delimiter=_delimiter(fh.readline()))
        fh.seek(0)
        columns = next(reader, [])
        for values in reader:
            yield _as_row(columns, values)


def _delimiter(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def _as_row(columns: list[str], values: list[str]) -> Row:
    padded = chain(values, [""] * (len(columns) - len(values)))
    return {c: restore(v) for c, v in zip(columns, padded, strict=False)}


def _at(columns: list[str], name: str) -> int:
    return columns.index(name) if name in columns else -1


def _cell(values: list[str], i: int) -> str:
    return values[i] if 0 <= i < len(values) else ""


def _key_row(key: Key) -> Mapping[str, str]:
    return {"object": key[0], "action": key[1], "side": key[2]}


def _records(fh: BinaryIO, starts: array[int]) -> Iterator[str]:
    """The file's CSV records as text (a quoted value may hold line breaks: a record ends
    where the quotes so far are balanced), noting where each starts; then the end."""
    offset, start, quotes, parts = 0, 0, 0, []
    bom = b"\xef\xbb\xbf"
    for line in fh:
        if offset == 0 and line.startswith(bom):
            offset = start = len(bom)
            line = line[len(bom) :]
        parts.append(line)
        offset += len(line)
        quotes += line.count(b'"')
        if quotes % 2 == 0:
            starts.append(start)
            yield b"".join(parts).decode("utf-8")
            start, quotes, parts = offset, 0, []
    if parts:  # an unbalanced last record: what there is
        starts.append(start)
        yield b"".join(parts).decode("utf-8")
        start = offset
    starts.append(start)
