"""Marking text for translation without Qt (core stays Qt-free).

Core code that produces words a bookkeeper reads marks them with `QT_TRANSLATE_NOOP`:
pyside6-lupdate finds the call by that name and puts (context, text) in the catalogues;
at run time the marker returns the English text unchanged, and the window translates it
when it shows it (`qbsync_desktop.gui.i18n.translate_marked`). A count-dependent text is
marked with its count (`n`) and carries `%n`: lupdate then asks each language for its
plural forms. Verified against pyside6-lupdate 6.12's Python parser: it extracts
`QT_TRANSLATE_NOOP(context, text[, disambiguation[, n]])`, but not `QT_TRANSLATE_NOOP3`
or `QT_TRANSLATE_N_NOOP`, so this one name covers both uses.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Marked:
    """A text marked for translation: what the window needs to translate it later."""

    context: str
    text: str
    disambiguation: str | None = None
    n: int = -1

    def english(self) -> str:
        """The English text, counts filled in (for logs, --json output and the CLI)."""
        return self.text.replace("%n", str(self.n)) if self.n >= 0 else self.text


def QT_TRANSLATE_NOOP(  # the name lupdate looks for
    context: str, text: str, disambiguation: str | None = None, n: int = -1
) -> Marked:
    """Mark `text` (a string literal) for translation in `context`; nothing is translated."""
    return Marked(context, text, disambiguation, n)
