"""The window's language: Qt translators, the saved choice, and locale-aware formatting.

The language follows the system (QLocale.system()) unless the bookkeeper picked one
in the window; the choice is a small file in the config folder, read at start-up, so
a new choice applies at the next start (Qt widgets do not re-translate themselves).
Catalogues are `resources/translations/qbsync_<lang>.qm` (ours, from the `.ts`
sources) plus Qt's own `qtbase_<lang>.qm` from the PySide6 wheel (standard buttons
such as Yes/No/Cancel). English has a catalogue too: only its plural forms.

Counted texts ("%n record(s)") go through `translate(context, text, None, n)` with the
class name as context, not `self.tr`: PySide's `tr` tries each class of the MRO in turn
and stops at the first answer that differs from the source, and "%n" filled in already
differs, so a mixin's or base class's plural forms would never be reached.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
# Language code -> its own name (a picker shows each language in that language).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "nl": "Nederlands",
    "es": "Español",
}
LANGUAGE_FILE = "language"  # in the config folder: a code from LANGUAGES, or absent

_installed: list[QTranslator] = []  # kept alive: Qt holds translators by pointer


def saved_language(config_dir: Path) -> str | None:
    """The language the bookkeeper chose; None for "as the system"."""
    try:
        code = (config_dir / LANGUAGE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return code if code in LANGUAGES else None


def save_language(config_dir: Path, code: str | None) -> None:
    """Remember `code` (None: follow the system) for the next start."""
    path = config_dir / LANGUAGE_FILE
    if code is None:
        path.unlink(missing_ok=True)
        return
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    config_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(code + "\n", encoding="utf-8")


def system_language() -> str:
    """The system's language when we have it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install_language(code: str | None) -> str:
    """Install the translators for `code` (None: the system's); returns the code used.

    Also makes it the default QLocale, so dates and numbers follow the same choice.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs the QApplication first")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = code if code in LANGUAGES else system_language()
    # With no choice, formats follow the system (a Swiss or Belgian bookkeeper keeps
    # theirs); a chosen language brings its own (and pins tests to one format).
    locale = QLocale.system() if code is None else QLocale(lang)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qbsync_{lang}", str(TRANSLATIONS_DIR)), (f"qtbase_{lang}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif lang != "en":  # Qt ships no qtbase_en; our own catalogue must be there
            log.warning("no %s catalogue in %s", name, folder)
    log.info("language %s (locale %s)", lang, locale.name())
    return lang


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` (a literal, found there by lupdate) in the current language; a text with
    `%n` takes its count as `n` (lupdate reads the arguments in Qt's order)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translate_marked(context: str, text: str, n: int = -1) -> str:
    """A text the Qt-free core marked with QT_TRANSLATE_NOOP(context, text), in the
    current language, `%n` filled with `n`. Its literal was extracted where it was marked,
    so this function's variable arguments are not (and need not be) literals."""
    return QCoreApplication.translate(context, text, None, n)
