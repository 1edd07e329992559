"""Text from the services is shown literally: markup in a name is never drawn as HTML.

Markup is planted in every field the window shows (account name, id and facts, error
sentences, record names, emails, reasons, fixes and categories, pre-flight findings, the
dry-run plan) and each is read back the way Qt draws it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.preflight import Finding
from qbsync_desktop.core.sync.record import problem_columns

from .conftest import plan_shown
from .fakes import FakeAccount, FakeConnections, FakeRunner

MARKUP = "<h1 style='color:red'>PAY INVOICE NOW</h1><img src=x>"


def drawn(text: str | None, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt draws for `text` in a label or tooltip of format `fmt`."""
    text = text or ""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def label_shows(label: QLabel) -> str:
    return drawn(label.text(), label.textFormat())


class MarkupConnections(FakeConnections):
    """HubSpot answers with markup everywhere; the QuickBooks check fails with markup."""

    async def account_info(self, profile: str, service: str) -> FakeAccount:
        if service == "quickbooks":
            raise RuntimeError(MARKUP)
        return FakeAccount(
            service, MARKUP, MARKUP, {"user": MARKUP, "hub_id": MARKUP}, missing_scopes=[MARKUP]
        )


def _markup_rows() -> list[dict[str, Any]]:
    return [
        {
            "object": "contacts",
            "name": MARKUP,
            "match_key": MARKUP,
            "state": "failed",
            "hubspot_id": "1",
            **problem_columns(
                errors.explain_hubspot_error("", f"Display name {MARKUP} is held by {MARKUP}.")
            ),
        },
        {
            "object": "contacts",
            "name": MARKUP,
            "match_key": None,
            "state": "excluded",
            "hubspot_id": "2",
            **problem_columns(errors.filtered(MARKUP)),
        },
    ]


def test_markup_from_the_services_is_shown_literally(qtbot: Any, make_window: Any) -> None:
    conns = MarkupConnections()
    conns.connected[("Acme", "hubspot")] = FakeAccount("hubspot", "1", "x")
    conns.connected[("Acme", "quickbooks")] = FakeAccount("quickbooks", "1", "x")
    runner = FakeRunner(rows=_markup_rows())
    window = make_window(conns, profile="Acme", sync_runner=runner)
    hub = window.connections_page.cards["hubspot"]
    qbo = window.connections_page.cards["quickbooks"]
    qtbot.waitUntil(lambda: not hub.disconnect_button.isHidden() and not qbo.detail.isHidden())

    # The Connections cards: account line, every fact, missing permissions, the error.
    assert MARKUP in label_shows(hub.account)
    facts = [hub.facts.itemAt(i).widget() for i in range(hub.facts.count())]
    values = [label_shows(w) for w in facts if isinstance(w, QLabel)]
    assert sum(MARKUP in v for v in values) == 3, values  # user, portal id, missing scopes
    assert label_shows(qbo.detail) == MARKUP

    # Records: table cells, tooltips and the detail pane.
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    model = window.status_page.model
    for row in range(model.rowCount()):
        assert model.index(row, 1).data() == MARKUP  # item views draw plain text
        tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert MARKUP in drawn(tip), tip
    window.status_page.state_filter.setCurrentIndex(
        window.status_page.state_filter.findData("failed")
    )
    window.status_page.table.selectRow(0)
    detail = window.status_page.detail.toPlainText()
    assert detail.count(MARKUP) >= 4, detail  # name, email, the service's words (x2)

    # An engine failure quoting service text, in the status line.
    def failing(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError(MARKUP)

    window._sync_runner = failing
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.sync_button.click()
    assert MARKUP in label_shows(window.status_line)

    # Pre-flight findings (their text quotes QuickBooks company facts).
    page = window.connections_page
    page.show_findings([Finding("x", "warning", MARKUP, MARKUP, MARKUP)])
    for col in (1, 2):
        item = page.findings.item(0, col)
        assert MARKUP in item.text()
        assert MARKUP in drawn(item.toolTip()), item.toolTip()


def test_dry_run_plan_tooltips_are_literal(qtbot: Any, make_window: Any) -> None:
    window = make_window(sync_runner=FakeRunner(rows=_markup_rows()))
    with qtbot.waitSignal(window.sync_finished, timeout=10000):
        window.settings_page.dry_run_button.click()
    dialog = plan_shown(qtbot, window.plan_dialog)
    reason = dialog.model.columns.index("reason")
    for row in range(dialog.model.rowCount()):
        tip = dialog.model.index(row, reason).data(Qt.ItemDataRole.ToolTipRole)
        assert MARKUP in drawn(tip), tip
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
