"""The window speaks a bookkeeper's words: stored problem codes in the current language,
history lines from what was stored, field labels, API names only in the details, CSV in
the user's locale."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from qbsync_desktop.core.export import read_dict_csv
from qbsync_desktop.core.store import RecordState, open_database
from qbsync_desktop.core.sync import errors, record
from qbsync_desktop.core.sync.problems import render
from qbsync_desktop.core.sync.report import ChangeDetail
from qbsync_desktop.gui import i18n
from qbsync_desktop.gui.records import RecordRow, SqlRecordSource, activity_for

from .conftest import plan_shown
from .test_window_flow import table_rows


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    i18n.install_language("de")
    yield
    i18n.install_language("en")


def _synced_window(qtbot: Any, make_window: Any) -> Any:
    window = make_window()
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    return window


def test_a_stored_problem_renders_in_german_in_the_window(
    qtbot: Any, make_window: Any, german: None
) -> None:
    window = _synced_window(qtbot, make_window)
    rows = {r["name"]: r for r in table_rows(window)}
    clash = rows["Jordan Blake"]
    # The store keeps the code; the German words come from the catalogue when shown.
    assert clash["reason"].startswith("Der Anzeigename ist ein Duplikat"), clash["reason"]
    assert "Display name" not in clash["reason"]
    assert clash["state"] == "Fehlgeschlagen" and clash["object"].startswith("Kontakte")
    categories = window.status_page.category_filter
    names = [categories.itemText(i) for i in range(categories.count())]
    assert "Anzeigename bereits vergeben" in names, names
    model = window.status_page.model
    across = Qt.Orientation.Horizontal
    headers = [model.headerData(c, across) for c in range(model.columnCount())]
    assert "Objekt" in headers and "Grund" in headers, headers
    # Searching in the shown language finds the code it renders.
    window.status_page.search.setText("Anzeigename")
    assert [r["name"] for r in table_rows(window)] == ["Jordan Blake"]


def test_export_follows_the_german_locale(
    qtbot: Any, make_window: Any, tmp_path: Path, german: None
) -> None:
    window = _synced_window(qtbot, make_window)
    target = tmp_path / "export.csv"
    window.ask_save_path = lambda suggested: str(target)
    window.status_page.export.click()
    qtbot.waitUntil(lambda: target.exists() and "3" in window.status_line.text(), timeout=5000)
    first = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.startswith("Objekt;Name;"), first  # `;` where the decimal mark is `,`
    columns, rows = read_dict_csv(target)
    assert "Lösung" in columns, columns
    assert any("Anzeigename" in r["Grund"] for r in rows)


def test_detail_pane_keeps_api_names_for_the_technical_details(
    qtbot: Any, make_window: Any
) -> None:
    window = _synced_window(qtbot, make_window)
    page = window.status_page
    row = next(i for i, r in enumerate(table_rows(window)) if r["name"] == "Jordan Blake")
    page.table.selectRow(row)
    plain = page.detail.toPlainText()
    assert "Display name already used" in plain and "name_taken" not in plain
    page.technical.setChecked(True)
    assert "name_taken" in page.detail.toPlainText()


def _store_with_history(path: Path) -> SqlRecordSource:
    db = open_database(path)
    with db.atomic():
        RecordState.create(
            object="contacts", hubspot_id="7", qbo_id="70", name="Ada", state="synced"
        )
        base = {"run_id": None, "object": "contacts", "hubspot_id": "7", "qbo_id": "70"}
        created = ChangeDetail({}, {"firstname": "Ada", "email": "ada@x.test"}).to_json()
        updated = ChangeDetail({"phone": "555", "city": "Utrecht"}, {}).to_json()
        record.add_activities(
            [
                {**base, "direction": "to_quickbooks", "action": "create_quickbooks",
                 "detail": created},
                {**base, "direction": "to_hubspot", "action": "update", "detail": updated},
                {**base, "direction": "to_quickbooks", "action": "fail",
                 "problem": errors.explain_qbo_fault("6240", name="Ada", holder="vendor 3")},
                # A row from before histories were kept as data: its old text, worded.
                {**base, "direction": "to_hubspot", "action": "update",
                 "detail": "phone: 555; city: Utrecht"},
            ]
        )  # fmt: skip
    return SqlRecordSource(db)


def test_history_lines_say_what_happened_in_words(qapp: Any, tmp_path: Path) -> None:
    source = _store_with_history(tmp_path / "qbsync.db")
    rec = RecordRow(1, "contacts", "7", "70", "Ada", "ada@x.test", "synced", "", None)
    lines = sorted(a.line.text for a in activity_for(source, rec))
    failed = render(errors.explain_qbo_fault("6240", name="Ada", holder="vendor 3")).explanation
    assert lines == sorted(
        [
            "Created customer in QuickBooks",
            "Updated 2 fields in HubSpot: phone number, city",
            f"Failed: {failed}",
            "Updated contact in HubSpot",
        ]
    )
    details = {a.line.text: a.line.details for a in activity_for(source, rec)}
    # The services' own field names and the values sent stay in the details view.
    assert details["Created customer in QuickBooks"] == "firstname: Ada; email: ada@x.test"
    assert details["Updated contact in HubSpot"] == "phone: 555; city: Utrecht"


def test_history_lines_in_german(german: None, tmp_path: Path) -> None:
    source = _store_with_history(tmp_path / "qbsync.db")
    rec = RecordRow(1, "contacts", "7", "70", "Ada", "ada@x.test", "synced", "", None)
    lines = {a.line.text for a in activity_for(source, rec)}
    assert "Kunde in QuickBooks erstellt" in lines, lines
    assert "2 Felder in HubSpot aktualisiert: Telefonnummer, Stadt" in lines, lines


def test_settings_page_names_fields_by_their_labels(make_window: Any) -> None:
    window = make_window()
    editor = window.settings_page.editors["contacts"]
    texts = {box.text() for box in editor.field_boxes.values()}
    assert "First name  ⇄  First name" in texts
    assert "State/region  ⇄  Billing state" in texts
    assert not any("GivenName" in t or "firstname" in t for t in texts)


def test_plain_csv_reader_reads_both_separators(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh, delimiter=";").writerows([["a", "b"], ["1,5", "x"]])
    assert read_dict_csv(path) == (["a", "b"], [{"a": "1,5", "b": "x"}])


def test_a_service_refusal_is_said_in_the_windows_language(german: None) -> None:
    """A QuickBooks fault that stops a sync or a check is worded from its problem code in
    the current language, not from the service's English message."""
    from qbsync_desktop.core.connectors.errors import QboFault
    from qbsync_desktop.gui.errors import plain_error

    fault = QboFault("Duplicate Name Exists Error", code="6240", http_status=400)
    said = plain_error(fault)
    assert said.startswith("Der Anzeigename ist ein Duplikat"), said
    assert "Duplicate Name Exists" not in said


