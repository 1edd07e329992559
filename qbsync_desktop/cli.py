"""Command line: the window, the bundled sandboxes, and headless connect/sync/status.

`qbsync` opens the window; `qbsync --sandbox [--reset]` first starts both local
sandboxes and points a "Sandbox" profile at them. The sub-commands run the same
core without a window, for scheduled runs, scripts and benchmarks.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import logging
import os
import sys
import webbrowser
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from qbsync_desktop import __version__, cli_activity, cli_backfill, cli_settings
from qbsync_desktop.cli_i18n import environment_language, translate
from qbsync_desktop.cli_output import (
    EXIT_CODES_HELP,
    OK,
    SOME_FAILED,
    USAGE,
    UserError,
    print_err,
    report_failure,
    sanitise,
    set_log_file_hint,
)
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import SERVICES, Profile, ProfileStore, Service
from qbsync_desktop.core.store.errors import CorruptDatabase

if TYPE_CHECKING:
    from qbsync_desktop.core.connectors.session import Connections
    from qbsync_desktop.core.credentials import CredentialStore
    from qbsync_desktop.sandbox.serve import SandboxInfo

SANDBOX_PROFILE = "Sandbox"
DEMO_LATENCY_MS = 150.0  # feels like the real services without being slow
SECRET_ENV = "QBSYNC_CLIENT_SECRET"  # the client secret, kept off the command line (ps)
LABELS: dict[str, str] = {"hubspot": "HubSpot", "quickbooks": "QuickBooks"}

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
        return _sandbox_serve(args, paths, out)
    if args.command is None:
        return _gui(args, paths, credentials)
    connections = _connections(paths, credentials)
    if args.command == "connect":
        return _connect(args, connections, out)
    _require_profile(connections.profiles, args.profile)
    if args.command == "disconnect":
        return _disconnect(args, connections, out)
    try:
        if args.command == "sync":
            return _sync(args, paths, connections, out)
        if args.command == "status":
            return _status(args, paths, out)
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
        return _fresh_database(args, paths, out)
    raise AssertionError(args.command)


def _fresh_database(args: argparse.Namespace, paths: AppPaths, out: Callable[[str], None]) -> int:
    from qbsync_desktop.core.store import check_database
    from qbsync_desktop.core.sync.runner import set_aside_damaged

    db_file = paths.database_file(args.profile)
    profile = repr(args.profile)
    if not db_file.exists():
        said = translate("Cli", "Profile {profile} has no database yet; the next sync starts one.")
        out(said.format(profile=profile))
        return OK
    try:  # a sound database keeps its links: only a damaged one is replaced
        check_database(db_file)
        said = translate("Cli", "The database of profile {profile} is sound; nothing was changed.")
        out(said.format(profile=profile))
        return OK
    except CorruptDatabase:
        pass
    backup = set_aside_damaged(db_file)
    said = translate("Cli", "The old database is kept as {path}. The next sync starts a fresh one.")
    out(said.format(path=backup))
    return OK


def _setup_logging(paths: AppPaths) -> None:
    from qbsync_desktop.core import logsetup

    log_file = paths.log_dir / "qbsync.log"
    set_log_file_hint(str(log_file))
    with contextlib.suppress(OSError):  # read-only or full disk: stderr still says what failed
        logsetup.configure(log_file)


def _require_profile(profiles: ProfileStore, name: str) -> Profile:
    profile = profiles.get(name)
    if profile is None:
        known = ", ".join(sorted(profiles.names()))
        create = f"qbsync connect hubspot --profile {name!r} --client-id ID"
        if known:
            said = translate(
                "Cli",
                "There is no profile named {name} (profiles: {known}). Create it with: {command}",
            )
        else:
            said = translate("Cli", "There is no profile named {name}. Create it with: {command}")
        raise UserError(said.format(name=repr(name), known=known, command=create))
    return profile


def _connections(paths: AppPaths, credentials: CredentialStore | None) -> Connections:
    from qbsync_desktop.core.connectors.session import Connections

    return Connections(*_open_profiles(paths, credentials))


def _open_profiles(
    paths: AppPaths, credentials: CredentialStore | None
) -> tuple[ProfileStore, CredentialStore]:
    """The profiles and the keyring keyed through them (an older layout moved first);
    what the person should know about them goes to stderr."""
    from qbsync_desktop.core.profile_migration import open_profiles
    from qbsync_desktop.core.profiles import same_accounts_warning

    profiles, creds, notes = open_profiles(paths, credentials)
    for note in [*notes, same_accounts_warning(profiles)]:
        if note:
            print(note, file=sys.stderr)
    return profiles, creds


def _sandbox_serve(args: argparse.Namespace, paths: AppPaths, out: Callable[[str], None]) -> int:
    from qbsync_desktop.sandbox.serve import SandboxServers, make_apps

    state_dir = paths.sandbox_dir if args.persist else None
    apps = make_apps(
        state_dir,
        reset=args.reset,
        size=args.size,
        seed=args.seed,
        latency_ms=args.latency_ms,
        country=args.country,
    )
    servers = SandboxServers(apps)
    announce = {name: info.as_dict() for name, info in servers.info().items()}
    out(json.dumps(announce))
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C is how the user stops it
        asyncio.run(servers.serve())
    return 0


def _connect(args: argparse.Namespace, connections: Connections, out: Callable[[str], None]) -> int:
    service = cast(Service, args.service)
    label = LABELS[service]
    existing = connections.profiles.get(args.profile)
    if not args.client_id and not (existing and existing.service(service).client_id):
        said = translate(
            "Cli",
            "Connecting {service} the first time needs the app's client id: add --client-id ID.",
        )
        raise UserError(said.format(service=label), USAGE)
    lost = translate("Cli", "the sign-in would be lost when this command ends")
    _require_secure_keyring(connections, lost)
    connections.credentials.probe()  # locked or refused: say so before anything else
    secret = _client_secret(args, connections, service)

    def open_browser(url: str) -> None:
        if args.no_browser:
            out(translate("Cli", "Open this address in your browser to connect:"))
            out(url)
            sys.stdout.flush()
        else:
            webbrowser.open(url)

    info = asyncio.run(
        connections.connect(
            args.profile,
            service,
            open_browser,
            base_url=args.base_url,
            client_id=args.client_id,
            client_secret=secret,
            timeout_s=args.timeout,
        )
    )
    said = translate("Cli", "Connected {service} for profile {profile}: {account} ({id}).")
    out(
        said.format(
            service=label,
            profile=repr(args.profile),
            account=sanitise(info.name),
            id=sanitise(info.account_id),
        )
    )
    if info.missing_scopes:
        said = translate("Cli", "Missing permissions: {scopes}")
        out(said.format(scopes=sanitise(", ".join(info.missing_scopes))))
    return OK


def _require_secure_keyring(connections: Connections, consequence: str) -> None:
    if not connections.credentials.secure:
        said = translate(
            "Cli",
            "No secure password store (keyring) is available, so {consequence}. Start your "
            "desktop's keyring (GNOME Keyring, KWallet) or use the qbsync window, then try again.",
        )
        raise UserError(said.format(consequence=consequence))


def _client_secret(
    args: argparse.Namespace, connections: Connections, service: Service
) -> str | None:
    """From --client-secret, $QBSYNC_CLIENT_SECRET, the keyring, or a prompt (in that order)."""
    given = args.client_secret or os.environ.get(SECRET_ENV)
    if given:
        return str(given)
    if connections.profiles.get(args.profile) is not None:
        stored = connections.credentials.load_client_secret(args.profile, service)
        if stored:
            return None  # connect uses the stored one
    if sys.stdin.isatty():
        ask = translate("Cli", "{service} app client secret (not shown): ")
        typed = getpass.getpass(ask.format(service=LABELS[service]))
        if typed.strip():
            return typed.strip()
    said = translate(
        "Cli",
        "Connecting {service} needs the app's client secret: set {variable} or run the "
        "command in a terminal to be asked for it.",
    )
    raise UserError(said.format(service=LABELS[service], variable=SECRET_ENV), USAGE)


def _disconnect(
    args: argparse.Namespace, connections: Connections, out: Callable[[str], None]
) -> int:
    result = asyncio.run(connections.disconnect(args.profile, cast(Service, args.service)))
    if result.forgotten and not result.revoked:
        raise UserError(result.message)
    out(result.message)
    return OK


def _check_connected(connections: Connections, profile: str) -> None:
    """Both services connected and not refused: otherwise say which to connect, and how."""
    _require_secure_keyring(connections, translate("Cli", "qbsync cannot read the sign-ins"))
    for service in SERVICES:
        label = LABELS[service]
        how = f"qbsync connect {service} --profile {profile!r}"
        if not connections.is_connected(profile, service):
            said = translate(
                "Cli", "{service} is not connected for profile {profile}. Run: {command}"
            )
            raise UserError(said.format(service=label, profile=repr(profile), command=how))
        if connections.needs_reconnect(profile, service):
            said = translate(
                "Cli",
                "The {service} sign-in for profile {profile} has expired or was revoked. Run: "
                "{command} (nothing queued is lost).",
            )
            raise UserError(said.format(service=label, profile=repr(profile), command=how))


def _sync(
    args: argparse.Namespace, paths: AppPaths, connections: Connections, out: Callable[[str], None]
) -> int:
    from qbsync_desktop.core.sync.runner import run_sync

    _check_connected(connections, args.profile)
    show_progress = sys.stderr.isatty()  # scripts get only the summary and errors

    def on_event(event: Any) -> None:
        if show_progress and event.kind == "progress" and event.total:
            print(f"  {event.object}: {event.done}/{event.total}", file=sys.stderr)

    summary = run_sync(
        paths,
        args.profile,
        connections,
        dry_run=args.dry_run,
        on_event=on_event,
        plan_csv=args.plan_csv,
        full=args.full,
        objects=tuple(args.objects) if args.objects else None,  # None: every one switched on
    )
    out(_summary_line(summary))
    if summary.dry_run:
        _say_findings(args.profile, connections, out)
    if summary.failed and not summary.dry_run:
        said = translate(
            "Cli", "%Ln record(s) failed; see why with: {command}", None, summary.failed
        )
        print_err(said.format(command=f"qbsync status --profile {args.profile!r}"))
        return SOME_FAILED
    return OK


def _say_findings(profile: str, connections: Connections, out: Callable[[str], None]) -> None:
    """A dry run also says what the window's pre-flight check says: QuickBooks settings
    that change how a sync works, and saved mappings or filters naming fields the
    accounts do not have."""
    from qbsync_desktop.core.sync.preflight import run_preflight

    try:
        findings = run_preflight(profile, connections)
    except Exception:  # the check is a courtesy; the dry run's answer stands
        logging.getLogger(__name__).warning(
            "pre-flight check after a dry run failed", exc_info=True
        )
        return
    for finding in findings:
        title, explanation, fix = finding.words(translate.marked)
        said = translate("Cli", "Before syncing: {title}. {explanation} {fix}")
        out(said.format(title=title, explanation=explanation, fix=fix))


def _summary_line(summary: Any) -> str:
    """What a run did, in the terminal's language."""
    if summary.dry_run:
        label = translate("Cli", "Dry run (nothing written)")
    else:
        label = translate("Cli", "Sync finished")
    text = translate(
        "Cli",
        "{label}: created in HubSpot {created_hubspot}, created in QuickBooks "
        "{created_quickbooks}, updated in HubSpot {updated_hubspot}, updated in QuickBooks "
        "{updated_quickbooks}, matched {matched}, excluded {excluded}, failed {failed}",
    )
    n = translate.number
    said = text.format(
        label=label,
        created_hubspot=n(summary.created.get("hubspot", 0)),
        created_quickbooks=n(summary.created.get("quickbooks", 0)),
        updated_hubspot=n(summary.updated.get("hubspot", 0)),
        updated_quickbooks=n(summary.updated.get("quickbooks", 0)),
        matched=n(summary.matched),
        excluded=n(summary.excluded),
        failed=n(summary.failed),
    )
    recovered = getattr(summary, "recovered", 0)
    if recovered:
        more = translate("Cli", "{text}, finished from an interrupted run {recovered}")
        said = more.format(text=said, recovered=n(recovered))
    return said + "."


