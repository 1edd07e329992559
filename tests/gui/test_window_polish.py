"""Rough edges a new bookkeeper met on the sandboxes (artifacts/screenshots/walkthrough-*):
words and hints that said something else than the window does, text cut off, a panel
squeezed to one row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel

from qbsync_desktop.core.sync.problems import Translate
from qbsync_desktop.gui.connections_page import ConnectionsPage
from qbsync_desktop.gui.history import action_words
from qbsync_desktop.gui.invoice_detail import SyncCard, card_html
from qbsync_desktop.gui.object_sections import IncomeAccountSection
from qbsync_desktop.gui.records import COLUMNS

from .fakes import FakeRunner
from .test_first_run import _new_client_connected


def _income(window: Any, obj: str) -> IncomeAccountSection:
    (section,) = (
        s
        for s in window.settings_page.editors[obj].sections.values()
        if isinstance(s, IncomeAccountSection)
    )
    return section


def test_an_income_account_that_must_be_chosen_does_not_offer_a_default(
    make_window: Any,
) -> None:
    """The invoices' custom line item account said "First active income account", and
    saving it empty was refused: pick the income account."""
    window = make_window()
    invoices = _income(window, "invoices").combo.lineEdit()
    products = _income(window, "products").combo.lineEdit()
    assert invoices is not None and products is not None
    assert invoices.placeholderText() == "Choose an account"
    assert products.placeholderText() == "First active income account"  # empty is fine


def test_the_record_detail_says_what_it_is_for_in_lines_that_fit(
    qtbot: Any, make_window: Any
) -> None:
    """A placeholder stays on one line: at the pane's width it was cut after "and any"."""
    window = make_window()
    window.show()
    detail = window.status_page.detail
    detail.resize(300, 200)
    qtbot.waitExposed(window)
    assert detail.toPlainText() == "Select a record to see its IDs, history and any fix."
    assert detail.document().size().width() <= detail.viewport().width()


@dataclass
class _Finding:
    severity: str
    sentence: tuple[str, str, str]

    def words(self, tr: Translate) -> tuple[str, str, str]:
        return self.sentence


def test_the_settings_check_leaves_the_room_below_to_the_first_sync_preview(
    qtbot: Any,
) -> None:
    page = ConnectionsPage()
    qtbot.addWidget(page)
    preview = QLabel("the first-sync preview")
    page.add_panel(preview)
    page.resize(1080, 600)
    page.show()
    qtbot.waitExposed(page)
    long = "A sentence long enough to wrap in its column of the findings table. " * 2
    page.show_findings(
        [_Finding("warning", ("Custom numbers", long, long)), _Finding("note", ("Closing", "", ""))]
    )
    qtbot.wait(10)  # the layout settles
    table = page.findings
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.rowHeight(0) > table.rowHeight(1)  # the wrapped one is taller
    # No empty table area under the two findings (it took what the preview needed).
    assert table.height() <= table.horizontalHeader().height() + rows + 2 * table.frameWidth()
    assert preview.height() > 150


def test_an_invoice_status_reads_as_a_word_not_hubspots_value() -> None:
    card = SyncCard("quickbooks", "1001", "1001", "10", "10", "open", "", None)
    assert "<td>Open</td>" in card_html(card)
    unknown = SyncCard("quickbooks", "1", "1", "1", "1", "in_review", "", None)
    assert "<td>in_review</td>" in card_html(unknown)


def test_a_link_says_by_which_key_the_records_were_paired() -> None:
    """The Activity tab said "Linked to the record with the same key"."""
    said = action_words("contacts", "match", "")
    assert said == "Linked to the QuickBooks customer with the same email"
    assert action_words("products", "link", "") == (
        "Linked to the QuickBooks item with the same SKU"
    )
    assert action_words("retired_type", "match", "") == "Linked to the record with the same key"


def test_the_first_sync_preview_shows_every_objects_row(qtbot: Any, make_window: Any) -> None:
    """At the window's size the preview showed one object's row beside the settings check;
    each part now takes its full height and the page scrolls."""
    window = _new_client_connected(qtbot, make_window, FakeRunner())
    window.resize(1100, 720)
    window.tabs.setCurrentWidget(window.connections_page)
    window.show()
    qtbot.waitExposed(window)
    page = window.connections_page
    long = "A sentence long enough to wrap in its column of the findings table. " * 3
    page.show_findings([_Finding("warning", ("Numbers", long, long))] * 3)
    qtbot.wait(10)  # the layout settles
    table = window.first_run.table
    assert table.rowCount() >= 1
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.viewport().height() >= rows
    findings = page.findings
    assert findings.viewport().height() >= sum(findings.rowHeight(r) for r in range(3))


def test_an_invoices_amount_shows_in_the_record_list_at_the_windows_size(
    qtbot: Any, make_window: Any
) -> None:
    """The amount column began beyond the list's right edge (an 1100-pixel window)."""
    window = make_window()
    window.resize(1100, 720)
    window.tabs.setCurrentWidget(window.status_page)
    window.show()
    qtbot.waitExposed(window)
    table = window.status_page.table
    amount = next(n for n, (key, _) in enumerate(COLUMNS) if key == "amount")
    right = table.columnViewportPosition(amount) + table.columnWidth(amount)
    assert not table.isColumnHidden(amount)
    assert right <= table.viewport().width(), (right, table.viewport().width())
