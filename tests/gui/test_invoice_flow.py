"""A bookkeeper switches invoice sync on in the window, over both sandboxes: an invoice
whose contact has no QuickBooks customer fails (E1) with what went wrong and how to fix
it; they give the contact an email in HubSpot, sync again, and the invoice is in
QuickBooks with its sync card (both numbers and totals). Only the keyring (in memory) and
the browser (played by the test) are stand-ins; HubSpot edits go through its API, as
HubSpot's own pages would make them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from qbsync_desktop.core.connectors import hubspot_invoices
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.invoice_settings import SwitchedOnSection
from qbsync_desktop.gui.main_window import MainWindow
from qbsync_desktop.gui.object_sections import IncomeAccountSection
from qbsync_desktop.gui.timefmt import amount
from qbsync_desktop.sandbox.demo import demo_book

from .conftest import open_sandbox_window
from .test_window_flow import table_rows
from .test_window_sandboxes import connect_both

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
E1_NUMBER = next(
    inv.number for inv in demo_book(50, 1).hubspot_invoices if inv.case.startswith("E1 ")
)
NEW_EMAIL = "e1.fixed@example.test"


def _hubspot(window: MainWindow, work: Callable[[Any], Awaitable[Any]]) -> Any:
    """What a person would do in HubSpot's pages, through its API."""
    conns = window.connections

    async def go() -> Any:
        async with conns.http_factory() as http:
            return await work(conns.hubspot_client(window.profile, http))

    return asyncio.run(go())


async def _e1_invoice_and_contact(hubspot: Any) -> tuple[str, str, str]:
    """The E1 demo invoice's id, its contact's id, and its billed amount."""
    found = [o async for o in hubspot.iter_objects("invoices", ["hs_number", "hs_amount_billed"])]
    (invoice,) = [o for o in found if o.properties.get("hs_number") == E1_NUMBER]
    links = await hubspot_invoices.invoice_links(hubspot, [invoice.id])
    return invoice.id, links[invoice.id].contacts[0], invoice.properties["hs_amount_billed"]


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _sync(qtbot: Any, window: MainWindow, button: Any) -> None:
    with qtbot.waitSignal(window.sync_finished, timeout=180_000) as done:
        _click(qtbot, button)
    assert not isinstance(done.args[0], BaseException), window.last_error


def _invoice_row(window: MainWindow) -> tuple[int, dict[str, str]]:
    window.status_page.show_filter(None, None)
    rows = table_rows(window)
    return next((i, r) for i, r in enumerate(rows) if r["name"] == E1_NUMBER)


def test_switch_on_see_e1_fix_the_contact_and_watch_the_invoice_sync(
    qtbot: Any, sandboxes: Any, app_paths: AppPaths
) -> None:
    window = open_sandbox_window(qtbot, sandboxes, app_paths, SyncSettings())
    connect_both(qtbot, window)
    invoice_id, contact_id, billed = _hubspot(window, _e1_invoice_and_contact)
    # The invoice's contact has no email: contact sync leaves it out, so it never becomes
    # a QuickBooks customer.
    _hubspot(
        window,
        lambda hs: hubspot_invoices.update_objects(hs, "contacts", [(contact_id, {"email": ""})]),
    )
    window.tabs.setCurrentWidget(window.connections_page)
    _sync(qtbot, window, window.first_run.start)  # contacts and products, as previewed
    window.scheduler.stop()  # from here the person presses the buttons

    # Switch invoice sync on: the settings page picks the income account of custom lines.
    window.tabs.setCurrentWidget(window.settings_page)
    page = window.settings_page
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.scrolls["invoices"]))
    editor = page.editors["invoices"]
    editor.enabled.setChecked(True)
    editor.direction.setCurrentIndex(editor.direction.findData("to_quickbooks"))
    account = editor.sections["custom_line_item_account"]
    assert isinstance(account, IncomeAccountSection)
    qtbot.waitUntil(lambda: account.combo.count() > 1, timeout=15_000)
    account.combo.setCurrentIndex(1)
    _click(qtbot, page.save_button)
    assert page.saved.text() == "Saved.", page.error.text()
    shown = editor.sections["enabled_at"]
    assert isinstance(shown, SwitchedOnSection)
    assert "the moment you switch it on" not in shown.line.text()  # now: its moment
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # the layout settles (rows shown/hidden) before the shot
    assert window.grab().save(str(ARTIFACTS / "invoice-switched-on.png"))

    # Invoices count from now: the bookkeeper sends the invoice again in HubSpot.
    _hubspot(
        window,
        lambda hs: hubspot_invoices.update_objects(
            hs, "invoices", [(invoice_id, {"hs_comments": "Sent again"})]
        ),
    )
    _sync(qtbot, window, window.sync_button)
    index, row = _invoice_row(window)
    assert row["state"] == "Failed", row
    window.tabs.setCurrentWidget(window.status_page)
    window.status_page.table.selectRow(index)
    detail = window.status_page.detail.toPlainText()
    assert "QuickBooks customer" in detail or "customer" in detail.lower(), detail
    assert "How to fix it" in detail, detail

    # The fix: the contact gets an email; the next sync makes it a customer, then sends
    # the invoice.
    _hubspot(
        window,
        lambda hs: hubspot_invoices.update_objects(
            hs, "contacts", [(contact_id, {"email": NEW_EMAIL})]
        ),
    )
    _sync(qtbot, window, window.sync_button)
    index, row = _invoice_row(window)
    window.status_page.table.selectRow(index)
    rows = [r for r in table_rows(window) if r["match_key"] == NEW_EMAIL]
    assert row["state"] == "Synced", (row, rows, window.status_page.detail.toPlainText())
    window.status_page.table.selectRow(index)
    detail = window.status_page.detail.toPlainText()
    assert "Integration sync" in detail and E1_NUMBER in detail
    assert amount(float(billed)) in detail
    QApplication.processEvents()  # the layout settles (rows shown/hidden) before the shot
    assert window.grab().save(str(ARTIFACTS / "invoice-flow-synced.png"))