def _status(args: argparse.Namespace, paths: AppPaths, out: Callable[[str], None]) -> int:
    from qbsync_desktop.core.store.queries import record_rows

    db_file = paths.database_file(args.profile)
    if args.json:  # language-neutral: codes plus English, whatever the terminal speaks
        rows = record_rows(db_file) if db_file.exists() else []
        out(json.dumps(rows, default=str))  # JSON escapes control characters itself
        return OK
    rows = record_rows(db_file, tr=translate.marked) if db_file.exists() else []
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["state"]] = counts.get(row["state"], 0) + 1
    states = {
        "synced": translate("Cli", "%Ln synced", None, counts.get("synced", 0)),
        "failed": translate("Cli", "%Ln failed", None, counts.get("failed", 0)),
        "excluded": translate("Cli", "%Ln excluded", None, counts.get("excluded", 0)),
    }
    said = ", ".join(states.get(state, f"{n} {state}") for state, n in sorted(counts.items()))
    profile = repr(sanitise(args.profile))
    out(
        translate("Cli", "Profile {profile}: {counts}").format(
            profile=profile, counts=said or translate("Cli", "no records yet")
        )
    )
    words = {
        "failed": translate("Cli", "failed"),
        "excluded": translate("Cli", "excluded"),
    }
    for row in rows:
        if row["state"] != "synced":
            detail = f" — {row['explanation']}" if row.get("explanation") else ""
            fix = ""
            if row.get("fix"):
                fix = " " + translate("Cli", "Fix: {fix}").format(fix=row["fix"])
            state = words.get(row["state"], row["state"])
            kind = _object_title(row["object"])
            line = f"  [{state}] {kind}: {row['name']} <{row['match_key'] or ''}>"
            out(sanitise(line + detail + fix))  # names and reasons come from the services
    return OK


