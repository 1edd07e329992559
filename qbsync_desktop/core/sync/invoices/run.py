"""One run of invoice sync: outbound (HubSpot -> QuickBooks) and/or inbound, as the
direction says. Called by the engine in the invoices' level (`ObjectType.run`)."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from qbsync_desktop.core.sync.invoices import deletions, outbound_write, store
from qbsync_desktop.core.sync.invoices.inbound import sync_inbound
from qbsync_desktop.core.sync.invoices.outbound import sync_outbound
from qbsync_desktop.core.sync.invoices.outbound_pools import all_or_none
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.own_run import OwnRun
from qbsync_desktop.core.sync.vocabulary import Side


async def run_invoices(ctx: OwnRun, settings: ObjectSettings) -> None:
    out, into = settings.writes_to("quickbooks"), settings.writes_to("hubspot")
    # Outbound reads HubSpot's invoices, inbound QuickBooks'.
    read: dict[Side, bool] = {"hubspot": out, "quickbooks": into}
    sides = [side for side, reads in read.items() if reads]
    if not ctx.full and store.full_read_due(ctx.settings.reconcile_hours, sides):
        # Like the other types' daily reconcile: read whole now and then, so a change an
        # incremental read missed is found (an unchanged invoice writes nothing).
        ctx = replace(ctx, full=True, reconcile=True)
    if out and not ctx.dry_run:  # a killed run's writes first: linked before anything reads
        await outbound_write.recover(ctx.qbo, ctx.hubspot, ctx.run_id, ctx.summary)
    if out and into:
        # Both at once (different invoices, different directions), each side's writes after
        # the other direction read that side: inbound never meets an invoice outbound is
        # creating in QuickBooks as a new QuickBooks one, nor outbound one inbound is
        # creating in HubSpot (not linked yet) as a HubSpot-made one.
        qbo_read, hubspot_read = asyncio.Event(), asyncio.Event()
        outbound = sync_outbound(
            ctx, settings, recovered=True, before_writes=qbo_read.wait, on_read=hubspot_read.set
        )
        inbound = sync_inbound(ctx, settings, on_read=qbo_read.set, before_writes=hubspot_read.wait)
        await all_or_none([outbound, inbound])
    elif out:
        await sync_outbound(ctx, settings, recovered=True)
    elif into:
        await sync_inbound(ctx, settings)
    if not ctx.dry_run:
        gone = await deletions.deleted_in_hubspot(ctx.hubspot)
        ctx.summary.excluded += len(gone)
        store.record_outcomes(ctx.run_id, gone)
        deletions.recorded()