def test_the_first_sync_preview_gives_its_reasons_in_the_windows_language(
    german: None, tmp_path: Path
) -> None:
    """The dry-run plan keeps each skip's problem code; the first-sync summary words it in
    the current language (the plan's English reason is for the CSV's readers)."""
    from qbsync_desktop.core.sync.dryrun import write_plan_csv
    from qbsync_desktop.core.sync.vocabulary import Plan, SideRecord, Skip
    from qbsync_desktop.gui.first_run import summarize_plan

    plan = Plan("contacts")
    record = SideRecord("hubspot", "103", {"firstname": "No"}, "No Mail")
    plan.skips.append(Skip(record, errors.no_email(), "excluded"))
    target = tmp_path / "plan.csv"
    write_plan_csv([plan], target)
    _, rows = read_dict_csv(target)
    assert rows[0]["reason"].startswith("No email address")  # the file's words: English
    (preview,) = summarize_plan(rows)
    assert list(preview.reasons) == [
        "ausgelassen: Keine E-Mail-Adresse: "
        + (
            "Kontakte und Kunden werden über die E-Mail-Adresse zugeordnet, und dieser "
            "Datensatz hat keine."
        )
    ]


def test_the_preview_dialogs_reason_column_speaks_the_windows_language(
    german: None, tmp_path: Path
) -> None:
    """The preview's table words each left-out record's reason from its code, like the
    first-sync summary (it showed the plan file's English reason before)."""
    from qbsync_desktop.core.sync.dryrun import write_plan_csv
    from qbsync_desktop.core.sync.vocabulary import Plan, SideRecord, Skip
    from qbsync_desktop.gui.plan_view import PlanModel

    plan = Plan("contacts")
    record = SideRecord("hubspot", "103", {"firstname": "No"}, "No Mail")
    plan.skips.append(Skip(record, errors.no_email(), "excluded"))
    target = tmp_path / "plan.csv"
    write_plan_csv([plan], target)
    model = PlanModel(*read_dict_csv(target))
    reason = model.index(0, model.columns.index("reason"))
    assert model.data(reason).startswith("Keine E-Mail-Adresse")
    assert "Keine E-Mail-Adresse" in model.data(reason, Qt.ItemDataRole.ToolTipRole)


