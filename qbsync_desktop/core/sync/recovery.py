"""Finishing the writes a killed run recorded as pending (before any new planning)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboBatchItem, QboClient
from qbsync_desktop.core.store import PendingWrite
from qbsync_desktop.core.sync import record
from qbsync_desktop.core.sync.mapping import ObjectSpec
from qbsync_desktop.core.sync.refusals import final_refusal, send_apart

log = logging.getLogger(__name__)


async def recover_pending(
    qbo: QboClient,
    hubspot: HubSpotClient,
    spec: ObjectSpec,
    on_recovered: Callable[[str, dict[str, Any], dict[str, Any]], None],
) -> int:
    """Finish writes a killed run recorded but may not have completed.

    QBO batches are resent with their original requestid: QBO replays its first answer, so
    nothing is created twice. HubSpot upserts/updates are resent as they are. Returns how many
    records those writes finished. A write the service now refuses for good is settled as
    refused (a HubSpot batch is sent apart, so the other records in it still go through):
    resending it unchanged could never succeed (the record keeps the failure its run
    recorded, and syncs again once edited). Raises only when a service cannot be reached
    or signed in to (the run must not plan on top of an unknown state).
    """
    rows = list(
        PendingWrite.select()
        .where((PendingWrite.object == spec.name) & (PendingWrite.status == "pending"))
        .order_by(PendingWrite.id)
    )
    finished = 0
    for row in rows:
        if row.side == "quickbooks":
            done, refused = await _resend_qbo(qbo, row, on_recovered)
        else:
            done, refused = await _resend_hubspot(hubspot, spec, row)
        finished += done
        row.status = "refused" if refused else "done"
        row.save()
    return finished


def _log_refused(row: PendingWrite, exc: BaseException) -> None:
    log.warning("%s %s: a resent write was refused for good: %s", row.object, row.side, exc)


async def _resend_qbo(
    qbo: QboClient,
    row: PendingWrite,
    on_recovered: Callable[[str, dict[str, Any], dict[str, Any]], None],
) -> tuple[int, bool]:
    """(records finished, whether QBO refused the batch)."""
    payload = json.loads(row.payload)
    items = [QboBatchItem(**i) for i in payload["items"]]
    try:
        send = qbo.singles if row.operation == "singles" else qbo.batch  # the pool it went by
        results = await send(items, request_id=row.request_id)
    except Exception as exc:
        if not final_refusal(exc):
            raise
        # Items fail one by one inside a QBO batch: a refusal of the whole request is not
        # about one record, and nothing in it was done.
        _log_refused(row, exc)
        return 0, True
    finished = 0
    for result in results:
        ctx = payload["context"].get(result.bid)
        if ctx is not None and result.fault is None and result.entity:
            on_recovered("quickbooks", ctx, result.entity)
            finished += 1
    return finished, False


async def _resend_hubspot(
    hubspot: HubSpotClient, spec: ObjectSpec, row: PendingWrite
) -> tuple[int, bool]:
    """(records finished, whether HubSpot refused any of them). Its records are marked for
    a retry: this run plans them again, so each records its real state (a refusal that
    stands becomes that record's failure; a record fixed meanwhile syncs).
    """
    payload = json.loads(row.payload)
    inputs: list[dict[str, Any]] = payload["inputs"]
    # Whose each input is (older pending writes say so for updates only: the id).
    records = payload.get("records") or [
        [i.get("id") if row.operation == "update" else None, None] for i in inputs
    ]
    refused: list[tuple[dict[str, Any], list[str | None]]] = []

    async def resend(part: list[tuple[dict[str, Any], list[str | None]]]) -> None:
        sent = [i for i, _ in part]
        if row.operation == "upsert":
            await hubspot.batch_upsert(spec.hubspot_type, sent, id_property=spec.hubspot_unique)
        else:
            await hubspot.batch_update(spec.hubspot_type, sent)

    def refuse(item: tuple[dict[str, Any], list[str | None]], exc: BaseException) -> None:
        _log_refused(row, exc)
        refused.append(item)

    await send_apart(list(zip(inputs, records, strict=True)), resend, refuse)
    record.mark_for_retry(
        spec.name,
        hubspot_ids=[ids[0] for ids in records if ids[0]],
        qbo_ids=[ids[1] for ids in records if ids[1]],
    )
    return len(inputs) - len(refused), bool(refused)
