"""Learning about HubSpot archivals over HTTP (issue 15): the 10-minute check costs one
search while no known record went, and never misses an archival the old listing of every
archived record would have found (`core/sync/archivals.py`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from qbsync_desktop.core.store.raw import sql
from qbsync_desktop.core.sync.archivals import REPAIR_SEARCHES, STATE_SIDE
from tests.engine.conftest import Synced
from tests.engine.test_contacts_rules import _archived_listing_due
from tests.engine.test_incremental import _time_passes, counting


def _check_due(synced: Synced) -> None:
    """As if ten minutes had passed: the watermark past every change, the check due."""
    _time_passes(synced)
    _archived_listing_due(synced)


def _archive(synced: Synced, ids: list[str]) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        for i in range(0, len(ids), 100):
            await hubspot.batch_archive("contacts", ids[i : i + 100])

    synced.api(go)


def _gdpr_delete(synced: Synced, contact_id: str) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        path = "/crm/v3/objects/contacts/gdpr-delete"
        await hubspot.call("POST", path, json={"objectId": contact_id}, idempotent=False)

    synced.api(go)


def _new_contact(synced: Synced, email: str) -> str:
    async def go(hubspot: Any, qbo: Any) -> str:
        props = {"email": email, "firstname": "New", "lastname": email.split("@")[0]}
        made = await hubspot.batch_create("contacts", [{"properties": props}])
        return str(made.results[0].id)

    return synced.api(go)  # type: ignore[no-any-return]


def _shown_deleted(synced: Synced, hubspot_id: str) -> bool:
    row = synced.state("contacts", hubspot_id=hubspot_id)
    return (row.state, row.code) == ("excluded", "deleted")


def _archived_then_shown(synced: Synced, contact_id: str) -> Counter[str]:
    """Archive one contact, then a run with the check due: it shows the contact deleted in
    HubSpot (its calls returned)."""
    _archive(synced, [contact_id])
    _check_due(synced)
    with counting(synced) as calls:
        synced.sync()
    assert _shown_deleted(synced, contact_id)
    return calls


def _quiet_check(synced: Synced) -> None:
    """A due check that lists nothing: the change search and the check's one search."""
    _check_due(synced)
    with counting(synced) as calls:
        synced.sync()
    assert calls["hubspot:archived"] == 0 and calls["hubspot:search"] == 2, calls


def test_a_contact_linked_long_ago_and_archived_is_found(synced: Synced) -> None:
    synced.sync()
    _quiet_check(synced)
    contact, _ = synced.linked_contacts()[0]
    calls = _archived_then_shown(synced, contact.id)
    assert calls["hubspot:archived"] == 1, calls
    _quiet_check(synced)  # reported once: the table no longer knows it


def test_a_contact_linked_by_an_incremental_run_and_archived_before_the_next_check(
    synced: Synced,
) -> None:
    synced.sync()
    _quiet_check(synced)
    new_id = _new_contact(synced, "between@checks.test")
    summary, _ = synced.sync()  # links it (a QuickBooks customer made); no check due
    assert summary.created["quickbooks"] == 1
    _archived_then_shown(synced, new_id)  # HubSpot's live count: as the last check saw it


def test_a_contact_we_created_in_hubspot_and_archived_before_the_next_check(
    synced: Synced,
) -> None:
    synced.sync()
    _quiet_check(synced)

    async def customer(hubspot: Any, qbo: Any) -> None:
        body = {"DisplayName": "Ours Made", "PrimaryEmailAddr": {"Address": "ours@made.test"}}
        await qbo.create("Customer", body, request_id="ours-made")

    synced.api(customer)
    summary, _ = synced.sync()  # creates its contact: the next read leaves that out (echo)
    assert summary.created["hubspot"] == 1
    made = next(c for c in synced.contacts() if c.properties.get("email") == "ours@made.test")
    _archived_then_shown(synced, made.id)


def test_an_archival_balanced_by_a_new_contact_is_found(synced: Synced) -> None:
    synced.sync()
    _quiet_check(synced)
    contact, _ = synced.linked_contacts()[0]
    _archive(synced, [contact.id])
    _new_contact(synced, "same@count.test")  # HubSpot's live total is what it was
    _check_due(synced)
    synced.sync()
    assert _shown_deleted(synced, contact.id)


def test_a_hard_delete_costs_one_listing_and_later_archivals_are_still_found(
    synced: Synced,
) -> None:
    synced.sync()
    (deleted, _), (archived, _) = synced.linked_contacts()[:2]
    _gdpr_delete(synced, deleted.id)  # in no listing, but the live count falls
    _check_due(synced)
    with counting(synced) as calls:
        synced.sync()
    assert calls["hubspot:archived"] == 1, calls  # a known record went: maybe archived
    _quiet_check(synced)  # not listing for ever: the table forgot the deleted record
    _archived_then_shown(synced, archived.id)


def test_a_listing_whose_run_records_nothing_is_made_again(synced: Synced) -> None:
    synced.sync()
    contact, _ = synced.linked_contacts()[0]
    _archive(synced, [contact.id])
    _check_due(synced)
    synced.sync(dry_run=True)  # checks and lists, records nothing
    with counting(synced) as calls:
        synced.sync()
    assert calls["hubspot:archived"] == 1, calls
    assert _shown_deleted(synced, contact.id)


def test_with_a_thousand_archived_contacts_the_check_costs_one_search(synced: Synced) -> None:
    synced.sandboxes.control("hubspot", "seed", {"size": 1400, "seed": 3})
    ids = sorted((c.id for c in synced.contacts()), key=int)
    _archive(synced, ids[:1000])  # the old check listed them all: 10 calls, every time
    synced.sync()  # a full read: it counts as a check
    _quiet_check(synced)
    _quiet_check(synced)
    # One more archival among 440 live records: two ranges of create times are compared
    # (one halving) before the listing.
    contact, _ = synced.linked_contacts()[0]
    calls = _archived_then_shown(synced, contact.id)
    assert calls["hubspot:archived"] == 11, calls  # 1,001 archived: 11 pages
    assert 3 <= calls["hubspot:search"] <= 2 + REPAIR_SEARCHES, calls


def test_a_profile_from_before_the_table_fills_it_and_lists_once(synced: Synced) -> None:
    synced.sync()
    contact, _ = synced.linked_contacts()[0]
    with synced.database():  # as schema 9 left it: no table rows, no check's state
        sql("DELETE FROM hubspot_live")
        sql("DELETE FROM sync_cursor WHERE side = ?", (STATE_SIDE,))
    _archive(synced, [contact.id])  # archived since the last listing of the old code
    _check_due(synced)
    with counting(synced) as calls:
        synced.sync()
    assert calls["hubspot:archived"] == 1, calls
    assert _shown_deleted(synced, contact.id)
    _quiet_check(synced)
