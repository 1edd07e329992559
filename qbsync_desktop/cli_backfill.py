"""`qbsync backfill --profile P --object invoices --since DATE [--dry-run]`: send older
HubSpot invoices to QuickBooks (issue 16), after looking at the --dry-run preview."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from qbsync_desktop.cli_activity import English, Speaks
from qbsync_desktop.cli_output import OK, SOME_FAILED, UserError, sanitise
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.sync.dryrun import plan_rows
from qbsync_desktop.core.sync.invoices.backfill import run_backfill
from qbsync_desktop.core.sync.settings import SettingsError

COMMAND = "backfill"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None


def add_parser(sub: Any) -> None:
    p = sub.add_parser(COMMAND, help="send older HubSpot invoices to QuickBooks")
    p.add_argument("--profile", required=True)
    p.add_argument("--object", choices=("invoices",), default="invoices", dest="object")
    p.add_argument("--since", type=_day, required=True, help="created on or after (YYYY-MM-DD)")
    p.add_argument("--dry-run", action="store_true", help="show what would be sent; send nothing")


def run(
    args: argparse.Namespace,
    paths: AppPaths,
    connections: Connections,
    out: Callable[[str], None],
    translate: Speaks | None = None,
) -> int:
    translate = translate or English()
    try:
        summary, plan = run_backfill(
            paths, args.profile, connections, since=args.since, dry_run=args.dry_run
        )
    except SettingsError as exc:
        raise UserError(str(exc)) from None
    for row in plan_rows(plan):
        name = sanitise(str(row["name"]))  # text from HubSpot, shown as plain text
        if row["action"] == "create":
            said = translate("CliBackfill", "send {name}").format(name=name)
        elif row["action"] == "update":
            said = translate("CliBackfill", "update {name}").format(name=name)
        else:
            reason = sanitise(str(row["reason"]))
            said = translate("CliBackfill", "leave out {name}: {reason}")
            said = said.format(name=name, reason=reason)
        out(said)
    n = translate.number
    text = (
        translate("CliBackfill", "Preview (nothing sent): {sent} to send, {failed} failing")
        if summary.dry_run
        else translate("CliBackfill", "Backfill finished: {sent} sent, {failed} failed")
    )
    sent = summary.created["quickbooks"] + summary.updated["quickbooks"]
    out(text.format(sent=n(sent), failed=n(summary.failed)))
    return SOME_FAILED if summary.failed and not summary.dry_run else OK