def _object_title(name: str) -> str:
    """A type as the window names it ("Kontakte ⇄ Kunden"); an unregistered one by name."""
    from qbsync_desktop.core.sync import objects

    try:
        return translate.marked("Objects", objects.get(name).label)
    except objects.UnknownObject:
        return name


def _gui(args: argparse.Namespace, paths: AppPaths, credentials: CredentialStore | None) -> int:
    from qbsync_desktop.gui.app import claim_window, run_gui

    # Before the sandboxes start: a second launch only raises the running window.
    instance = claim_window(paths)
    if instance is None:
        return 0
    sandbox: dict[str, dict[str, str]] | None = None
    profile = args.profile
    servers = None
    if args.sandbox:
        servers, infos = _start_demo_sandboxes(paths, reset=args.reset)
        sandbox = {name: info.as_dict() for name, info in infos.items()}
        profile = profile or SANDBOX_PROFILE
        _point_profile_at_sandboxes(paths, profile, infos, credentials)
    try:
        return run_gui(paths, profile=profile, sandbox=sandbox, instance=instance)
    finally:
        if servers is not None:
            servers.stop()


def _start_demo_sandboxes(paths: AppPaths, reset: bool) -> tuple[Any, dict[str, SandboxInfo]]:
    """Both sandboxes in a child process: in the window's own process they would compete
    with it for the GIL and the user would feel their work as a stalled window."""
    from qbsync_desktop.sandbox.serve import SandboxProcess

    servers = SandboxProcess(paths.sandbox_dir, reset=reset, latency_ms=DEMO_LATENCY_MS).start()
    return servers, servers.info()


def _point_profile_at_sandboxes(
    paths: AppPaths,
    profile_name: str,
    infos: dict[str, SandboxInfo],
    credentials: CredentialStore | None,
) -> None:
    """The sandboxes get new ports each launch: keep the profile's base URLs current."""
    store, creds = _open_profiles(paths, credentials)
    profile = store.get_or_create(profile_name)
    for service in SERVICES:
        info = infos[service]
        cfg = profile.service(service)
        cfg.base_url = info.base_url
        cfg.client_id = info.client_id
        creds.save_client_secret(profile_name, service, info.client_secret)
    store.save(profile)
