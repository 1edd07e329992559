"""What the command line prints: exit codes, one plain line per error, text made safe.

Every failure becomes one sentence on stderr that says what to do; the traceback goes
to the log only. Text that came from a service (names, company names, reasons) is
stripped of control characters before printing, so a record name cannot move the
cursor, retitle the terminal or hide text from the person reading.
"""

from __future__ import annotations

import errno
import logging
import re
import sys
import unicodedata
from collections.abc import Callable

from qbsync_desktop.cli_i18n import translate

log = logging.getLogger("qbsync_desktop.cli")

# Exit codes (also in `qbsync --help` and the README).
OK = 0  # all done
COULD_NOT_RUN = 1  # could not run; stderr says why and what to do
USAGE = 2  # the command line itself was wrong
SOME_FAILED = 3  # the run finished but some records failed (see `qbsync status`)

EXIT_CODES_HELP = """\
exit codes:
  0  all done
  1  could not run (the reason and what to do are printed on stderr)
  2  usage error (wrong or missing arguments)
  3  the sync finished but some records failed (see `qbsync status`)"""


class UserError(Exception):
    """A problem the person can fix, with the sentence that says how."""

    def __init__(self, message: str, code: int = COULD_NOT_RUN) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


# Terminal escape sequences (CSI, OSC, other ESC forms), then any single control character.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST
    r"|\x1b[@-Z\\-_]"  # two-byte ESC sequences
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)


def sanitise(text: object) -> str:
    """`text` as one printable line: escape sequences and control characters removed."""
    cleaned = _ESCAPES.sub("", str(text))
    out = []
    for ch in cleaned:
        if ch in "\t\n\r":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200d":
            continue  # C0/C1 controls, bidi overrides; keep the emoji joiner
        else:
            out.append(ch)
    return "".join(out)


def explain_failure(exc: BaseException, profile: str | None = None) -> tuple[str, int]:
    """The one line to print for `exc`, and the exit code."""
    if isinstance(exc, UserError):
        return exc.message, exc.code
    reconnect = f"qbsync connect {{service}} --profile {_quoted(profile)}" if profile else None
    service = getattr(exc, "service", None)
    name = {"hubspot": "HubSpot", "quickbooks": "QuickBooks"}.get(str(service), "")
    kind = type(exc).__name__
    message = getattr(exc, "message", None)
    if kind == "NeedsReconnect" or getattr(exc, "code", None) == "needs_reconnect":
        how = reconnect.format(service=service) if reconnect else _connect_again()
        said = translate(
            "CliOutput",
            "The {service} sign-in has expired or was revoked. Run: {command} (nothing "
            "queued is lost).",
        )
        return said.format(service=name, command=how), COULD_NOT_RUN
    if getattr(exc, "code", None) == "not_connected":
        how = reconnect.format(service=service) if reconnect else _connect_it()
        said = translate("CliOutput", "{service} is not connected for this profile. Run: {command}")
        return said.format(service=name, command=how), COULD_NOT_RUN
    if kind == "SyncBusy":
        said = translate(
            "CliOutput",
            "A sync of this profile is already running (in the window or another qbsync). "
            "Wait for it to finish, then try again.",
        )
        return said, COULD_NOT_RUN
    if _is_corrupt_database(exc):
        detail = message if isinstance(message, str) and message else ""
        damaged = translate(
            "CliOutput",
            "The profile's database is damaged. Restore it from a backup, or remove the "
            "profile's data folder and sync again to rebuild it.",
        )
        return detail or damaged, COULD_NOT_RUN
    if isinstance(exc, OSError) and not _is_network(exc):
        return _file_problem(exc), COULD_NOT_RUN
    if _is_database_error(exc):
        text = str(exc).lower()
        if any(w in text for w in ("readonly", "read-only", "unable to open", "disk")):
            said = translate(
                "CliOutput",
                "qbsync could not write its database: the data folder is read-only or "
                "missing. Make it writable (or free up space) and try again.",
            )
            return said, COULD_NOT_RUN
    if service in ("hubspot", "quickbooks") or _is_network(exc):
        from qbsync_desktop.core.sync.errors import ProblemCode, explain
        from qbsync_desktop.core.sync.problems import render

        problem = explain(exc)
        if problem.code is not ProblemCode.INTERNAL:
            words = render(problem, translate.marked)  # a stored code, in the terminal's words
            return f"{words.explanation}. {words.fix}", COULD_NOT_RUN
    if isinstance(message, str) and message:  # typed errors carry a sentence for people
        return message, COULD_NOT_RUN
    said = translate(
        "CliOutput",
        "qbsync stopped on an unexpected problem; the details are in the log ({log}). Try "
        "again, and report it if it happens again.",
    )
    return said.format(log=log_file_hint()), COULD_NOT_RUN


def _connect_again() -> str:
    return translate("CliOutput", "connect it again")


def _connect_it() -> str:
    return translate("CliOutput", "connect it")


def report_failure(
    exc: BaseException, profile: str | None = None, err: Callable[[str], None] | None = None
) -> int:
    """Log `exc` with its traceback, print its one line on stderr; returns the exit code."""
    line, code = explain_failure(exc, profile)
    log.error("command failed: %s", line, exc_info=exc)
    (err or print_err)(line)
    return code


def print_err(line: str) -> None:
    print(sanitise(line), file=sys.stderr)
    sys.stderr.flush()


_log_file = ""


def set_log_file_hint(path: str) -> None:
    global _log_file
    _log_file = path


def log_file_hint() -> str:
    return _log_file or translate("CliOutput", "qbsync.log in the log folder")


def _quoted(profile: str) -> str:
    return f'"{profile}"' if re.search(r"[\s'\"$`\\]", profile) else profile


def _is_network(exc: BaseException) -> bool:
    import httpx

    return isinstance(exc, httpx.TransportError | ConnectionError | TimeoutError)


def _is_database_error(exc: BaseException) -> bool:
    # peewee re-raises sqlite3's errors as its own classes of the same names
    return any(c.__name__ == "DatabaseError" for c in type(exc).__mro__)


def _is_corrupt_database(exc: BaseException) -> bool:
    if "corrupt" in type(exc).__name__.lower():
        return True
    text = str(exc).lower()
    return _is_database_error(exc) and any(
        w in text for w in ("malformed", "not a database", "corrupt")
    )


def _file_problem(exc: OSError) -> str:
    if exc.errno == errno.EROFS:
        why = translate("CliOutput", "the file system is read-only")
    elif exc.errno in (errno.EACCES, errno.EPERM):
        why = translate("CliOutput", "permission was refused")
    elif exc.errno == errno.ENOSPC:
        why = translate("CliOutput", "the disk is full")
    else:
        why = exc.strerror or translate("CliOutput", "the file could not be written")
    if exc.filename:
        said = translate(
            "CliOutput", "qbsync could not write its files ({path}): {why}. Fix that and try again."
        )
        return said.format(path=exc.filename, why=why)
    said = translate(
        "CliOutput", "qbsync could not write its files: {why}. Fix that and try again."
    )
    return said.format(why=why)
