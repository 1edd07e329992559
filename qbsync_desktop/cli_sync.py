"""Command line: a profile's sync and its records (sync, status, fresh-database). Split
from cli.py."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qbsync_desktop.cli_i18n import translate
from qbsync_desktop.cli_output import OK, SOME_FAILED, print_err, sanitise
from qbsync_desktop.cli_profiles import check_connected
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.store.errors import CorruptDatabase

if TYPE_CHECKING:
    from qbsync_desktop.core.connectors.session import Connections


def sync(
    args: argparse.Namespace, paths: AppPaths, connections: Connections, out: Callable[[str], None]
) -> int:
    from qbsync_desktop.core.sync.runner import run_sync

    check_connected(connections, args.profile)
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
    out(summary_line(summary))
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


def summary_line(summary: Any) -> str:
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


def status(args: argparse.Namespace, paths: AppPaths, out: Callable[[str], None]) -> int:
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


def fresh_database(args: argparse.Namespace, paths: AppPaths, out: Callable[[str], None]) -> int:
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
