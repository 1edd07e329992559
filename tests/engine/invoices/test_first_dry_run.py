"""A first dry run with invoice sync on predicts what the first real run does to invoices.

A dry run links no contacts or products, so before planned links it said every invoice
would fail for want of a customer (outbound E1, inbound customer_unlinked) that the real
run links or creates before invoices go (seen on the first-sync preview of the demo)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from qbsync_desktop.core.export import read_dict_csv
from qbsync_desktop.core.store import RecordState
from tests.engine.conftest import Synced
from tests.engine.invoices.outbound_support import LONG_AGO, income_account

ALL = ("contacts", "products", "invoices")


def _outcomes(rows: list[dict[str, str]]) -> Counter[tuple[str, str]]:
    """Invoices per (failed or not, code): what the bookkeeper is told will go wrong."""
    return Counter(
        ("failed" if r["action"] == "fail" else "ok", r["code"] if r["action"] == "fail" else "")
        for r in rows
        if r["object"] == "invoices" and r["action"] != "exclude"
    )


def test_first_dry_run_predicts_the_invoices_the_real_run_fails(
    synced: Synced, tmp_path: Path
) -> None:
    options = {"custom_line_item_account": income_account(synced), "enabled_at": LONG_AGO}
    synced.settings("invoices", enabled=True, direction="both", own=options)
    plan = tmp_path / "plan.csv"
    synced.sync(objects=ALL, dry_run=True, plan_csv=plan)
    _, rows = read_dict_csv(plan)
    predicted = _outcomes(rows)

    synced.sync(objects=ALL)
    with synced.database():
        real = Counter(
            ("failed" if s.state == "failed" else "ok", s.code if s.state == "failed" else "")
            for s in RecordState.select().where(RecordState.object == "invoices")
            if s.state != "excluded"
        )
    unlinked = {"customer_unlinked", "invoice_no_customer", "invoice_no_customer_likely"}
    assert not {code for _, code in predicted} & unlinked, predicted
    assert predicted == real and sum(predicted.values()) >= 15, predicted
