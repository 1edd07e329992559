"""Retry from the record view marks exactly the chosen failed records, then runs their objects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from qbsync_desktop.core.store import RecordState, open_database
from qbsync_desktop.core.sync.runner import profile_lock

from .fakes import ROWS, FakeRunner
from .test_window_flow import table_rows

MORE_FAILED = [
    *ROWS,
    {
        "object": "contacts",
        "name": "Sam Blake",
        "match_key": "sam@blake.example",
        "state": "failed",
        "code": "name_taken",
        "hubspot_id": "104",
    },
    {
        "object": "products",
        "name": "Gadget",
        "match_key": None,
        "state": "failed",
        "code": "too_long",
        "field": "Name",
        "qbo_id": "77",
        "params": '{"limit": "100"}',
    },
]


def _synced_window(qtbot: Any, make_window: Any) -> tuple[Any, FakeRunner]:
    runner = FakeRunner(MORE_FAILED, steps=1)
    window = make_window(sync_runner=runner)
    window.show()
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(window.sync_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.review_button, Qt.MouseButton.LeftButton)
    return window, runner


def test_retry_selected_marks_that_record_only_and_runs_its_object(
    qtbot: Any, make_window: Any
) -> None:
    window, runner = _synced_window(qtbot, make_window)
    rows = table_rows(window)
    assert "3 records failed" in window.banner_text.text()
    window.status_page.table.selectRow(
        next(i for i, r in enumerate(rows) if r["name"] == "Sam Blake")
    )
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(window.status_page.retry_one, Qt.MouseButton.LeftButton)
    assert runner.calls[-1]["objects"] == ("contacts",)
    assert runner.marked[-1] == [("contacts", "104")]


def test_retry_all_marks_every_failed_record_of_every_object(qtbot: Any, make_window: Any) -> None:
    window, runner = _synced_window(qtbot, make_window)
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(window.status_page.retry_all, Qt.MouseButton.LeftButton)
    assert runner.calls[-1]["objects"] == ("contacts", "products")
    assert runner.marked[-1] == [("contacts", "102"), ("contacts", "104"), ("products", None)]


def test_retry_while_another_process_runs_says_so_and_marks_nothing(
    qtbot: Any, make_window: Any
) -> None:
    window, runner = _synced_window(qtbot, make_window)
    db_file = window.paths.database_file(window.profile)
    with profile_lock(db_file.with_name("sync.lock")):  # a run elsewhere holds the profile
        window.retry([])
        qtbot.waitUntil(lambda: "Retry did not start" in window.status_line.text(), timeout=5000)
    assert "already running" in window.status_line.text()
    assert len(runner.calls) == 1
    db = open_database(db_file)
    assert not RecordState.select().where(RecordState.retry == True).exists()  # noqa: E712
    db.close()


def test_retry_of_an_invoice_waiting_on_its_contact_retries_and_runs_the_contact(
    qtbot: Any, make_window: Any
) -> None:
    """E1 (the invoice's contact has no QuickBooks customer) cannot pass while the contact
    itself failed: Retry marks that contact too and runs contacts before invoices."""
    waiting = {
        "object": "invoices",
        "name": "INV-7",
        "match_key": "INV-7",
        "state": "failed",
        "code": "invoice_no_customer",
        "params": '{"contact": "Sam Blake", "email": "sam@blake.example"}',
        "hubspot_id": "701",
    }
    runner = FakeRunner([*MORE_FAILED, waiting], steps=1)
    window = make_window(sync_runner=runner)
    window.show()
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(window.sync_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.review_button, Qt.MouseButton.LeftButton)
    rows = table_rows(window)
    window.status_page.table.selectRow(next(i for i, r in enumerate(rows) if r["name"] == "INV-7"))
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(window.status_page.retry_one, Qt.MouseButton.LeftButton)
    assert runner.calls[-1]["objects"] == ("contacts", "invoices", "products")
    assert runner.marked[-1] == [("contacts", "104"), ("invoices", "701")]
