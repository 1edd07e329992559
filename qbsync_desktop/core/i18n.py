"""Marking text for translation without Qt (core stays Qt-free).

Core code that produces words a bookkeeper reads marks each literal where it is written:

    TITLE = QT_TRANSLATE_NOOP("Problems", "Display name already used")

pyside6-lupdate finds the call by that name and puts (context, text) in the catalogues;
at run time the marker returns the English text unchanged (as Qt's own macro does), so
core, logs and `--json` output keep English, and the window translates it when it
shows it: `qbsync_desktop.gui.i18n.translate_marked("Problems", text)`. A counted text
carries `%n` and is marked with a count argument (`QT_TRANSLATE_NOOP(ctx, "%n record(s)",
None, 0)`): lupdate then asks each language for its plural forms; `english(text, n)`
fills it in for English output.

Checked against pyside6-lupdate 6.12's Python parser: it extracts
`QT_TRANSLATE_NOOP(context, text[, disambiguation[, n]])` with positional literals only
(a keyword `n=` is not read), and knows neither `QT_TRANSLATE_NOOP3`,
`QT_TRANSLATE_N_NOOP` nor a gettext-style `N_`/`_`; `QT_TR_NOOP` has no context.
"""

from __future__ import annotations

import re

_COUNT = re.compile(r"%L?n")


def QT_TRANSLATE_NOOP(  # the name lupdate looks for
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """Mark `text` (a string literal) for translation in `context`; returns it unchanged."""
    return text


def english(text: str, n: int) -> str:
    """A counted English text ("%n record(s)") with its count: "1 record", "3 records"."""
    plural = re.sub(r"\((e?s)\)", r"\1" if n != 1 else "", text)
    return _COUNT.sub(str(n), plural)
