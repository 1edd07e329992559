"""Invoices deleted in HubSpot: shown on the record, never passed on (SPEC.md 2.3: nothing is
voided or deleted in the books because a HubSpot invoice went away).

HubSpot's search never returns archived invoices, so neither direction's read meets a
deleted one: each run checks whether an invoice it knows went (`archivals`: one search
while none did) and only then lists HubSpot's archived invoices (a call per 100 archived)
and marks the linked ones. QuickBooks deletions come with its change feed (inbound) or its
answer to an update (outbound) and are shown there.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.store import RecordState
from qbsync_desktop.core.store.raw import in_chunks
from qbsync_desktop.core.sync import archivals, errors, record
from qbsync_desktop.core.sync.invoices import store
from qbsync_desktop.core.sync.invoices.store import OBJECT, Outcome
from qbsync_desktop.core.sync.problems import Problem, ProblemCode

GONE_FROM_HUBSPOT = errors.deleted("hubspot", "invoice")


def _shown(hubspot_ids: list[str]) -> set[str]:
    """Those already shown as deleted in HubSpot (not recorded again on every run)."""
    out: set[str] = set()
    for part in in_chunks(hubspot_ids):
        rows = record.rows_query(RecordState, OBJECT, "hubspot_id", list(part))
        for row in rows.where(RecordState.code == ProblemCode.DELETED.value):
            if Problem.from_row(row.code, row.params, row.field) == GONE_FROM_HUBSPOT:
                out.add(str(row.hubspot_id))
    return out


def outcomes(archived: Iterable[str]) -> list[Outcome]:
    """The linked invoices among `archived` HubSpot ids, each shown as deleted there."""
    links = store.links_by_hubspot(archived)
    shown = _shown(sorted(links))
    out = []
    for hs_id, link in sorted(links.items()):
        if hs_id in shown:
            continue
        number = link.baseline.hs_number or link.baseline.qbo_number or None
        name = number or f"#{hs_id}"
        out.append(
            Outcome(hs_id, link.qbo_id, name, number, "excluded", GONE_FROM_HUBSPOT, "exclude")
        )
    return out


CREATED = "hs_createdate"  # the invoices' create time (hubspot.md 3.6)


async def deleted_in_hubspot(hubspot: HubSpotClient) -> list[Outcome]:
    """What to record for linked invoices archived in HubSpot since they were last shown;
    `recorded` once they are."""
    # Up to now: this comes after both directions read and wrote, and each noted the
    # invoices it may have linked (outbound's reads, inbound's creates); the check's own
    # search adds the newest live ones it does not know.
    check = archivals.Check(hubspot, OBJECT, OBJECT, CREATED)
    archived = [o.id for o in await check.archived(time.time())]
    return outcomes(archived) if archived else []


def recorded() -> None:
    """The run recorded what `deleted_in_hubspot` found: the invoices gone are not known."""
    archivals.commit(OBJECT)
