"""`qbsync activity --profile P [--run N] [--json] [--csv FILE]`: the activity log (SPEC.md 4).

Without --run: the runs, newest first, with what each moved and failed per object. With
--run N: that run's records. --csv writes the records (of run N, or of every run) through
the shared CSV writer. Human output follows the terminal's language; --json is
language-neutral (codes and English), like `qbsync status --json`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any, Protocol

import peewee

from qbsync_desktop.cli_output import sanitise
from qbsync_desktop.core.export import PLAIN, CsvFormat, local_timestamp
from qbsync_desktop.core.i18n import english
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.sync.activity_log import (
    ActivityLog,
    RunRow,
    entry_cells,
    moved_words,
    write_activity_csv,
)

COMMAND = "activity"
OK = 0


class Speaks(Protocol):
    """The CLI's translator (cli_i18n.CliTranslator): Qt's argument order, marked texts,
    numbers with the language's grouping."""

    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...

    def marked(self, context: str, text: str, n: int = -1) -> str: ...

    def number(self, n: int) -> str: ...


class English:
    """The texts as written, when no translator is given."""

    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.marked(context, text, n)

    def marked(self, context: str, text: str, n: int = -1) -> str:
        return english(text, n) if n >= 0 else text

    def number(self, n: int) -> str:
        return f"{n:,}"


def add_parser(sub: Any) -> None:
    p = sub.add_parser(COMMAND, help="the sync runs of a profile: what moved and what failed")
    p.add_argument("--profile", required=True)
    p.add_argument("--run", type=int, help="the records of this run (its number)")
    p.add_argument("--limit", type=int, default=20, help="runs to list, newest first (20)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--csv", type=Path, help="write the records (of --run, or of every run)")


def run(
    args: argparse.Namespace,
    paths: AppPaths,
    out: Callable[[str], None],
    translate: Speaks | None = None,
) -> int:
    translate = translate or English()
    db_file = paths.database_file(args.profile)
    db = peewee.SqliteDatabase(str(db_file), pragmas={"busy_timeout": 10_000})
    try:
        log = ActivityLog(db) if db_file.exists() else None
        if args.csv is not None:
            locale = getattr(translate, "locale", None)  # the terminal's: ";" where "," is decimal
            fmt = CsvFormat.for_decimal_mark(locale.decimalPoint()) if locale else PLAIN
            n = write_activity_csv(log, args.csv, args.run, translate.marked, fmt) if log else 0
            said = translate("CliActivity", "Records written to {path}: %Ln", None, n)
            out(said.format(path=args.csv))
        elif args.json:
            out(json.dumps(_as_json(log, args), default=str))
        elif args.run is not None:
            _print_records(log, args.run, out, translate)
        else:
            _print_runs(log.runs(args.limit) if log else [], args.profile, out, translate)
        return OK
    finally:
        db.close()


def _as_json(log: ActivityLog | None, args: argparse.Namespace) -> dict[str, Any]:
    """Codes and English: for programs, whatever the terminal speaks."""
    if args.run is not None:
        entries = log.iter_entries(args.run) if log else iter(())
        records = [
            {**entry_cells(e), "action": e.action, "code": e.problem.code if e.problem else None}
            for e in entries
        ]
        return {"run": args.run, "records": records}
    runs = log.runs(args.limit) if log else []
    return {"runs": [{**asdict(r), "moved": [asdict(m) for m in r.moved]} for r in runs]}


def _print_runs(
    runs: list[RunRow], profile: str, out: Callable[[str], None], translate: Speaks
) -> None:
    if not runs:
        out(translate("CliActivity", "Profile {profile}: no syncs yet.").format(profile=profile))
        return
    n = translate.number
    for r in runs:
        line = translate(
            "CliActivity",
            "Sync {run} at {when}: {status}; new {created}, updated {updated}, matched "
            "{matched}, left out {excluded}, failed {failed}",
        ).format(
            run=r.id,
            when=local_timestamp(r.started_at),
            status=translate.marked("Activity", r.status_text),
            created=n(sum(r.created.values())),
            updated=n(sum(r.updated.values())),
            matched=n(r.matched),
            excluded=n(r.excluded),
            failed=n(r.failed),
        )
        out(line)
        for moved in r.moved:
            out("    " + moved_words(moved, translate.marked))


def _print_records(
    log: ActivityLog | None, run_id: int, out: Callable[[str], None], translate: Speaks
) -> None:
    entries = list(log.iter_entries(run_id)) if log else []
    if not entries:
        out(translate("CliActivity", "Sync {run} changed no record.").format(run=run_id))
        return
    for e in entries:
        cells = entry_cells(e, translate.marked)
        said = [local_timestamp(e.at), f"{cells['object']}: {cells['name']}", cells["what"]]
        said += [cells[k] for k in ("changes", "problem") if cells[k]]
        if cells["fix"]:
            said.append(translate("CliActivity", "Fix: {fix}").format(fix=cells["fix"]))
        out(sanitise(" — ".join(said)))  # names and values come from the services
