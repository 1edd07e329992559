"""Where the engine process's resident memory is (issue 15, "and small"): a thread samples
the process's RSS and, at its highest, what holds it (SQLite's own allocations, the C
allocator's memory in use and the free memory it keeps, Python's allocated blocks), so RSS
growth can be told apart from Python objects (`tracemalloc` sees those alone): what is
anonymous and neither malloc'd nor SQLite's is mostly Python's small-object arenas.

Linux with glibc only (reads /proc/self/status; mallinfo2 is glibc 2.33+).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading
import time
from dataclasses import dataclass, fields
from typing import Any

MB = 2**20


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",  # non-mmapped space from the system (all arenas)
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",  # mmapped space (big blocks, given back when freed)
            "usmblks",
            "fsmblks",
            "uordblks",  # in use
            "fordblks",  # free but kept by the allocator
            "keepcost",
        )
    ]


def _libs() -> tuple[Any, Any]:
    import _sqlite3  # the SQLite library the sqlite3 module is linked with

    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.mallinfo2.restype = _MallInfo2
    sqlite = ctypes.CDLL(_sqlite3.__file__)  # its libsqlite3 symbols resolve through it
    sqlite.sqlite3_memory_used.restype = ctypes.c_int64
    sqlite.sqlite3_memory_highwater.restype = ctypes.c_int64
    sqlite.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    return libc, sqlite


def _status_kb(*keys: str) -> dict[str, int]:
    out: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in keys:
                out[key] = int(value.split()[0])
    return out


@dataclass
class Sample:
    rss: float = 0.0  # MB, resident
    anon: float = 0.0  # MB, resident anonymous (heap, arenas, mmapped blocks)
    sqlite_used: float = 0.0  # MB SQLite has allocated now (page caches, statements)
    malloc_in_use: float = 0.0  # MB malloc'd and not freed (includes SQLite's)
    malloc_free_kept: float = 0.0  # MB freed to malloc and not given back to the system
    malloc_mmapped: float = 0.0  # MB in big mmapped blocks (part of in use)
    python_blocks: int = 0  # Python's allocated memory blocks (objects, roughly)

    def line(self) -> str:
        return ", ".join(
            f"{f.name} {getattr(self, f.name):.1f}"
            if isinstance(getattr(self, f.name), float)
            else f"{f.name} {getattr(self, f.name):,}"
            for f in fields(self)
        )


class RssSampler:
    """Samples every `every_s` in a thread; keeps the sample of the highest RSS and
    SQLite's high-water mark."""

    def __init__(self, every_s: float = 0.02) -> None:
        self.libc, self.sqlite = _libs()
        self.every_s = every_s
        self.peak = Sample()
        self.samples = 0
        self.timeline: list[tuple[float, Sample]] = []  # the highest sample of each quarter second
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> Sample:
        kb = _status_kb("VmRSS", "RssAnon")
        info = self.libc.mallinfo2()
        return Sample(
            rss=kb["VmRSS"] / 1024,
            anon=kb["RssAnon"] / 1024,
            sqlite_used=self.sqlite.sqlite3_memory_used() / MB,
            malloc_in_use=(info.uordblks + info.hblkhd) / MB,
            malloc_free_kept=info.fordblks / MB,
            malloc_mmapped=info.hblkhd / MB,
            python_blocks=sys.getallocatedblocks(),
        )

    def _run(self) -> None:
        t0 = time.perf_counter()
        while not self._stop.wait(self.every_s):
            now = self.sample()
            self.samples += 1
            if now.rss >= self.peak.rss:
                self.peak = now
            second = int((time.perf_counter() - t0) * 4) / 4  # quarter seconds
            if not self.timeline or self.timeline[-1][0] < second:
                self.timeline.append((second, now))
            elif now.rss > self.timeline[-1][1].rss:
                self.timeline[-1] = (second, now)

    def __enter__(self) -> RssSampler:
        self.sqlite.sqlite3_memory_highwater(1)  # reset the high-water mark
        self.start = self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def report(self) -> list[str]:
        high = self.sqlite.sqlite3_memory_highwater(0) / MB
        return [
            f"  memory at start: {self.start.line()}",
            f"  memory at the highest RSS ({self.samples} samples): {self.peak.line()}",
            f"  SQLite's allocations at their highest: {high:.1f} MB",
            "  highest each quarter second:",
            *(f"    {t:5.0f} s  {sample.line()}" for t, sample in self.timeline),
        ]
