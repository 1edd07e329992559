"""One run of invoice sync: outbound (HubSpot -> QuickBooks) and/or inbound, as the
direction says. Called by the engine in the invoices' level (`ObjectType.run`)."""

from __future__ import annotations

from dataclasses import replace

from qbsync_desktop.core.sync.invoices import deletions, store
from qbsync_desktop.core.sync.invoices.inbound import sync_inbound
from qbsync_desktop.core.sync.invoices.outbound import sync_outbound
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.own_run import OwnRun


async def run_invoices(ctx: OwnRun, settings: ObjectSettings) -> None:
    if not ctx.full and store.full_read_due(ctx.settings.reconcile_hours):
        # Like the other types' daily reconcile: read both sides whole now and then, so a
        # change an incremental read missed is found (an unchanged invoice writes nothing).
        ctx = replace(ctx, full=True, reconcile=True)
    # Outbound first: a HubSpot invoice sent now is linked before inbound reads QuickBooks'
    # changes, so inbound meets our own create as a HubSpot-made invoice, not a new one.
    if settings.writes_to("quickbooks"):
        await sync_outbound(ctx, settings)
    if settings.writes_to("hubspot"):
        await sync_inbound(ctx, settings)
    if not ctx.dry_run:
        gone = await deletions.deleted_in_hubspot(ctx.hubspot)
        ctx.summary.excluded += len(gone)
        store.record_outcomes(ctx.run_id, gone)
