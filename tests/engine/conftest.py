"""Engine tests: a profile connected to both sandboxes over real loopback HTTP."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.core.store import RecordState, open_database
from qbsync_desktop.core.sync.events import RunSummary, SyncEvent
from qbsync_desktop.core.sync.runner import run_sync
from tests.support.browser import play_browser
from tests.support.keyrings import memory_credentials
from tests.support.sandboxes import RunningSandboxes

PROFILE = "Test Books"


@dataclass
class Synced:
    """A connected profile plus helpers to run the sync and look at both services."""

    paths: AppPaths
    connections: Connections
    sandboxes: RunningSandboxes
    profile: str = PROFILE

    def sync(self, **kw: Any) -> tuple[RunSummary, list[SyncEvent]]:
        events: list[SyncEvent] = []
        kw.setdefault("objects", ("contacts",))  # most tests look at contacts alone
        summary = run_sync(self.paths, self.profile, self.connections, on_event=events.append, **kw)
        return summary, events

    @contextmanager
    def watching(
        self,
        hook: Callable[[httpx.Request], Awaitable[None]],
        on_response: Callable[[httpx.Response], Awaitable[None]] | None = None,
    ) -> Iterator[None]:
        """Pass every request the profile's HTTP clients send to `hook` (and every answer
        to `on_response`) while inside."""
        original = self.connections.http_factory

        def factory() -> httpx.AsyncClient:
            client = original()
            client.event_hooks["request"].append(hook)
            if on_response is not None:
                client.event_hooks["response"].append(on_response)
            return client

        self.connections.http_factory = factory
        try:
            yield
        finally:
            self.connections.http_factory = original

    @contextmanager
    def database(self) -> Iterator[None]:
        """The profile's database open while inside (to look at links, states, pending)."""
        db = open_database(self.paths.database_file(self.profile))
        try:
            yield
        finally:
            db.close()

    def state(self, obj: str, *, hubspot_id: str | None = None, qbo_id: str | None = None) -> Any:
        """One record's state row, found by either side's id."""
        column, value = (
            (RecordState.hubspot_id, hubspot_id) if hubspot_id else (RecordState.qbo_id, qbo_id)
        )
        with self.database():
            return RecordState.get((RecordState.object == obj) & (column == value))

    def settings(self, obj: str, **values: Any) -> None:
        profiles = self.connections.profiles
        prof = profiles.require(self.profile)
        objects = prof.sync.setdefault("objects", {})
        objects.setdefault(obj, {}).update(values)
        profiles.save(prof)

    async def _api(self, fn: Any) -> Any:
        async with httpx.AsyncClient(timeout=30) as http:
            hubspot, qbo = self.connections.clients(self.profile, http)
            return await fn(hubspot, qbo)

    def api(self, fn: Any) -> Any:
        """Run `fn(hubspot_client, qbo_client)` (async) and return its result."""
        return asyncio.run(self._api(fn))

    def contacts(self) -> list[Any]:
        async def read(hubspot: Any, qbo: Any) -> list[Any]:
            props = ["email", "firstname", "lastname", "company", "phone", "city"]
            return [o async for o in hubspot.iter_objects("contacts", props)]

        return self.api(read)  # type: ignore[no-any-return]

    def customers(self) -> list[dict[str, Any]]:
        async def read(hubspot: Any, qbo: Any) -> list[dict[str, Any]]:
            return [c async for c in qbo.iter_query("Customer")]

        return self.api(read)  # type: ignore[no-any-return]

    def linked_contacts(self) -> list[tuple[Any, dict[str, Any]]]:
        """(HubSpot contact, QBO customer) pairs holding the same email, after a sync."""
        by_email = {
            _norm((c.get("PrimaryEmailAddr") or {}).get("Address")): c for c in self.customers()
        }
        found = []
        for contact in sorted(self.contacts(), key=lambda c: int(c.id)):
            customer = by_email.get(_norm(contact.properties.get("email")))
            if customer is not None:
                found.append((contact, customer))
        return found

    def edit_customer(self, customer_id: str, **fields: Any) -> dict[str, Any]:
        """A sparse update of one QBO customer on its current SyncToken."""

        async def edit(hubspot: Any, qbo: Any) -> dict[str, Any]:
            fresh = await qbo.read("Customer", customer_id)
            body = {"Id": customer_id, "SyncToken": fresh["SyncToken"], **fields}
            return await qbo.update(  # type: ignore[no-any-return]
                "Customer", body, request_id=uuid.uuid4().hex
            )

        return self.api(edit)  # type: ignore[no-any-return]

    def edit_contact(self, contact_id: str, **properties: Any) -> None:
        async def edit(hubspot: Any, qbo: Any) -> None:
            await hubspot.batch_update("contacts", [{"id": contact_id, "properties": properties}])

        self.api(edit)


def _norm(email: str | None) -> str | None:
    return email.strip().lower() if email else None


async def _connect(connections: Connections, sandboxes: RunningSandboxes) -> None:
    for service, info in (("hubspot", sandboxes.hubspot), ("quickbooks", sandboxes.quickbooks)):
        await connections.connect(
            PROFILE,
            service,  # type: ignore[arg-type]
            lambda url: asyncio.to_thread(play_browser, url),
            base_url=info.base_url,
            client_id=info.client_id,
            client_secret=info.client_secret,
            timeout_s=30,
        )


@pytest.fixture
def synced(sandboxes: RunningSandboxes, tmp_path: Path) -> Synced:
    paths = AppPaths.under(tmp_path / "app").ensure()
    connections = Connections(ProfileStore(paths.profiles_file), memory_credentials())
    asyncio.run(_connect(connections, sandboxes))
    return Synced(paths, connections, sandboxes)
