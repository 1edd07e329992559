"""Planning: match, map, filter and decide, as pure functions over plain dataclasses.

`planner.py` walks the records (page by page) and calls these.

The plan is what the engine applies and also what a dry-run shows. Nothing here
talks to a service or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

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
from qbsync_desktop.core.sync.settings import ObjectSettings

Side = Literal["hubspot", "quickbooks"]


@dataclass(slots=True)
class SideRecord:
    side: Side
    id: str
    values: Values  # canonical mapped values
    label: str  # how the status table names it
    sync_token: str | None = None  # QBO only
    active: bool = True
    qbo_name: str | None = None  # QBO DisplayName / Item Name
    props: dict[str, str | None] = field(default_factory=dict)  # HubSpot: filter properties


@dataclass(slots=True)
class LinkInfo:
    hubspot_id: str
    qbo_id: str
    baseline: Values
    qbo_sync_token: str | None = None
    match_key: str | None = None


@dataclass(slots=True)
class PairPlan:
    hubspot: SideRecord | None
    qbo: SideRecord | None
    to_hubspot: Values = field(default_factory=dict)
    to_qbo: Values = field(default_factory=dict)
    merged: Values = field(default_factory=dict)  # both sides' values after success
    new_link: bool = False
    conflicts: list[str] = field(default_factory=list)
    qbo_name: str | None = None  # QBO display name / item name on create
    baseline: Values | None = None  # the link's last-synced values (linked pairs)

    @property
    def action(self) -> str:
        if self.qbo is None:
            return "create_quickbooks"
        if self.hubspot is None:
            return "create_hubspot"
        if self.to_hubspot or self.to_qbo:
            return "update"
        return "match" if self.new_link else "unchanged"

    @property
    def label(self) -> str:
        rec = self.hubspot or self.qbo
        return rec.label if rec else ""


@dataclass(slots=True)
class Skip:
    record: SideRecord
    problem: Problem
    state: Literal["excluded", "failed"]
    other_id: str | None = None  # the linked record on the other side, if any


@dataclass
class Plan:
    object: str
    pairs: list[PairPlan] = field(default_factory=list)
    skips: list[Skip] = field(default_factory=list)

    def of(self, action: str) -> list[PairPlan]:
        return [p for p in self.pairs if p.action == action]

    def extend(self, other: Plan) -> None:
        self.pairs += other.pairs
        self.skips += other.skips


def _key_of(spec: ObjectSpec, rec: SideRecord) -> str | None:
    return match_key(rec.values.get(spec.match_key))


def _filtered(settings: ObjectSettings, rec: SideRecord) -> Problem | None:
    for f in settings.filters:
        if rec.side == "hubspot":
            value = rec.props.get(f.property, rec.values.get(f.property))
        elif f.property in rec.values:
            value = rec.values[f.property]
        else:
            continue  # the filter's property has no QBO counterpart
        if f.matches(value):
            return errors.filtered(f.describe())
    return None


def _missing_key(spec: ObjectSpec) -> Problem:
    return spec.missing_key()


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


def _key_kind(spec: ObjectSpec) -> str:
    return spec.key_noun


def _kind(spec: ObjectSpec) -> str:
    return spec.record_noun


def _pair(
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


def _create(plan: Plan, fields: list[FieldMap], rec: SideRecord, *, target: Side) -> None:
    values = {f.key: rec.values.get(f.key) for f in fields}
    written: Values = {k: v for k, v in values.items() if v is not None}
    if target == "quickbooks":
        plan.pairs.append(PairPlan(rec, None, to_qbo=written, merged=values, new_link=True))
    else:
        plan.pairs.append(PairPlan(None, rec, to_hubspot=written, merged=values, new_link=True))


def _validate(spec: ObjectSpec, plan: Plan, fields: list[FieldMap]) -> None:
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
        plan.skips.append(
            Skip(rec, errors.invalid_field(bad[0], bad[1]), "failed", other.id if other else None)
        )
    plan.pairs = keep


def __getattr__(name: str) -> object:
    # Transitional (issue 13): the window still imports display_name_for from here while it
    # moves to the object registry; the naming rule lives in objects/contacts.py.
    if name == "display_name_for":
        from qbsync_desktop.core.sync.objects import contacts

        return contacts.display_name_for
    raise AttributeError(name)
