"""The preview (dry run) reads like a summary: a real dry run through both sandboxes, its
counts per object and side opening their records, changes in field labels, the filters."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from qbsync_desktop.core.sync.plan_summary import change_parts, filter_lines, summarize
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.plan_view import PlanDialog, read_plan_csv
from tests.engine.conftest import PROFILE, Synced, synced  # noqa: F401 - the fixture

from .conftest import plan_shown

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
BLAKE = {"property": "company", "op": "contains", "value": "Blake"}


def _shown(dialog: PlanDialog, column: str) -> list[str]:
    col = dialog.model.columns.index(column)
    return [
        str(dialog.shown.index(r, col).data(Qt.ItemDataRole.DisplayRole))
        for r in range(dialog.shown.rowCount())
    ]


def test_a_preview_reads_as_counts_that_open_their_records(
    qtbot: Any,
    synced: Synced,  # noqa: F811
    tmp_path: Path,
) -> None:
    synced.sync()  # linked: the next preview has updates to show
    contact = next(c for c, _ in synced.linked_contacts())
    synced.edit_contact(contact.id, city="Utrecht", firstname="Adaline")
    synced.settings("contacts", filters=[BLAKE])
    plan = tmp_path / "plan.csv"
    summary, _ = synced.sync(dry_run=True, plan_csv=plan, objects=("contacts", "products"))
    settings = SyncSettings.from_dict(synced.connections.profiles.require(PROFILE).sync)
    _, rows = read_plan_csv(plan)

    dialog = PlanDialog(plan, lambda s: None, client=PROFILE, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    plan_shown(qtbot, dialog)
    assert dialog.counts.isVisible()  # shown with the rows, not a moment later
    assert dialog.windowTitle() == "Preview — what a sync would do"
    assert dialog.summary.text() == "Nothing was written."

    # One row per object and side; each count is the plan rows behind it.
    counts = dialog.counts
    assert counts.rowCount() == 4
    assert counts.item(0, 0).text() == "Contacts ⇄ Customers"
    assert [counts.item(r, 1).text() for r in range(4)] == ["HubSpot", "QuickBooks"] * 2
    expected = Counter((r["object"], r["action"], r["side"]) for r in rows)
    assert expected[("contacts", "update", "quickbooks")] == 1
    assert sum(n for (o, a, _), n in expected.items() if a == "create") == sum(
        summary.created.values()
    )
    for (row, column), (obj, action, side) in counts.cells.items():
        n = expected[(obj, action, "" if action == "match" else side)]
        assert counts.item(row, column).text() == f"{n:,}"
        counts.cellClicked.emit(row, column)  # as a click on the count does
        assert dialog.shown.rowCount() == n
        assert set(_shown(dialog, "object")) == {dialog.counts.item(row - row % 2, 0).text()}
        assert dialog.show_all.isEnabled()
        assert dialog.showing.text().startswith(f"Records shown: {n} (")
    assert ("contacts", "exclude", "hubspot") in counts.cells.values()  # the filter's

    # The QuickBooks update: its fields by their labels, API names only in the tooltip.
    cell = next(k for k, v in counts.cells.items() if v == ("contacts", "update", "quickbooks"))
    counts.cellClicked.emit(*cell)
    (changes,) = _shown(dialog, "changes")
    before = contact.properties
    assert changes == (
        f"First name: {before['firstname']} → Adaline; City: {before['city']} → Utrecht"
    )
    tip = dialog.shown.index(0, dialog.model.columns.index("changes")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "firstname" in tip  # the details keep the services' own names
    assert _shown(dialog, "action") == ["Update"] and _shown(dialog, "side") == ["QuickBooks"]
    cell = next(k for k, v in counts.cells.items() if v == ("contacts", "create", "quickbooks"))
    counts.cellClicked.emit(*cell)
    created = _shown(dialog, "changes")[0]  # a new record: its values, no "before"
    assert created.startswith("First name: ") and "→" not in created

    dialog.show_all.click()
    assert dialog.shown.rowCount() == len(rows) and not dialog.show_all.isEnabled()
    assert dialog.filters.text() == (
        "Filters in use:\nContacts ⇄ Customers: leave out records where company name contains "
        "“Blake”"
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "preview-summary.png"))


def test_summary_counts_a_match_on_both_sides_once_per_pair() -> None:
    rows = [
        {"object": "contacts", "action": "match", "side": ""},
        {"object": "contacts", "action": "create", "side": "hubspot"},
        {"object": "contacts", "action": "fail", "side": "quickbooks"},
        {"object": "products", "action": "unchanged", "side": ""},
    ]
    contacts, products = summarize(rows)
    assert contacts.get("match", "hubspot") == contacts.get("match", "quickbooks") == 1
    assert contacts.total("match") == 1 and contacts.total("create") == 1
    assert contacts.get("fail", "quickbooks") == 1 and contacts.get("fail", "hubspot") == 0
    assert products.total("create") == 0  # unchanged pairs count nowhere
    assert change_parts("city: Paris -> Gouda; odd part") == [
        ("city", "Paris", "Gouda"),
        ("odd part", "", ""),
    ]


def test_filters_of_syncs_switched_off_are_not_listed() -> None:
    settings = SyncSettings.from_dict(
        {"objects": {"contacts": {"enabled": False, "filters": [BLAKE]}}}
    )
    assert filter_lines(settings) == []
    settings.objects["contacts"].enabled = True
    assert filter_lines(settings) == [
        "Contacts ⇄ Customers: leave out records where company name contains “Blake”"
    ]


def test_a_dry_run_from_the_settings_page_lists_the_edited_filters(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window()
    window.settings_page.editors["contacts"].add_filter("company", "contains", "Blake")
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.settings_page.dry_run_button.click()
    dialog = window.plan_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.filters.text().endswith(
        "Contacts ⇄ Customers: leave out records where company name contains “Blake”"
    )
    assert window.progress.isHidden()


def test_the_window_says_preview_while_previewing(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    import threading

    from .fakes import FakeRunner

    runner = FakeRunner()
    runner.gate = threading.Event()
    window = make_window(sync_runner=runner, synced_before=True, profile="Acme")
    said: list[str] = []
    window.progress.valueChanged.connect(lambda _: said.append(window.progress.format()))
    assert window.sync_now(dry_run=True, plan_csv=tmp_path / "plan.csv")
    said += [window.status_line.text(), window.progress.format()]
    assert window.status_line.text() == "Preview… (nothing is written)"
    assert window.tray.state != "syncing"
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        runner.gate.set()
    assert said and not any("Sync" in text for text in said), said
    assert window.status_line.text().startswith("Preview")


def test_the_first_sync_preview_counts_as_the_preview_does(qapp: Any) -> None:
    """The first-sync panel had its own summary: a pair linked and updated was counted
    as matched there and as an update in the preview. It uses core's `summarize` now."""
    from qbsync_desktop.gui.first_run import _cells, summarize_plan

    rows = [
        {"object": "contacts", "action": "match", "side": "", "hubspot_id": "1", "qbo_id": "9"},
        # A pair linked and updated on both sides: two rows, no match.
        {"object": "contacts", "action": "update", "side": "hubspot", "hubspot_id": "2"},
        {"object": "contacts", "action": "update", "side": "quickbooks", "hubspot_id": "2"},
        {"object": "contacts", "action": "create", "side": "quickbooks", "hubspot_id": "3"},
        {"object": "contacts", "action": "exclude", "side": "hubspot", "reason": "No email"},
    ]
    (preview,) = summarize_plan(rows)
    assert preview.plan == summarize(rows)[0]
    cells = _cells(preview)
    assert cells[1:6] == ["1", "0", "1", "1", "1"]  # matched, new/updated per side
    assert cells[6] == "1 (1 in HubSpot)"
    assert cells[8] == "1 × left out: No email"
