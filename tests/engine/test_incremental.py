"""Incremental sync over HTTP: only changes are read, nothing echoes, keys still match,
deletions are shown, the HubSpot 10,000 cap and the QBO CDC cap are handled."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from qbsync_desktop.core.store import RecordState, SyncCursor, open_database
from qbsync_desktop.core.sync import changes
from tests.engine.conftest import Synced


def _norm(email: str | None) -> str | None:
    return email.strip().lower() if email else None


def _kind(request: httpx.Request) -> str | None:
    """A read/write label per service, or None for token/control traffic."""
    path = request.url.path
    if "/crm/v3/objects/" in path:
        service = "hubspot"
        write = any(path.endswith(f"/batch/{op}") for op in ("create", "update", "upsert"))
    elif "/v3/company/" in path:
        service = "quickbooks"
        write = path.endswith("/batch") or (request.method == "POST" and "/query" not in path)
    else:
        return None
    return f"{service}:{'write' if write else 'read'}"


@contextmanager
def counting(synced: Synced) -> Iterator[Counter[str]]:
    """Count service calls made through the profile's HTTP clients while inside."""
    calls: Counter[str] = Counter()

    async def hook(request: httpx.Request) -> None:
        if (kind := _kind(request)) is not None:
            calls[kind] += 1
            if request.url.path.endswith("/search"):
                calls["hubspot:search"] += 1
            if request.url.path.endswith("/cdc"):
                calls["quickbooks:cdc"] += 1
            if request.url.params.get("archived") == "true":
                calls["hubspot:archived"] += 1

    with synced.watching(hook):
        yield calls


