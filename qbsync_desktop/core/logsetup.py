"""Logging to a rotating file in the log directory, with secrets redacted.

Every record passes the redaction filter before any handler formats it, so a
token that slips into a message or an exception never reaches the file.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

from qbsync_desktop.core.redact import RedactingFilter

_HANDLER_NAME = "qbsync-file"
PRIVATE_FILE_MODE = 0o600  # the log names customers, companies and accounts


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read (also one an older qbsync left)."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        if hasattr(os, "fchmod"):  # POSIX; on Windows the user profile's ACLs do this
            os.fchmod(fd, PRIVATE_FILE_MODE)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # rotating: always append


def configure(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """Install (once) a rotating file handler on the root logger; returns it."""
    root = logging.getLogger()
    for handler in root.handlers:
        if handler.get_name() == _HANDLER_NAME:
            return handler
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    # httpx logs every request URL at INFO; our own messages say what matters.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return handler
