"""Choosing the window's language (tray menu → Language…); it applies at the next start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from .i18n import LANGUAGES, save_language, saved_language
from .plain import plain_label


class LanguageDialog(QDialog):
    """A combo of the languages (each named in itself) plus "as the system"."""

    def __init__(self, config_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config_dir = config_dir
        self.setObjectName("language_dialog")
        self.setWindowTitle(self.tr("Language"))
        self.choice = QComboBox()
        self.choice.setObjectName("language_choice")
        self.choice.addItem(self.tr("As the system"), None)
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(self.choice.findData(saved_language(config_dir)), 0))
        self.note = plain_label(
            self.tr("qbsync uses the new language the next time it starts."),
            "language_note",
            wrap=True,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language of the window:"), self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        save_language(self.config_dir, self.choice.currentData())
        super().accept()
