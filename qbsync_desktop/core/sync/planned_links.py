"""What a dry run would link, for the types that refer to it (an invoice's contact and
items). A dry run writes no links, so without these a first preview said every invoice
would fail for want of a customer the real run links or creates before invoices go.

The engine notes each planned part of the objects some enabled type depends on; reference
lookups (`invoices.store.parent_links`) add them after the real links, only in a dry run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from qbsync_desktop.core.sync.vocabulary import Plan, Side

NEW = "new"  # the other side's id of a record the run would create (no id until then)


class PlannedLinks:
    """Planned links of `wanted` objects: per object and side, id -> the other side's id."""

    def __init__(self, wanted: Iterable[str]) -> None:
        self._links: dict[str, dict[Side, dict[str, str]]] = {
            name: {"hubspot": {}, "quickbooks": {}} for name in wanted
        }

    def note(self, plan: Plan) -> None:
        sides = self._links.get(plan.object)
        if sides is None:
            return
        for pair in plan.pairs:
            hs = pair.hubspot.id if pair.hubspot else None
            qbo = pair.qbo.id if pair.qbo else None
            if hs:
                sides["hubspot"][hs] = qbo or NEW
            if qbo:
                sides["quickbooks"][qbo] = hs or NEW

    def links(self, obj: str, side: Side, ids: Iterable[str]) -> dict[str, str]:
        planned = self._links.get(obj, {}).get(side, {})
        return {i: planned[i] for i in ids if i in planned}


_CURRENT: ContextVar[PlannedLinks | None] = ContextVar("planned_links", default=None)


@contextmanager
def planning(planned: PlannedLinks | None) -> Iterator[None]:
    """Within: reference lookups see `planned` (None: a real run, nothing planned)."""
    token = _CURRENT.set(planned)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def planned_links(obj: str, side: Side, ids: Iterable[str]) -> dict[str, str]:
    current = _CURRENT.get()
    return current.links(obj, side, ids) if current is not None else {}


def is_new(other_id: str | None) -> bool:
    """A placeholder for a record not made yet: nothing to read from the service."""
    return other_id == NEW
