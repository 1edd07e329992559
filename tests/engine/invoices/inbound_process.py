"""One inbound invoice pass as its own OS process, for the kill-and-restart test:
`python -m tests.engine.invoices.inbound_process PROFILE` (paths and keyring from the
environment, as the CLI takes them). Prints the summary's counts when it finishes."""

from __future__ import annotations

import asyncio
import sys

import httpx

from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profile_migration import open_profiles
from qbsync_desktop.core.store import SyncRun, open_database
from qbsync_desktop.core.sync.events import RunSummary
from qbsync_desktop.core.sync.invoices.inbound import sync_inbound
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from tests.engine.invoices.inbound_support import own_run


async def _run(connections: Connections, profile: str) -> RunSummary:
    async with httpx.AsyncClient(timeout=30) as http:
        hubspot, qbo = connections.clients(profile, http)
        run = own_run(hubspot, qbo, SyncRun.create().id)
        await sync_inbound(run, ObjectSettings(direction="to_hubspot"))
        return run.summary


def main(profile: str) -> None:
    paths = AppPaths.default().ensure()
    profiles, credentials, _ = open_profiles(paths, None)
    db = open_database(paths.database_file(profile))
    try:
        summary = asyncio.run(_run(Connections(profiles, credentials), profile))
    finally:
        db.close()
    print(f"created {summary.created['hubspot']} failed {summary.failed}")


if __name__ == "__main__":
    main(sys.argv[1])
