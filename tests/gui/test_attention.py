"""Window correctness (issue 12.8): what the window says after a run agrees and stays current."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from qbsync_desktop.core.sync.errors import explain_qbo_fault
from qbsync_desktop.core.sync.objects.contacts import display_name_for
from qbsync_desktop.core.sync.settings import SyncSettings
from qbsync_desktop.gui.icons import icon
from qbsync_desktop.gui.object_sections import PREVIEW_PEOPLE
from qbsync_desktop.gui.tray import TrayController

from .fakes import ROWS, FakeRunner
from .test_pages_and_background import _connected_window

JORDAN_FIXED = [
    {**r, "state": "synced", "code": None, "params": None, "field": None, "qbo_id": "2"}
    if r["name"] == "Jordan Blake"
    else r
    for r in ROWS
]


def _sync(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()


def test_detail_pane_shows_the_record_again_after_retry(qtbot: Any, make_window: Any) -> None:
    runner = FakeRunner()
    window = _connected_window(qtbot, make_window, sync_runner=runner)
    _sync(qtbot, window)
    page = window.status_page
    row = next(
        r for r in range(page.model.rowCount()) if page.model.record_at(r).name == "Jordan Blake"
    )
    page.table.selectRow(row)
    assert "What went wrong" in page.detail.toPlainText()

    runner.rows = JORDAN_FIXED  # the bookkeeper fixed it; the retry goes through
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        qtbot.mouseClick(page.retry_one, Qt.MouseButton.LeftButton)
    detail = page.detail.toPlainText()
    assert detail.startswith("Jordan Blake") and "Synced" in detail, detail
    assert "What went wrong" not in detail


def test_status_tab_icon_and_tray_tooltip_say_what_needs_attention(
    qtbot: Any, make_window: Any
) -> None:
    tray = TrayController(available=True)
    runner = FakeRunner()
    window = _connected_window(qtbot, make_window, tray=tray, sync_runner=runner)
    status = window.tabs.indexOf(window.status_page)
    _sync(qtbot, window)
    assert window.tabs.tabIcon(status).cacheKey() == icon("failed").cacheKey()
    assert tray.icon is not None
    assert tray.icon.toolTip() == "qbsync — 1 record failed to sync (Acme)"

    runner.rows = JORDAN_FIXED
    _sync(qtbot, window)
    assert window.tabs.tabIcon(status).cacheKey() == icon("synced").cacheKey()
    assert tray.icon.toolTip() == "qbsync — books in step"


def test_a_preview_is_not_called_syncing(qtbot: Any, make_window: Any) -> None:
    tray = TrayController(available=True)
    runner = FakeRunner()
    runner.gate = threading.Event()
    window = _connected_window(qtbot, make_window, tray=tray, sync_runner=runner)
    seen: list[tuple[str, str, str]] = []
    window.bridge.sync_event.connect(
        lambda _e: seen.append((window.status_line.text(), window.progress.format(), tray.state))
    )
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.settings_page.dry_run_button.click()
        assert window.status_line.text() == "Preview… (nothing is written)"
        assert window.progress.format() == "Previewing…" and tray.state == "idle"
        runner.gate.set()
    assert seen and all("Syncing" not in line and state == "idle" for line, _fmt, state in seen), (
        seen
    )
    assert window.status_line.text().startswith("Preview (")
    runner.gate = None
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
        assert window.status_line.text() == "Syncing…" and tray.state == "syncing"


def test_summary_line_object_view_and_banner_agree(qtbot: Any, make_window: Any) -> None:
    """A run that touches nothing still reports the failures standing in the table."""
    window = _connected_window(qtbot, make_window, sync_runner=FakeRunner())
    _sync(qtbot, window)

    class Quiet(FakeRunner):  # an incremental run: nothing changed, nothing attempted
        def __call__(self, *a: Any, **kw: Any) -> Any:
            summary = super().__call__(*a, **kw)
            summary.failed = summary.excluded = 0
            return summary

    window._sync_runner = Quiet()
    _sync(qtbot, window)
    counts = window.status_page.counts_model
    failed = sum(int(counts.index(r, 2).data()) for r in range(counts.rowCount()))
    excluded = sum(int(counts.index(r, 3).data()) for r in range(counts.rowCount()))
    line = window.status_line.text()
    assert f"{failed} failed" in line and f"{excluded} excluded" in line, line
    assert window.banner_text.text().startswith(f"{failed} record failed")


def test_conflict_rule_only_for_two_way_syncs(qtbot: Any, make_window: Any) -> None:
    editor = make_window().settings_page.editors["contacts"]
    for direction, shown in (("to_quickbooks", False), ("to_hubspot", False), ("both", True)):
        editor.direction.setCurrentIndex(editor.direction.findData(direction))
        assert editor.form.isRowVisible(editor.conflict) is shown, direction
    settings = SyncSettings()
    settings.objects["contacts"].direction = "to_hubspot"
    editor.load(settings.for_object("contacts"))
    assert not editor.form.isRowVisible(editor.conflict)


def test_naming_preview_uses_the_books_contacts(qtbot: Any, make_window: Any) -> None:
    editor = make_window().settings_page.editors["contacts"]
    naming = editor.sections["naming_rule"]
    assert naming.preview.text().splitlines() == naming.preview_names(naming.combo.currentData())
    book = [
        {"firstname": "Mia", "lastname": "Ng", "company": "Ng Tiles", "email": "mia@ng.test"},
        {"firstname": "Raj", "lastname": "Ng", "company": "Ng Tiles", "email": "raj@ng.test"},
        {"firstname": "Ola", "lastname": "Berg", "company": None, "email": "ola@b.test"},
        {"firstname": "Ida", "lastname": "Holm", "company": "Holm AB", "email": "ida@h.test"},
        {"firstname": "Bo", "lastname": "Li", "company": None, "email": "bo@l.test"},
    ]
    naming.set_preview_records(book)
    assert editor.form.labelForField(naming.preview).text() == "Preview (your records):"
    assert naming.preview.text().splitlines() == [
        "Ng Tiles (Mia Ng)",
        "Ng Tiles (Raj Ng)",
        "Holm AB",
        "Ola Berg",
    ]
    assert not set(naming.preview.text().splitlines()) & set(naming.preview_names("person"))
    naming.combo.setCurrentIndex(naming.combo.findData("person_email"))
    assert naming.preview.text().splitlines()[3] == "Ola Berg (ola@b.test)"
    assert PREVIEW_PEOPLE  # the examples stay for a profile not yet connected


def test_e2_fix_offers_a_rule_for_a_contact_without_a_company() -> None:
    lee = {"firstname": "Lee", "lastname": "Chen", "company": None, "email": "lee@c.test"}
    # QuickBooks refused "Lee Chen" (a vendor holds it): the rule it offers must differ.
    assert display_name_for(lee, "person", set(), 0) == "Lee Chen"
    assert display_name_for(lee, "person_email", set(), 0) == "Lee Chen (lee@c.test)"
    fix = explain_qbo_fault("6240", "Duplicate Name Exists Error", name="Lee Chen").fix
    assert "First Last (email)" in fix
    settings = SyncSettings()
    settings.objects["contacts"].own["naming_rule"] = "person_email"
    assert SyncSettings.from_dict(settings.to_dict()).for_object("contacts").option(
        "naming_rule"
    ) == ("person_email")
