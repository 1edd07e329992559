"""HubSpot creates for QuickBooks-only customers go out while HubSpot's listing is still
being read (issue 15: both services busy from the start), never twice: not for the created
contact a later page lists, not for a contact someone adds in HubSpot during the run."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from qbsync_desktop.core.connectors.session import Connections
from tests.engine.conftest import PROFILE, Synced

LIST_PAGE = "/crm/v3/objects/contacts"
UPSERT = "/crm/v3/objects/contacts/batch/upsert"
READ = "/crm/v3/objects/contacts/batch/read"
SLOW_PAGE_S = 0.15  # a slow listing, as a big book's is (its pages come one after another)
SLOW_ANSWER_S = 1.0


def _bigger_book(synced: Synced) -> None:
    for service in ("hubspot", "quickbooks"):  # 600 contacts (6 list pages), 480 customers
        synced.sandboxes.control(service, "seed", {"size": 600, "seed": 7})


def _emails(rows: list[str | None]) -> list[str]:
    return [e.strip().lower() for e in rows if e]


def _no_duplicates(synced: Synced) -> tuple[list[str], list[str]]:
    contacts = _emails([c.properties.get("email") for c in synced.contacts()])
    customers = _emails(
        [(c.get("PrimaryEmailAddr") or {}).get("Address") for c in synced.customers()]
    )
    assert len(contacts) == len(set(contacts))
    assert len(customers) == len(set(customers))
    return contacts, customers


def test_first_hubspot_create_goes_out_before_the_last_hubspot_page(synced: Synced) -> None:
    _bigger_book(synced)
    customers_before = _emails(
        [(c.get("PrimaryEmailAddr") or {}).get("Address") for c in synced.customers()]
    )
    contacts_before = set(_emails([c.properties.get("email") for c in synced.contacts()]))
    qbo_only = [e for e in set(customers_before) if e not in contacts_before]
    sent: list[str] = []

    async def slow_listing(request: httpx.Request) -> None:
        path = request.url.path
        if path in (LIST_PAGE, UPSERT):
            sent.append(path)
        if path == LIST_PAGE and request.method == "GET":
            await asyncio.sleep(SLOW_PAGE_S)

    async def late_answer(response: httpx.Response) -> None:
        # The created contacts are listed before their creates' answers are taken in (so
        # before their links exist): they must still be known as the run's own.
        if response.request.url.path == UPSERT:
            await asyncio.sleep(SLOW_ANSWER_S)

    with synced.watching(slow_listing, late_answer):
        summary, _ = synced.sync()

    assert len(qbo_only) > 100  # more than one batch of creates
    assert sent.count(LIST_PAGE) >= 6
    first_create = sent.index(UPSERT)
    last_page = len(sent) - 1 - sent[::-1].index(LIST_PAGE)
    assert first_create < last_page, sent
    # Each QuickBooks-only customer created once; the created contacts a later page listed
    # are neither created in QuickBooks again nor failed as duplicates.
    assert summary.created["hubspot"] == len(qbo_only)
    assert summary.failed <= 1  # the demo book's vendor-name clash
    contacts, customers = _no_duplicates(synced)
    assert set(qbo_only) <= set(contacts)
    assert len(customers) == len(set(customers_before)) + summary.created["quickbooks"]
    again, _ = synced.sync()
    assert again.writes == 0 and again.failed <= 1


def test_contact_added_in_hubspot_during_the_run_is_not_doubled(synced: Synced) -> None:
    _bigger_book(synced)
    other = Connections(synced.connections.profiles, synced.connections.credentials)
    added: list[str] = []

    def add_contact(email: str) -> None:
        async def add() -> None:
            async with httpx.AsyncClient(timeout=30) as http:
                hubspot, _ = other.clients(PROFILE, http)
                props = {"email": email, "firstname": "Added", "lastname": "Meanwhile"}
                await hubspot.batch_create("contacts", [{"properties": props}])

        asyncio.run(add())

    async def slow_listing(request: httpx.Request) -> None:
        if request.url.path == LIST_PAGE and request.method == "GET":
            await asyncio.sleep(SLOW_PAGE_S)

    async def after_read(response: httpx.Response) -> None:
        # Between the look-up that found no contact for these emails and their creates,
        # someone adds a contact in HubSpot holding one of them.
        if response.request.url.path != READ or added:
            return
        await response.aread()
        missing: list[Any] = []
        for error in response.json().get("errors") or []:
            missing += (error.get("context") or {}).get("ids") or []
        if missing:
            added.append(str(missing[0]).strip().lower())
            await asyncio.to_thread(add_contact, added[0])

    with synced.watching(slow_listing, after_read):
        summary, _ = synced.sync()

    assert added, "no look-up found a QuickBooks-only customer"
    contacts, customers = _no_duplicates(synced)
    assert contacts.count(added[0]) == 1 and customers.count(added[0]) == 1
    assert summary.failed <= 1
    linked = {c.properties["email"].lower(): q for c, q in synced.linked_contacts()}
    assert added[0] in linked
    again, _ = synced.sync()
    assert again.writes == 0 and again.failed <= 1
