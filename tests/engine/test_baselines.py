"""The link's baseline after a run where both sides changed different fields of one record:
it must hold both writes whichever service answers first, or a later edit on one side
looks like a conflict and is overwritten."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

import httpx
import pytest

from qbsync_desktop.core.store import Link
from tests.engine.conftest import Synced

Service = Literal["hubspot", "quickbooks"]
ANSWER_WAIT_S = 20.0  # bound on holding one service's write for the other's answer


def _write_of(request: httpx.Request) -> Service | None:
    path = request.url.path
    if "/crm/v3/objects/" in path and any(
        path.endswith(f"/batch/{op}") for op in ("update", "upsert")
    ):
        return "hubspot"
    if "/v3/company/" in path and path.endswith("/batch"):
        return "quickbooks"
    return None


@contextmanager
def answered_first(synced: Synced, first: Service) -> Iterator[None]:
    """Hold the other service's batch write until `first` has answered its own (body read),
    so the writers' results come back in a known order."""
    answered = asyncio.Event()

    async def hold(request: httpx.Request) -> None:
        side = _write_of(request)
        if side is not None and side != first and not answered.is_set():
            await asyncio.wait_for(answered.wait(), ANSWER_WAIT_S)

    async def seen(response: httpx.Response) -> None:
        if _write_of(response.request) == first:
            await response.aread()
            answered.set()

    with synced.watching(hold, seen):
        yield


def _baseline(synced: Synced, hubspot_id: str) -> dict[str, Any]:
    with synced.database():
        link = Link.get((Link.object == "contacts") & (Link.hubspot_id == hubspot_id))
        return json.loads(link.baseline)  # type: ignore[no-any-return]


@pytest.mark.parametrize("first", ["hubspot", "quickbooks"])
@pytest.mark.parametrize("full", [False, True], ids=["incremental", "full"])
def test_edits_on_both_sides_of_one_record_both_reach_the_baseline(
    synced: Synced, full: bool, first: Service
) -> None:
    synced.sync()
    contact, customer = synced.linked_contacts()[0]

    # Run 2: the city changes in HubSpot, the phone in QuickBooks: both cross.
    synced.edit_contact(contact.id, city="Baseline City")
    synced.edit_customer(customer["Id"], PrimaryPhone={"FreeFormNumber": "555-0102"})
    with answered_first(synced, first):
        summary, _ = synced.sync(full=full)
    assert summary.updated == {"hubspot": 1, "quickbooks": 1}
    baseline = _baseline(synced, contact.id)
    assert (baseline["city"], baseline["phone"]) == ("Baseline City", "555-0102")

    # Run 3: the phone changes again in QuickBooks alone: HubSpot takes it (no conflict),
    # QuickBooks keeps it. A full read compares with HubSpot's real record, not the baseline.
    synced.edit_customer(customer["Id"], PrimaryPhone={"FreeFormNumber": "555-0103"})
    synced.sync(full=True)
    hs = next(c for c in synced.contacts() if c.id == contact.id)
    qbo = next(c for c in synced.customers() if c["Id"] == customer["Id"])
    assert hs.properties["phone"] == "555-0103"
    assert qbo["PrimaryPhone"]["FreeFormNumber"] == "555-0103"
