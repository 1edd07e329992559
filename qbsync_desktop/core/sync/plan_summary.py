"""A dry-run plan read as a summary: per object and side, how many records a sync would
create, update, match, leave out or fail on (issue 17), and which rows make each count.

Works on the plan's rows as `dryrun.plan_rows` yields them and its CSV holds (plain
dicts of text), so the window can summarise a plan file of any size in one pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.problems import Translate, as_marked, filter_condition
from qbsync_desktop.core.sync.settings import SyncSettings

SIDES = ("hubspot", "quickbooks")
# The summary's columns: a plan row's action, in the order a bookkeeper reads them.
ACTIONS = ("create", "update", "match", "exclude", "fail")
ACTION_WORDS = {
    "create": QT_TRANSLATE_NOOP("PlanSummary", "Create"),
    "update": QT_TRANSLATE_NOOP("PlanSummary", "Update"),
    "match": QT_TRANSLATE_NOOP("PlanSummary", "Match"),
    "unchanged": QT_TRANSLATE_NOOP("PlanSummary", "No change"),
    "exclude": QT_TRANSLATE_NOOP("PlanSummary", "Leave out"),
    "fail": QT_TRANSLATE_NOOP("PlanSummary", "Fail"),
}

Row = Mapping[str, str]


def sides_of(row: Row) -> tuple[str, ...]:
    """The sides a plan row counts on: a match links a record on each side; every other
    action happens on (or to a record of) one side."""
    if row.get("action") == "match":
        return SIDES
    side = row.get("side") or ""
    return (side,) if side in SIDES else ()


@dataclass
class ObjectPlan:
    """One object's counts: (action, side) -> records."""

    object: str
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def get(self, action: str, side: str) -> int:
        return self.counts[(action, side)]

    def total(self, action: str) -> int:
        """Records of one action over both sides (a match counted once: one pair)."""
        if action == "match":
            return self.counts[("match", SIDES[0])]
        return sum(self.counts[(action, side)] for side in SIDES)


def summarize(rows: Iterable[Row]) -> list[ObjectPlan]:
    """Per object, in plan order, what a plan's rows add up to."""
    out: dict[str, ObjectPlan] = {}
    for row in rows:
        obj = row.get("object") or ""
        plan = out.setdefault(obj, ObjectPlan(obj))
        for side in sides_of(row):
            plan.counts[(row.get("action") or "", side)] += 1
    return list(out.values())


def counted_in(row: Row, obj: str, action: str, side: str) -> bool:
    """Whether `row` is one of the records behind the count of (obj, action, side)."""
    return row.get("object") == obj and row.get("action") == action and side in sides_of(row)


def change_parts(changes: str) -> list[tuple[str, str, str]]:
    """A plan row's changes ("city: Paris -> Gouda; phone:  -> 555") as (field key, old,
    new); a part not in that form is kept whole as the key."""
    out = []
    for part in changes.split("; ") if changes else []:
        key, sep, values = part.partition(": ")
        old, arrow, new = values.partition(" -> ")
        out.append((key, old, new) if sep and arrow else (part, "", ""))
    return out


FILTER_LINE = QT_TRANSLATE_NOOP("PlanSummary", "{object}: leave out records where {condition}")


def filter_lines(settings: SyncSettings, say: Translate = as_marked) -> list[str]:
    """The filters of the syncs switched on, one line each, in words (`say` translates)."""
    out = []
    for kind in objects.all_types():
        chosen = settings.for_object(kind.name)
        if not chosen.enabled:
            continue
        for f in chosen.filters:
            condition = filter_condition(f.property, f.op, f.value, say)
            out.append(
                say("PlanSummary", FILTER_LINE).format(
                    object=say("Objects", kind.label), condition=condition
                )
            )
    return out
