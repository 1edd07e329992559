"""Finishing the writes a killed run recorded as pending (before any new planning)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboBatchItem, QboClient
from qbsync_desktop.core.store import PendingWrite
from qbsync_desktop.core.sync.mapping import ObjectSpec


async def recover_pending(
    qbo: QboClient,
    hubspot: HubSpotClient,
    spec: ObjectSpec,
    on_recovered: Callable[[str, dict[str, Any], dict[str, Any]], None],
) -> int:
    """Finish writes a killed run recorded but may not have completed.

    QBO batches are resent with their original requestid: QBO replays its first answer, so
    nothing is created twice. HubSpot upserts/updates are resent as they are. Returns how many
    pending writes were finished; raises if one still cannot be sent (the run must not plan
    on top of an unknown state).
    """
    finished = 0
    obj = spec.name
    rows = list(
        PendingWrite.select()
        .where((PendingWrite.object == obj) & (PendingWrite.status == "pending"))
        .order_by(PendingWrite.id)
    )
    for row in rows:
        payload = json.loads(row.payload)
        if row.side == "quickbooks":
            items = [QboBatchItem(**i) for i in payload["items"]]
            results = await qbo.batch(items, request_id=row.request_id)
            for result in results:
                ctx = payload["context"].get(result.bid)
                if ctx is not None and result.fault is None and result.entity:
                    on_recovered("quickbooks", ctx, result.entity)
        elif row.operation == "upsert":
            await hubspot.batch_upsert(
                spec.hubspot_type, payload["inputs"], id_property=spec.hubspot_unique
            )
        else:
            await hubspot.batch_update(spec.hubspot_type, payload["inputs"])
        row.status = "done"
        row.save()
        finished += 1
    return finished
