"""Recording a run's results: links, record states, activity, and the summary's counts."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from qbsync_desktop.core.store.models import current_database
from qbsync_desktop.core.sync import record
from qbsync_desktop.core.sync.events import RunSummary
from qbsync_desktop.core.sync.mapping import ObjectSpec
from qbsync_desktop.core.sync.outcome import Outcome
from qbsync_desktop.core.sync.vocabulary import Plan


def count_plan(s: RunSummary, plan: Plan) -> None:
    """What a dry run would do, counted into the summary."""
    for pair in plan.pairs:
        if pair.action == "create_quickbooks":
            s.created["quickbooks"] += 1
        elif pair.action == "create_hubspot":
            s.created["hubspot"] += 1
        else:
            s.updated["hubspot"] += bool(pair.to_hubspot)
            s.updated["quickbooks"] += bool(pair.to_qbo)
            s.matched += pair.new_link
    for skip in plan.skips:
        if skip.state == "failed":
            s.failed += 1
        else:
            s.excluded += 1


def record_results(
    s: RunSummary,
    run_id: int,
    spec: ObjectSpec,
    plan: Plan,
    outcomes: list[Outcome],
    create_note: str | None = None,
) -> None:
    """Links, record states and activity of written outcomes and the plan's skips, in one
    transaction; counted into the summary. `create_note` is said in the activity of each
    record created in QBO (e.g. the income account an object type's hook chose)."""
    obj = spec.name
    links: list[record.LinkRow] = []
    states: list[dict[str, Any]] = []
    activities: list[dict[str, Any]] = []
    for o in outcomes:
        pair = o.pair
        key_value = pair.merged.get(spec.match_key)
        action = pair.action
        ids = {"hubspot_id": o.hubspot_id, "qbo_id": o.qbo_id}
        failed = bool(o.problems)
        wrote = o.wrote_hubspot or o.wrote_qbo
        row = o.link_row(spec.match_key) if not failed or wrote else None
        if row is not None and row != o.saved_link:  # else saved when its batch was answered
            links.append(row)
        state = {**ids, "name": pair.label, "match_key": key_value, "run_id": run_id}
        if failed:
            s.failed += 1
            states.append({**state, "state": "failed", "problem": o.problems[0]})
            activities.append(
                {
                    **ids,
                    "run_id": run_id,
                    "object": obj,
                    "direction": _direction(action, pair),
                    "action": "fail",
                    "problem": o.problems[0],
                }
            )
            continue
        if action == "create_quickbooks":
            s.created["quickbooks"] += 1
        elif action == "create_hubspot":
            s.created["hubspot"] += 1
        else:
            s.updated["hubspot"] += o.wrote_hubspot
            s.updated["quickbooks"] += o.wrote_qbo
            s.matched += pair.new_link
        states.append({**state, "state": "synced"})
        if action != "unchanged":
            note = create_note if action == "create_quickbooks" else None
            detail = ChangeDetail(dict(pair.to_hubspot), dict(pair.to_qbo), note).to_json()
            activities.append(
                {
                    **ids,
                    "run_id": run_id,
                    "object": obj,
                    "direction": _direction(action, pair),
                    "action": action,
                    "detail": detail,
                }
            )
    for skip in plan.skips:
        rec = skip.record
        if skip.state == "failed":
            s.failed += 1
        else:
            s.excluded += 1
        states.append(
            {
                "hubspot_id": rec.id if rec.side == "hubspot" else skip.other_id,
                "qbo_id": rec.id if rec.side == "quickbooks" else skip.other_id,
                "name": rec.label,
                "match_key": rec.values.get(spec.match_key),
                "state": skip.state,
                "run_id": run_id,
                "problem": skip.problem,
            }
        )
    with current_database().atomic():
        record.save_links(obj, links)
        record.set_states(obj, states)
        record.add_activities(activities)


@dataclass
class ChangeDetail:
    """What a written activity changed, kept as JSON in its `detail` column: the values
    sent to each side by field key (shortened) and the type's note on a create. The
    window words it ("Updated 2 fields in HubSpot: phone number, city") in the
    bookkeeper's language and shows the fields' own names only in the details."""

    to_hubspot: dict[str, str | None] = field(default_factory=dict)
    to_quickbooks: dict[str, str | None] = field(default_factory=dict)
    note: str | None = None

    def to_json(self) -> str:
        data = {
            "to_hubspot": _shortened(self.to_hubspot),
            "to_quickbooks": _shortened(self.to_quickbooks),
            **({"note": self.note} if self.note else {}),
        }
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | None) -> ChangeDetail | None:
        """The detail of a row this module wrote; None for older rows (plain text)."""
        try:
            data = json.loads(text or "")
        except ValueError:
            return None
        if not isinstance(data, dict) or "to_hubspot" not in data:
            return None
        sides = [
            {str(k): None if v is None else str(v) for k, v in dict(data.get(s) or {}).items()}
            for s in ("to_hubspot", "to_quickbooks")
        ]
        return cls(sides[0], sides[1], data.get("note") or None)


def _shortened(values: dict[str, str | None]) -> dict[str, str | None]:
    return {k: v if v is None or len(v) <= 60 else v[:57] + "..." for k, v in values.items()}


def _direction(action: str, pair: Any) -> str:
    if action == "create_quickbooks" or (pair.to_qbo and not pair.to_hubspot):
        return "to_quickbooks"
    if action == "create_hubspot" or pair.to_hubspot:
        return "to_hubspot"
    return "none"
