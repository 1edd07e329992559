"""The end of a sync costs the GUI thread no database work: what the window shows of the
run (object counts, the list as filtered and sorted, the banner, the last sync, the status
line's totals, the new failures for the tray) is read by the sync's worker after the run,
and the GUI thread only resets its models. Real window, both sandboxes; the statements the
GUI thread's own SQLite connection runs are traced (sqlite3's trace callback)."""

from __future__ import annotations

from typing import Any

from qbsync_desktop.gui.main_window import MainWindow

from .test_window_sandboxes import connect_both, sync


def test_the_window_shows_a_finished_run_without_reading_on_the_gui_thread(
    qtbot: Any, sandbox_window: MainWindow
) -> None:
    window = sandbox_window
    connect_both(qtbot, window)
    window.scheduler.stop()
    first = sync(qtbot, window)  # creates the database the window then reads
    assert not isinstance(first, BaseException), window.last_error
    assert window._db is not None
    window.status_page.show_filter(None, "failed")  # a filtered list, read ahead as such
    statements: list[str] = []
    window._db.connection().set_trace_callback(statements.append)  # the GUI thread's
    # Statements before the result arrives (the run's start reads the failures) are not
    # the end's: the list starts over at each engine event, the last of which precedes it.
    window.bridge.sync_event.connect(lambda _event: statements.clear())
    window.sync_started.connect(statements.clear)

    again = sync(qtbot, window)
    assert not isinstance(again, BaseException), window.last_error
    assert statements == []
    # …and what it shows is the run's: the counts, the failed list, the banner.
    totals = window.status_page.source.totals() if window.status_page.source else {}
    assert totals.get("failed", 0) > 0
    assert window.status_page.model.rowCount() == totals["failed"]
    assert f"{totals['failed']} record" in window.banner_text.text()
    assert f"{totals['synced']:,} synced" in window.status_line.text(), window.status_line.text()

    # The Activity tab, out of sight, reads its runs when it comes into view, not at each
    # run's end (where its read and layout were the window's worst moment of the run).
    page = window.activity.page
    assert page.runs.rowCount() == 0
    assert window.activity._db is None  # no connection opened for a page nobody sees
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.runs.rowCount() == 2, timeout=10000)
