"""The invoice sync card in the record detail: from the link baseline the invoice sync
keeps (both numbers and totals, where it was made, status), the last activity, and the
record's own state, explanation and fix; records of other types get no card."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from qbsync_desktop.core.export import CsvFormat, read_dict_csv
from qbsync_desktop.core.store import Activity, Link, RecordState, open_database
from qbsync_desktop.core.sync import errors, record
from qbsync_desktop.core.sync.problems import render
from qbsync_desktop.core.sync.report import ChangeDetail
from qbsync_desktop.gui import i18n
from qbsync_desktop.gui.invoice_detail import SyncCard, card_html, sync_card
from qbsync_desktop.gui.records import (
    COLUMNS,
    RecordFilter,
    SqlRecordSource,
    activity_for,
    column_title,
    write_csv,
)
from qbsync_desktop.gui.status_page import StatusPage
from qbsync_desktop.gui.timefmt import amount

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
WHEN = dt.datetime(2026, 11, 20, 10, 15)


NAME = "invoices"


def _invoice_books(path: Path) -> Any:
    db = open_database(path)
    baseline = {
        "origin": "hubspot",
        "fingerprint": "{}",
        "hs_number": "INV-1042",
        "qbo_number": "1042",
        "hs_total": "1250.5",
        "qbo_total": "1250.50",
        "status": "open",
    }
    Link.create(object=NAME, hubspot_id="501", qbo_id="77", baseline=json.dumps(baseline))
    Link.create(
        object=NAME,
        hubspot_id="503",
        qbo_id="78",
        baseline=json.dumps({**baseline, "hs_number": "INV-1099", "hs_total": "980"}),
    )
    Link.create(object="contacts", hubspot_id="9", qbo_id="3", baseline='{"email": "a@b.test"}')
    common = {"updated_at": WHEN}
    RecordState.insert_many(
        [
            {"object": NAME, "hubspot_id": "501", "qbo_id": "77", "name": "INV-1042",
             "match_key": "INV-1042", "state": "synced", **common},
            {"object": NAME, "hubspot_id": "502", "qbo_id": None, "name": "INV-1043",
             "match_key": "INV-1043", "state": "failed", "code": "name_taken",
             "params": json.dumps({"name": "INV-1043"}), **common},
            {"object": NAME, "hubspot_id": "503", "qbo_id": "78", "name": "INV-1099",
             "match_key": "INV-1099", "state": "synced", **common},
            {"object": "contacts", "hubspot_id": "9", "qbo_id": "3", "name": "Ada",
             "match_key": "a@b.test", "state": "synced", **common},
        ]
    ).execute()  # fmt: skip
    for at, action in ((WHEN - dt.timedelta(days=1), "create"), (WHEN, "update")):
        Activity.create(
            object=NAME, hubspot_id="501", qbo_id="77", direction="to_quickbooks",
            action=action, at=at,
        )  # fmt: skip
    return db


def _select(page: StatusPage, name: str) -> str:
    model = page.model
    row = next(
        r for r in range(model.rowCount()) if getattr(model.record_at(r), "name", "") == name
    )
    page.table.selectionModel().select(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    return page.detail.toPlainText()


def test_the_card_shows_both_numbers_totals_and_the_last_activity(
    qtbot: Any, tmp_path: Path
) -> None:
    db = _invoice_books(tmp_path / "books.db")
    page = StatusPage()
    qtbot.addWidget(page)
    page.set_source(SqlRecordSource(db))

    text = _select(page, "INV-1042")
    assert "Integration sync" in text
    for words in ("Made in", "HubSpot", "INV-1042", "1042", amount(1250.5), "Open"):
        assert words in text, words
    assert "The totals differ" not in text  # 1250.5 and 1250.50 are one amount
    page.resize(1100, 640)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(ARTIFACTS / "invoice-detail.png"))

    assert COLUMNS[4][0] == "amount"
    # The record list shows each invoice's amount, and sorts by it as a number.
    amounts = {page.model.record_at(r).name: page.model.index(r, 4).data()
               for r in range(page.model.rowCount())}  # fmt: skip
    assert amounts == {"INV-1042": "1,250.50", "INV-1043": "", "INV-1099": "980.00", "Ada": ""}
    source = SqlRecordSource(db)
    by_amount = [source.rows([i])[i].name for i in source.ids(RecordFilter(object=NAME), "amount")]
    assert by_amount == ["INV-1043", "INV-1099", "INV-1042"]  # none first; 980 before 1250.5

    failed = _select(page, "INV-1043")  # no link yet: the record's own words, no card
    assert "Integration sync" not in failed and "Failed" in failed
    assert "Integration sync" not in _select(page, "Ada")  # a contact's link: no card


def test_differing_totals_are_pointed_out(qtbot: Any, tmp_path: Path) -> None:
    db = _invoice_books(tmp_path / "books.db")
    rec = next(
        r for r in SqlRecordSource(db).rows(list(range(1, 5))).values() if r.hubspot_id == "501"
    )
    card = sync_card(SqlRecordSource(db), rec)
    assert card is not None and card.last_activity is not None
    assert card.last_activity[1] == "Updated invoice in QuickBooks"
    html = card_html(SyncCard(**{**vars(card), "qbo_total": "1200.00"}))
    assert "The totals differ." in html
    hostile = card_html(SyncCard(**{**vars(card), "hs_number": "<b>x</b>"}))
    assert "<b>x</b>" not in hostile and "&lt;b&gt;x&lt;/b&gt;" in hostile


def test_amounts_follow_the_windows_locale_in_the_table_the_card_and_the_csv(
    qtbot: Any, tmp_path: Path
) -> None:
    """The table showed "1250.50" beside the card's "1,250.50": both go through the
    window's locale (grouping, decimal mark, 2 decimals), right-aligned; the CSV keeps
    a plain number with the locale's decimal mark so a spreadsheet reads it as one."""
    db = _invoice_books(tmp_path / "books.db")
    i18n.install_language("de")
    try:
        page = StatusPage()
        qtbot.addWidget(page)
        page.set_source(SqlRecordSource(db))
        row = next(
            r for r in range(page.model.rowCount()) if page.model.record_at(r).name == "INV-1042"
        )
        cell = page.model.index(row, 4)
        assert cell.data() == "1.250,50"
        assert cell.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
        card = _select(page, "INV-1042")
        assert "1.250,50" in card and "1250" not in card
        rec = page.model.record_at(row)
        assert rec is not None
        card_of = sync_card(SqlRecordSource(db), rec)
        assert card_of is not None and "<td align=right>1.250,50</td>" in card_html(card_of)
        target = tmp_path / "records.csv"
        write_csv(SqlRecordSource(db), RecordFilter(object=NAME), str(target),
                  fmt=CsvFormat.for_decimal_mark(","))  # fmt: skip
        _, rows = read_dict_csv(target)
        name, total = column_title("name"), column_title("amount")
        assert {r[name]: r[total] for r in rows}["INV-1042"] == "1250,50"
    finally:
        i18n.install_language("en")


