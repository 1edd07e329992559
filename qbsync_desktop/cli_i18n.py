"""The command line's language: the window's catalogues, read without a window.

A QTranslator loads a .qm file and answers on its own, with no QCoreApplication (the CLI
starts none: it would cost start-up time and, for `qbsync status`, a Qt event loop it
does not need). The language comes from the environment the way POSIX programs read it
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG), so `LANG=de_DE.UTF-8 qbsync status` speaks German.
`--json` output is never translated: it carries codes plus English.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

from qbsync_desktop.core.i18n import english

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "resources" / "translations"
LANGUAGES = ("en", "de", "nl", "es")
_COUNT = re.compile(r"%(L?)n")


def environment_language(env: Mapping[str, str] | None = None) -> str:
    """The first language of ours the environment asks for; English otherwise."""
    env = os.environ if env is None else env
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if not value:
            continue
        for part in value.split(":"):  # LANGUAGE may list several: "nl:de"
            code = part.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            if code in LANGUAGES:
                return code
        if var != "LANGUAGE":  # the first locale variable set decides (C, POSIX: English)
            return "en"
    return "en"


class CliTranslator:
    """`tr(context, text, n)`: a marked or literal text in the CLI's language, `%n`/`%Ln`
    filled in (QCoreApplication.translate would do that; a bare QTranslator does not)."""

    def __init__(self, language: str = "en") -> None:
        self._translator = QTranslator()
        self.use(language)

    def use(self, language: str) -> None:
        """Speak `language` from now on (English for one we have no catalogue for)."""
        self.language = language if language in LANGUAGES else "en"
        self.locale = QLocale(self.language)
        self._loaded = self._translator.load(f"qbsync_{self.language}", str(TRANSLATIONS_DIR))

    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Qt's argument order, so lupdate reads a count at the call site as Qt's `n`."""
        return self.marked(context, text, n)

    def marked(self, context: str, text: str, n: int = -1) -> str:
        """A text marked elsewhere (problems.Translate): `render(problem, tr.marked)`."""
        said = self._translator.translate(context, text, None, n) if self._loaded else ""
        if n < 0:
            return said or text
        if not said:
            return english(text, n)
        return _COUNT.sub(lambda m: self.number(n) if m.group(1) else str(n), said)

    def number(self, n: int) -> str:
        """A count with the language's digit grouping (1,234 / 1.234)."""
        return self.locale.toString(n)


def cli_translator(env: Mapping[str, str] | None = None) -> CliTranslator:
    return CliTranslator(environment_language(env))


# The command line's words: English until `qbsync`'s main() reads the environment.
translate = CliTranslator()
