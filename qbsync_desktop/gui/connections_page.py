"""The Connections page: one card per service with its account, Connect and Disconnect."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qbsync_desktop.core.profiles import SERVICES, Service

from .i18n import translate, translate_marked
from .icons import icon
from .plain import plain_label, plain_tip
from .table_height import full_height

TITLES: dict[Service, str] = {"hubspot": "HubSpot", "quickbooks": "QuickBooks Online"}
SHORT: dict[Service, str] = {"hubspot": "HubSpot", "quickbooks": "QuickBooks"}


def account_line(service: Service, account_id: str | None, name: str | None) -> str:
    """What the window says about a connected account (portal id / company name)."""
    if service == "hubspot":
        text = (
            translate("Connections", "HubSpot portal {id}").format(id=account_id)
            if account_id
            else translate("Connections", "HubSpot account")
        )
        if name and name != account_id:
            return translate("Connections", "{account} ({name})").format(account=text, name=name)
        return text
    company = name or translate("Connections", "QuickBooks company")
    if not account_id:
        return company
    return translate("Connections", "{company} (company id {id})").format(
        company=company, id=account_id
    )


def _fact_labels() -> dict[str, str]:
    return {
        "hub_id": translate("Connections", "Portal id"),
        "user": translate("Connections", "Signed in as"),
        "realm_id": translate("Connections", "Company id"),
        "country": translate("Connections", "Country"),
    }


def environment_name(sandbox: bool) -> str:
    """Where an account lives, as the account facts say it."""
    if sandbox:
        return translate("Connections", "Local sandbox")
    return translate("Connections", "Production")


RENEW_WARNING_DAYS = 14.0  # QBO refresh tokens live ~100 days; warn two weeks ahead


def account_facts(info: Any, environment: str) -> dict[str, str]:
    """The account facts a bookkeeper can read (no token internals)."""
    details = dict(getattr(info, "details", {}) or {})
    facts = {label: details[key] for key, label in _fact_labels().items() if details.get(key)}
    facts[translate("Connections", "Environment")] = environment
    return facts


def token_health(info: Any) -> tuple[str, bool]:
    """(sentence, is_warning) about how long the sign-in lasts."""
    if getattr(info, "needs_reconnect", False):
        return translate(
            "Connections",
            "The sign-in has expired or was revoked. Press Reconnect; nothing is lost.",
        ), True
    days = getattr(info, "refresh_days_left", None)
    if days is None:
        return translate("Connections", "Sign-in renews itself while qbsync runs."), False
    whole = max(int(days), 0)
    if days < RENEW_WARNING_DAYS:
        return (
            translate(
                "Connections",
                "The sign-in runs out in %n day(s). Press Reconnect before then to keep syncing.",
                None,
                whole,
            ),
            True,
        )
    return translate(
        "Connections", "Sign-in valid for %n more day(s) (renews on each sync).", None, whole
    ), False


class ServiceCard(QFrame):
    """One service: state line, account details, Connect / Cancel / Disconnect."""

    connect_clicked = Signal(str)
    disconnect_clicked = Signal(str)
    cancel_clicked = Signal(str)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName(f"card_{service}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(f"<b>{TITLES[service]}</b>")
        self.title = title
        # Account names, ids and error sentences come from the services: plain text only.
        self.account = plain_label(self.tr("Not connected"), f"account_{service}", wrap=True)
        self.detail = plain_label("", f"detail_{service}", wrap=True)
        self.detail.hide()
        self.health = plain_label("", f"health_{service}", wrap=True)
        self.health.hide()
        self.connect_button = QPushButton(icon("connect"), self._connect_text())
        self.connect_button.setObjectName(f"connect_{service}")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName(f"cancel_connect_{service}")
        self.cancel_button.hide()
        self.disconnect_button = QPushButton(icon("disconnect"), self.tr("Disconnect"))
        self.disconnect_button.setObjectName(f"disconnect_{service}")
        self.disconnect_button.hide()
        self.connect_button.clicked.connect(lambda: self.connect_clicked.emit(service))
        self.cancel_button.clicked.connect(lambda: self.cancel_clicked.emit(service))
        self.disconnect_button.clicked.connect(lambda: self.disconnect_clicked.emit(service))

        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.disconnect_button)
        buttons.addStretch(1)
        self.facts = QFormLayout()
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.account)
        layout.addLayout(self.facts)
        layout.addWidget(self.health)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

    def _connect_text(self) -> str:
        if self.service == "hubspot":
            return self.tr("Connect HubSpot")
        return self.tr("Connect QuickBooks")

    def show_disconnected(self, message: str | None = None) -> None:
        self.account.setText(self.tr("Not connected") if message is None else message)
        self.connect_button.setText(self._connect_text())
        self.connect_button.setEnabled(True)
        self.connect_button.show()
        self.cancel_button.hide()
        self.disconnect_button.hide()
        self.health.hide()
        self._set_facts({})

    def show_waiting(self) -> None:
        self.account.setText(self.tr("Waiting for you to allow access in your browser…"))
        self.connect_button.setEnabled(False)
        self.cancel_button.show()
        self.disconnect_button.hide()

    def show_connected(
        self,
        account_id: str | None,
        name: str | None,
        details: dict[str, str] | None = None,
        missing_scopes: list[str] | None = None,
    ) -> None:
        line = account_line(self.service, account_id, name)
        self.account.setText(self.tr("Connected: {account}").format(account=line))
        self.connect_button.setText(self.tr("Reconnect"))
        self.connect_button.setEnabled(True)
        self.connect_button.show()
        self.cancel_button.hide()
        self.disconnect_button.show()
        facts = dict(details or {})
        if missing_scopes:
            facts[self.tr("Missing permissions")] = ", ".join(missing_scopes)
        self._set_facts(facts)

    def show_health(self, text: str, warning: bool) -> None:
        self.health.setText(("⚠ " if warning else "") + text)
        self.health.setStyleSheet("color: #e65100; font-weight: bold;" if warning else "")
        self.health.setVisible(bool(text))

    def show_problem(self, message: str) -> None:
        """A plain sentence under the account line (error, warning, token health)."""
        self.detail.setText(message)
        self.detail.setVisible(bool(message))

    def _set_facts(self, facts: dict[str, Any]) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        for key, value in facts.items():
            label = plain_label(self.tr("{label}:").format(label=key))
            self.facts.addRow(label, plain_label(str(value), wrap=True))


class ConnectionsPage(QWidget):
    check_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[Service, ServiceCard] = {s: ServiceCard(s) for s in SERVICES}
        self.keyring_warning = plain_label("", "keyring_warning", wrap=True)
        self.keyring_warning.hide()
        self.hint = QLabel(
            self.tr(
                "<b>Connect both accounts to start.</b> qbsync opens your browser; "
                "sign in there and allow access."
            )
        )
        self.hint.setObjectName("first_run_hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        # The cards, the settings check and the first-sync preview each at their full
        # height, the page scrolling when the window is shorter: squeezed into it, the
        # preview showed one of its rows.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setObjectName("connections_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(self.hint)
        layout.addWidget(self.keyring_warning)
        row = QHBoxLayout()
        row.setSpacing(12)
        for card in self.cards.values():
            row.addWidget(card, 1)
        layout.addLayout(row)
        layout.addWidget(self._build_findings(), 1)
        layout.addStretch(0)  # takes what is left when nothing below the cards grows
        self._layout = layout
        self._show_table(False)

    def add_panel(self, panel: QWidget) -> None:
        """A panel below the settings check (the first-sync preview)."""
        self._layout.insertWidget(self._layout.count() - 1, panel, 2)

    def _build_findings(self) -> QGroupBox:
        box = QGroupBox(self.tr("QuickBooks settings check"))
        self.findings_box = box
        self.findings_state = plain_label(
            self.tr("Runs once both accounts are connected."), "preflight_state", wrap=True
        )
        # A table, not a tree: its rows grow to fit wrapped sentences.
        self.findings = QTableWidget(0, 3)
        self.findings.setObjectName("preflight_findings")
        self.findings.setHorizontalHeaderLabels(
            [self.tr("Severity"), self.tr("What"), self.tr("How to fix")]
        )
        self.findings.verticalHeader().hide()
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        self.findings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.findings.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_findings())
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.setObjectName("preflight_check")
        self.check_button.clicked.connect(self.check_again)
        top = QHBoxLayout()
        top.addWidget(self.findings_state, 1)
        top.addWidget(self.check_button)
        lay = QVBoxLayout(box)
        lay.addLayout(top)
        lay.addWidget(self.findings, 1)
        return box

    def _fit_findings(self) -> None:
        """Rows as tall as their wrapped sentences, the table as tall as its rows: the
        room below goes to the first-sync preview (it was left one row to show)."""
        self.findings.resizeRowsToContents()
        self.findings.setFixedHeight(full_height(self.findings))

    def set_keyring_warning(self, text: str | None) -> None:
        self.keyring_warning.setText(text or "")
        self.keyring_warning.setVisible(bool(text))

    def set_first_run(self, on: bool) -> None:
        self.hint.setVisible(on)

    def show_findings_state(self, text: str, can_check: bool) -> None:
        self.findings_state.setText(text)
        self.check_button.setEnabled(can_check)
        if not can_check:  # checking, or not connected yet: no findings to show
            self._show_table(False)

    def _show_table(self, on: bool) -> None:
        """An empty findings table takes no room (the first-sync preview needs it)."""
        self.findings.setVisible(on)
        self._layout.setStretchFactor(self.findings_box, 1 if on else 0)
        grow = QSizePolicy.Policy.Preferred if on else QSizePolicy.Policy.Maximum
        self.findings_box.setSizePolicy(QSizePolicy.Policy.Preferred, grow)

    def show_findings(self, findings: list[Any]) -> None:
        """Findings (severity, title, explanation, fix) from the pre-flight check."""
        self.findings.setRowCount(0)
        for row, f in enumerate(findings):
            warning = f.severity == "warning"
            severity = self.tr("⚠ Warning") if warning else self.tr("ℹ Note")
            title, explanation, fix = f.words(translate_marked)  # in the window's language
            texts = [severity, f"{title}. {explanation}", fix]
            self.findings.insertRow(row)
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text))
                if col == 0 and warning:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.findings.setItem(row, col, item)
        self._fit_findings()
        self._show_table(bool(findings))
        n = len(findings)
        warnings = sum(1 for f in findings if f.severity == "warning")
        if not n:
            state = self.tr("No QuickBooks setting is known to get in the way of what you sync.")
        else:
            state = translate(
                "ConnectionsPage",
                "%n finding(s) ({warnings} to fix before syncing); each says how to fix it.",
                None,
                n,
            ).format(warnings=warnings)
        self.show_findings_state(state, True)
