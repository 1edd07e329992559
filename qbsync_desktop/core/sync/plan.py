"""Planning rules: match, map, filter and decide, as pure functions over the vocabulary.

`planner.py` walks the records (page by page) and calls these.

The plan is what the engine applies and also what a dry-run shows. Nothing here
talks to a service or the database.
"""

from __future__ import annotations

from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.errors import Problem
from qbsync_desktop.core.sync.mapping import (
    FieldMap,
    ObjectSpec,
    Values,
    check_for_hubspot,
    check_for_qbo,
    match_key,
    same,
)
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.vocabulary import PairPlan, Plan, Side, SideRecord, Skip


def key_of(spec: ObjectSpec, rec: SideRecord) -> str | None:
    return match_key(rec.values.get(spec.match_key))


def filtered_out(settings: ObjectSettings, rec: SideRecord) -> Problem | None:
    for f in settings.filters:
        if rec.side == "hubspot":
            value = rec.props.get(f.property, rec.values.get(f.property))
        elif f.property in rec.values:
            value = rec.values[f.property]
        else:
            continue  # the filter's property has no QBO counterpart
        if f.matches(value):
            return errors.filtered_by(f.property, f.op, f.value)
    return None


def merge(
    fields: list[FieldMap],
    hs: Values,
    qbo: Values,
    baseline: Values | None,
    settings: ObjectSettings,
) -> tuple[Values, Values, Values, list[str]]:
    """Field by field: the side that changed since the baseline wins; both -> the rule.

    Returns (write to HubSpot, write to QBO, merged values, conflicting keys).
    """
    to_hs: Values = {}
    to_qbo: Values = {}
    merged: Values = {}
    conflicts: list[str] = []
    for f in fields:
        k = f.key
        h, q = hs.get(k), qbo.get(k)
        if same(f.kind, h, q):
            merged[k] = h if h is not None else q
            continue
        if baseline is None or k not in baseline:
            # First comparison: fill blanks from the other side; real differences -> rule.
            winner = "quickbooks" if h is None else "hubspot" if q is None else settings.conflict
        else:
            b = baseline[k]
            h_changed, q_changed = not same(f.kind, h, b), not same(f.kind, q, b)
            if h_changed and not q_changed:
                winner = "hubspot"
            elif q_changed and not h_changed:
                winner = "quickbooks"
            else:
                winner = settings.conflict
                conflicts.append(k)
        target = "quickbooks" if winner == "hubspot" else "hubspot"
        if not settings.writes_to(target):
            # One-way sync: the other side's edit is left alone and not overwritten.
            merged[k] = baseline.get(k, h) if baseline else h
            continue
        if winner == "hubspot":
            to_qbo[k] = h
            merged[k] = h
        else:
            to_hs[k] = q
            merged[k] = q
    return to_hs, to_qbo, merged, conflicts


def add_pair(
    plan: Plan,
    fields: list[FieldMap],
    settings: ObjectSettings,
    hs: SideRecord,
    qbo: SideRecord,
    baseline: Values | None,
    *,
    new_link: bool,
) -> None:
    to_hs, to_qbo, merged, conflicts = merge(fields, hs.values, qbo.values, baseline, settings)
    plan.pairs.append(
        PairPlan(hs, qbo, to_hs, to_qbo, merged, new_link, conflicts, baseline=baseline)
    )


def add_create(plan: Plan, fields: list[FieldMap], rec: SideRecord, *, target: Side) -> None:
    values = {f.key: rec.values.get(f.key) for f in fields}
    written: Values = {k: v for k, v in values.items() if v is not None}
    if target == "quickbooks":
        plan.pairs.append(PairPlan(rec, None, to_qbo=written, merged=values, new_link=True))
    else:
        plan.pairs.append(PairPlan(None, rec, to_hubspot=written, merged=values, new_link=True))


def validate(spec: ObjectSpec, plan: Plan, fields: list[FieldMap]) -> None:
    """Values a service would refuse fail here, alone and named, before anything is sent."""
    keep: list[PairPlan] = []
    for pair in plan.pairs:
        bad = None
        if pair.to_qbo:
            values = dict(pair.to_qbo)
            bad = check_for_qbo(spec, fields, values)
            if bad is None and pair.qbo_name is not None:
                name_map = FieldMap("_name", "_name", spec.qbo_name_field)
                bad = check_for_qbo(spec, [name_map], {"_name": pair.qbo_name})
        if bad is None and pair.to_hubspot:
            bad = check_for_hubspot(fields, pair.to_hubspot)
        if bad is None:
            keep.append(pair)
            continue
        rec = pair.hubspot or pair.qbo
        assert rec is not None
        other = pair.qbo if rec is pair.hubspot else pair.hubspot
        plan.skips.append(Skip(rec, bad, "failed", other.id if other else None))
    plan.pairs = keep
