"""A written pair's link is saved once a run: when its batch is answered (crash safety),
not again when the run records its results unless the link changed since (a second
writer's answer). The second save was 3-5% of a large sync's CPU (issue 15)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from qbsync_desktop.core.store import Link
from qbsync_desktop.core.sync import record
from tests.engine.conftest import Synced


def test_each_link_is_saved_once_and_holds_what_the_writers_saved(
    synced: Synced, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: Counter[tuple[str, str]] = Counter()
    last: dict[tuple[str, str], Any] = {}
    save_links = record.save_links

    def counting(obj: str, items: list[record.LinkRow]) -> None:
        for row in items:
            saved[(row[0], row[1])] += 1
            last[(row[0], row[1])] = row
        save_links(obj, items)

    monkeypatch.setattr(record, "save_links", counting)
    summary, _ = synced.sync()
    assert summary.created["quickbooks"] > 0 and summary.created["hubspot"] > 0
    assert saved and max(saved.values()) == 1, [p for p, n in saved.items() if n > 1][:5]
    with synced.database():
        links = {
            (k.hubspot_id, k.qbo_id): k for k in Link.select().where(Link.object == "contacts")
        }
    assert set(links) == set(saved)  # every link the run left was saved, once
    for pair, row in last.items():
        assert (links[pair].match_key, json.loads(links[pair].baseline)) == (row[2], row[3])
        assert links[pair].qbo_sync_token == row[4]
