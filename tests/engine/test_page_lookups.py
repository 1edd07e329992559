"""A full run plans each HubSpot page with its QuickBooks counterparts fetched for the
whole page (`MirrorSide.prepared`), not with up to three statements a record: those were a
tenth of a 100k first sync's CPU (issue 15)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from qbsync_desktop.core.store import raw
from qbsync_desktop.core.sync import mirror
from tests.engine.conftest import Synced


def test_a_pages_matches_are_looked_up_together(
    synced: Synced, monkeypatch: pytest.MonkeyPatch
) -> None:
    statements: Counter[str] = Counter()
    sql = raw.sql

    def counting(text: str, params: Any = ()) -> Any:
        if "run_free" in text or "run_held" in text:
            one_key = "match_key = ?" in text
            statements["one key" if one_key else "several"] += 1
        return sql(text, params)

    monkeypatch.setattr(mirror, "_sql", counting)
    summary, _ = synced.sync()
    assert summary.matched > 0 and summary.created["quickbooks"] > 0
    assert statements["several"] > 0  # the page's lookups went through here
    assert statements["one key"] == 0, statements