def _edit_both(synced: Synced, city_hs: str, city_qbo: str) -> tuple[str, str]:
    """Change one linked contact in HubSpot and another linked customer in QBO."""
    customers = {
        _norm((c.get("PrimaryEmailAddr") or {}).get("Address")): c for c in synced.customers()
    }
    linked = [c for c in synced.contacts() if _norm(c.properties.get("email")) in customers]
    hs_contact, other = linked[0], linked[1]
    customer = customers[_norm(other.properties["email"])]

    async def edit(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_update(
            "contacts", [{"id": hs_contact.id, "properties": {"city": city_hs}}]
        )
        fresh = await qbo.read("Customer", customer["Id"])
        await qbo.update(
            "Customer",
            {
                "Id": fresh["Id"],
                "SyncToken": fresh["SyncToken"],
                "BillAddr": {**(fresh.get("BillAddr") or {}), "City": city_qbo},
            },
            request_id=f"edit-{city_qbo}",
        )

    synced.api(edit)
    return _norm(hs_contact.properties["email"]) or "", _norm(other.properties["email"]) or ""


def test_incremental_run_reads_only_changes_and_does_not_echo(synced: Synced) -> None:
    synced.sync()
    _time_passes(synced)
    hs_email, qbo_email = _edit_both(synced, "Hobart", "Tromso")

    with counting(synced) as calls:
        summary, _ = synced.sync()
    assert summary.updated == {"hubspot": 1, "quickbooks": 1}
    assert summary.created == {"hubspot": 0, "quickbooks": 0}
    # Read calls do not depend on the book: change feed (+ archived list) per service.
    assert calls["hubspot:read"] <= 2, calls
    assert calls["quickbooks:read"] <= 2, calls
    assert calls["hubspot:write"] == 1 and calls["quickbooks:write"] == 1, calls

    customer = next(
        c
        for c in synced.customers()
        if _norm((c.get("PrimaryEmailAddr") or {}).get("Address")) == hs_email
    )
    assert customer["BillAddr"]["City"] == "Hobart"
    contact = next(c for c in synced.contacts() if _norm(c.properties.get("email")) == qbo_email)
    assert contact.properties["city"] == "Tromso"

    # Our own writes come back in the next change feed but are not written again.
    with counting(synced) as calls:
        again, _ = synced.sync()
    assert again.updated == {"hubspot": 0, "quickbooks": 0}
    assert calls["hubspot:write"] == 0 and calls["quickbooks:write"] == 0


def _move_cursor(synced: Synced, side: str, mark: float) -> None:
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        import json

        row = SyncCursor.get((SyncCursor.object == "contacts") & (SyncCursor.side == side))
        data = json.loads(row.value)
        data["mark"] = mark
        row.value = json.dumps(data)
        row.save()
    finally:
        db.close()


def _time_passes(synced: Synced) -> None:
    """As if the last run were a while ago: its own writes are behind the watermarks."""
    for side in ("hubspot", "quickbooks"):
        _move_cursor(synced, side, time.time() + changes.OVERLAP_S)


def test_new_record_matches_an_unchanged_record_by_email_from_the_mirror(synced: Synced) -> None:
    # One way (HubSpot -> QBO): QBO-only customers stay unlinked, in the mirror only.
    synced.settings("contacts", direction="to_quickbooks")
    synced.sync()
    hs_emails = {_norm(c.properties.get("email")) for c in synced.contacts()}
    lone = next(
        c
        for c in synced.customers()
        if (e := _norm((c.get("PrimaryEmailAddr") or {}).get("Address"))) and e not in hs_emails
    )
    email = _norm(lone["PrimaryEmailAddr"]["Address"]) or ""

    async def make_contact(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_create(
            "contacts",
            [{"properties": {"email": email.upper(), "firstname": "Late", "city": "Oslo"}}],
        )

    _time_passes(synced)
    synced.api(make_contact)
    with counting(synced) as calls:
        summary, _ = synced.sync()
    assert summary.created == {"hubspot": 0, "quickbooks": 0}
    assert summary.matched == 1
    assert calls["quickbooks:cdc"] == 1, calls  # an incremental run (not a full read)
    assert calls["quickbooks:read"] == 1, calls  # the change feed; the match came from the mirror
    matches = [
        c
        for c in synced.customers()
        if _norm((c.get("PrimaryEmailAddr") or {}).get("Address")) == email
    ]
    assert len(matches) == 1 and matches[0]["BillAddr"]["City"] == "Oslo"


def test_records_new_on_either_side_are_created_on_the_other(synced: Synced) -> None:
    synced.sync()

    async def make(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_create(
            "contacts", [{"properties": {"email": "new.hs@example.test", "company": "Nova Ltd"}}]
        )
        await qbo.create(
            "Customer",
            {"DisplayName": "New Qbo", "PrimaryEmailAddr": {"Address": "new.qbo@example.test"}},
            request_id="new-qbo",
        )

    synced.api(make)
    summary, _ = synced.sync()
    assert summary.created == {"hubspot": 1, "quickbooks": 1}
    assert "new.qbo@example.test" in {_norm(c.properties.get("email")) for c in synced.contacts()}
    names = {c["DisplayName"] for c in synced.customers()}
    assert "Nova Ltd" in names


def test_display_name_taken_by_an_unchanged_customer_is_avoided(synced: Synced) -> None:
    synced.sync()
    _time_passes(synced)
    taken = next(c for c in synced.customers() if c.get("CompanyName"))["DisplayName"]

    async def make(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_create(
            "contacts",
            [
                {
                    "properties": {
                        "email": "same.company@example.test",
                        "company": taken,
                        "firstname": "Ann",
                        "lastname": "Other",
                    }
                }
            ],
        )

    synced.api(make)
    with counting(synced) as calls:
        summary, _ = synced.sync()
    assert calls["quickbooks:read"] == 1, calls  # names checked in the mirror, not in QBO
    assert summary.created["quickbooks"] == 1 and summary.failed == 0, summary
    assert f"{taken} (Ann Other)" in {c["DisplayName"] for c in synced.customers()}


def test_inactive_customer_is_shown_not_propagated(synced: Synced) -> None:
    synced.sync()
    customers = {
        _norm((c.get("PrimaryEmailAddr") or {}).get("Address")): c for c in synced.customers()
    }
    contact = next(c for c in synced.contacts() if _norm(c.properties.get("email")) in customers)
    customer = customers[_norm(contact.properties["email"])]

    async def deactivate(hubspot: Any, qbo: Any) -> None:
        fresh = await qbo.read("Customer", customer["Id"])
        await qbo.update(
            "Customer",
            {"Id": fresh["Id"], "SyncToken": fresh["SyncToken"], "Active": False},
            request_id="deactivate",
        )

    synced.api(deactivate)
    synced.sync()
    assert contact.id in {c.id for c in synced.contacts()}  # not archived in HubSpot
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        row = RecordState.get(RecordState.qbo_id == customer["Id"])
        assert row.state == "excluded" and row.code == "deleted"
        assert "QuickBooks" in row.problem.explanation
    finally:
        db.close()


def test_full_reread_on_request_and_after_a_settings_change(synced: Synced) -> None:
    synced.sync()
    with counting(synced) as calls:
        synced.sync(full=True)
    assert calls["hubspot:search"] == 0 and calls["quickbooks:cdc"] == 0, calls
    with counting(synced) as calls:
        synced.sync()
    assert calls["hubspot:search"] >= 1 and calls["quickbooks:cdc"] == 1, calls
    synced.settings("contacts", disabled_fields=["phone"])
    with counting(synced) as calls:
        summary, _ = synced.sync()
    assert calls["hubspot:search"] == 0 and calls["quickbooks:cdc"] == 0, calls
    assert summary.updated == {"hubspot": 0, "quickbooks": 0}


def test_hubspot_change_window_restarts_past_the_search_cap(synced: Synced) -> None:
    start = time.time() - 5

    async def run(hubspot: Any, qbo: Any) -> tuple[list[str], int]:
        made: list[str] = []
        for n in range(3):
            result = await hubspot.batch_create(
                "contacts",
                [{"properties": {"email": f"bulk{n}.{i}@example.test"}} for i in range(100)],
            )
            made += [o.id for o in result.results]
        seen = [
            o.id
            async for o in changes.hubspot_changes(
                hubspot, "contacts", "lastmodifieddate", ["email"], start, cap=400
            )
        ]
        return made, len(seen) - len(set(seen))

    made, repeats = synced.api(run)
    seen_ids = synced.api(
        lambda hubspot, qbo: _collect(
            changes.hubspot_changes(hubspot, "contacts", "lastmodifieddate", [], start, cap=400)
        )
    )
    assert repeats == 0
    assert set(made) <= set(seen_ids)


async def _collect(gen: Any) -> list[str]:
    return [o.id async for o in gen]


def test_qbo_changes_fall_back_to_a_query_past_the_cdc_cap(synced: Synced) -> None:
    async def run(hubspot: Any, qbo: Any) -> tuple[int, int]:
        total = await qbo.count("Customer", "Active IN (true,false)")
        since = time.time() - 3 * 86400
        rows = [
            r async for r in changes.qbo_changes(qbo, "Customer", since, time.time(), cdc_max=10)
        ]
        return total, len({r["Id"] for r in rows})

    total, got = synced.api(run)
    assert got == total and total > 10


def test_mirror_holds_every_customer_after_a_sync_and_archivals_are_checked_every_ten_minutes(
    synced: Synced,
) -> None:
    from qbsync_desktop.core.sync import mirror
    from qbsync_desktop.core.sync.objects.contacts import SPEC as CONTACTS

    synced.sync()
    customers = synced.customers()
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        # Read by the full run or written by it (customers it created): all of them.
        assert mirror.count(CONTACTS) == len(customers)
        assert changes.load_cursor("contacts", "quickbooks").mirror
    finally:
        db.close()

    def archived_listings(calls: Counter[str]) -> int:
        return calls["hubspot:archived"]

    _time_passes(synced)
    with counting(synced) as calls:
        synced.sync()
    assert archived_listings(calls) == 0 and calls["hubspot:read"] == 1, calls

    db = open_database(synced.paths.database_file(synced.profile))
    try:
        cursor = changes.load_cursor("contacts", "hubspot")
        cursor.archived_at = time.time() - 601
        changes.save_cursor("contacts", "hubspot", cursor)
    finally:
        db.close()
    with counting(synced) as calls:
        synced.sync()
    # The check is due: one search counts the known records (nothing archived: no listing).
    assert archived_listings(calls) == 0 and calls["hubspot:search"] == 2, calls
    assert calls["hubspot:read"] == 2, calls


def test_archived_listing_waits_a_run_when_a_new_qbo_record_needs_a_hubspot_look_up(
    synced: Synced,
) -> None:
    synced.sync()
    _time_passes(synced)

    async def make_customer(hubspot: Any, qbo: Any) -> None:
        await qbo.create(
            "Customer",
            {"DisplayName": "Fresh Face", "PrimaryEmailAddr": {"Address": "fresh@example.test"}},
            request_id="fresh-face",
        )

    synced.api(make_customer)
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        cursor = changes.load_cursor("contacts", "hubspot")
        cursor.archived_at = None  # the listing is due
        changes.save_cursor("contacts", "hubspot", cursor)
    finally:
        db.close()
    with counting(synced) as calls:
        summary, _ = synced.sync()
    assert summary.created["hubspot"] == 1
    # The change search and the look-up by email; the archivals' check waits.
    assert calls["hubspot:search"] == 2 and calls["hubspot:read"] == 2, calls
    with counting(synced) as calls:
        synced.sync()
    # The change search and the check (nothing archived: no listing).
    assert calls["hubspot:search"] == 2 and calls["hubspot:read"] <= 2, calls
    assert calls["hubspot:archived"] == 0, calls
