"""Command line: the window, the bundled sandboxes, and headless connect/sync/status.

`qbsync` opens the window; `qbsync --sandbox [--reset]` first starts both local
sandboxes and points a "Sandbox" profile at them. The sub-commands run the same
core without a window, for scheduled runs, scripts and benchmarks.

This module parses the command line and dispatches: the window and the sandboxes are in
cli_window.py, profiles and connections in cli_profiles.py, sync, status and
fresh-database in cli_sync.py, and settings, activity and backfill in their own modules.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from qbsync_desktop import (
    __version__,
    cli_activity,
    cli_backfill,
    cli_profiles,
    cli_settings,
    cli_sync,
    cli_window,
)
from qbsync_desktop.cli_i18n import environment_language, translate
from qbsync_desktop.cli_output import (
    EXIT_CODES_HELP,
    UserError,
    print_err,
    report_failure,
    set_log_file_hint,
)
from qbsync_desktop.cli_profiles import SECRET_ENV
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import SERVICES
from qbsync_desktop.core.store.errors import CorruptDatabase

if TYPE_CHECKING:
    from qbsync_desktop.core.credentials import CredentialStore


EXAMPLES = f"""\
examples:
  qbsync --sandbox                    the window, on the bundled sandboxes (demo books)
  qbsync sandbox serve                both sandboxes; prints their URLs and app credentials
  {SECRET_ENV}=... qbsync connect hubspot --profile Acme --client-id ID
                                      sign in to HubSpot in the browser for profile Acme
  qbsync sync --profile Acme --dry-run --plan-csv plan.csv
                                      what a sync would do, without writing anything
  qbsync sync --profile Acme          one sync; exit code 3 if some records failed
  qbsync status --profile Acme        the records that failed or were left out, and why
  qbsync activity --profile Acme      each sync: what moved and what failed (--run N: its records)
  qbsync settings show --profile Acme every object's sync settings, by key
  qbsync settings set --profile Acme contacts.direction=to_quickbooks
                                      change settings (checked as in the window)

{EXIT_CODES_HELP}

