"""The walking skeleton from the window: connect both sandboxes, sync, read the table.

Everything is real except the person: the keyring is in memory and the test plays
the browser (fetches the authorize page, submits consent, follows the redirect to
the app's loopback receiver).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from qbsync_desktop.gui.main_window import MainWindow

from .conftest import plan_shown, wait_for_first_preview
from .test_window_flow import table_rows

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def connect_both(qtbot: Any, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.connections_page)
    for service in ("hubspot", "quickbooks"):
        card = window.connections_page.cards[service]
        qtbot.waitUntil(lambda c=card: c.connect_button.isEnabled(), timeout=5000)
        qtbot.mouseClick(card.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda c=card: c.disconnect_button.isVisible(), timeout=15000)
    wait_for_first_preview(qtbot, window)


def sync(qtbot: Any, window: MainWindow) -> Any:
    with qtbot.waitSignal(window.sync_finished, timeout=60000) as blocker:
        qtbot.mouseClick(window.sync_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_connect_sync_and_read_all_three_states(qtbot: Any, sandbox_window: MainWindow) -> None:
    window = sandbox_window
    connect_both(qtbot, window)
    hs = window.connections_page.cards["hubspot"].account.text()
    qbo = window.connections_page.cards["quickbooks"].account.text()
    assert "HubSpot portal" in hs
    assert window.profiles.require("Demo client").quickbooks.account_name in qbo

    summary = sync(qtbot, window)
    assert not isinstance(summary, BaseException), window.last_error
    window.tabs.setCurrentWidget(window.status_page)
    rows = table_rows(window)
    states = {r["state"] for r in rows}
    assert states == {"Synced", "Failed", "Excluded"}
    failed = [r for r in rows if r["state"] == "Failed"]
    assert any("Jordan Blake" in r["name"] for r in failed), failed
    excluded = [r for r in rows if r["state"] == "Excluded"]
    assert any(not r["match_key"] for r in excluded)
    assert window.banner.isVisible()
    assert f"{len(failed)} record" in window.banner_text.text()

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.status_page.table.selectRow(
        next(i for i, r in enumerate(rows) if r["state"] == "Failed")
    )
    assert window.grab().save(str(ARTIFACTS / "main-status.png"))
    window.tabs.setCurrentWidget(window.connections_page)
    assert window.grab().save(str(ARTIFACTS / "main-connections.png"))

    # A second run changes nothing on either side.
    again = sync(qtbot, window)
    assert not isinstance(again, BaseException), window.last_error
    assert again.writes == 0


def test_preflight_findings_income_accounts_and_dry_run(
    qtbot: Any, sandboxes: Any, sandbox_window: MainWindow
) -> None:
    window = sandbox_window
    sandboxes.control(
        "quickbooks",
        "company",
        {
            "Preferences": {
                "SalesFormsPrefs": {"CustomTxnNumbers": True},
                "ProductAndServicesPrefs": {"RevenueRecognition": True},
            }
        },
    )
    connect_both(qtbot, window)
    page = window.connections_page
    qtbot.waitUntil(lambda: window.findings is not None, timeout=15000)
    # Both settings trouble only invoices, which this profile does not sync: no warning.
    assert window.sync_objects() == ("contacts",)
    assert window.findings == [] and page.findings.rowCount() == 0
    assert page.findings_state.text() == (
        "No QuickBooks setting is known to get in the way of what you sync."
    )
    # "Check again" asks QuickBooks again.
    window.findings = None
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findings is not None, timeout=15000)
    assert window.findings == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / "main-connections-preflight.png"))

    # The product editor offers the company's Income accounts once QuickBooks is connected.
    income = window.settings_page.editors["products"].sections["income_account_id"].combo
    qtbot.waitUntil(lambda: income.count() > 1, timeout=15000)
    assert all(income.itemData(i) for i in range(1, income.count()))

    # A real dry run: nothing written, the plan opens in the table.
    window.tabs.setCurrentWidget(window.settings_page)
    with qtbot.waitSignal(window.sync_finished, timeout=60000) as blocker:
        qtbot.mouseClick(window.settings_page.dry_run_button, Qt.MouseButton.LeftButton)
    assert not isinstance(blocker.args[0], BaseException), window.last_error
    assert blocker.args[0].dry_run
    dialog = plan_shown(qtbot, window.plan_dialog)
    assert dialog.model.rowCount() > 0
    actions = {dialog.model.rows[r]["action"] for r in range(dialog.model.rowCount())}
    assert "create" in actions
    assert window.grab().save(str(ARTIFACTS / "main-settings.png"))
    assert dialog.grab().save(str(ARTIFACTS / "dry-run-plan.png"))
    window.tabs.setCurrentWidget(window.status_page)
    assert not window.status_page.source or window.status_page.model.rowCount() == 0
