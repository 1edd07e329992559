"""Invoice sync both ways through the engine: each side's invoices reach the other once,
and a second run writes nothing anywhere (neither side's echo comes back)."""

from __future__ import annotations

from collections import Counter

from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import Calls
from tests.engine.invoices.outbound_support import (
    BOOK,
    hubspot_by_number,
    invoice_links,
    qbo_invoices,
    run,
    states,
    switch_on,
)


def test_both_ways_once_then_quiet(synced: Synced) -> None:
    switch_on(synced, direction="both")
    qbo_before = {q["Id"] for q in qbo_invoices(synced)}
    first = run(synced)
    assert first.created["quickbooks"] == 7
    assert first.created["hubspot"] == len(BOOK.qbo_invoices)
    links = invoice_links(synced)
    assert len(links) == 7 + len(BOOK.qbo_invoices)
    numbers = Counter(q.get("DocNumber") for q in qbo_invoices(synced))
    assert all(n == 1 for d, n in numbers.items() if d)  # nothing sent back as a copy
    assert len(hubspot_by_number(synced)) == len(BOOK.hubspot_invoices) + len(BOOK.qbo_invoices)
    made_by_us = set(links.values()) - qbo_before
    assert len(made_by_us) == 7
    calls = Calls(synced)
    with synced.watching(calls.hook):
        again = run(synced)
    assert calls.writes("quickbooks") == [] and calls.writes("hubspot") == []
    assert again.writes == 0
    assert all(r.code != "invoice_from_quickbooks" for r in states(synced).values())
