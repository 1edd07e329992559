"""Dry-run writes nothing; a run killed at several points finishes cleanly on restart."""

from __future__ import annotations

import asyncio
import csv
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.store import PendingWrite, SyncRun, open_database
from qbsync_desktop.core.sync.engine import Engine
from qbsync_desktop.core.sync.settings import SyncSettings
from tests.engine.conftest import Synced


def _norm(email: str | None) -> str | None:
    return email.strip().lower() if email else None


def _snapshot(synced: Synced) -> tuple[dict[str, Any], dict[str, str]]:
    hs = {c.id: (c.properties, c.updated_at) for c in synced.contacts()}
    qbo = {c["Id"]: c["SyncToken"] for c in synced.customers()}
    return hs, qbo


def test_dry_run_writes_nothing_and_exports_the_plan(synced: Synced, tmp_path: Path) -> None:
    before = _snapshot(synced)
    target = tmp_path / "plan.csv"
    summary, _ = synced.sync(dry_run=True, plan_csv=target)
    assert summary.dry_run
    assert _snapshot(synced) == before

    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    actions = {(r["action"], r["side"]) for r in rows}
    assert ("create", "quickbooks") in actions and ("create", "hubspot") in actions
    assert ("exclude", "hubspot") in actions
    assert any(r["action"] == "update" and "->" in r["changes"] for r in rows)

    db = open_database(synced.paths.database_file(synced.profile))
    try:
        assert SyncRun.get_by_id(summary.run_id).dry_run
    finally:
        db.close()

    real, _ = synced.sync()
    # The plan cannot see that a QBO vendor holds one new customer's name: that one fails.
    assert real.created["hubspot"] == summary.created["hubspot"]
    assert real.created["quickbooks"] == summary.created["quickbooks"] - 1
    assert real.failed == summary.failed + 1
    assert real.matched == summary.matched


class Killed(BaseException):
    """Stands for the process dying: nothing after it runs (not caught as an Exception)."""


class Dying:
    """Wraps a client; one named call dies before or after it reaches the service."""

    def __init__(self, real: Any, method: str, after_send: bool) -> None:
        self._real, self._method, self._after = real, method, after_send

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._real, name)
        if name != self._method:
            return attr

        if name.startswith("iter_"):  # a paging reader: die part-way through

            async def dying_iter(*args: Any, **kw: Any) -> Any:
                n = 0
                async for item in attr(*args, **kw):
                    yield item
                    n += 1
                    if n == 10:
                        raise Killed()

            return dying_iter

        async def dying(*args: Any, **kw: Any) -> Any:
            if self._after:
                await attr(*args, **kw)
            raise Killed()

        return dying


async def _engine_run(synced: Synced, kill: tuple[str, str, bool] | None) -> None:
    run = SyncRun.create(dry_run=False)
    async with httpx.AsyncClient(timeout=30) as http:
        hubspot, qbo = synced.connections.clients(synced.profile, http)
        if kill is not None:
            side, method, after = kill
            if side == "qbo":
                qbo = Dying(qbo, method, after)  # type: ignore[assignment]
            else:
                hubspot = Dying(hubspot, method, after)  # type: ignore[assignment]
        engine = Engine(hubspot, qbo, SyncSettings(), run.id)
        await engine.run(("contacts",))


@pytest.mark.parametrize(
    "kill",
    [
        ("qbo", "batch", False),  # recorded as pending, never reached QBO
        ("qbo", "batch", True),  # QBO created the customers, we never saw the answer
        ("hubspot", "batch_upsert", True),  # HubSpot created the contacts, answer lost
        ("hubspot", "list_objects", False),  # killed while reading
    ],
)
def test_killed_run_finishes_on_restart_without_duplicates(
    synced: Synced, kill: tuple[str, str, bool]
) -> None:
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        with pytest.raises(Killed):
            asyncio.run(_engine_run(synced, kill))
        asyncio.run(_engine_run(synced, None))
        assert PendingWrite.select().where(PendingWrite.status == "pending").count() == 0
    finally:
        db.close()

    contacts, customers = synced.contacts(), synced.customers()
    hs_emails = [_norm(c.properties.get("email")) for c in contacts if c.properties.get("email")]
    qbo_emails = [_norm((c.get("PrimaryEmailAddr") or {}).get("Address")) for c in customers]
    assert len(hs_emails) == len(set(hs_emails))
    assert len(qbo_emails) == len(set(qbo_emails))
    assert set(qbo_emails) - set(hs_emails) == set()
    assert set(hs_emails) - set(qbo_emails) == {"jordan.blake3@example.test"}

    # And the books are now in a steady state: another run writes nothing.
    summary, _ = synced.sync()
    assert summary.writes == 0 and summary.matched == 0
