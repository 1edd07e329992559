"""Throttling, injected faults and dropped connections against the sandboxes over HTTP."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.connectors.errors import TransportFailure
from qbsync_desktop.core.connectors.qbo import QboBatchItem, new_request_id
from qbsync_desktop.core.connectors.ratelimit import limits_for
from qbsync_desktop.core.profiles import Service

from .conftest import PROFILE, connect_both, make_connections

SCALE = 10.0  # sandbox windows and our limiter both ten times shorter: same shape, less waiting


def _counts(sandboxes: Any, service: str) -> dict[str, Any]:
    data = sandboxes.control(service, "inspect")
    assert isinstance(data, dict)
    return data


async def test_own_limiter_keeps_under_the_limits(sandboxes: Any, tmp_path: Path) -> None:
    conns = make_connections(tmp_path, limits=lambda s: limits_for(s).scaled(SCALE))
    await connect_both(conns, sandboxes)
    for service in ("quickbooks", "hubspot"):
        sandboxes.control(service, "settings", {"time_scale": SCALE})
    async with httpx.AsyncClient() as http:
        hs, qbo = conns.clients(PROFILE, http)
        reads = [qbo.query("SELECT * FROM Customer MAXRESULTS 1") for _ in range(40)]
        lists = [hs.list_objects("contacts", ["email"], limit=1) for _ in range(130)]
        searches = [hs.search("contacts", [], ["email"], limit=1) for _ in range(12)]
        results = await asyncio.gather(*reads, *lists, *searches)
    assert len(results) == 182
    assert _counts(sandboxes, "quickbooks")["throttled"] == 0
    assert (
        conns.limiter(
            "quickbooks", conns.credentials.load_tokens(PROFILE, "quickbooks").account_id
        ).throttled
        == 0
    )  # type: ignore[union-attr]
    hs_id = conns.credentials.load_tokens(PROFILE, "hubspot").account_id  # type: ignore[union-attr]
    assert conns.limiter("hubspot", hs_id).throttled == 0


async def test_limiter_at_the_documented_limits_fills_qbo_windows_without_a_429(
    sandboxes: Any, tmp_path: Path
) -> None:
    # Our limiter has no safety margins (10 a second, 500 a minute, 40 batches a minute):
    # a burst that fills every QBO window, batches beside single calls, is never throttled.
    fast = 60.0  # QBO's minute lasts 1 s, its second 17 ms
    conns = make_connections(tmp_path, limits=lambda s: limits_for(s).scaled(fast))
    await connect_both(conns, sandboxes)
    sandboxes.control("quickbooks", "settings", {"time_scale": fast})
    before = _counts(sandboxes, "quickbooks")["throttled"]
    nothing = QboBatchItem("d0", "delete", "Customer", {"Id": "999999", "SyncToken": "0"})
    async with httpx.AsyncClient() as http:
        _, qbo = conns.clients(PROFILE, http)
        reads = [qbo.query("SELECT * FROM Customer MAXRESULTS 1") for _ in range(560)]
        batches = [qbo.batch([nothing]) for _ in range(50)]
        await asyncio.gather(*reads, *batches)
    limiter = qbo.transport.limiter
    assert _counts(sandboxes, "quickbooks")["throttled"] == before
    assert limiter.throttled == 0
    assert limiter.waited_s > 0  # the windows were full: the burst waited for them


async def test_throttled_by_the_service_yet_no_request_fails(
    sandboxes: Any, tmp_path: Path
) -> None:
    # No client-side windows: the sandboxes answer 429 and every request must still succeed.
    # QBO at real time (10/s; its 429 carries Retry-After); HubSpot ten times faster with a
    # small ten-secondly budget (its 429 has no Retry-After: we pause a scaled window).
    conns = make_connections(tmp_path, limits=lambda s: limits_for(s).scaled(SCALE).unlimited())
    await connect_both(conns, sandboxes)
    sandboxes.control(
        "hubspot", "settings", {"time_scale": SCALE, "extra": {"ten_secondly_limit": 15}}
    )
    async with httpx.AsyncClient() as http:
        hs, qbo = conns.clients(PROFILE, http)
        reads = [qbo.query("SELECT * FROM Customer MAXRESULTS 1") for _ in range(40)]
        lists = [hs.list_objects("contacts", ["email"], limit=1) for _ in range(60)]
        results = await asyncio.gather(*reads, *lists)
    assert len(results) == 100 and all(results)
    assert _counts(sandboxes, "quickbooks")["throttled"] > 0
    service: Service
    for service in ("quickbooks", "hubspot"):
        tokens = conns.credentials.load_tokens(PROFILE, service)
        assert tokens is not None
        assert conns.limiter(service, tokens.account_id).throttled > 0


async def test_faults_and_drops_every_write_lands_once(sandboxes: Any, tmp_path: Path) -> None:
    conns = make_connections(tmp_path, limits=lambda s: limits_for(s).scaled(SCALE))
    await connect_both(conns, sandboxes)
    q_before = _counts(sandboxes, "quickbooks")["counts"]["Customer"]
    for service in ("quickbooks", "hubspot"):
        sandboxes.control(
            service, "settings", {"fault_rate": 0.1, "drop_rate": 0.05, "time_scale": SCALE}
        )
    n = 60
    async with httpx.AsyncClient() as http:
        hs, qbo = conns.clients(PROFILE, http)

        async def write_customer(i: int) -> str:
            rid = new_request_id()  # kept with the pending write: same id on every retry
            created = await qbo.create(
                "Customer",
                {
                    "DisplayName": f"Fault Test {i:03d}",
                    "PrimaryEmailAddr": {"Address": f"fault{i}@example.com"},
                },
                rid,
            )
            return str(created["Id"])

        ids = await asyncio.gather(*(write_customer(i) for i in range(n)))
        inputs = [
            {"properties": {"email": f"upsert{i}@example.com", "firstname": f"U{i}"}}
            for i in range(n)
        ]
        for start in range(0, n, 20):
            result = await hs.batch_upsert("contacts", inputs[start : start + 20], "email")
            assert result.errors == [] and len(result.results) == 20

        for service in ("quickbooks", "hubspot"):
            sandboxes.control(service, "settings", {"fault_rate": 0.0, "drop_rate": 0.0})
        assert len(set(ids)) == n
        assert _counts(sandboxes, "quickbooks")["counts"]["Customer"] == q_before + n
        rows = await qbo.query("SELECT * FROM Customer WHERE DisplayName LIKE 'Fault Test%'")
        assert sorted(r["DisplayName"] for r in rows) == [f"Fault Test {i:03d}" for i in range(n)]
        emails = [o.properties.get("email") async for o in hs.iter_objects("contacts", ["email"])]
        upserted = [e for e in emails if e and e.startswith("upsert")]
        assert sorted(upserted) == sorted(f"upsert{i}@example.com" for i in range(n))


async def test_write_whose_answers_are_all_lost_is_repeated_later_without_duplicate(
    sandboxes: Any, tmp_path: Path
) -> None:
    """Every answer dropped (as if the app died after sending); a later run repeats it."""
    conns = make_connections(tmp_path)
    await connect_both(conns, sandboxes)
    before = _counts(sandboxes, "quickbooks")["counts"]["Customer"]
    rid = new_request_id()
    body = {"DisplayName": "Lost Answer Ltd"}
    sandboxes.control("quickbooks", "settings", {"drop_rate": 1.0})
    async with httpx.AsyncClient() as http:
        _, qbo = conns.clients(PROFILE, http)
        with pytest.raises(TransportFailure):
            await qbo.create("Customer", body, rid)
        sandboxes.control("quickbooks", "settings", {"drop_rate": 0.0})
        assert _counts(sandboxes, "quickbooks")["counts"]["Customer"] == before + 1
        created = await qbo.create("Customer", body, rid)  # same requestid: replayed
        assert created["DisplayName"] == "Lost Answer Ltd"
    counts = _counts(sandboxes, "quickbooks")
    assert counts["counts"]["Customer"] == before + 1
    assert counts["requests"]["requestid replays"] >= 1
