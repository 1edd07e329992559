"""Turning exceptions into the sentence a bookkeeper reads."""

from __future__ import annotations


def plain_error(exc: BaseException) -> str:
    """The sentence a bookkeeper sees for a failure (typed errors carry one in `.message`)."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    text = str(exc).strip()
    return text or exc.__class__.__name__
