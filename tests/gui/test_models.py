"""Table models: Qt's model tester, lazy fetching, filters, sorting, 100,000 rows."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import peewee
import pytest
from PySide6.QtCore import Qt

from qbsync_desktop.core.store import RecordState, open_database
from qbsync_desktop.gui.object_labels import key_column_label
from qbsync_desktop.gui.record_model import RecordTableModel
from qbsync_desktop.gui.records import RecordFilter, SqlRecordSource, write_csv
from qbsync_desktop.gui.status_page import ObjectCountsModel


def _fill(path: Path, n: int) -> peewee.SqliteDatabase:
    db = open_database(path)
    states = ("synced", "synced", "synced", "failed", "excluded")
    now = dt.datetime(2024, 5, 1, 12, 0)
    rows = [
        {
            "object": "contacts" if i % 4 else "products",
            "name": f"Customer {i:06d}",
            "match_key": f"c{i}@example.com",
            "state": states[i % 5],
            "code": "name_taken" if states[i % 5] == "failed" else None,
            "hubspot_id": str(1000 + i),
            "qbo_id": str(i) if i % 5 != 4 else None,
            "updated_at": now,
        }
        for i in range(n)
    ]
    with db.atomic():
        for start in range(0, n, 5000):
            RecordState.insert_many(rows[start : start + 5000]).execute()
    return db


@pytest.fixture
def small_db(tmp_path: Path) -> peewee.SqliteDatabase:
    return _fill(tmp_path / "small.db", 60)


def test_record_model_passes_qt_model_tester(qtmodeltester: Any, small_db: Any) -> None:
    model = RecordTableModel(SqlRecordSource(small_db))
    assert model.rowCount() == 60
    qtmodeltester.check(model, force_py=True)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_filter(RecordFilter(state="failed"))
    qtmodeltester.check(model, force_py=True)


def test_counts_model_passes_qt_model_tester(qtmodeltester: Any, small_db: Any) -> None:
    model = ObjectCountsModel()
    model.set_counts(SqlRecordSource(small_db).counts())
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


def test_filters_and_sort(small_db: Any) -> None:
    src = SqlRecordSource(small_db)
    model = RecordTableModel(src)
    model.set_filter(RecordFilter(object="products", state="failed"))
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names and all(model.record_at(r).object == "products" for r in range(len(names)))
    assert all(model.index(r, 3).data() == "Failed" for r in range(model.rowCount()))
    model.set_filter(RecordFilter(text="c17@"))
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == ["c17@example.com"]
    model.set_filter(RecordFilter(category="name_taken"))
    assert model.rowCount() == 12
    model.set_filter(RecordFilter(text="100%"))  # LIKE wildcards are literal
    assert model.rowCount() == 0
    model.set_filter(RecordFilter())
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == "Customer 000059"


def test_missing_table_reads_empty(tmp_path: Path) -> None:
    db = peewee.SqliteDatabase(str(tmp_path / "empty.db"))
    src = SqlRecordSource(db)
    assert src.ids(RecordFilter()) == [] and src.counts() == [] and src.failed_count() == 0


OPEN_GOAL_S = 0.3  # the table of 100,000 records must open and paint within this


class PlanRecorder:
    """A database that records SQLite's plan for every statement a reader sends."""

    def __init__(self, db: peewee.SqliteDatabase) -> None:
        self.db = db
        self.plans: dict[str, str] = {}

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        steps = self.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        self.plans[sql] = "; ".join(step[3] for step in steps)
        return self.db.execute_sql(sql, params)


def test_opening_the_table_reads_counts_and_order_through_indexes(small_db: Any) -> None:
    # Without them SQLite grouped and sorted every row: 0.10 + 0.23 s of the 300 ms at 100k.
    recorder = PlanRecorder(small_db)
    src = SqlRecordSource(recorder)
    src.counts()
    src.ids(RecordFilter())
    plans = " | ".join(recorder.plans.values())
    assert "COVERING INDEX record_state_object_state" in plans, plans
    assert "COVERING INDEX record_state_name_nocase" in plans, plans
    assert "TEMP B-TREE FOR GROUP BY" not in plans, plans


@pytest.mark.timing
def test_hundred_thousand_rows_open_within_the_300_ms_goal(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QTableView

    from qbsync_desktop.gui.status_page import StatusPage

    db = _fill(tmp_path / "big.db", 100_000)
    page = StatusPage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)  # the window system's time is not the table's
    timings = []
    # Only the operation is timed (the source set, its counts and ids read, the visible rows
    # painted), best of three: on a loaded CI machine one attempt may lose the CPU.
    for _ in range(3):
        started = time.perf_counter()
        page.set_source(SqlRecordSource(db))
        page.table.viewport().repaint()
        timings.append(time.perf_counter() - started)
    assert page.model.rowCount() == 100_000
    shown = ", ".join(f"{t * 1000:.0f}" for t in timings)
    assert min(timings) < OPEN_GOAL_S, f"opening took {shown} ms"
    assert page.model.fetches <= 2  # only the painted block(s) were read
    # Scrolling to the end reads one more block, not the rows in between.
    started = time.perf_counter()
    table: QTableView = page.table
    table.scrollToBottom()
    table.viewport().repaint()
    assert time.perf_counter() - started < OPEN_GOAL_S
    assert page.model.fetches <= 4
    assert page.shown_label.text() == "100,000 records"


def test_export_csv_writes_filtered_rows(tmp_path: Path, small_db: Any) -> None:
    out = tmp_path / "out.csv"
    n = write_csv(SqlRecordSource(small_db), RecordFilter(state="excluded"), str(out))
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert n == 12 and len(lines) == 13
    # The key column names each registered type's key ("Email / SKU / ..."): the registry's.
    assert lines[0].startswith(f"Object,Name,{key_column_label()},State,Amount,Reason")
