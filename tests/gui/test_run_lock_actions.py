"""What the profile's run lock would refuse is greyed while a sync or a backfill holds it,
with a tooltip saying why: Sync now, Retry, Preview, Delete sync and the client switcher. Each
comes back when the work ends, whether it finished, failed or was cancelled."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from qbsync_desktop.gui.main_window import MainWindow

from .fakes import FakeRunner
from .test_window_flow import _click

BUSY = "Not available while a sync is under way; it comes back when it ends."


def _run_lock_widgets(window: MainWindow) -> dict[str, Any]:
    page, settings = window.status_page, window.settings_page
    widgets = {
        "sync now": window.sync_button,
        "retry selected": page.retry_one,
        "retry all": page.retry_all,
        "client": window.profile_box,
        "profiles menu": window.profile_menu,
        "preview": settings.dry_run_button,
    }
    widgets |= {f"delete {o}": e.delete_button for o, e in settings.editors.items()}
    return widgets


def _greyed(window: MainWindow) -> dict[str, str]:
    """Each widget waiting on the run: its tooltip while greyed; missing when it is not."""
    return {name: w.toolTip() for name, w in _run_lock_widgets(window).items() if not w.isEnabled()}


def _free(window: MainWindow, tips: dict[str, str]) -> None:
    assert _greyed(window) == {}
    assert {n: w.toolTip() for n, w in _run_lock_widgets(window).items()} == tips
    assert window.tray.act_sync.isEnabled()


def test_a_sync_greys_what_needs_the_lock_until_it_ends_however_it_ends(
    qtbot: Any, make_window: Any
) -> None:
    runner = FakeRunner(steps=3)
    runner.gate = threading.Event()
    window = make_window(sync_runner=runner)
    window.profiles.get_or_create("Other client")
    window._reload_profiles(window.profile)
    tips = {n: w.toolTip() for n, w in _run_lock_widgets(window).items()}
    assert tips["sync now"] == "Sync both accounts now (Ctrl+R)"

    _click(qtbot, window.sync_button)
    assert _greyed(window) == dict.fromkeys(tips, BUSY)
    window.switch_profile("Other client")  # as the switcher would: refused, said
    assert window.profile != "Other client"
    with qtbot.waitSignal(window.sync_finished, timeout=10_000):
        runner.gate.set()
    _free(window, tips)  # finished

    runner.gate.clear()  # cancelled
    _click(qtbot, window.sync_button)
    assert _greyed(window) == dict.fromkeys(tips, BUSY)
    with qtbot.waitSignal(window.sync_finished, timeout=10_000) as ended:
        _click(qtbot, window.cancel_button)
        runner.gate.set()
    assert ended.args[0].__class__.__name__ == "Cancelled"
    _free(window, tips)

    def failing(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("the engine stopped")

    window._sync_runner = failing  # failed
    with qtbot.waitSignal(window.sync_finished, timeout=10_000):
        _click(qtbot, window.sync_button)
        assert _greyed(window) == dict.fromkeys(tips, BUSY)
    _free(window, tips)


def test_a_backfill_greys_them_too_and_a_failed_one_gives_them_back(
    qtbot: Any, make_window: Any
) -> None:
    """The backfill (send older invoices) holds the run lock: Retry, Delete sync and the
    switcher were left on and got the lock's refusal. Here it fails (the stand-in
    connections have no accounts): everything comes back."""
    window = make_window()
    tips = {n: w.toolTip() for n, w in _run_lock_widgets(window).items()}
    (action,) = window.backfills
    action.preview(date(2000, 1, 1))
    assert action.busy
    assert _greyed(window) == dict.fromkeys(tips, BUSY)
    assert not window.retry([])  # the lock is held: said, not tried
    assert "when it has finished" in window.status_line.text()
    qtbot.waitUntil(lambda: not action.busy, timeout=10_000)
    assert action.dialog is not None and "Nothing was sent" in action.dialog.heading.text()
    _free(window, tips)
