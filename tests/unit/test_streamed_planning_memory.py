"""A streamed full run's planning holds no per-record state of the book (issue 15, "and
small"): what it must remember for the whole run (QBO names, free keys, keys and ids seen)
lives in SQLite, so its traced peak does not grow with the book."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from qbsync_desktop.core.store import open_database
from qbsync_desktop.core.sync import mirror
from qbsync_desktop.core.sync.mapping import from_hubspot, record_label
from qbsync_desktop.core.sync.objects.contacts import SPEC as CONTACTS
from qbsync_desktop.core.sync.planner import Planner
from qbsync_desktop.core.sync.settings import ObjectSettings
from qbsync_desktop.core.sync.vocabulary import SideRecord

SETTINGS = ObjectSettings()
PAGE = 100


def _customer(i: int) -> SideRecord:
    values: dict[str, str | None] = {"email": f"c{i}@book.test", "firstname": f"Cy{i}"}
    name = f"Customer Number {i:06d}"
    return SideRecord("quickbooks", str(i), values, name, qbo_name=name)


def _contact_pages(n: int) -> Iterator[list[SideRecord]]:
    """Half the contacts share a customer's email, half are new (QBO creates named here)."""
    fields = CONTACTS.fields(SETTINGS)
    for start in range(0, n, PAGE):
        page = []
        for i in range(start, min(start + PAGE, n)):
            email = f"c{i}@book.test" if i % 2 else f"h{i}@book.test"
            props: dict[str, str | None] = {"email": email, "firstname": f"Hal{i}"}
            props["company"] = f"Company {i}"
            values = from_hubspot(fields, props)
            page.append(SideRecord("hubspot", f"h{i}", values, record_label(CONTACTS, values)))
        yield page


def _planning_peak(tmp_path: Path, n: int) -> int:
    """Traced peak (bytes) of planning `n` contacts against `n` mirrored customers."""
    db = open_database(tmp_path / f"book{n}.db")
    try:
        mirror.upsert(CONTACTS, ((_customer(i), None) for i in range(n)), seen=1)
        tracemalloc.start()
        try:
            planner = Planner(
                CONTACTS,
                SETTINGS,
                mirror.MirrorSide(CONTACTS, SETTINGS),
                mirror.TableLinks(CONTACTS),
                taken=mirror.TakenNames(CONTACTS),
                claims=mirror.TableClaims(CONTACTS),
            )
            planned = 0
            for page in _contact_pages(n):
                planned += len(planner.page(page).pairs)  # each part is written and dropped
            for part in planner.finish_parts():
                planned += len(part.pairs)
            assert planned == n + n // 2  # n/2 matched, n/2 created each way
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    finally:
        db.close()


def test_streamed_planning_peak_does_not_grow_with_the_book(tmp_path: Path) -> None:
    small, large = _planning_peak(tmp_path, 3_000), _planning_peak(tmp_path, 12_000)
    # Per-record sets and dicts (names twice, free keys, seen ids, claimed keys) made the
    # 12k peak grow with the book; flat, it is a page and two finish parts (FINISH_PART) either way.
    assert large < small * 1.3, (small, large)
