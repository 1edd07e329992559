"""The dry-run view of a plan: one row per record and side, with the fields that would change,
written to the plan file as the plan is decided (`PlanFile`)."""

from __future__ import annotations

import csv
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from qbsync_desktop.core.export import ENCODING, cell
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.problems import label
from qbsync_desktop.core.sync.vocabulary import PairPlan, Plan

PLAN_COLUMNS = (
    "object",
    "action",
    "side",
    "hubspot_id",
    "qbo_id",
    "name",
    "key",
    "changes",
    "conflicts",
    "category",
    "reason",
    "code",  # the problem as stored: a window words it in its own language
    "params",
    "field",
)

_ACTION_WORDS = {
    "create_quickbooks": ("create", "quickbooks"),
    "create_hubspot": ("create", "hubspot"),
    "match": ("match", ""),
    "unchanged": ("unchanged", ""),
}


def _changes(pair: PairPlan, side: str) -> str:
    values = pair.to_qbo if side == "quickbooks" else pair.to_hubspot
    before = pair.qbo if side == "quickbooks" else pair.hubspot
    parts = []
    for key, new in values.items():
        old = before.values.get(key) if before else None
        parts.append(f"{key}: {old or ''} -> {new or ''}")
    return "; ".join(parts)


def plan_rows(plan: Plan) -> Iterator[dict[str, Any]]:
    spec = objects.get(plan.object).spec
    for pair in plan.pairs:
        base = {
            "object": plan.object,
            "hubspot_id": pair.hubspot.id if pair.hubspot else "",
            "qbo_id": pair.qbo.id if pair.qbo else "",
            "name": pair.qbo_name if pair.qbo is None and pair.qbo_name else pair.label,
            "key": pair.merged.get(spec.match_key) or "",
            "conflicts": ", ".join(pair.conflicts),
            "category": "",
            "reason": "",
        }
        if pair.action in _ACTION_WORDS:
            action, side = _ACTION_WORDS[pair.action]
            changes = _changes(pair, side) if side else ""
            yield {**base, "action": action, "side": side, "changes": changes}
            continue
        for side in ("hubspot", "quickbooks"):
            if pair.to_hubspot if side == "hubspot" else pair.to_qbo:
                yield {**base, "action": "update", "side": side, "changes": _changes(pair, side)}
    for skip in plan.skips:
        rec = skip.record
        yield {
            "object": plan.object,
            "action": (skip.state == "failed" and "fail") or "exclude",
            "side": rec.side,
            "hubspot_id": rec.id if rec.side == "hubspot" else skip.other_id or "",
            "qbo_id": rec.id if rec.side == "quickbooks" else skip.other_id or "",
            "name": rec.label,
            "key": rec.values.get(spec.match_key) or "",
            "changes": "",
            "conflicts": "",
            "category": label(skip.problem.code),
            "reason": skip.problem.explanation,
            "code": skip.problem.code.value,
            "params": skip.problem.params_json(),
            "field": skip.problem.field or "",
        }


class PlanFile:
    """The plan CSV (see core.export) written as the plan is decided: each object's rows
    go to a part file of their own as its parts come (`add`), and the parts are joined
    into the plan file at the end (`finish`), so a run never holds its whole plan. The
    part files are anonymous temporary files: the system removes them, even after a crash.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.parts: dict[str, IO[str]] = {}
        self.rows = 0

    def add(self, plan: Plan) -> None:
        part = self.parts.get(plan.object)
        if part is None:
            # Open until `finish` joins it (or `close`): not one `with` block.
            part = tempfile.TemporaryFile("w+", newline="", encoding="utf-8")  # noqa: SIM115
            self.parts[plan.object] = part
        self.rows += _write_rows(csv.writer(part), [plan])

    def finish(self, plans: Iterable[Plan]) -> int:
        """Write the plan file: per object, in the order of `plans`, the rows `add` was
        given, or else (a type running its own sync) the rows of its plan there; returns
        the number of rows."""
        try:
            with open(self.target, "w", newline="", encoding=ENCODING) as out:
                writer = csv.writer(out)
                writer.writerow([cell(c) for c in PLAN_COLUMNS])
                for plan in plans:
                    if plan.object in self.parts:
                        _copy(self.parts.pop(plan.object), out)
                    else:
                        self.rows += _write_rows(writer, [plan])
                for part in self.parts.values():  # objects with no plan there: at the end
                    _copy(part, out)
        finally:
            self.close()
        return self.rows

    def close(self) -> None:
        for part in self.parts.values():
            part.close()
        self.parts = {}


def _copy(part: IO[str], out: IO[str]) -> None:
    part.seek(0)
    shutil.copyfileobj(part, out)
    part.close()


def _write_rows(writer: Any, plans: Iterable[Plan]) -> int:  # writer: a csv.writer
    n = 0
    for plan in plans:
        for row in plan_rows(plan):
            writer.writerow([cell(row.get(c)) for c in PLAN_COLUMNS])
            n += 1
    return n


def write_plan_csv(plans: Iterable[Plan], target: Path) -> int:
    """Write a plan held whole as CSV (see core.export); returns the number of rows."""
    return PlanFile(target).finish(plans)
