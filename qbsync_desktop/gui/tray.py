"""Tray icon with idle / syncing / attention states and batched notifications (Vorta, Maestral).

With no system tray the app keeps working as a plain window; `available` says which.
Notifications are batched by the caller (one per run, never one per record) and can
be snoozed; clicking one opens the failure list.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from .i18n import translate
from .icons import icon

TrayState = Literal["idle", "syncing", "attention"]


def _tooltip(state: TrayState) -> str:
    if state == "idle":
        return translate("TrayController", "qbsync — books in step")
    if state == "syncing":
        return translate("TrayController", "qbsync — syncing…")
    return translate("TrayController", "qbsync — needs your attention")


SNOOZE_SECONDS = 3600.0


class TrayController(QObject):
    open_requested = Signal()
    sync_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal()
    failures_requested = Signal()  # a notification was clicked

    def __init__(
        self,
        available: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self.clock = clock
        self.state: TrayState = "idle"
        self.tooltip = _tooltip("idle")
        self.snoozed_until = 0.0
        self.sent: list[tuple[str, str]] = []  # every notification raised (tests, history)
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.act_open = QAction(self.tr("Open qbsync"), self.menu)
        self.act_sync = QAction(self.tr("Sync now"), self.menu)
        self.act_snooze = QAction(self.tr("Snooze notifications for 1 hour"), self.menu)
        self.act_language = QAction(self.tr("Language…"), self.menu)
        self.act_quit = QAction(self.tr("Quit qbsync"), self.menu)
        self.act_open.triggered.connect(self.open_requested.emit)
        self.act_sync.triggered.connect(self.sync_requested.emit)
        self.act_snooze.triggered.connect(lambda: self.snooze())
        self.act_language.triggered.connect(self.language_requested.emit)
        self.act_quit.triggered.connect(self.quit_requested.emit)
        self.menu.addAction(self.act_open)
        self.menu.addAction(self.act_sync)
        self.menu.addSeparator()
        self.menu.addAction(self.act_snooze)
        self.menu.addAction(self.act_language)
        self.menu.addSeparator()
        self.menu.addAction(self.act_quit)
        if self.available:
            self.icon = QSystemTrayIcon(icon("tray-idle"), self)
            self.icon.setContextMenu(self.menu)
            self.icon.setToolTip(self.tooltip)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.failures_requested.emit)
            self.icon.show()

    def set_state(self, state: TrayState, need: str | None = None) -> None:
        """`need`: what needs attention, in a few words (the tooltip says it)."""
        self.state = state
        self.tooltip = self.tr("qbsync — {need}").format(need=need) if need else _tooltip(state)
        if self.icon is not None:
            self.icon.setIcon(icon(f"tray-{state}"))
            self.icon.setToolTip(self.tooltip)

    @property
    def snoozed(self) -> bool:
        return self.clock() < self.snoozed_until

    def snooze(self, seconds: float = SNOOZE_SECONDS) -> None:
        self.snoozed_until = self.clock() + seconds

    def notify(self, title: str, text: str) -> bool:
        """Raise one notification unless snoozed or there is no tray. True when raised."""
        if self.snoozed or self.icon is None:
            return False
        self.sent.append((title, text))
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15000)
        return True

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
