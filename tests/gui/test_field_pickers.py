"""Pickers instead of free text for custom mappings and filters (issue 17): the fields the
connected accounts have, with labels and types; a field that is not there cannot be saved,
and one saved before is flagged by the pre-flight check. Real window, both sandboxes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qbsync_desktop.core.profiles import Profile, ProfileStore
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.field_picker import FieldPicker
from qbsync_desktop.gui.main_window import MainWindow

from .conftest import open_sandbox_window
from .test_window_sandboxes import connect_both

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
BOGUS = {"hubspot_property": "no_such_property", "qbo_field": "Bogus.Field"}


def _pickers(editor: Any, row: int) -> tuple[FieldPicker, FieldPicker]:
    hubspot, qbo = (editor.custom.cellWidget(row, c) for c in (0, 1))
    assert isinstance(hubspot, FieldPicker) and isinstance(qbo, FieldPicker)
    return hubspot, qbo


def _items(picker: FieldPicker) -> dict[str, str]:
    return {str(picker.itemData(i)): picker.itemText(i) for i in range(picker.count())}


def test_pickers_offer_the_accounts_fields_and_refuse_others(
    qtbot: Any, sandbox_window: MainWindow
) -> None:
    window = sandbox_window
    editor = window.settings_page.editors["contacts"]
    connect_both(qtbot, window)
    qtbot.waitUntil(lambda: window.field_lists.loaded_for == "Demo client", timeout=15000)
    window.tabs.setCurrentWidget(window.settings_page)

    editor.add_custom()
    hubspot, qbo = _pickers(editor, 0)
    listed = _items(hubspot)
    assert listed["email"] == "Email (text)"  # HubSpot's own label and its type
    assert listed["hs_email_domain"] == "Email Domain (text)"
    assert _items(qbo)["ShipAddr.City"] == "Shipping city (text)"
    tip = hubspot.itemData(hubspot.findData("city"), 3)  # Qt.ToolTipRole: the API name
    assert "city" in tip

    # What today's free text accepted is refused, beside the list that holds it.
    hubspot.set_value("no_such_property")
    qbo.set_value("Bogus.Field")
    assert not window.save_settings()
    assert editor.custom_error.text() == (
        "Row 1: HubSpot has no property “no_such_property” for this sync."
    )
    assert window.profiles.require("Demo client").sync["objects"]["contacts"]["custom"] == []
    hubspot.set_value("city")  # the HubSpot side fixed: the QuickBooks one still is not there
    assert not window.save_settings()
    assert "QuickBooks has no field “Bogus.Field”" in editor.custom_error.text()

    # Picked from the lists (or a label typed in full): saved by API name.
    qbo.setCurrentIndex(qbo.findData("ShipAddr.City"))
    hubspot.setEditText("City (text)")
    editor.add_filter("", "equals", "lead")
    editor.filters.cellWidget(0, 0).setCurrentIndex(
        editor.filters.cellWidget(0, 0).findData("lifecyclestage")
    )
    assert window.save_settings(), editor.custom_error.text()
    saved = window.profiles.require("Demo client").sync["objects"]["contacts"]
    assert saved["custom"] == [{"hubspot_property": "city", "qbo_field": "ShipAddr.City"}]
    assert saved["filters"] == [{"property": "lifecyclestage", "op": "equals", "value": "lead"}]
    editor.load(
        SyncSettings.from_dict(window.profiles.require("Demo client").sync).for_object("contacts")
    )
    assert _pickers(editor, 0)[0].currentText() == "City (text)"  # shown by label again
    # Invoices: the sales-form custom fields the company switched on, by the name it gave.
    invoices = window.settings_page.editors["invoices"]
    invoices.add_custom()
    slots = _pickers(invoices, 0)[1]
    qtbot.waitUntil(lambda: "PO #" in _items(slots).get("CustomField:1", ""), timeout=15000)
    assert _items(slots)["CustomField:1"] == "PO # (text)"
    assert "CustomField:2" not in _items(slots)  # switched off in QuickBooks
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.settings_page.scrolls["contacts"].ensureWidgetVisible(editor.custom)
    assert window.grab().save(str(ARTIFACTS / "settings-pickers.png"))


def test_preflight_flags_a_mapping_saved_before(qtbot: Any, sandboxes: Any, app_paths: Any) -> None:
    settings = SyncSettings()
    settings.objects["products"].enabled = False
    raw = settings.to_dict()
    raw["objects"]["contacts"]["custom"] = [BOGUS]  # saved by an older version or by hand
    window = open_sandbox_window(qtbot, sandboxes, app_paths, SyncSettings.from_dict(raw))
    connect_both(qtbot, window)
    qtbot.waitUntil(lambda: window.findings is not None, timeout=15000)
    found = [f for f in window.findings or [] if f.id == "missing_field"]
    assert [f.explanation for f in found] == [
        "Row 1: HubSpot has no property “no_such_property” for this sync.",
        "Row 1: QuickBooks has no field “Bogus.Field” this sync can write.",
    ]
    table = window.connections_page.findings
    shown = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert any("a field in the settings is not there" in text for text in shown)
    window.shutdown()


def test_without_a_connection_quickbooks_fields_are_still_checked(
    qtbot: Any, make_window: Any, app_paths: Any
) -> None:
    ProfileStore(app_paths.profiles_file).save(Profile(name="Offline"))
    window = make_window(profile="Offline")
    editor = window.settings_page.editors["contacts"]
    editor.add_custom("no_such_property", "Bogus.Field")
    assert not window.save_settings()
    assert editor.custom_error.text() == (
        "Row 1: QuickBooks has no field “Bogus.Field” this sync can write."
    )
    # HubSpot's properties are not known yet: a name typed is taken (the check reports it
    # once HubSpot answers), a QuickBooks field from the list is.
    _pickers(editor, 0)[1].set_value("Notes")
    assert window.save_settings()
