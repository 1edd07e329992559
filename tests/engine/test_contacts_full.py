"""Contacts <-> customers, initial full sync both ways through both sandboxes over HTTP."""

from __future__ import annotations

from qbsync_desktop.core.store import Link, RecordState, SyncRun, open_database
from qbsync_desktop.sandbox.demo import demo_book
from tests.engine.conftest import Synced


def _norm(email: str | None) -> str | None:
    return email.strip().lower() if email else None


def test_initial_sync_brings_both_sides_in_step(synced: Synced) -> None:
    book = demo_book(50, 1)
    summary, events = synced.sync()

    kinds = [e.kind for e in events]
    assert kinds[0] == "started" and kinds[-1] == "finished"
    assert any(e.kind == "progress" and e.total for e in events)
    assert events[-1].summary == summary

    contacts = synced.contacts()
    customers = synced.customers()
    hs_emails = {_norm(c.properties.get("email")) for c in contacts} - {None}
    qbo_emails = {_norm((c.get("PrimaryEmailAddr") or {}).get("Address")) for c in customers}
    qbo_emails.discard(None)

    # Every person with an email now exists on both sides, except the vendor-name clash.
    people = {_norm(p.email) for p in book.hubspot_contacts + book.qbo_customers} - {None}
    clash = "jordan.blake3@example.test"
    assert people <= hs_emails
    assert people - {clash} <= qbo_emails
    assert clash not in qbo_emails
    # No duplicates were created on either side.
    assert len(hs_emails) == len([c for c in contacts if c.properties.get("email")])
    assert len(qbo_emails) == len(customers)

    # QBO display names are unique and the two contacts of one company did not collide.
    names = [c["DisplayName"].lower() for c in customers]
    assert len(names) == len(set(names))

    n_hs_only = len(
        {_norm(p.email) for p in book.hubspot_contacts}
        - {_norm(p.email) for p in book.qbo_customers}
        - {None}
    )
    assert summary.created["quickbooks"] == n_hs_only - 1  # all but the clash
    assert summary.failed == 1 and summary.excluded == 1
    assert summary.matched > 0

    db = open_database(synced.paths.database_file(synced.profile))
    try:
        states = {r.state for r in RecordState.select()}
        assert states == {"synced", "failed", "excluded"}
        failed = RecordState.get(RecordState.state == "failed")
        assert failed.code == "name_taken"
        explanation = failed.problem.explanation
        assert "Jordan Blake" in explanation and "vendor" in explanation
        assert failed.problem.fix
        excluded = RecordState.get(RecordState.state == "excluded")
        assert excluded.code == "no_email" and "email" in excluded.problem.explanation.lower()
        assert (
            Link.select().count()
            == RecordState.select().where(RecordState.state == "synced").count()
        )
        run = SyncRun.get_by_id(summary.run_id)
        assert run.status == "ok" and run.finished_at is not None
    finally:
        db.close()


def test_second_run_creates_and_changes_nothing(synced: Synced) -> None:
    synced.sync()
    before_hs = {c.id: (c.properties, c.updated_at) for c in synced.contacts()}
    before_qbo = {c["Id"]: c["SyncToken"] for c in synced.customers()}

    summary, _ = synced.sync()

    assert summary.created == {"hubspot": 0, "quickbooks": 0}
    assert summary.updated == {"hubspot": 0, "quickbooks": 0}
    assert summary.matched == 0
    after_hs = {c.id: (c.properties, c.updated_at) for c in synced.contacts()}
    after_qbo = {c["Id"]: c["SyncToken"] for c in synced.customers()}
    assert after_hs == before_hs
    assert after_qbo == before_qbo


def test_a_change_on_one_side_reaches_the_other(synced: Synced) -> None:
    synced.sync()
    contact = next(
        c for c in synced.contacts() if c.properties.get("email") and c.properties.get("city")
    )

    async def edit(hubspot, qbo):  # type: ignore[no-untyped-def]
        await hubspot.batch_update(
            "contacts", [{"id": contact.id, "properties": {"city": "Reykjavik"}}]
        )

    synced.api(edit)
    summary, _ = synced.sync()
    assert summary.updated == {"hubspot": 0, "quickbooks": 1}
    email = _norm(contact.properties["email"])
    customer = next(
        c
        for c in synced.customers()
        if _norm((c.get("PrimaryEmailAddr") or {}).get("Address")) == email
    )
    assert customer["BillAddr"]["City"] == "Reykjavik"
    again, _ = synced.sync()
    assert again.updated == {"hubspot": 0, "quickbooks": 0}
