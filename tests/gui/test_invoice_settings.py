"""The invoice settings in the window: sections for a date, a tax map, a shown-only moment,
a line item property; switching on checked like validate() and saved through
`switched_on_since`; the lists read from both sandboxes.

"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.objects import ObjectType
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.invoice_settings import ServiceDateSection, SwitchedOnSection
from qbsync_desktop.gui.option_sections import DateSection, TaxMapSection
from qbsync_desktop.gui.settings_page import ObjectEditor
from qbsync_desktop.gui.timefmt import local_time

from .conftest import open_sandbox_window
from .fakes import FakeRunner
from .test_window_sandboxes import connect_both

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


NAME = "invoices"


@pytest.fixture
def invoices() -> ObjectType:
    return objects.get(NAME)


def saved(window: Any) -> SyncSettings:
    return SyncSettings.from_dict(window.profiles.require(window.profile).sync)


def test_each_option_kind_gets_its_section(qtbot: Any, invoices: ObjectType) -> None:
    editor = ObjectEditor(invoices)
    qtbot.addWidget(editor)
    sections = editor.sections
    assert isinstance(sections["inbound_created_after"], DateSection)
    assert isinstance(sections["tax_map"], TaxMapSection)
    assert isinstance(sections["enabled_at"], SwitchedOnSection)
    assert isinstance(sections["service_date_property"], ServiceDateSection)
    start = invoices.default_settings().with_option("tax_map", {"99": "7"})
    editor.load(start)

    # The date: none, then today in one click, then none again.
    date = sections["inbound_created_after"]
    assert isinstance(date, DateSection)
    assert editor.value().option("inbound_created_after") is None
    qtbot.mouseClick(date.today, Qt.MouseButton.LeftButton)
    assert editor.value().option("inbound_created_after") == dt.date.today().isoformat()
    qtbot.mouseClick(date.clear, Qt.MouseButton.LeftButton)
    assert editor.value().option("inbound_created_after") is None
    date.edit.setDate(QDate(2026, 11, 30))
    assert editor.value().option("inbound_created_after") == "2026-11-30"

    # The shown-only moment: read only, kept as loaded, and in the fixed filters' words.
    shown = sections["enabled_at"]
    assert isinstance(shown, SwitchedOnSection)
    assert "the moment you switch it on" in shown.line.text()
    moment = "2026-11-15T09:30:00+00:00"
    editor.load(start.with_option("enabled_at", moment))
    text = shown.line.text()
    assert "only invoices made in HubSpot" in text and "no drafts" in text
    assert f"only invoices created or changed since {local_time(moment)}" in text
    assert "2026" in text
    assert editor.value().option("enabled_at") == moment

    # The tax map: hidden until both lists are read, and for a US company.
    taxes = sections["tax_map"]
    assert isinstance(taxes, TaxMapSection)
    assert not editor.form.isRowVisible(taxes.table)
    taxes.set_rates([("12", "VAT (20%)"), ("13", "Reduced (5%)")])
    assert not editor.form.isRowVisible(taxes.table)
    taxes.set_codes([("3", "20.0% S"), ("4", "5.0% R")], us_company=True)
    assert not editor.form.isRowVisible(taxes.table)
    taxes.set_codes([("3", "20.0% S"), ("4", "5.0% R")], us_company=False)
    assert editor.form.isRowVisible(taxes.table)
    assert taxes.table.rowCount() == 2
    box = taxes.table.cellWidget(0, 1)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData("3"))
    # A rate mapped before but not listed now (deleted in HubSpot?) keeps its mapping.
    assert editor.value().option("tax_map") == {"99": "7", "12": "3"}

    # The service date: HubSpot's date properties of line items, the saved one kept.
    service = sections["service_date_property"]
    assert isinstance(service, ServiceDateSection)
    editor.load(start.with_option("service_date_property", "hs_old_date"))
    assert editor.value().option("service_date_property") == "hs_old_date"
    service.set_properties(
        [
            {"name": "service_date", "label": "Service date", "type": "date"},
            {"name": "name", "label": "Name", "type": "string"},
        ]
    )
    offered = [service.combo.itemData(i) for i in range(service.combo.count())]
    assert "service_date" in offered and "name" not in offered
    assert editor.value().option("service_date_property") == "hs_old_date"
    service.combo.setCurrentIndex(service.combo.findData("service_date"))
    assert editor.value().option("service_date_property") == "service_date"


def test_switching_on_is_checked_and_saved_with_its_moment(
    qtbot: Any, make_window: Any, invoices: ObjectType
) -> None:
    window = make_window(profile="Acme")
    page = window.settings_page
    editor = page.editors[NAME]
    products = page.editors["products"]
    products.enabled.setChecked(False)
    editor.enabled.setChecked(True)
    editor.sections["custom_line_item_account"].combo.setEditText("81")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.error.isHidden()
    assert "Invoices ⇄ Invoices needs Products ⇄ Items" in page.error.text()
    assert not saved(window).for_object(NAME).enabled

    products.enabled.setChecked(True)
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved.text() == "Saved.", page.error.text()
    moment = saved(window).for_object(NAME).option("enabled_at")
    assert start <= dt.datetime.fromisoformat(moment) <= dt.datetime.now(dt.UTC)
    shown = editor.sections["enabled_at"]
    assert isinstance(shown, SwitchedOnSection)
    assert "the moment you switch it on" not in shown.line.text()

    # Saved again while on: the moment stays.
    editor.direction.setCurrentIndex(editor.direction.findData("to_quickbooks"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved(window).for_object(NAME).option("enabled_at") == moment


def test_the_accounts_error_goes_once_an_account_is_picked(qtbot: Any, make_window: Any) -> None:
    """The red line under the income account stayed after an account was picked, until
    Save: it goes as soon as the choice can work, and Save checks again."""
    window = make_window(profile="Acme")
    page = window.settings_page
    editor = page.editors[NAME]
    editor.enabled.setChecked(True)
    editor.direction.setCurrentIndex(editor.direction.findData("to_quickbooks"))
    account = editor.sections["custom_line_item_account"]
    account.set_accounts([("81", "Sales"), ("82", "Services")])
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not account.error.isHidden() and "income account" in account.error.text()
    assert page.error.text() == "Fix the fields marked in red, then save again."

    account.combo.setEditText("Sal")  # typing, not yet an account: still red, its words
    assert not account.error.isHidden()
    assert "type its QuickBooks id" in account.error.text()
    account.combo.setCurrentIndex(account.combo.findData("82"))
    assert account.error.isHidden()
    assert page.error.isHidden()  # nothing left in red: the line asking to fix goes too
    assert not saved(window).for_object(NAME).enabled  # nothing saved by picking

    account.combo.setEditText("")  # emptied again: Save says so again
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not account.error.isHidden()
    account.combo.setEditText("81")  # an id typed in
    assert account.error.isHidden()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved.text() == "Saved.", page.error.text()
    assert saved(window).for_object(NAME).option("custom_line_item_account") == "81"


def test_lists_come_from_both_sandboxes(
    qtbot: Any, sandboxes: Any, app_paths: AppPaths, invoices: ObjectType
) -> None:
    sandboxes.control("quickbooks", "company", {"CompanyInfo": {"Country": "GB"}})
    settings = SyncSettings()
    window = open_sandbox_window(qtbot, sandboxes, app_paths, settings)
    editor = window.settings_page.editors[NAME]
    taxes = editor.sections["tax_map"]
    service = editor.sections["service_date_property"]
    assert isinstance(taxes, TaxMapSection) and isinstance(service, ServiceDateSection)
    connect_both(qtbot, window)
    qtbot.waitUntil(lambda: editor.form.isRowVisible(taxes.table), timeout=15000)
    assert taxes.codes is not None and any("20.0% S" in name for _, name in taxes.codes)
    assert taxes.rates  # HubSpot's tax rate library
    qtbot.waitUntil(lambda: service.combo.count() > 1, timeout=15000)
    window.tabs.setCurrentWidget(window.settings_page)
    window.settings_page.tabs.setCurrentIndex(window.settings_page.tabs.count() - 1)
    editor.enabled.setChecked(True)
    date = editor.sections["inbound_created_after"]
    assert isinstance(date, DateSection)
    qtbot.mouseClick(date.today, Qt.MouseButton.LeftButton)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # the layout settles (rows shown/hidden) before the shot
    assert window.grab().save(str(ARTIFACTS / "invoice-settings.png"))


def test_a_dry_run_with_invoices_switched_on_counts_from_now_and_saves_nothing(
    qtbot: Any, make_window: Any, invoices: ObjectType
) -> None:
    runner = FakeRunner()
    window = make_window(sync_runner=runner, profile="Acme")
    before = window.profiles.require("Acme").sync
    editor = window.settings_page.editors[NAME]
    editor.enabled.setChecked(True)
    editor.sections["custom_line_item_account"].combo.setEditText("81")
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(window.settings_page.dry_run_button, Qt.MouseButton.LeftButton)
    tried = runner.calls[-1]["settings"].for_object(NAME)
    assert tried.enabled and start <= dt.datetime.fromisoformat(tried.option("enabled_at"))
    assert window.profiles.require("Acme").sync == before
