"""Planning: match, map, filter and decide, as pure functions over plain dataclasses.

The plan is what the engine applies and also what a dry-run shows. Nothing here
talks to a service or the database.
"""

from __future__ import annotations

from collections.abc import Iterable
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
    person_name,
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
    return errors.no_email() if spec.match_key == "email" else errors.no_sku()


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


class QboSide:
    """The QBO records of one object sync, classified once for matching (all in memory).

    Linked records hold their key first, so an unlinked duplicate is the odd one; a record a
    filter excludes keeps its key out of play on both sides (its counterpart must be neither
    created again nor overwritten through an upsert).
    """

    def __init__(
        self,
        spec: ObjectSpec,
        settings: ObjectSettings,
        qbo: Iterable[SideRecord],
        linked: set[str],
    ) -> None:
        self.by_id: dict[str, SideRecord] = {}
        self.free: dict[str, SideRecord] = {}
        self.filtered: dict[str, Problem] = {}
        self.held: dict[str, SideRecord] = {}
        self.skips: list[Skip] = []
        records = list(qbo)
        for rec in records:
            self.by_id[rec.id] = rec
            key = _key_of(spec, rec)
            if rec.id in linked and key:
                self.held.setdefault(key, rec)
        for rec in records:
            if rec.id in linked or not rec.active:
                continue  # unlinked inactive records are not ours to revive
            key = _key_of(spec, rec)
            if key is None:
                self.skips.append(Skip(rec, _missing_key(spec), "excluded"))
            elif (holder := self.free.get(key) or self.held.get(key)) is not None:
                dup = errors.duplicate_key(
                    _key_kind(spec), key, "quickbooks", holder.label or holder.id
                )
                self.skips.append(Skip(rec, dup, "failed"))
            elif (excluded := _filtered(settings, rec)) is not None:
                self.skips.append(Skip(rec, excluded, "excluded"))
                self.filtered[key] = excluded
            else:
                self.free[key] = rec


class Planner:
    """Plan one object sync page by page: the QBO side whole, then HubSpot a page at a time.

    A full read gets QBO's few big pages long before HubSpot's many small ones, so each
    HubSpot page is planned as it arrives (and its QBO writes can go out at once); what is
    left of the QBO side (records to create in HubSpot) and links whose HubSpot record never
    came (deleted there) are known only at `finish`. Across pages the planner keeps the QBO
    records still free to match, the display names taken so far (one growing set, so names
    stay unique across pages) and the keys earlier HubSpot pages used: a later HubSpot record
    with such a key fails as a duplicate naming the earlier one. Pure: no I/O.
    """

    def __init__(
        self,
        spec: ObjectSpec,
        settings: ObjectSettings,
        qbo: Iterable[SideRecord],
        links: Iterable[LinkInfo],
        *,
        existing_qbo_names: set[str] | None = None,
        complete: bool = True,
    ) -> None:
        self.spec = spec
        self.settings = settings
        self.fields = spec.fields(settings)
        self.complete = complete
        self.by_hs = {ln.hubspot_id: ln for ln in links}
        self.qbo = QboSide(spec, settings, qbo, {ln.qbo_id for ln in self.by_hs.values()})
        self.taken = {n.lower() for n in existing_qbo_names or ()}
        self.seen_hs: set[str] = set()
        self.claimed: dict[str, str] = {}  # key -> label of the earlier page's HubSpot record
        self._first = True

    def baseline(self, hubspot_id: str) -> Values | None:
        """The last-synced values of a linked HubSpot record."""
        link = self.by_hs.get(hubspot_id)
        return link.baseline if link is not None else None

    def page(self, hubspot: Iterable[SideRecord]) -> Plan:
        """Plan one page of HubSpot records (the first page also carries the QBO-side skips)."""
        spec, settings, fields, qbo = self.spec, self.settings, self.fields, self.qbo
        plan = Plan(spec.name)
        if self._first:
            plan.skips += qbo.skips
            self._first = False
        # Keys several HubSpot records share (SKUs are not unique there): unlinked ones fail.
        hs_list = list(hubspot)
        hs_by_key: dict[str, list[SideRecord]] = {}
        for rec in hs_list:
            if (k := _key_of(spec, rec)) is not None:
                hs_by_key.setdefault(k, []).append(rec)

        for rec in hs_list:
            self.seen_hs.add(rec.id)
            link = self.by_hs.get(rec.id)
            if link is not None:
                other = qbo.by_id.get(link.qbo_id)
                if other is None:
                    if self.complete:
                        gone = errors.deleted("quickbooks", _kind(spec))
                        plan.skips.append(Skip(rec, gone, "excluded", link.qbo_id))
                    continue
                if not other.active:
                    gone = errors.deleted("quickbooks", _kind(spec))
                    plan.skips.append(Skip(other, gone, "excluded", rec.id))
                    continue
                _pair(plan, fields, settings, rec, other, link.baseline, new_link=False)
                continue
            key = _key_of(spec, rec)
            if key is None:
                plan.skips.append(Skip(rec, _missing_key(spec), "excluded"))
                continue
            sharing = [r for r in hs_by_key.get(key, []) if r.id != rec.id]
            holder = self.claimed.get(key)
            if sharing or holder is not None:
                if holder is None:
                    first = next((r for r in sharing if r.id in self.by_hs), sharing[0])
                    holder = first.label or first.id
                problem = errors.duplicate_key(_key_kind(spec), key, "hubspot", holder)
                plan.skips.append(Skip(rec, problem, "failed"))
                if (other := qbo.free.pop(key, None)) is not None:
                    # Which HubSpot record it belongs to is unclear: it waits too (not created).
                    plan.skips.append(Skip(other, problem, "failed"))
                continue
            excluded = _filtered(settings, rec) or qbo.filtered.get(key)
            if excluded is not None:
                plan.skips.append(Skip(rec, excluded, "excluded"))
                other = qbo.free.pop(key, None)
                if other is not None:
                    plan.skips.append(Skip(other, excluded, "excluded", rec.id))
                continue
            match = qbo.free.pop(key, None)
            if match is not None:
                _pair(plan, fields, settings, rec, match, None, new_link=True)
            elif (held := qbo.held.get(key)) is not None:
                problem = errors.duplicate_key(
                    _key_kind(spec), key, "quickbooks", held.label or held.id
                )
                plan.skips.append(Skip(rec, problem, "failed"))
            elif settings.writes_to("quickbooks"):
                _create(plan, fields, rec, target="quickbooks")
        for key, recs in hs_by_key.items():
            if key not in self.claimed:
                first = next((r for r in recs if r.id in self.by_hs), recs[0])
                self.claimed[key] = first.label or first.id

        if spec.name == "contacts":
            assign_display_names(plan, settings, self.taken)
        else:
            for pair in plan.of("create_quickbooks"):
                pair.qbo_name = pair.merged.get("name")
        _validate(plan, fields)
        return plan

    def finish(self) -> Plan:
        """What only the end can tell: QBO records to create in HubSpot, deleted HubSpot ones."""
        plan = Plan(self.spec.name)
        if self._first:
            plan.skips += self.qbo.skips
            self._first = False
        if self.complete:
            for link in self.by_hs.values():
                if link.hubspot_id not in self.seen_hs and link.qbo_id in self.qbo.by_id:
                    rec = self.qbo.by_id[link.qbo_id]
                    gone = errors.deleted("hubspot", _kind(self.spec))
                    plan.skips.append(Skip(rec, gone, "excluded", link.hubspot_id))
        if self.settings.writes_to("hubspot"):
            for rec in self.qbo.free.values():
                _create(plan, self.fields, rec, target="hubspot")
            self.qbo.free.clear()
        _validate(plan, self.fields)
        return plan


