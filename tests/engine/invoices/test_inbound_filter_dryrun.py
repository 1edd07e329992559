"""The inbound "created after" filter (left-out invoices say why, and come in once the date
allows them) and the dry run (per invoice what would happen, nothing written)."""

from __future__ import annotations

from typing import Any

from qbsync_desktop.core.store import Link, RecordState
from qbsync_desktop.core.sync.problems import render
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import Calls, inbound, qbo_invoices


def _rows(synced: Synced, model: Any) -> list[Any]:
    with synced.database():
        return list(model.select().where(model.object == "invoices"))


def test_the_created_after_filter_leaves_invoices_out_with_its_reason(synced: Synced) -> None:
    synced.sync(objects=("contacts", "products"))
    invoices = qbo_invoices(synced)
    run = inbound(synced, inbound_created_after="2099-01-01")
    assert run.summary.created["hubspot"] == 0 and run.summary.excluded == len(invoices)
    states = _rows(synced, RecordState)
    assert {(s.state, s.code) for s in states} == {("excluded", "created_before")}
    assert "2099-01-01" in render(states[0].problem).reason
    # An earlier date brings them in on the next run, though none changed in QuickBooks.
    again = inbound(synced, inbound_created_after="2000-01-01")
    assert again.summary.created["hubspot"] == len(invoices)
    assert {s.state for s in _rows(synced, RecordState)} == {"synced"}


def test_a_dry_run_says_per_invoice_what_would_happen_and_writes_nothing(synced: Synced) -> None:
    synced.sync(objects=("contacts", "products"))
    invoices = qbo_invoices(synced)
    calls = Calls(synced)
    with synced.watching(calls.hook):
        run = inbound(synced, dry_run=True)
    assert calls.writes("hubspot") == [] and calls.writes("quickbooks") == []
    plan = run.plans["invoices"]
    assert {p.qbo.id for p in plan.of("create_hubspot") if p.qbo} == {i["Id"] for i in invoices}
    assert run.summary.created["hubspot"] == len(invoices)
    assert _rows(synced, Link) == [] and _rows(synced, RecordState) == []

    left_out = inbound(synced, dry_run=True, inbound_created_after="2099-01-01")
    skips = left_out.plans["invoices"].skips
    assert {(s.state, s.problem.code.value) for s in skips} == {("excluded", "created_before")}
    assert len(skips) == len(invoices) and _rows(synced, RecordState) == []
    # The real run afterwards does what the dry run said.
    real = inbound(synced)
    assert real.summary.created["hubspot"] == len(invoices)