def test_the_preview_export_follows_the_german_locale(
    qtbot: Any, german: None, tmp_path: Path
) -> None:
    """Exporting the preview writes the locale's separator and the window's headers (it
    copied the plan file: commas, column keys), still safe for spreadsheets."""
    from qbsync_desktop.core.sync.dryrun import write_plan_csv
    from qbsync_desktop.core.sync.vocabulary import Plan, SideRecord, Skip
    from qbsync_desktop.gui.plan_view import PlanDialog

    plan = Plan("contacts")
    record = SideRecord("hubspot", "103", {"firstname": "=No"}, "=No Mail")
    plan.skips.append(Skip(record, errors.no_email(), "excluded"))
    source, target = tmp_path / "plan.csv", tmp_path / "export.csv"
    write_plan_csv([plan], source)
    dialog = PlanDialog(source, lambda suggested: str(target), client="Acme")
    qtbot.addWidget(dialog)
    plan_shown(qtbot, dialog)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        assert dialog.export() == str(target)
    header, row = target.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert header.split(";")[:3] == ["Objekt", "Würde", "In"], header
    assert "'=No Mail" in row.split(";")  # a formula lead stays text
    columns, rows = read_dict_csv(target)
    assert len(rows) == 1 and "Objekt" in columns
    # The columns the dialog shows, in its words: not the stored problem's code, params and
    # field (raw, hidden in the dialog), nor the plan file's keys ("contacts", "exclude").
    model = dialog.model
    shown = [n for n in range(len(model.columns)) if not dialog.view.isColumnHidden(n)]
    assert columns == [model.headerData(n, Qt.Orientation.Horizontal) for n in shown]
    for n in shown:
        said = model.index(0, n).data() or ""
        assert rows[0][columns[shown.index(n)]] == said, model.columns[n]
    assert rows[0]["Objekt"] == model.index(0, model.columns.index("object")).data() != "contacts"
    assert rows[0]["Grund"].startswith("Keine E-Mail-Adresse"), rows[0]
    assert not {"code", "params", "field"} & set(columns)


def test_preflight_findings_are_shown_in_the_windows_language(qtbot: Any, german: None) -> None:
    """The QuickBooks settings check's findings were English in every language: their
    texts are marked in core and translated when shown, the country filled in after."""
    from qbsync_desktop.core.sync.preflight import check_settings
    from qbsync_desktop.gui.connections_page import ConnectionsPage

    prefs = {"SalesFormsPrefs": {"CustomTxnNumbers": True}}
    findings = check_settings(prefs, {"Country": "DE"})
    assert [f.id for f in findings] == ["custom_txn_numbers", "non_us_tax", "books_not_closed"]
    assert findings[1].title == "The company is outside the US (DE)"  # English for the log
    page = ConnectionsPage()
    qtbot.addWidget(page)
    page.show_findings(findings)
    shown = [page.findings.item(r, 1).text() for r in range(page.findings.rowCount())]
    assert shown[0].startswith("Benutzerdefinierte Transaktionsnummern sind aktiviert. "), shown
    assert shown[1].startswith("Das Unternehmen ist außerhalb der USA (DE). "), shown
    fix = page.findings.item(2, 2).text()
    assert fix.startswith("Legen Sie in QuickBooks ein Abschlussdatum fest"), fix
