"""Keep secrets out of logs and exception text.

Two layers: known secret values (tokens, client secrets, auth codes) registered at the
moment the app learns them, and patterns for the shapes secrets travel in (an
Authorization header, `access_token=...`, JSON token fields, token paths of HubSpot's
introspection URLs). `RedactingFilter` applies both to every log record.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

MASK = "[REDACTED]"
# Shorter values are too likely to collide with ordinary text to be masked by value.
_MIN_SECRET_LEN = 8

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)(authorization\s*[:=]\s*)(bearer|basic)\s+[^\s,'\"]+"), r"\1\2 " + MASK),
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 " + MASK),
    (
        re.compile(
            r"(?i)([\"']?(?:access_token|refresh_token|id_token|client_secret|code_verifier)"
            r"[\"']?\s*[:=]\s*[\"']?)([^\"'&\s,}]+)"
        ),
        r"\1" + MASK,
    ),
    (re.compile(r"(?i)(\"token\"\s*:\s*\")([^\"]+)"), r"\1" + MASK),
    (re.compile(r"([?&](?:code|token)=)[^&\s\"']+"), r"\1" + MASK),
    (
        re.compile(r"(/oauth/v1/(?:access|refresh)-tokens/)[^/?\s\"']+"),
        r"\1" + MASK,
    ),
)


class SecretRegistry:
    """Secret values seen by this process; thread-safe, values never leave it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()

    def remember(self, *values: str | None) -> None:
        with self._lock:
            for value in values:
                if value and len(value) >= _MIN_SECRET_LEN:
                    self._values.add(value)

    def values(self) -> list[str]:
        with self._lock:
            # Longest first, so a token containing another is masked whole.
            return sorted(self._values, key=len, reverse=True)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()


# One registry per process: the log filter has no other way to learn values that
# credentials and OAuth code handle. Only ever holds values, never exposes them.
SECRETS = SecretRegistry()


def remember(*values: str | None) -> None:
    """Register secret values so logs and exception text mask them from now on."""
    SECRETS.remember(*values)


def redact(text: str, extra: Iterable[str] = ()) -> str:
    """`text` with every known secret value and secret-looking field masked."""
    for value in [*SECRETS.values(), *extra]:
        if value and len(value) >= _MIN_SECRET_LEN and value in text:
            text = text.replace(value, MASK)
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (with its args merged) through `redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not drop the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Pre-render the traceback, masked, so the handler never formats the raw one.
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        return True


def install_log_redaction(logger: logging.Logger | None = None) -> RedactingFilter:
    """Attach a `RedactingFilter` to every handler of `logger` (root by default).

    Filters on handlers (not loggers) also see records propagated from child loggers
    such as `httpx`, which logs request URLs.
    """
    target = logger or logging.getLogger()
    flt = RedactingFilter()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(flt)
    return flt