Errors are one line on stderr; the details go to the log (qbsync.log in the log folder)."""


def build_parser() -> argparse.ArgumentParser:
    from qbsync_desktop.core.sync import objects as sync_objects

    p = argparse.ArgumentParser(
        prog="qbsync",
        description=__doc__.splitlines()[0],
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"qbsync {__version__}")
    p.add_argument("--sandbox", action="store_true", help="run on the bundled local sandboxes")
    p.add_argument("--reset", action="store_true", help="with --sandbox: fresh demo books")
    p.add_argument("--profile", help="profile to open in the window")
    sub = p.add_subparsers(dest="command")

    sb = sub.add_parser("sandbox", help="the bundled HubSpot and QuickBooks sandboxes")
    sbsub = sb.add_subparsers(dest="sandbox_command", required=True)
    serve = sbsub.add_parser("serve", help="serve both sandboxes in the foreground")
    serve.add_argument("--size", type=int, default=50, help="demo book size (contacts)")
    serve.add_argument("--seed", type=int, default=1, help="demo data seed")
    serve.add_argument("--latency-ms", type=float, default=0.0, help="added per-request latency")
    serve.add_argument("--persist", action="store_true", help="keep state under the data directory")
    serve.add_argument("--reset", action="store_true", help="with --persist: start fresh")
    serve.add_argument("--country", default="US", help="QuickBooks company country (US, GB)")

    con = sub.add_parser(
        "connect",
        help="connect a profile to HubSpot or QuickBooks",
        description=(
            "Sign in to the service in your browser and keep the sign-in in the system "
            f"keyring. The app's client secret is read from ${SECRET_ENV}, or asked for "
            "(not shown) when none is stored yet."
        ),
    )
    con.add_argument("service", choices=SERVICES)
    con.add_argument("--profile", required=True)
    con.add_argument("--base-url", help="point at a sandbox instead of the real service")
    con.add_argument("--client-id", help="the app's client id (needed the first time)")
    con.add_argument(
        "--client-secret",
        help=f"visible to other users in the process list: prefer ${SECRET_ENV} or the prompt",
    )
    con.add_argument(
        "--no-browser", action="store_true", help="print the authorize URL instead of opening it"
    )
    con.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for consent")

    dis = sub.add_parser("disconnect", help="revoke and forget a connection")
    dis.add_argument("service", choices=SERVICES)
    dis.add_argument("--profile", required=True)

    sy = sub.add_parser("sync", help="run one sync and print a summary")
    sy.add_argument("--profile", required=True)
    sy.add_argument("--dry-run", action="store_true", help="plan only; write nothing")
    sy.add_argument(
        "--object",
        action="append",
        choices=sync_objects.names(),  # every registered object type
        dest="objects",
        help="only this object (repeatable); default: every object switched on",
    )
    sy.add_argument("--full", action="store_true", help="re-read everything, not just changes")
    sy.add_argument("--plan-csv", type=Path, help="also write the plan as CSV to this file")

    st = sub.add_parser("status", help="print the record states of a profile")
    st.add_argument("--profile", required=True)
    st.add_argument("--json", action="store_true", help="machine-readable output")

    fr = sub.add_parser(
        "fresh-database",
        help="keep a damaged profile database as a backup and start a fresh one",
    )
    fr.add_argument("--profile", required=True)
    cli_settings.add_parser(sub)
    cli_activity.add_parser(sub)
    cli_backfill.add_parser(sub)
    return p


def main(
    argv: Sequence[str] | None = None,
    *,
    paths: AppPaths | None = None,
    credentials: CredentialStore | None = None,
    out: Callable[[str], None] = print,
) -> int:
    """Run one command; returns the exit code (see EXIT_CODES_HELP)."""
    args = build_parser().parse_args(argv)  # usage errors exit 2 here, with the usage
    translate.use(environment_language())  # human output speaks the terminal's language
    profile: str | None = getattr(args, "profile", None)
    # Until the log file is open, records go nowhere: not to logging's stderr fallback.
    logging.getLogger().addHandler(_QUIET)
    try:
        paths = (paths or AppPaths.default()).ensure()
        _setup_logging(paths)
        return _run(args, paths, credentials, out)
    except KeyboardInterrupt:
        print_err(translate("Cli", "Stopped."))
        return 130
    except Exception as exc:  # every failure: one plain line here, the traceback in the log
        return report_failure(exc, profile)


_QUIET = logging.NullHandler()


def _run(
    args: argparse.Namespace,
    paths: AppPaths,
    credentials: CredentialStore | None,
    out: Callable[[str], None],
) -> int:
    if args.command == "sandbox":
        return cli_window.sandbox_serve(args, paths, out)
    if args.command is None:
        return cli_window.window(args, paths, credentials)
    connections = cli_profiles.make_connections(paths, credentials)
    if args.command == "connect":
        return cli_profiles.connect(args, connections, out)
    cli_profiles.require_profile(connections.profiles, args.profile)
    if args.command == "disconnect":
        return cli_profiles.disconnect(args, connections, out)
    try:
        if args.command == "sync":
            return cli_sync.sync(args, paths, connections, out)
        if args.command == "status":
            return cli_sync.status(args, paths, out)
        if args.command == cli_settings.COMMAND:
            return cli_settings.run(args, connections.profiles, out)
        if args.command == cli_activity.COMMAND:
            return cli_activity.run(args, paths, out, translate)
        if args.command == cli_backfill.COMMAND:
            return cli_backfill.run(args, paths, connections, out, translate)
    except CorruptDatabase as exc:
        how = f"qbsync fresh-database --profile {args.profile!r}"
        said = translate("Cli", "{problem} To do that, run: {command}")
        raise UserError(said.format(problem=exc.message, command=how)) from exc
    if args.command == "fresh-database":
        return cli_sync.fresh_database(args, paths, out)
    raise AssertionError(args.command)


def _setup_logging(paths: AppPaths) -> None:
    from qbsync_desktop.core import logsetup

    log_file = paths.log_dir / "qbsync.log"
    set_log_file_hint(str(log_file))
    with contextlib.suppress(OSError):  # read-only or full disk: stderr still says what failed
        logsetup.configure(log_file)
