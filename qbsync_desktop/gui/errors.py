"""Turning exceptions into the sentence a bookkeeper reads."""

from __future__ import annotations

from .i18n import translate


def plain_error(exc: BaseException) -> str:
    """The sentence a bookkeeper sees for a failure (typed errors carry one in `.message`)."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    text = str(exc).strip()
    # No class names for the bookkeeper: with no words of its own, say it plainly.
    return text or translate("Errors", "Something went wrong; the log has the details.")
