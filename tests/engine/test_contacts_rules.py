"""Settings and hard cases over HTTP: conflict rules, custom mappings, filters, deletions,
hostile input (each bad record fails alone, named and explained)."""

from __future__ import annotations

from typing import Any

import pytest

from qbsync_desktop.core.store import RecordState, open_database
from qbsync_desktop.core.sync.changes import load_cursor, save_cursor
from tests.engine.conftest import Synced


def _norm(email: str | None) -> str | None:
    return email.strip().lower() if email else None


def _customer_by_email(synced: Synced, email: str) -> dict[str, Any]:
    return next(
        c
        for c in synced.customers()
        if _norm((c.get("PrimaryEmailAddr") or {}).get("Address")) == _norm(email)
    )


def _linked_pair(synced: Synced) -> tuple[Any, dict[str, Any]]:
    qbo_emails = {
        _norm((c.get("PrimaryEmailAddr") or {}).get("Address")): c for c in synced.customers()
    }
    contact = next(c for c in synced.contacts() if _norm(c.properties.get("email")) in qbo_emails)
    return contact, qbo_emails[_norm(contact.properties["email"])]


def _archived_listing_due(synced: Synced) -> None:
    """As if the last listing of HubSpot's archived records were long ago."""
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        cursor = load_cursor("contacts", "hubspot")
        cursor.archived_at = None
        save_cursor("contacts", "hubspot", cursor)
    finally:
        db.close()


def _states(synced: Synced) -> list[RecordState]:
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        return list(RecordState.select())
    finally:
        db.close()


@pytest.mark.parametrize("rule", ["hubspot", "quickbooks"])
def test_both_sides_changed_conflict_rule(synced: Synced, rule: str) -> None:
    synced.settings("contacts", conflict=rule)
    synced.sync()
    contact, customer = _linked_pair(synced)

    async def edit(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_update(
            "contacts", [{"id": contact.id, "properties": {"city": "From HubSpot"}}]
        )
        fresh = await qbo.read("Customer", customer["Id"])
        await qbo.update(
            "Customer",
            {
                "Id": fresh["Id"],
                "SyncToken": fresh["SyncToken"],
                "BillAddr": {**(fresh.get("BillAddr") or {}), "City": "From QBO"},
            },
            request_id=f"edit-{rule}",
        )

    synced.api(edit)
    synced.sync()
    expected = "From HubSpot" if rule == "hubspot" else "From QBO"
    after_qbo = _customer_by_email(synced, contact.properties["email"])
    after_hs = next(c for c in synced.contacts() if c.id == contact.id)
    assert after_qbo["BillAddr"]["City"] == expected
    assert after_hs.properties["city"] == expected


def test_custom_mapping_and_switched_off_default(synced: Synced) -> None:
    synced.settings(
        "contacts",
        disabled_fields=["phone"],
        custom=[{"hubspot_property": "jobtitle", "qbo_field": "Notes"}],
    )
    synced.sync()
    contact, _ = _linked_pair(synced)

    async def edit(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_update(
            "contacts",
            [{"id": contact.id, "properties": {"jobtitle": "Head baker", "phone": "+1 999"}}],
        )

    synced.api(edit)
    synced.sync()
    after = _customer_by_email(synced, contact.properties["email"])
    assert after.get("Notes") == "Head baker"
    assert (after.get("PrimaryPhone") or {}).get("FreeFormNumber") != "+1 999"


def test_filter_excludes_with_the_reason_shown(synced: Synced) -> None:
    def qbo_emails() -> list[str | None]:
        return [_norm((c.get("PrimaryEmailAddr") or {}).get("Address")) for c in synced.customers()]

    def hs_emails() -> list[str | None]:
        return [_norm(c.properties.get("email")) for c in synced.contacts()]

    before_qbo, before_hs = set(qbo_emails()), set(hs_emails())
    synced.settings("contacts", filters=[{"property": "city", "op": "equals", "value": "Austin"}])
    summary, _ = synced.sync()
    filtered = [s for s in _states(synced) if s.code == "filtered"]
    assert filtered and all(s.state == "excluded" for s in filtered)
    assert "city" in filtered[0].problem.explanation and "Austin" in filtered[0].problem.explanation
    after_qbo, after_hs = qbo_emails(), hs_emails()
    assert len(after_qbo) == len(set(after_qbo)) and len(after_hs) == len(set(after_hs))
    for row in filtered:  # nothing was created for a filtered record on either side
        assert (_norm(row.match_key) in after_qbo) == (_norm(row.match_key) in before_qbo)
        assert (_norm(row.match_key) in after_hs) == (_norm(row.match_key) in before_hs)
    assert summary.excluded >= len(filtered)


def test_deleted_contact_is_shown_not_propagated(synced: Synced) -> None:
    synced.sync()
    contact, customer = _linked_pair(synced)

    async def archive(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_archive("contacts", [contact.id])

    synced.api(archive)
    _archived_listing_due(synced)  # archivals are listed every 10 minutes, not every run
    synced.sync()
    still = _customer_by_email(synced, contact.properties["email"])
    assert still.get("Active", True) is True  # not deactivated behind the user's back
    row = next(s for s in _states(synced) if s.qbo_id == customer["Id"])
    assert row.code == "deleted" and "HubSpot" in row.problem.explanation
    assert row.problem.fix


def test_hostile_records_fail_alone_named_and_explained(synced: Synced) -> None:
    bad = [
        {"email": "colon@hostile.test", "firstname": "Ana:Maria", "lastname": "Tab\tName"},
        {"email": "long@hostile.test", "firstname": "L" * 1000, "lastname": "Long"},
        {"email": "newline@hostile.test", "firstname": "New\nLine", "lastname": "X"},
    ]
    good = [
        {"email": "emoji@hostile.test", "firstname": "Zoë 😀", "lastname": "O'Brien"},
        {"email": "rtl@hostile.test", "firstname": "שלום", "lastname": "مرحبا"},
    ]

    async def create(hubspot: Any, qbo: Any) -> None:
        for props in bad + good:
            await hubspot.batch_create("contacts", [{"properties": props}])

    synced.api(create)
    summary, _ = synced.sync()
    states = {s.match_key: s for s in _states(synced) if s.match_key and "hostile" in s.match_key}
    for props in bad:
        row = states[props["email"]]
        assert row.state == "failed" and row.code in ("forbidden_characters", "too_long")
        assert row.problem.explanation and row.problem.fix
    assert states["long@hostile.test"].code == "too_long"
    assert "first name" in states["long@hostile.test"].problem.explanation
    assert "colons" in states["colon@hostile.test"].problem.explanation
    for props in good:
        assert states[props["email"]].state == "synced"
        _customer_by_email(synced, props["email"])  # created in QBO
    # The rest of the book synced as usual.
    assert summary.created["quickbooks"] >= len(good)
