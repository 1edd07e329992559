"""A full run plans each HubSpot page with its QuickBooks counterparts fetched for the
whole page (`MirrorSide.prepared`), not with up to three statements a record: those were a
tenth of a 100k first sync's CPU (issue 15)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from qbsync_desktop.core.store import Link, RecordState, raw
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


def test_only_records_that_can_hold_a_link_are_noted_as_seen(
    synced: Synced, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run notes the HubSpot ids a link may hold at the end (linked ones and those this
    run links), not every record of the listing: a row each was 1/10 of a first sync's rows."""
    seen: set[str] = set()
    see = mirror.TableLinks.see

    def noting(self: mirror.TableLinks, ids: Any) -> None:
        ids = list(ids)
        seen.update(ids)
        see(self, ids)

    monkeypatch.setattr(mirror.TableLinks, "see", noting)
    synced.sync()
    with synced.database():
        holders = {k.hubspot_id for k in Link.select().where(Link.object == "contacts")}
        no_email = RecordState.get(RecordState.code == "no_email")  # the demo book's one
    assert holders and holders <= seen  # every link the run left was seen: none "deleted"
    assert no_email.hubspot_id and no_email.hubspot_id not in seen
