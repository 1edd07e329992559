"""Outbound writes start while later invoices are still being read and decided (issue 16
benchmark: an initial sync's floor needs QuickBooks' write pools busy from the start)."""

from __future__ import annotations

import pytest

from qbsync_desktop.core.sync.invoices import outbound
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import Calls
from tests.engine.invoices.outbound_support import invoice_links, qbo_invoices, run, switch_on

LINE_READ = "/crm/v3/objects/line_items/batch/read"


def test_first_quickbooks_writes_go_before_later_chunks_are_read(
    synced: Synced, monkeypatch: pytest.MonkeyPatch
) -> None:
    switch_on(synced)
    # The demo book's invoices one a chunk: more chunks than are decided at once.
    monkeypatch.setattr(outbound, "CHUNK", 1)
    calls = Calls(synced)
    with synced.watching(calls.hook):
        summary = run(synced)
    order = [(s, p) for s, m, p in calls.sent if m == "POST"]
    line_reads = [n for n, (s, p) in enumerate(order) if p == LINE_READ]
    writes = [
        n
        for n, (s, p) in enumerate(order)
        if s == "quickbooks" and p.endswith(("/batch", "/invoice"))
    ]
    assert len(line_reads) > 2 * outbound.CHUNKS_IN_FLIGHT and writes
    # Chunk by chunk: a QuickBooks write went out before the last chunk's lines were read
    # (all reads came first before).
    assert writes[0] < line_reads[-1]
    # Nothing lost or doubled by the chunks: each linked HubSpot invoice has one QBO invoice.
    links = invoice_links(synced)
    assert summary.created["quickbooks"] == len(links) == len(set(links.values()))
    assert {q["Id"] for q in qbo_invoices(synced)} >= set(links.values())
