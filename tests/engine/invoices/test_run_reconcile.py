"""The invoices' periodic full re-read over HTTP (the settings' `reconcile_hours`, like the
other types' daily reconcile): a change the incremental read missed is found once the last
whole read is older than that; before then it is not, and a whole read of unchanged
invoices writes nothing."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import httpx

from qbsync_desktop.core.sync.changes import load_cursor, save_cursor
from qbsync_desktop.core.sync.invoice_inbound import invoice_key
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import (
    Calls,
    edit_invoice,
    invoice_by_key,
    qbo_invoices,
    sales_lines,
)
from tests.engine.invoices.outbound_support import run, switch_on

HOUR = 3600.0


def _cursors(synced: Synced, *, mark: float | None = None, full_ago: float | None = None) -> None:
    """Move both invoice cursors: the watermark (a read past a change misses it) and the
    moment of the last whole read."""
    with synced.database():
        for side in ("hubspot", "quickbooks"):
            cur = load_cursor("invoices", side)
            if mark is not None:
                cur.mark = mark
            if full_ago is not None:
                cur.full_at = time.time() - full_ago
            save_cursor("invoices", side, cur)


def test_a_missed_quickbooks_edit_is_found_by_the_periodic_full_read(synced: Synced) -> None:
    switch_on(synced, direction="both")
    run(synced)
    invoice = next(
        i
        for i in qbo_invoices(synced)
        if sales_lines(i)
        and Decimal(str(i["Balance"])) == Decimal(str(i["TotalAmt"]))
        and invoice_by_key(synced, invoice_key(i["Id"])) is not None
    )

    def change(body: dict[str, Any]) -> None:
        body["DueDate"] = "2026-12-31"

    edit_invoice(synced, invoice["Id"], change)
    # The change falls before the watermark (as after a clock step or a lost CDC answer).
    _cursors(synced, mark=time.time() + HOUR, full_ago=HOUR)
    run(synced)
    hs = invoice_by_key(synced, invoice_key(invoice["Id"]))
    assert not hs.properties["hs_due_date"].startswith("2026-12-31")  # missed

    _cursors(synced, full_ago=25 * HOUR)  # the last whole read is older than a day
    run(synced)
    hs = invoice_by_key(synced, invoice_key(invoice["Id"]))
    assert hs.properties["hs_due_date"].startswith("2026-12-31")

    # Another whole read of what is now unchanged writes nothing on either side.
    _cursors(synced, full_ago=25 * HOUR)
    calls = Calls(synced)
    with synced.watching(calls.hook):
        again = run(synced)
    assert calls.writes("quickbooks") == [] and calls.writes("hubspot") == []
    assert again.writes == 0
    assert _oldest_full_read(synced) > time.time() - HOUR  # the whole read was recorded


def _oldest_full_read(synced: Synced) -> float:
    with synced.database():
        return min(load_cursor("invoices", s).full_at or 0.0 for s in ("hubspot", "quickbooks"))


def _invoice_reads(synced: Synced) -> list[str]:
    """How one run reads HubSpot's invoices: "list" (whole), "search" (changed since)."""
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        path, archived = request.url.path, request.url.params.get("archived") == "true"
        if request.method == "GET" and path.endswith("/objects/invoices") and not archived:
            seen.append("list")
        elif path.endswith("/objects/invoices/search"):
            seen.append("search")

    with synced.watching(hook):
        run(synced)
    return seen


def test_one_way_runs_read_whole_only_once_the_read_side_is_due(synced: Synced) -> None:
    switch_on(synced)  # HubSpot -> QuickBooks: only HubSpot's invoices are read
    run(synced)
    reads = _invoice_reads(synced)
    assert "list" not in reads and "search" in reads  # though QuickBooks' side is never read
    _cursors(synced, full_ago=25 * HOUR)
    assert "list" in _invoice_reads(synced)
