"""Screenshots of every page (light and dark) for people to look at: artifacts/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from .conftest import plan_shown, wait_for_first_preview
from .fakes import FakeAccount, FakeConnections

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def dark_palette() -> QPalette:
    pal = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 48), QColor(230, 230, 230)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor(40, 40, 42)),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor(42, 130, 218)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
    ):
        pal.setColor(role, color)
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(120, 120, 120))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(120, 120, 120))
    return pal


@pytest.fixture
def dark_app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_style, old_palette = app.style().name(), app.palette()
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    yield app
    app.setStyle(old_style)  # one QApplication serves every test in this process
    app.setPalette(old_palette)


def _window_with_records(qtbot: Any, make_window: Any) -> Any:
    conns = FakeConnections()
    conns.connected[("Acme", "hubspot")] = FakeAccount("hubspot", "4455667", "acme.hubspot.test")
    conns.connected[("Acme", "quickbooks")] = FakeAccount("quickbooks", "9130", "Acme Books")
    window = make_window(conns, profile="Acme")
    window.resize(1200, 760)
    window.show()
    qtbot.waitUntil(window.both_connected, timeout=5000)
    wait_for_first_preview(qtbot, window)  # else the click meets the first-sync preview
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    assert window.status_page.model.rowCount() > 0
    return window


def _shoot(window: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000  # a real picture, not an empty frame
    return path


def test_screenshot_each_page(qtbot: Any, make_window: Any) -> None:
    window = _window_with_records(qtbot, make_window)
    window.tabs.setCurrentWidget(window.status_page)
    window.status_page.table.selectRow(1)
    _shoot(window, "page-status.png")
    window.tabs.setCurrentWidget(window.connections_page)
    _shoot(window, "page-connections.png")
    window.tabs.setCurrentWidget(window.settings_page)
    window.settings_page.editors["contacts"].add_filter("lifecyclestage", "equals", "lead")
    window.settings_page.tabs.setCurrentIndex(1)
    window.settings_page.editors["products"].add_filter("", "equals", "x")
    assert not window.save_settings()  # shows the error next to the field
    _shoot(window, "page-settings-products-error.png")
    window.settings_page.editors["products"].filters.setRowCount(0)
    window.settings_page.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.dry_run()
    _shoot(window, "page-settings.png")
    _shoot(plan_shown(qtbot, window.plan_dialog), "page-dry-run.png")


def test_screenshot_dark_palette(qtbot: Any, make_window: Any, dark_app: QApplication) -> None:
    window = _window_with_records(qtbot, make_window)
    window.tabs.setCurrentWidget(window.status_page)
    window.status_page.table.selectRow(1)
    _shoot(window, "dark-status.png")
    window.tabs.setCurrentWidget(window.settings_page)
    _shoot(window, "dark-settings.png")
    # Text stays readable: the window text is light on the dark window colour.
    pal = window.palette()
    assert pal.color(QPalette.ColorRole.WindowText).lightness() > 180
    assert pal.color(QPalette.ColorRole.Window).lightness() < 80


def _cut_short(root: Any) -> list[str]:
    """Buttons, check boxes and tabs narrower than the text they need (cut or elided)."""
    from PySide6.QtWidgets import QAbstractButton, QTabBar

    short = [
        f"{w.objectName() or type(w).__name__}: {w.text()}"
        for w in root.findChildren(QAbstractButton)
        if w.text() and w.isVisibleTo(root) and w.width() < w.minimumSizeHint().width()
    ]
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            short += [
                f"tab: {bar.tabText(i)}"
                for i in range(bar.count())
                if bar.tabRect(i).width() < bar.fontMetrics().horizontalAdvance(bar.tabText(i))
            ]
    return short


@pytest.fixture(params=["de", "nl", "es", "pseudo"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    from PySide6.QtCore import QCoreApplication

    from qbsync_desktop.gui import i18n

    from .test_pseudo_locale import PseudoTranslator

    pseudo = None
    if request.param == "pseudo":
        i18n.install_language("en")
        pseudo = PseudoTranslator()
        QCoreApplication.installTranslator(pseudo)
    else:
        i18n.install_language(request.param)
    yield request.param
    if pseudo is not None:
        QCoreApplication.removeTranslator(pseudo)
    i18n.install_language("en")


def test_screenshots_of_each_page_in_each_language(
    qtbot: Any, make_window: Any, language: str
) -> None:
    """Status with a failure and its detail (technical details shown), the settings of each
    object, connections and the preview, in de/nl/es and the 40%-longer pseudo-locale, for a
    person to look at; buttons, check boxes and tabs are not cut short."""
    window = _window_with_records(qtbot, make_window)
    page = window.status_page
    window.tabs.setCurrentWidget(page)
    rows = [page.model.record_at(r) for r in range(page.model.rowCount())]
    failed = next(n for n, r in enumerate(rows) if r is not None and r.state == "failed")
    page.table.selectRow(failed)
    page.technical.setChecked(True)
    assert _cut_short(window) == []
    _shoot(window, f"i18n-status-{language}.png")
    window.tabs.setCurrentWidget(window.connections_page)
    assert _cut_short(window) == []
    _shoot(window, f"i18n-window-connections-{language}.png")
    settings = window.settings_page
    window.tabs.setCurrentWidget(settings)
    for index, name in enumerate(settings.editors):
        settings.tabs.setCurrentIndex(index)
        qtbot.wait(10)  # the tab's layout settles before it is grabbed
        assert _cut_short(window) == [], name
        _shoot(window, f"i18n-settings-{name}-{language}.png")
    settings.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.dry_run()
    plan_shown(qtbot, window.plan_dialog)
    window.plan_dialog.resize(1100, 700)
    qtbot.waitExposed(window.plan_dialog)
    assert _cut_short(window.plan_dialog) == []
    _shoot(window.plan_dialog, f"i18n-preview-{language}.png")