def plan_sync(
    spec: ObjectSpec,
    settings: ObjectSettings,
    hubspot: Iterable[SideRecord],
    qbo: Iterable[SideRecord],
    links: Iterable[LinkInfo],
    *,
    existing_qbo_names: set[str] | None = None,
    complete: bool = True,
) -> Plan:
    """Plan one object sync with every HubSpot record in one page.

    `complete` says both record streams hold every record (a full read): then a linked
    record missing from its side was deleted. Incremental runs pass only what changed
    plus the counterparts of those changes, with complete=False.
    """
    planner = Planner(
        spec, settings, qbo, links, existing_qbo_names=existing_qbo_names, complete=complete
    )
    plan = planner.page(hubspot)
    plan.extend(planner.finish())
    return plan


def _key_kind(spec: ObjectSpec) -> str:
    return "email" if spec.match_key == "email" else "SKU"


def _kind(spec: ObjectSpec) -> str:
    return "contact" if spec.name == "contacts" else "product"


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
    plan.pairs.append(PairPlan(hs, qbo, to_hs, to_qbo, merged, new_link, conflicts))


def _create(plan: Plan, fields: list[FieldMap], rec: SideRecord, *, target: Side) -> None:
    values = {f.key: rec.values.get(f.key) for f in fields}
    written: Values = {k: v for k, v in values.items() if v is not None}
    if target == "quickbooks":
        plan.pairs.append(PairPlan(rec, None, to_qbo=written, merged=values, new_link=True))
    else:
        plan.pairs.append(PairPlan(None, rec, to_hubspot=written, merged=values, new_link=True))


def _validate(plan: Plan, fields: list[FieldMap]) -> None:
    """Values a service would refuse fail here, alone and named, before anything is sent."""
    keep: list[PairPlan] = []
    for pair in plan.pairs:
        bad = None
        if pair.to_qbo:
            values = dict(pair.to_qbo)
            bad = check_for_qbo(fields, values)
            if bad is None and pair.qbo_name is not None:
                bad = check_for_qbo(
                    [FieldMap("_name", "_name", _name_field(plan))], {"_name": pair.qbo_name}
                )
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


def _name_field(plan: Plan) -> str:
    return "DisplayName" if plan.object == "contacts" else "Name"


def display_name_for(values: Values, rule: str, taken: set[str], company_count: int) -> str:
    """The QBO display name of a new customer under the naming rule (SPEC.md 2.1).

    Default rule: the company name, or `Company (First Last)` when the company name alone
    would collide (another new contact of that company, or a name QBO already has).
    """
    person = person_name(values)
    company = values.get("company")
    email = values.get("email") or ""
    if company and rule != "person":
        if rule == "company_person" or company_count > 1 or company.lower() in taken:
            name = f"{company} ({person})" if person else f"{company} ({email})"
        else:
            name = company
    else:
        name = person or company or email
        if name.lower() in taken and email:
            name = f"{name} ({email})"
    base, n = name, 2
    while name.lower() in taken:
        name = f"{base} ({n})"
        n += 1
    return name


def assign_display_names(plan: Plan, settings: ObjectSettings, taken: set[str]) -> None:
    """Name the plan's new customers; `taken` (lower case) grows by the names given."""
    creates = plan.of("create_quickbooks")
    per_company: dict[str, int] = {}
    for pair in creates:
        company = (pair.merged.get("company") or "").lower()
        if company:
            per_company[company] = per_company.get(company, 0) + 1
    for pair in creates:
        company = (pair.merged.get("company") or "").lower()
        name = display_name_for(
            pair.merged, settings.naming_rule, taken, per_company.get(company, 0)
        )
        taken.add(name.lower())
        pair.qbo_name = name