def test_invoice_history_is_worded_like_a_contacts(qapp: Any, tmp_path: Path) -> None:
    """Invoice activity rows said their raw action ("create"); they read as sentences
    naming the invoice and the service, with the fields changed, and the card's last
    activity says the same."""
    db = _invoice_books(tmp_path / "books.db")
    base = {"object": NAME, "hubspot_id": "501", "qbo_id": "77"}
    inbound = ChangeDetail({"hs_due_date": "2026-12-01", "line_items": "2 lines"}).to_json()
    record.add_activities(
        [
            {**base, "direction": "to_hubspot", "action": "create_hubspot", "detail": inbound},
            {**base, "direction": "to_hubspot", "action": "update", "detail": inbound},
            {**base, "direction": "to_quickbooks", "action": "void",
             "detail": "DocNumber: 1042; TotalAmt: 0"},
            {**base, "direction": "none", "action": "exclude",
             "problem": errors.deleted("hubspot")},
        ]
    )  # fmt: skip
    source = SqlRecordSource(db)
    rec = next(r for r in source.rows(list(range(1, 5))).values() if r.hubspot_id == "501")
    lines = [a.line.text for a in activity_for(source, rec)]
    assert set(lines) == {
        "Created invoice in QuickBooks",  # written by outbound: its detail is text
        "Updated invoice in QuickBooks",
        "Created invoice in HubSpot",
        "Updated 2 fields in HubSpot: due date, line items",
        "Voided invoice in QuickBooks",
        "Left out: " + render(errors.deleted("hubspot")).explanation,
    }, lines
    card = sync_card(source, rec)
    assert card is not None and card.last_activity is not None
    assert card.last_activity[1] in lines and card.last_activity[1] not in ("void", "exclude")
