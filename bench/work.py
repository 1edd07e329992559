"""What a bench sync had to do, and the lines that compare it with the honest floor.

The work is read from the services and the run's summary, never from the calls the
engine made: every record of the synced objects must be read on each side (an initial
sync cannot know which ones matter without reading them), and every entity the run
created or updated had to be written. Failed writes are left out (the floor stays a
lower bound).
"""

from __future__ import annotations

import httpx

from bench.floor import Floor, Work, floor_for
from qbsync_desktop.core.sync.events import RunSummary

# What the bench syncs (contacts and products), as each sandbox's inspect counts them.
HUBSPOT_OBJECTS = ("contacts", "products")
QBO_ENTITIES = ("Customer", "Item")


def records_in_book(hubspot_url: str, qbo_url: str) -> tuple[int, int]:
    """(QBO rows, HubSpot records) of the synced objects, from the sandboxes' inspect."""

    def counts(base_url: str) -> dict[str, int]:
        resp = httpx.get(f"{base_url}/_sandbox/inspect", timeout=60)
        resp.raise_for_status()
        return dict(resp.json()["counts"])

    qbo, hubspot = counts(qbo_url), counts(hubspot_url)
    return sum(qbo[e] for e in QBO_ENTITIES), sum(hubspot[o] for o in HUBSPOT_OBJECTS)


def work_of(qbo_read: int, hubspot_read: int, summary: RunSummary) -> Work:
    return Work(
        qbo_read=qbo_read,
        qbo_written=summary.created["quickbooks"] + summary.updated["quickbooks"],
        hubspot_read=hubspot_read,
        hubspot_written=summary.created["hubspot"] + summary.updated["hubspot"],
    )


def floor_report(work: Work, wall_s: float, time_scale: float) -> tuple[Floor, list[str]]:
    """The floor for `work` and the lines that print it beside our wall time."""
    floor = floor_for(work, time_scale)
    ratio = f"{wall_s / floor.seconds:.2f}" if floor.seconds > 0 else "n/a (floor 0)"
    return floor, [
        f"  work: QBO {work.qbo_read} rows read, {work.qbo_written} written;"
        f" HubSpot {work.hubspot_read} records read, {work.hubspot_written} written",
        f"  floor (documented limits, from the work) {floor.seconds:.1f} s"
        f" (QBO {floor.quickbooks_s:.1f} s, HubSpot {floor.hubspot_s:.1f} s);"
        f" ours {wall_s:.1f} s; ours/floor {ratio}",
    ]
