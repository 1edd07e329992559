"""The types every stage of a sync speaks: records as read, links, planned pairs, skips
and plans, plus the lines and references a record may carry.

Read, plan, write and record all use these; none of them does I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

from qbsync_desktop.core.sync.errors import Problem
from qbsync_desktop.core.sync.mapping import Values

Side = Literal["hubspot", "quickbooks"]
SIDES: tuple[Side, Side] = ("hubspot", "quickbooks")


def other_side(side: Side) -> Side:
    return "quickbooks" if side == "hubspot" else "hubspot"


@dataclass(slots=True)
class Reference:
    """A record's pointer to a record of another synced type (an invoice's customer, a
    line's item), by that record's id on this record's side. It resolves through the other
    type's links to the id on the other side."""

    object: str  # the referenced type's name: whose links resolve it
    side: Side  # the side `id` is on
    id: str
    resolved: str | None = None  # the id on the other side, once resolved


@dataclass(slots=True)
class Line:
    """One line of a record that has lines (an invoice's item lines): its own canonical
    values and its references (a line's item)."""

    values: Values
    references: dict[str, Reference] = field(default_factory=dict)


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
    lines: list[Line] = field(default_factory=list)  # types with lines (invoices)
    references: dict[str, Reference] = field(default_factory=dict)  # role -> referenced record

    def all_references(self) -> list[Reference]:
        """The record's own references and its lines', in order."""
        refs = list(self.references.values())
        for line in self.lines:
            refs += line.references.values()
        return refs


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

    def snapshot(self) -> PairPlan:
        """This pair as planned, in a copy later changes to the pair do not reach."""
        return replace(
            self,
            hubspot=_copy(self.hubspot),
            qbo=_copy(self.qbo),
            to_hubspot=dict(self.to_hubspot),
            to_qbo=dict(self.to_qbo),
            merged=dict(self.merged),
            conflicts=list(self.conflicts),
        )


def _copy(rec: SideRecord | None) -> SideRecord | None:
    return None if rec is None else replace(rec, values=dict(rec.values))


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

    def snapshot(self) -> Plan:
        """The plan as planned: kept apart from the pairs the writers go on to change."""
        return Plan(self.object, [p.snapshot() for p in self.pairs], list(self.skips))


class LinkLookup(Protocol):
    """The links of the referenced types (the store's link table, or memory in tests)."""

    def other_ids(self, obj: str, side: Side, ids: Iterable[str]) -> dict[str, str]:
        """id on `side` -> id on the other side, for the `ids` of `obj` that are linked."""
        ...


def resolve_references(records: Iterable[SideRecord], links: LinkLookup) -> list[Reference]:
    """Fill in every reference's id on the other side through the referenced type's links
    (one look-up per referenced type and side). Returns the references still unresolved:
    their parent is not linked (yet), so the record cannot be written to the other side."""
    refs = [ref for rec in records for ref in rec.all_references()]
    wanted: dict[tuple[str, Side], set[str]] = {}
    for ref in refs:
        wanted.setdefault((ref.object, ref.side), set()).add(ref.id)
    found = {
        (obj, side): links.other_ids(obj, side, sorted(ids)) for (obj, side), ids in wanted.items()
    }
    missing: list[Reference] = []
    for ref in refs:
        ref.resolved = found[(ref.object, ref.side)].get(ref.id)
        if ref.resolved is None:
            missing.append(ref)
    return missing
