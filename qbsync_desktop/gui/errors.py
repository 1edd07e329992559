"""Turning exceptions into the sentence a bookkeeper reads."""

from __future__ import annotations

from qbsync_desktop.core.connectors.errors import ApiError, AuthError
from qbsync_desktop.core.sync.errors import explain
from qbsync_desktop.core.sync.problems import render

from .i18n import translate, translate_marked


def plain_error(exc: BaseException) -> str:
    """The sentence a bookkeeper sees for a failure, in the window's language where we have
    the words: a service's refusal or silence renders from its problem code; other typed
    errors carry a sentence in `.message`."""
    if isinstance(exc, ApiError) and not isinstance(exc, AuthError):  # sign-ins: trouble.py
        return render(explain(exc), translate_marked).explanation
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    text = str(exc).strip()
    # No class names for the bookkeeper: with no words of its own, say it plainly.
    return text or translate("Errors", "Something went wrong; the log has the details.")
