"""The Activity page over real runs through both sandboxes: runs with what moved and what
failed, a run's records read page by page, CSV export of a run, refresh after a run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from qbsync_desktop.core.export import documents_dir, read_dict_csv
from qbsync_desktop.gui.activity_model import moved_text
from qbsync_desktop.gui.main_window import MainWindow
from tests.engine.conftest import PROFILE, Synced, synced  # noqa: F401 - the fixture

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def _cells(model: Any, row: int) -> list[str]:
    return [
        str(model.data(model.index(row, c), Qt.ItemDataRole.DisplayRole))
        for c in range(model.columnCount())
    ]


def _window(make_window: Any, synced: Synced) -> MainWindow:  # noqa: F811
    # The window over the profile the runs synced, with the real engine behind Sync now.
    window: MainWindow = make_window(
        synced.connections, synced_before=True, profile=PROFILE, sync_runner=None
    )
    window.resize(1200, 760)
    window.show()
    window.tabs.setCurrentWidget(window.activity.page)
    return window


def _runs_read(qtbot: Any, window: MainWindow, n: int) -> None:
    """The runs are read off the GUI thread: wait for them."""
    qtbot.waitUntil(lambda: window.activity.page.runs.rowCount() == n, timeout=10000)


def test_runs_and_their_records(
    qtbot: Any,
    make_window: Any,
    synced: Synced,  # noqa: F811
    tmp_path: Path,
    qtmodeltester: Any,
    qtlog: Any,
) -> None:
    first, _ = synced.sync()
    contact = next(c for c, _ in synced.linked_contacts())
    synced.edit_contact(contact.id, city="Utrecht")
    second, _ = synced.sync()
    window = _window(make_window, synced)
    page = window.activity.page
    page.entries.page = 5  # small pages: the list reads more as it scrolls
    _runs_read(qtbot, window, 2)
    qtmodeltester.check(page.runs, force_py=True)
    # Qt's own tester for the list that fetches more (the Python one fetches inside the
    # signals it checks, which a fetchMore model cannot take): it warns on a failure.
    entries_tester = QAbstractItemModelTester(
        page.entries, QAbstractItemModelTester.FailureReportingMode.Warning
    )
    newest, oldest = _cells(page.runs, 0), _cells(page.runs, 1)
    assert newest[1] == "Finished" and newest[3] == "1"
    assert newest[-1] == "Contacts ⇄ Customers: 1 updated in QuickBooks"
    created = sum(first.created.values())
    assert oldest[2] == f"{created:,}" and oldest[6] == str(first.failed)
    assert "new in QuickBooks" in oldest[-1] and "failed" in oldest[-1]
    assert "today" in newest[0]  # local time, in words

    # The newest run is selected: its one record, in words.
    assert page.selected_run_id() == second.run_id
    assert page.entries.rowCount() == 1
    row = _cells(page.entries, 0)
    assert row[1] == "Contacts ⇄ Customers"
    assert row[3].startswith("Updated 1 field") and row[3].endswith(" in QuickBooks: city")
    tip = page.entries.data(page.entries.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert "Utrecht" in tip

    # The first run: the first page only, more as the view asks.
    page.runs_view.selectRow(1)
    total = page.entries.total
    assert total == created + first.failed + first.matched > 5
    shown = page.entries.rowCount()  # the pages the view needed to fill itself, no more
    assert 5 <= shown < total and shown % 5 == 0
    title = page.run_title.text().splitlines()
    assert title[0] == f"Records changed or failed in this sync: {total}"
    # Each object's share whole (the runs table's cell is cut off at its width).
    run = page.selected_run()
    assert run is not None
    assert title[1:] == [moved_text(m) for m in run.moved] != []
    while page.entries.canFetchMore(QModelIndex()):
        page.entries.fetchMore(QModelIndex())
    assert page.entries.rowCount() == total
    assert len({e.id for e in page.entries.entries}) == total
    assert entries_tester is not None
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]
    failed = [_cells(page.entries, r) for r in range(total)]
    assert any(r[3].startswith("Failed: ") for r in failed)

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.runs_view.selectRow(1)
    qtbot.waitUntil(lambda: page.entries.rowCount() > 0, timeout=2000)
    assert window.grab().save(str(ARTIFACTS / "activity.png"))

    # Export of the selected run, named for the client, in Documents.
    asked: list[str] = []
    target = tmp_path / "run.csv"
    window.ask_save_path = lambda suggested: asked.append(suggested) or str(target)
    qtbot.mouseClick(page.export_run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "exported" in window.status_line.text(), timeout=10000)
    day = dt.date.today().isoformat()
    assert asked == [str(documents_dir() / f"{PROFILE} activity of sync {first.run_id} {day}.csv")]
    assert window.status_line.text() == f"Rows exported to {target}: {total}"
    columns, rows = read_dict_csv(target)
    assert columns[:4] == ["Run", "Time", "Object", "Record"]
    assert len(rows) == total and {r["Run"] for r in rows} == {str(first.run_id)}
    # Where the decimal mark is a comma, a spreadsheet opens ";"-separated files directly.
    QLocale.setDefault(QLocale(QLocale.Language.German))
    try:
        window.status_line.setText("")
        qtbot.mouseClick(page.export_run, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "exported" in window.status_line.text(), timeout=10000)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English))
    header = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.count(";") == 9 and "," not in header

    # A run from the window shows at once, selected rows kept.
    synced.edit_contact(contact.id, city="Gouda")
    with qtbot.waitSignal(window.sync_finished, timeout=60000):
        assert window.sync_now(["contacts"])
    _runs_read(qtbot, window, 3)
    assert page.selected_run_id() == first.run_id
    assert _cells(page.runs, 0)[-1] == "Contacts ⇄ Customers: 1 updated in QuickBooks"


def test_a_profile_never_synced_has_no_activity(qtbot: Any, make_window: Any) -> None:
    window = make_window(profile="New client")
    page = window.activity.page
    assert page.runs.rowCount() == 0 and page.entries.rowCount() == 0
    assert page.run_title.text() == "No syncs yet."
    assert not page.export_run.isEnabled() and not page.export_all.isEnabled()
