"""The sync settings page: editing, validation, pause, delete, dry run, profile rename."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from qbsync_desktop.core.credentials import TokenSet
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.core.store import Link, RecordState, open_database
from qbsync_desktop.core.sync.settings import Filter, SyncSettings
from qbsync_desktop.gui.plan_file import CACHED_ROWS
from qbsync_desktop.gui.plan_view import PlanModel, read_plan_csv
from tests.support.keyrings import memory_credentials

from .conftest import plan_shown
from .fakes import ROWS, FakeConnections, FakeRunner


def saved(window: Any) -> SyncSettings:
    return SyncSettings.from_dict(window.profiles.require(window.profile).sync)


def test_edits_are_saved_as_typed_settings(qtbot: Any, make_window: Any) -> None:
    window = make_window(profile="Acme")
    page = window.settings_page
    contacts = page.editors["contacts"]
    contacts.direction.setCurrentIndex(contacts.direction.findData("to_quickbooks"))
    contacts.conflict.setCurrentIndex(contacts.conflict.findData("quickbooks"))
    contacts.field_boxes["phone"].setChecked(False)
    assert not contacts.field_boxes["email"].isEnabled()  # the match key stays mapped
    contacts.add_custom("lifecyclestage", "Notes")
    contacts.add_filter("lifecyclestage", "equals", "lead")
    naming = contacts.sections["naming_rule"].combo
    naming.setCurrentIndex(naming.findData("person"))
    products = page.editors["products"]
    income = products.sections["income_account_id"]
    income.combo.setEditText("79")
    page.interval.setValue(15)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved.text() == "Saved."

    s = saved(window)
    c = s.for_object("contacts")
    assert (c.direction, c.conflict, c.option("naming_rule")) == (
        "to_quickbooks",
        "quickbooks",
        "person",
    )
    assert c.disabled_fields == ["phone"]
    assert [(m.hubspot_property, m.qbo_field) for m in c.custom] == [("lifecyclestage", "Notes")]
    assert c.filters == [Filter("lifecyclestage", "equals", "lead")]
    assert s.for_object("products").option("income_account_id") == "79"
    assert s.interval_minutes == 15
    assert window.interval_minutes() == 15  # the timer uses it once the first sync ran

    # Another window over the same profile shows what was saved.
    again = make_window(profile="Acme")
    editor = again.settings_page.editors["contacts"]
    assert editor.direction.currentData() == "to_quickbooks"
    assert not editor.field_boxes["phone"].isChecked()
    assert editor.filters.rowCount() == 1 and editor.custom.rowCount() == 1


def test_invalid_fields_are_refused_with_the_error_beside_them(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window(profile="Acme")
    before = window.profiles.require("Acme").sync
    page = window.settings_page
    products = page.editors["products"]
    income = products.sections["income_account_id"]
    products.add_filter("", "equals", "x")
    products.add_custom("hs_cost", "")
    income.combo.setEditText("Sales income")
    page.tabs.setCurrentIndex(0)
    assert not window.save_settings()
    assert page.tabs.currentIndex() == 1  # the tab with the problem comes forward
    assert "needs a HubSpot property" in products.filters_error.text()
    assert not products.filters_error.isHidden()
    assert "needs both" in products.custom_error.text()
    assert "digits" in income.error.text()
    assert not page.error.isHidden()
    assert window.profiles.require("Acme").sync == before
    # A filter that compares needs a value; emptiness checks do not.
    products.filters.setRowCount(0)
    products.custom.setRowCount(0)
    income.combo.setEditText("")
    products.add_filter("hs_sku", "is_empty")
    products.add_filter("name", "contains", "")
    assert not window.save_settings()
    assert "Row 2" in products.filters_error.text()
    products.filters.removeRow(1)
    assert window.save_settings()
    assert products.filters_error.isHidden()
    assert saved(window).for_object("products").filters == [Filter("hs_sku", "is_empty", "")]


def test_naming_preview_follows_the_rule(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    naming = window.settings_page.editors["contacts"].sections["naming_rule"]
    naming.combo.setCurrentIndex(naming.combo.findData("company_or_company_person"))
    lines = naming.preview.text().splitlines()
    assert lines == naming.preview_names("company_or_company_person")
    # Two people of one company cannot both be “Blake & Co”.
    assert lines[1:3] == ["Blake & Co (Jordan Blake)", "Blake & Co (Sam Blake)"]
    assert lines[0] == "Analytic Ltd" and lines[3] == "Lee Chen"
    naming.combo.setCurrentIndex(naming.combo.findData("person"))
    assert naming.preview.text().splitlines()[0] == "Ada Lovelace"
    # Names QuickBooks already has are avoided.
    assert naming.preview_names("company_or_company_person", {"Analytic Ltd"})[0].startswith(
        "Analytic Ltd ("
    )


def test_pause_switches_off_and_resume_back_on(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    editor = window.settings_page.editors["products"]
    qtbot.mouseClick(editor.pause_button, Qt.MouseButton.LeftButton)
    assert not saved(window).for_object("products").enabled
    assert editor.pause_button.text() == "Resume"
    assert window.sync_objects() == ("contacts",)
    qtbot.mouseClick(editor.pause_button, Qt.MouseButton.LeftButton)
    assert saved(window).for_object("products").enabled
    assert window.sync_objects() == ("contacts", "products")


def test_delete_sync_forgets_that_objects_links_only(qtbot: Any, make_window: Any) -> None:
    window = make_window(profile="Acme")
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    db = open_database(window.paths.database_file("Acme"))
    Link.create(object="contacts", hubspot_id="101", qbo_id="1")
    Link.create(object="products", hubspot_id="9", qbo_id="5")
    RecordState.create(object="products", name="Widget", state="synced")
    db.close()
    asked: list[str] = []
    window.confirm = lambda title, text: asked.append(text) or False
    qtbot.mouseClick(
        window.settings_page.editors["contacts"].delete_button, Qt.MouseButton.LeftButton
    )
    assert "Kept:" in asked[0] and "Forgotten:" in asked[0]
    assert saved(window).for_object("contacts").enabled  # said no: nothing happened
    window.confirm = lambda title, text: True
    with qtbot.waitSignal(window.sync_deleted, timeout=5000):
        window.delete_sync("contacts")
    assert "1 link forgotten" in window.status_line.text()

    db = open_database(window.paths.database_file("Acme"))
    assert [lk.object for lk in Link.select()] == ["products"]
    assert {r.object for r in RecordState.select()} == {"products"}
    db.close()
    assert not saved(window).for_object("contacts").enabled
    assert "1 link forgotten" in window.status_line.text()
    assert window.status_page.model.rowCount() == 1


def test_dry_run_shows_the_plan_and_exports_it(
    qtbot: Any, make_window: Any, qtmodeltester: Any, tmp_path: Path
) -> None:
    runner = FakeRunner()
    window = make_window(sync_runner=runner)
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(window.settings_page.dry_run_button, Qt.MouseButton.LeftButton)
    assert runner.calls[-1]["dry_run"] is True and runner.calls[-1]["plan"] is not None
    dialog = plan_shown(qtbot, window.plan_dialog)
    assert dialog.isVisible()
    model = dialog.model
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(dialog.shown, force_py=True)  # the rows behind the chosen count
    # The problem as stored is worded under Reason: its code and parameters are not shown.
    hidden = [c for n, c in enumerate(model.columns) if dialog.view.isColumnHidden(n)]
    assert hidden == ["code", "params", "field"]
    assert model.rowCount() == len(ROWS)
    names = [model.index(r, model.columns.index("name")).data() for r in range(len(ROWS))]
    assert names == [r["name"] for r in ROWS]
    assert model.index(1, model.columns.index("action")).data() == "Fail"
    assert "Nothing was written" in dialog.summary.text()
    target = tmp_path / "plan.csv"
    dialog.ask_save_path = lambda suggested: str(target)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):  # written off the GUI thread
        dialog.export_button.click()
    # Exported under the window's column headers (the name column's is "Name").
    header = model.headerData(model.columns.index("name"), Qt.Orientation.Horizontal)
    assert [r[header] for r in read_plan_csv(target)[1]] == names


def _people(size: int, name: str) -> list[dict[str, Any]]:
    return [
        {
            "object": "contacts",
            "name": f"{name} {n}",
            "match_key": f"p{n}@example.test",
            "state": "synced",
            "hubspot_id": str(100 + n),
            "qbo_id": str(n + 1),
        }
        for n in range(size)
    ]


def test_an_open_preview_keeps_its_rows_while_the_next_one_runs(
    qtbot: Any, make_window: Any
) -> None:
    """A preview reads its rows from its plan file as they are shown: the next preview
    writes its own file instead of removing and rewriting the same one under it."""
    size = CACHED_ROWS + 100  # the first rows leave the cache as the last are read
    runner = FakeRunner(rows=_people(size, "Person"))
    window = make_window(sync_runner=runner)
    with qtbot.waitSignal(window.sync_finished, timeout=10_000):
        window.settings_page.dry_run_button.click()
    first = plan_shown(qtbot, window.plan_dialog)
    name = first.model.columns.index("name")

    def names(dialog: Any, rows: range) -> list[str]:
        return [dialog.model.index(r, name).data() for r in rows]

    assert names(first, range(size)) == [f"Person {n}" for n in range(size)]

    runner.rows = _people(size, "Other")
    runner.gate = threading.Event()  # the next preview runs until let go
    with qtbot.waitSignal(window.sync_finished, timeout=10_000):
        window.settings_page.dry_run_button.click()
        assert names(first, range(3)) == ["Person 0", "Person 1", "Person 2"]
        runner.gate.set()
    second = plan_shown(qtbot, window.plan_dialog)
    assert second is not first and second.csv_path != first.csv_path
    assert names(second, range(2)) + names(first, range(2)) == [
        "Other 0",
        "Other 1",
        "Person 0",
        "Person 1",
    ]
    first.close()  # a closed preview's file is not needed any more
    assert not first.csv_path.exists() and second.csv_path.exists()


def test_dry_run_tries_the_edited_settings_without_saving_them(
    qtbot: Any, make_window: Any
) -> None:
    runner = FakeRunner()
    window = make_window(sync_runner=runner, profile="Acme")
    before = window.profiles.require("Acme").sync
    contacts = window.settings_page.editors["contacts"]
    naming = contacts.sections["naming_rule"].combo
    naming.setCurrentIndex(naming.findData("person"))
    window.settings_page.editors["products"].enabled.setChecked(False)
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(window.settings_page.dry_run_button, Qt.MouseButton.LeftButton)
    call = runner.calls[-1]
    assert call["dry_run"] is True
    assert call["objects"] == ("contacts",)  # as edited: products switched off
    assert call["settings"].for_object("contacts").option("naming_rule") == "person"
    assert window.profiles.require("Acme").sync == before  # nothing saved
    assert window.settings_page.saved.text() != "Saved."

    # Settings that do not validate: no run, the page says what to correct.
    contacts.add_filter("", "equals", "lead")
    qtbot.mouseClick(window.settings_page.dry_run_button, Qt.MouseButton.LeftButton)
    assert len(runner.calls) == 1 and not window.sync_running
    assert "needs a HubSpot property" in contacts.filters_error.text()
    assert not contacts.filters_error.isHidden()


def test_plan_model_over_an_empty_plan(qtmodeltester: Any, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("object,action,name\n", encoding="utf-8")
    columns, rows = read_plan_csv(path)
    model = PlanModel(columns, rows)
    qtmodeltester.check(model, force_py=True)
    assert (model.rowCount(), model.columnCount()) == (0, 3)


def test_rename_keeps_database_and_keyring(
    qtbot: Any, make_window: Any, app_paths: AppPaths
) -> None:
    conns = FakeConnections()
    conns.credentials = memory_credentials(ProfileStore(app_paths.profiles_file))  # type: ignore[attr-defined]
    tokens = TokenSet("a-token", "r-token", 2e9, "9130", ["accounting"], 1.7e9)
    conns.credentials.save_tokens("Old name", "quickbooks", tokens)
    conns.credentials.save_client_secret("Old name", "quickbooks", "s3cret")
    window = make_window(conns, profile="Old name")
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    old_db = window.paths.database_file("Old name")
    assert old_db.exists()
    window.ask_text = lambda title, label, default: "New name"
    window.act_rename.trigger()
    assert window.profile == "New name"
    # Data and sign-ins are keyed by the profile's id: nothing moves, nothing is copied.
    assert window.paths.database_file("New name") == old_db and old_db.exists()
    assert window.status_page.model.rowCount() == len(ROWS)  # the records came along
    creds = conns.credentials
    moved = creds.load_tokens("New name", "quickbooks")
    assert moved is not None and moved.refresh_token == "r-token"
    assert creds.load_client_secret("New name", "quickbooks") == "s3cret"
    assert creds.load_tokens("Old name", "quickbooks") is None
    assert creds.load_client_secret("Old name", "quickbooks") is None


def test_first_run_opens_on_connections_without_a_next_sync_time(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window(profile="New client")
    assert window.tabs.currentWidget() is window.connections_page
    assert not window.connections_page.hint.isHidden()
    assert "Connect both accounts" in window.connections_page.hint.text()
    qtbot.waitUntil(lambda: "connected" in window.next_label.text(), timeout=5000)
    assert not window.next_label.text().startswith("Next sync")
    for service in ("hubspot", "quickbooks"):
        window.connect_service(service)
    qtbot.waitUntil(window.both_connected, timeout=5000)
    assert window.connections_page.hint.isHidden()
    # No timer before the bookkeeper has seen the first sync's preview and started it.
    assert window.next_label.text() == "Automatic sync starts after the first sync"


def test_the_saved_note_is_shown_whole(qtbot: Any, make_window: Any) -> None:
    """ "Saved." was cut to "S" beside the buttons (the screenshot of the settings page)."""
    window = make_window(profile="Acme")
    window.tabs.setCurrentWidget(window.settings_page)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    assert window.save_settings()
    label = window.settings_page.saved
    assert label.text() == "Saved."
    window.grab()  # at once, as a screenshot is taken: no relayout runs in between
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.width()
