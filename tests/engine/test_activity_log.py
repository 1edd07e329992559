"""The activity log (SPEC.md 4) over real runs through both sandboxes: runs with what they
moved and failed per object and side, each run's records in pages, and its CSV."""

from __future__ import annotations

from pathlib import Path

from qbsync_desktop.core.export import read_dict_csv
from qbsync_desktop.core.store import Activity, SyncRun, current_database, open_database
from qbsync_desktop.core.sync.activity_log import (
    ActivityLog,
    Entry,
    changes_in_labels,
    moved_words,
    write_activity_csv,
)
from tests.engine.conftest import Synced


def test_runs_say_what_moved_per_object_and_side(synced: Synced, tmp_path: Path) -> None:
    first, _ = synced.sync()
    contact = next(c for c, _ in synced.linked_contacts())
    synced.edit_contact(contact.id, city="Utrecht")
    second, _ = synced.sync()
    synced.sync(dry_run=True)  # a preview writes nothing: not in the log by default

    with synced.database():
        log = ActivityLog(current_database())
        runs = log.runs()
        assert [r.id for r in runs] == [second.run_id, first.run_id]
        assert len(log.runs(previews=True)) == 3
        newest, oldest = runs
        assert oldest.status == "ok" and oldest.status_text == "Finished"
        assert oldest.created == first.created and oldest.failed == first.failed
        (moved,) = oldest.moved
        assert moved.object == "contacts"
        assert moved.created == first.created  # the records add up to the run's summary
        assert moved.updated == first.updated
        assert moved.failed == first.failed > 0
        (changed,) = newest.moved
        assert changed.updated == {"hubspot": 0, "quickbooks": 1}

        (entry,) = log.entries(second.run_id)
        assert entry.what == "Updated in QuickBooks"
        assert entry.name and entry.hubspot_id == contact.id
        assert entry.changes() == "city: Utrecht"  # labels, not API names

        # A run's records come in pages in the order written, none twice, none left out.
        total = log.entry_count(first.run_id)
        assert total == sum(first.created.values()) + first.failed + first.matched
        seen: list[int] = []
        after = 0
        while page := log.entries(first.run_id, after, limit=7):
            assert len(page) <= 7
            seen += [e.id for e in page]
            after = page[-1].id
        assert len(seen) == len(set(seen)) == total
        failures = [e for e in log.iter_entries(first.run_id) if e.action == "fail"]
        assert failures and all(e.problem is not None for e in failures)
        problem, fix = failures[0].problem_words()
        assert problem and fix and "_" not in problem.split(":")[0]

        target = tmp_path / "activity.csv"
        assert write_activity_csv(log, target) == total + 1  # every run: both runs' records
        assert write_activity_csv(log, target, first.run_id) == total
    columns, rows = read_dict_csv(target)
    assert columns[:5] == ["Run", "Time", "Object", "Record", "What happened"]
    assert {r["Run"] for r in rows} == {str(first.run_id)}
    assert any(r["Problem"] and r["Fix"] for r in rows)


def test_activity_csv_is_formula_safe(synced: Synced, tmp_path: Path) -> None:
    synced.sync()
    with synced.database():
        run = SyncRun.create(status="ok")
        Activity.create(
            run_id=run.id,
            object="contacts",
            hubspot_id="1",
            direction="to_quickbooks",
            action="update",
            detail="=HYPERLINK(1)",  # a note, not a field: shown as written
        )
        target = tmp_path / "run.csv"
        assert write_activity_csv(ActivityLog(current_database()), target, run.id) == 1
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
    _, (row,) = read_dict_csv(target)
    assert row["Changes"] == "=HYPERLINK(1)"
    assert b",'=HYPERLINK(1)," in raw  # a spreadsheet shows it, never runs it


def test_changes_read_in_field_labels() -> None:
    assert (
        changes_in_labels("firstname: Ada; custom:po_number: 7") == "first name: Ada; po_number: 7"
    )
    assert changes_in_labels("") == ""
    # An invoice written to QuickBooks keeps what QuickBooks saved, labelled when shown.
    assert (
        changes_in_labels("DocNumber: 1042; TotalAmt: 12.5") == "invoice number: 1042; total: 12.5"
    )
    assert changes_in_labels("hs_sku: A-1; income account Sales chosen") == (
        "SKU: A-1; income account Sales chosen"
    )
    shouted = changes_in_labels("city: Gouda", lambda context, text: text.upper())
    assert shouted == "CITY: Gouda"  # the label is translated, the value never


def test_an_empty_database_has_no_runs(tmp_path: Path) -> None:
    import peewee

    db = peewee.SqliteDatabase(str(tmp_path / "empty.db"))
    log = ActivityLog(db)
    assert log.runs() == [] and log.entries(1) == [] and log.entry_count(1) == 0


def test_invoice_actions_say_what_happened() -> None:
    """Invoices record "create", "void", "link" and "exclude": the Activity list and its
    CSV said "Other change" for them."""
    said = {
        (action, direction): Entry(
            1, 1, "", "invoices", "INV-1", "5", "7", action, direction, ""
        ).what
        for action, direction in (
            ("create", "to_quickbooks"),
            ("void", "to_quickbooks"),
            ("void", "to_hubspot"),
            ("link", "none"),
            ("exclude", "none"),
        )
    }
    assert said == {
        ("create", "to_quickbooks"): "Created in QuickBooks",
        ("void", "to_quickbooks"): "Voided in QuickBooks",
        ("void", "to_hubspot"): "Voided in HubSpot",
        ("link", "none"): "Matched",
        ("exclude", "none"): "Left out",
    }


def test_the_matched_column_and_the_per_object_text_count_the_same(tmp_path: Path) -> None:
    """The run's summary counts every newly linked pair (one linked and updated too); the
    per-object text counts pairs linked with nothing to change. The run list's Matched
    now counts those as well, and both say so."""
    db = open_database(tmp_path / "qbsync.db")
    run = SyncRun.create(status="ok", summary='{"matched": 2, "updated": {"hubspot": 1}}')
    base = {"run_id": run.id, "object": "contacts", "qbo_id": "70"}
    Activity.create(**base, hubspot_id="7", direction="none", action="match")
    Activity.create(**base, hubspot_id="8", direction="to_hubspot", action="update")
    (row,) = ActivityLog(db).runs()
    (moved,) = row.moved
    assert row.matched == moved.matched == 1
    assert moved_words(moved) == "Contacts ⇄ Customers: 1 updated in HubSpot, 1 matched, no change"
    SyncRun.create(status="ok", summary='{"matched": 3}')  # no records kept: its summary
    assert ActivityLog(db).runs()[0].matched == 3
