"""The window's language: catalogues installed by choice or system locale, and formats."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP, english
from qbsync_desktop.gui import i18n, timefmt
from qbsync_desktop.gui.language_dialog import LanguageDialog


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    assert i18n.install_language("de") == "de"
    yield
    i18n.install_language("en")


def test_german_catalogue_and_qts_own_translate_the_window(german: None, qtbot: Any) -> None:
    assert i18n.translate("Connections", "Country") == "Land"
    marked = QT_TRANSLATE_NOOP("Connections", "Signed in as")
    assert marked == "Signed in as"  # core keeps English for logs and --json
    assert i18n.translate_marked("Connections", marked) == "Angemeldet als"
    counted = QT_TRANSLATE_NOOP(
        "Connections", "Sign-in valid for %n more day(s) (renews on each sync).", None, 0
    )
    assert i18n.translate_marked("Connections", counted, 2).startswith("Anmeldung noch 2 Tage")
    assert english(counted, 1) == "Sign-in valid for 1 more day (renews on each sync)."
    assert english(counted, 2) == "Sign-in valid for 2 more days (renews on each sync)."
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"  # from Qt's qtbase_de.qm
    assert QLocale().name() == "de_DE"


def test_plural_forms_follow_the_count(german: None) -> None:
    text = "Sign-in valid for %n more day(s) (renews on each sync)."
    assert i18n.translate("Connections", text, None, 1).startswith("Anmeldung noch 1 Tag ")
    assert i18n.translate("Connections", text, None, 5).startswith("Anmeldung noch 5 Tage ")
    i18n.install_language("en")
    assert i18n.translate("AttentionMixin", "%Ln failed record(s)", None, 1) == "1 failed record"
    assert (
        i18n.translate("AttentionMixin", "%Ln failed record(s)", None, 1234)
        == "1,234 failed records"
    )


def test_dates_and_numbers_follow_the_language(german: None) -> None:
    assert timefmt.local_time("2026-03-02 12:15:07").startswith("2. März 2026 ")
    assert timefmt.amount(1234.5) == "1.234,50"
    assert timefmt.count(12345) == "12.345"
    now = dt.datetime.now(dt.UTC).isoformat()
    assert timefmt.local_time(now).startswith("heute ")


def test_the_choice_is_saved_for_the_next_start(tmp_path: Path, qtbot: Any) -> None:
    assert i18n.saved_language(tmp_path) is None
    dialog = LanguageDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert "next time it starts" in dialog.note.text()
    assert dialog.choice.currentData() is None  # "As the system" until chosen
    dialog.choice.setCurrentIndex(dialog.choice.findData("nl"))
    dialog.accept()
    assert i18n.saved_language(tmp_path) == "nl"
    again = LanguageDialog(tmp_path)
    qtbot.addWidget(again)
    assert again.choice.currentData() == "nl"
    again.choice.setCurrentIndex(0)
    again.accept()
    assert i18n.saved_language(tmp_path) is None


def _language_in_fresh_process(lang_env: str) -> str:
    code = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from qbsync_desktop.gui.i18n import install_language, translate;"
        "print(install_language(None), translate('TrayController', 'Sync now'))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=lang_env, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_with_no_choice_the_language_follows_the_system() -> None:
    assert _language_in_fresh_process("es_ES.UTF-8") == "es Sincronizar ahora"
    assert _language_in_fresh_process("fr_FR.UTF-8") == "en Sync now"  # not offered: English
