"""The dry-run view of a plan: one row per record and side, with the fields that would change."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from qbsync_desktop.core.export import write_dict_csv
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


def write_plan_csv(plans: Iterable[Plan], target: Path) -> int:
    """Write the dry-run plan as CSV (see core.export); returns the number of rows."""
    return write_dict_csv(target, PLAN_COLUMNS, (row for plan in plans for row in plan_rows(plan)))
