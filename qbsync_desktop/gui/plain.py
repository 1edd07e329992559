"""Text from a service is shown as text, never as markup.

Qt guesses: a label or tooltip whose text looks like HTML is drawn as HTML, so a
QuickBooks company named `<h1>PAY NOW</h1>` would become a heading. Labels that can
show service text are fixed to plain text; tooltips (which have no format switch) get
the text escaped into a paragraph, so the guess is always "HTML" and shows it literally.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNs
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", name: str | None = None, *, wrap: bool = False) -> QLabel:
    """A label that shows its text literally, whatever the text looks like."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def plain_tip(text: str | None) -> str:
    """A tooltip that shows `text` literally (line breaks kept); "" for none."""
    if not text:
        return ""
    return QtGuiNs.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question whose text (which may name records or accounts) stays plain."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
