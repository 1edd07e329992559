"""Retry a failed record after fixing its cause, forget an object sync, try unsaved settings."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from qbsync_desktop.core.store import Link, RecordState, open_database
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.admin import PER_OBJECT, forget_object, request_retry
from qbsync_desktop.core.sync.problems import Problem, ProblemCode
from qbsync_desktop.core.sync.runner import SyncBusy, profile_lock, run_sync
from qbsync_desktop.core.sync.settings import SyncSettings

from .conftest import Synced
from .test_incremental import _time_passes

CLASH = "jordan.blake3@example.test"  # the demo contact whose name a QBO vendor holds


def _failed(synced: Synced) -> list[tuple[str, str | None, str | None, bool]]:
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        rows = RecordState.select().where(RecordState.state == "failed")
        return [(r.match_key, r.code, r.hubspot_id, bool(r.retry)) for r in rows]
    finally:
        db.close()


def _rename_vendor(synced: Synced, name: str, new_name: str) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        [vendor] = await qbo.query(f"SELECT * FROM Vendor WHERE DisplayName = '{name}'")
        body = {"Id": vendor["Id"], "SyncToken": vendor["SyncToken"], "DisplayName": new_name}
        await qbo.update("Vendor", body, request_id=f"rename-{vendor['Id']}")

    synced.api(go)


def test_a_retry_reattempts_a_data_failure_once_its_cause_is_fixed(synced: Synced) -> None:
    synced.sync()
    [(email, category, hubspot_id, retry)] = _failed(synced)
    assert (email, category, retry) == (CLASH, "name_taken", False)

    # The user renames the vendor in QBO, as the fix says. Nothing about the contact or
    # the customers changed, so a plain run does not look at the failure again...
    _time_passes(synced)
    _rename_vendor(synced, "Jordan Blake", "Jordan Blake (supplier)")
    synced.sync()
    assert [f[0] for f in _failed(synced)] == [CLASH]

    # ...until the user asks for a retry of that record.
    db_file = synced.paths.database_file(synced.profile)
    assert request_retry(db_file, "contacts", hubspot_ids=[hubspot_id or ""]) == 1
    assert _failed(synced)[0][3] is True
    _time_passes(synced)
    summary, _ = synced.sync()
    assert _failed(synced) == []
    assert summary.created["quickbooks"] == 1
    assert CLASH in {(c.get("PrimaryEmailAddr") or {}).get("Address") for c in synced.customers()}


def test_a_retry_of_a_record_that_still_fails_keeps_it_failed_and_clears_the_request(
    synced: Synced,
) -> None:
    synced.sync()
    db_file = synced.paths.database_file(synced.profile)
    assert request_retry(db_file, "contacts") == 1  # all failed of the object
    assert request_retry(db_file, "products") == 0
    _time_passes(synced)
    synced.sync()
    assert _failed(synced) == [(CLASH, "name_taken", _failed(synced)[0][2], False)]


def test_retry_and_forget_wait_for_a_running_sync(synced: Synced) -> None:
    synced.sync()
    db_file = synced.paths.database_file(synced.profile)
    with profile_lock(db_file.with_name("sync.lock")):
        with pytest.raises(SyncBusy):
            request_retry(db_file, "contacts")
        with pytest.raises(SyncBusy):
            forget_object(db_file, "contacts")


def test_forget_object_drops_links_states_and_cursors_of_that_object_only(
    synced: Synced,
) -> None:
    synced.sync(objects=("contacts", "products"))
    db_file = synced.paths.database_file(synced.profile)
    db = open_database(db_file)
    try:
        links = Link.select().where(Link.object == "contacts").count()
        product_links = Link.select().where(Link.object == "products").count()
    finally:
        db.close()
    assert links > 0 and product_links > 0
    assert forget_object(db_file, "contacts") == links
    db = open_database(db_file)
    try:
        for model in PER_OBJECT:
            assert model.select().where(model.object == "contacts").count() == 0
        assert Link.select().where(Link.object == "products").count() == product_links
    finally:
        db.close()
    # The next run matches the records afresh by email and creates nothing.
    summary, _ = synced.sync()
    assert summary.created == {"hubspot": 0, "quickbooks": 0}
    assert summary.matched == links


def test_a_dry_run_can_try_unsaved_settings_and_a_real_run_cannot(synced: Synced) -> None:
    saved = dict(synced.connections.profiles.require(synced.profile).sync)
    unsaved = SyncSettings.from_dict(saved)
    unsaved.objects["contacts"].direction = "to_hubspot"

    def dry(**kw: Any) -> Any:
        return run_sync(
            synced.paths,
            synced.profile,
            synced.connections,
            dry_run=True,
            objects=("contacts",),
            **kw,
        )

    tried = dry(settings=unsaved)
    assert tried.created["quickbooks"] == 0 and tried.created["hubspot"] > 0
    as_saved = dry()
    assert as_saved.created["quickbooks"] > 0
    assert as_saved.created["hubspot"] == tried.created["hubspot"]
    assert synced.connections.profiles.require(synced.profile).sync == saved
    with pytest.raises(ValueError, match="dry run"):
        run_sync(synced.paths, synced.profile, synced.connections, settings=unsaved)


def test_a_real_run_asked_for_its_plan_writes_it(synced: Synced, tmp_path: Path) -> None:
    target = tmp_path / "done.csv"
    summary, _ = synced.sync(plan_csv=target)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    creates = [r for r in rows if r["action"] == "create" and r["side"] == "quickbooks"]
    # The plan also lists the create QBO refused (the vendor's name): one more than made.
    assert len(creates) == summary.created["quickbooks"] + 1


def test_retry_of_an_invoice_waiting_on_its_contact_retries_the_contact_too(
    tmp_path: Path,
) -> None:
    """E1 says the invoice goes once its contact syncs: retrying only the invoice could
    not help while the contact itself had failed. Its failed contact is retried with it."""
    db_file = tmp_path / "qbsync.db"
    db = open_database(db_file)
    e1 = Problem(ProblemCode.INVOICE_NO_CUSTOMER, {"contact": "Jordan Blake", "email": CLASH})
    other = Problem(ProblemCode.INVOICE_NO_CUSTOMER, {"contact": "Ada", "email": "ada@x.test"})
    rows = [
        ("invoices", "501", "INV-1", "failed", e1),
        ("invoices", "502", "INV-2", "failed", other),
        ("contacts", "9", CLASH.upper(), "failed", errors.no_email()),  # any failure
        ("contacts", "10", "ada@x.test", "synced", None),  # synced: nothing to retry
    ]
    for obj, hs_id, key, state, problem in rows:
        RecordState.create(
            object=obj, hubspot_id=hs_id, name=key, match_key=key, state=state,
            code=problem.code.value if problem else None,
            params=json.dumps(problem.params) if problem else None,
        )  # fmt: skip
    db.close()
    assert request_retry(db_file, "invoices", hubspot_ids=["501"]) == 2
    db = open_database(db_file)
    try:
        marked = {(r.object, r.hubspot_id) for r in RecordState.select() if r.retry}
    finally:
        db.close()
    assert marked == {("invoices", "501"), ("contacts", "9")}
