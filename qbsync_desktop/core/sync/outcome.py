"""What became of one planned pair in a run: the plan, each side's result, and what they
mean together (ids, problems, the link's new baseline), read in one place.

The writers (`apply.py`, `apply_hubspot.py`) only set their own side's `SideResult`, so
the order in which the services answer changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qbsync_desktop.core.sync.errors import Problem
from qbsync_desktop.core.sync.mapping import Values, match_key
from qbsync_desktop.core.sync.record import LinkRow
from qbsync_desktop.core.sync.vocabulary import PairPlan


@dataclass(slots=True)
class SideResult:
    """One writer's answer for one record: all a writer decides about an outcome."""

    id: str | None = None  # the record's id on that side (a create's new id)
    sync_token: str | None = None  # QBO: the record's SyncToken as the answer left it
    written: Values = field(default_factory=dict)  # the fields written, as sent
    problem: Problem | None = None  # why the write failed (None: it succeeded)


@dataclass(slots=True)
class Outcome:
    """What became of one planned pair: the plan plus each side's result."""

    pair: PairPlan
    start: Values  # the link's baseline before this run's writes, plus what both sides agree on
    hubspot: SideResult | None = None
    qbo: SideResult | None = None
    unsent: bool = False  # a cancel came before its batch went out: not recorded this run
    waiting: int = 0  # writers (0-2) still to answer for it; recorded when none is left
    saved_link: LinkRow | None = None  # the link as saved when a batch was answered

    @property
    def wrote_hubspot(self) -> bool:
        return self.hubspot is not None and self.hubspot.problem is None

    @property
    def wrote_qbo(self) -> bool:
        return self.qbo is not None and self.qbo.problem is None

    @property
    def hubspot_id(self) -> str | None:
        answered = self.hubspot.id if self.hubspot else None
        return answered or (self.pair.hubspot.id if self.pair.hubspot else None)

    @property
    def qbo_id(self) -> str | None:
        answered = self.qbo.id if self.qbo else None
        return answered or (self.pair.qbo.id if self.pair.qbo else None)

    @property
    def qbo_sync_token(self) -> str | None:
        """The QBO record's SyncToken after this run."""
        answered = self.qbo.sync_token if self.qbo else None
        return answered or (self.pair.qbo.sync_token if self.pair.qbo else None)

    @property
    def problems(self) -> list[Problem]:
        return [r.problem for r in (self.qbo, self.hubspot) if r is not None and r.problem]

    @property
    def baseline(self) -> Values:
        """The link's last-synced values: the start plus every field a side wrote."""
        values = dict(self.start)
        for result in (self.hubspot, self.qbo):
            if result is not None and result.problem is None:
                values.update(result.written)
        return values

    def link_row(self, key_field: str) -> LinkRow | None:
        """The link as this run leaves it (None while a side has no record): its key is the
        one both sides hold, from the baseline (a key change a service refused is not it)."""
        if not (self.hubspot_id and self.qbo_id):
            return None
        baseline = self.baseline
        key = match_key(baseline.get(key_field))
        return (self.hubspot_id, self.qbo_id, key, baseline, self.qbo_sync_token)


def wants_qbo(outcome: Outcome) -> bool:
    return bool(outcome.pair.to_qbo) or outcome.pair.qbo is None


def wants_hubspot(outcome: Outcome) -> bool:
    return outcome.pair.hubspot is None or bool(outcome.pair.to_hubspot)


def start_outcome(pair: PairPlan, old: Values | None) -> Outcome:
    baseline = dict(old or {})
    for key, value in pair.merged.items():
        if key not in pair.to_hubspot and key not in pair.to_qbo:
            baseline[key] = value
    return Outcome(pair, baseline)
