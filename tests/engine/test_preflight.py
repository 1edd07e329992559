"""Pre-flight check against the QBO sandbox's preferences and company info, over HTTP."""

from __future__ import annotations

from qbsync_desktop.core.sync.preflight import run_preflight
from tests.engine.conftest import Synced


def test_preflight_reads_the_sandbox_company(synced: Synced) -> None:
    findings = {f.id: f for f in run_preflight(synced.profile, synced.connections)}
    # The demo company has custom transaction numbers on (it demonstrates E6).
    assert "custom_txn_numbers" in findings
    assert "E6" in findings["custom_txn_numbers"].explanation
    assert "non_us_tax" not in findings
