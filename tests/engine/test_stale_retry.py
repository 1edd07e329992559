"""A QBO update answered "stale" (5010) is re-read and retried within the same run.

The customer is edited in the QBO sandbox between the engine's read and its write (from the
run's own "Writing contacts" progress event), so the SyncToken the engine holds is old.
"""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Callable
from typing import Any

import httpx

from qbsync_desktop.core.store import RecordState, open_database
from tests.engine.conftest import Synced


def _qbo_base(synced: Synced) -> str:
    async def base() -> str:
        async with httpx.AsyncClient() as http:  # only to build the client; never used
            return synced.connections.clients(synced.profile, http)[1].base

    return asyncio.run(base())


def _editor(synced: Synced, customer_id: str, change: dict[str, Any]) -> Callable[[], None]:
    """Blocking sparse update of one customer, straight to the sandbox (as another user)."""
    base = _qbo_base(synced)
    tokens = synced.connections.credentials.load_tokens(synced.profile, "quickbooks")
    assert tokens is not None
    headers = {"Authorization": f"Bearer {tokens.access_token}", "Accept": "application/json"}

    def edit() -> None:
        with httpx.Client(headers=headers, timeout=30) as http:
            got = http.get(f"{base}/customer/{customer_id}")
            got.raise_for_status()
            current = got.json()["Customer"]
            body = {"Id": customer_id, "SyncToken": current["SyncToken"], "sparse": True, **change}
            http.post(f"{base}/customer", json=body).raise_for_status()

    return edit


def _linked_pair(synced: Synced) -> tuple[Any, dict[str, Any]]:
    customers = {
        (c.get("PrimaryEmailAddr") or {}).get("Address", "").lower(): c for c in synced.customers()
    }
    for contact in synced.contacts():
        email = (contact.properties.get("email") or "").lower()
        if email in customers and customers[email].get("Active", True):
            return contact, customers[email]
    raise AssertionError("the demo book has overlapping contacts")


def _run_editing(synced: Synced, edit: Callable[[], None], **kw: Any) -> Any:
    """Sync contacts; the QBO edit happens once, after the read, before the writes go out."""
    done: list[bool] = []

    def on_event(event: Any) -> None:
        if event.kind == "progress" and event.message == "Writing contacts" and not done:
            done.append(True)
            edit()

    from qbsync_desktop.core.sync.runner import run_sync

    summary = run_sync(
        synced.paths,
        synced.profile,
        synced.connections,
        on_event=on_event,
        objects=("contacts",),
        **kw,
    )
    assert done, "the write phase was reached"
    return summary


def _set_city(synced: Synced, contact_id: str, city: str) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_update("contacts", [{"id": contact_id, "properties": {"city": city}}])

    synced.api(go)


def _customer(synced: Synced, customer_id: str) -> dict[str, Any]:
    async def go(hubspot: Any, qbo: Any) -> dict[str, Any]:
        return await qbo.read("Customer", customer_id)  # type: ignore[no-any-return]

    return synced.api(go)  # type: ignore[no-any-return]


def _failed(synced: Synced) -> list[Any]:
    open_database(synced.paths.database_file(synced.profile))
    return list(RecordState.select().where(RecordState.state == "failed"))


def test_stale_update_is_reread_and_resent(synced: Synced) -> None:
    synced.sync()
    contact, customer = _linked_pair(synced)
    _set_city(synced, contact.id, "Stale Town")
    before = [r.id for r in _failed(synced)]

    summary = _run_editing(synced, _editor(synced, customer["Id"], {"Notes": "edited meanwhile"}))

    after = _customer(synced, customer["Id"])
    assert (after.get("BillAddr") or {}).get("City") == "Stale Town"  # our update got through
    assert after.get("Notes") == "edited meanwhile"  # the other edit was not lost (sparse)
    assert int(after["SyncToken"]) >= int(customer["SyncToken"]) + 2
    assert summary.updated["quickbooks"] >= 1
    assert [r.id for r in _failed(synced)] == before  # no new failure: retried in the run


def test_stale_update_keeps_qbo_value_when_qbo_wins(synced: Synced) -> None:
    synced.settings("contacts", conflict="quickbooks")
    synced.sync()
    contact, customer = _linked_pair(synced)
    _set_city(synced, contact.id, "From HubSpot")
    bill = {**(customer.get("BillAddr") or {}), "City": "From QuickBooks"}
    before = [r.id for r in _failed(synced)]

    plan_csv = synced.paths.data_dir / "plan.csv"
    _run_editing(synced, _editor(synced, customer["Id"], {"BillAddr": bill}), plan_csv=plan_csv)

    assert [r.id for r in _failed(synced)] == before  # settled in the run, not failed
    # The kept plan is the plan as planned: the writer dropping the city after its re-read
    # does not rewrite it.
    with plan_csv.open(newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["hubspot_id"] == contact.id]
    assert [(r["action"], r["side"]) for r in rows] == [("update", "quickbooks")]
    assert "-> From HubSpot" in rows[0]["changes"]
    # QBO's newer edit stands; the next run carries it to HubSpot.
    assert (_customer(synced, customer["Id"]).get("BillAddr") or {}).get("City") == (
        "From QuickBooks"
    )
    synced.sync()
    again = {c.id: c for c in synced.contacts()}[contact.id]
    assert again.properties.get("city") == "From QuickBooks"
    assert (_customer(synced, customer["Id"]).get("BillAddr") or {}).get("City") == (
        "From QuickBooks"
    )
