"""Invoices use both of QuickBooks' write pools over HTTP: when the batch window is spent,
the rest go as single-entity calls instead of waiting for the next minute; both directions
run side by side and nothing is made twice on either side; a second run writes nothing.
Single calls left unanswered are finished by the next run with their own requestids."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from qbsync_desktop.core.store import PendingWrite
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import hubspot_invoices
from tests.engine.invoices.outbound_support import invoice_links, qbo_invoices, run, switch_on
from tests.engine.test_write_pools import _tight, qbo_writes


def test_invoices_go_singly_when_the_batch_window_is_spent_both_ways(synced: Synced) -> None:
    tight = _tight(synced)  # one QuickBooks batch a minute; 40 HubSpot invoices
    switch_on(tight, direction="both")
    hubspot_before = len(hubspot_invoices(tight))
    qbo_before = len(qbo_invoices(tight))
    started = time.monotonic()
    with qbo_writes(tight) as (counts, ids):
        summary = run(tight)
    elapsed = time.monotonic() - started
    sent = summary.created["quickbooks"]
    assert sent > 30  # more than a batch's worth
    assert counts["batch"] <= 1, counts  # the window's one batch; the rest went singly
    assert counts["single"] >= sent - 30
    assert elapsed < 50, elapsed  # never waited for the next batch minute
    assert len(ids) == len(set(ids))  # each answered call its own requestid

    came_in = summary.created["hubspot"]
    assert came_in > 0
    assert len(qbo_invoices(tight)) == qbo_before + sent
    assert len(hubspot_invoices(tight)) == hubspot_before + came_in
    numbers = Counter(q.get("DocNumber") for q in qbo_invoices(tight) if q.get("DocNumber"))
    assert max(numbers.values()) == 1  # no invoice made twice
    again = run(tight)
    assert again.writes == 0


def test_unanswered_single_invoice_calls_are_finished_by_the_next_run(synced: Synced) -> None:
    tight = _tight(synced)
    switch_on(tight)
    before = len(qbo_invoices(tight))
    # The batch window's one batch goes; QuickBooks applies the single calls after it, but
    # their answers never arrive (the connection drops).
    tight.sandboxes.control("quickbooks", "settings", {"drop_rate": 1.0, "fault_path": "/invoice"})
    with pytest.raises(Exception):  # noqa: B017 - the run fails as the network does
        run(tight)
    tight.sandboxes.control("quickbooks", "settings", {"drop_rate": 0.0, "fault_path": None})
    with tight.database():
        pending = PendingWrite.select().where(
            (PendingWrite.object == "invoices") & (PendingWrite.status == "pending")
        )
        assert "singles" in {p.operation for p in pending}  # recorded before it was sent

    summary = run(tight)
    assert summary.recovered >= 1
    numbers = Counter(q.get("DocNumber") for q in qbo_invoices(tight) if q.get("DocNumber"))
    assert max(numbers.values()) == 1  # nothing made twice
    made = len(qbo_invoices(tight)) - before
    assert made == len(invoice_links(tight)) > 30
    with tight.database():
        assert PendingWrite.select().where(PendingWrite.status == "pending").count() == 0
    assert run(tight).writes == 0
