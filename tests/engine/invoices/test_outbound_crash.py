"""A run that never hears QuickBooks' answer to its invoice batch (QuickBooks wrote it) is
finished by the next run with the same requestid: no invoice is created twice."""

from __future__ import annotations

from collections import Counter

import pytest

from qbsync_desktop.core.store import PendingWrite
from tests.engine.conftest import Synced
from tests.engine.invoices.outbound_support import (
    hubspot_by_number,
    invoice_links,
    qbo_invoices,
    run,
    states,
    switch_on,
)


def test_unanswered_invoice_batch_is_finished_by_the_next_run_without_duplicates(
    synced: Synced,
) -> None:
    switch_on(synced)
    before = len(qbo_invoices(synced))
    # QuickBooks applies every batch, but the answer never arrives (connection dropped).
    synced.sandboxes.control("quickbooks", "settings", {"drop_rate": 1.0, "fault_path": "/batch"})
    with pytest.raises(Exception):  # noqa: B017 - the run fails as the network does
        run(synced)
    landed = len(qbo_invoices(synced)) - before
    assert landed == 7  # QuickBooks wrote them; we never heard so
    assert invoice_links(synced) == {}
    with synced.database():
        pending = PendingWrite.select().where(
            (PendingWrite.object == "invoices") & (PendingWrite.status == "pending")
        )
        assert pending.count() == 1
    synced.sandboxes.control("quickbooks", "settings", {"drop_rate": 0.0, "fault_path": None})

    summary = run(synced)
    assert summary.recovered == 7 and summary.created["quickbooks"] == 0
    numbers = Counter(q.get("DocNumber") for q in qbo_invoices(synced))
    assert len(qbo_invoices(synced)) - before == 7
    sent = [n for n in hubspot_by_number(synced) if n in numbers]
    assert all(numbers[n] == 1 for n in sent)  # each HubSpot invoice once in QuickBooks
    assert len(invoice_links(synced)) == 7
    assert sum(1 for r in states(synced).values() if r.state == "synced") == 7
    with synced.database():
        assert PendingWrite.select().where(PendingWrite.status == "pending").count() == 0
