"""Invoices archived in HubSpot are learnt from the archivals' check (issue 15): a run in
which no known invoice went lists none (one search), and an invoice inbound made in
HubSpot after the check's table was filled, then archived, is shown as deleted there."""

from __future__ import annotations

from tests.engine.conftest import Synced
from tests.engine.invoices.outbound_support import run, state_of, switch_on
from tests.engine.invoices.test_run_deletions import _archive, _made_in_quickbooks
from tests.engine.test_incremental import counting


def test_an_invoice_inbound_made_then_archived_is_shown_and_quiet_runs_list_nothing(
    synced: Synced,
) -> None:
    switch_on(synced, direction="to_quickbooks")
    run(synced)  # the check's table filled from HubSpot, the archived listed once
    with counting(synced) as calls:
        run(synced)
    assert calls["hubspot:archived"] == 0, calls  # nothing went: one search, no listing
    synced.settings("invoices", direction="both")
    run(synced)  # inbound makes QuickBooks' invoices in HubSpot, after outbound read it
    made = _made_in_quickbooks(synced)
    assert made
    synced.sandboxes.control("hubspot", "account", {"allow_delete_open_invoices": True})
    _archive(synced, [made[0]])
    with counting(synced) as calls:
        run(synced)
    assert calls["hubspot:archived"] == 1, calls
    row = state_of(synced, made[0])
    assert (row.state, row.code) == ("excluded", "deleted")
