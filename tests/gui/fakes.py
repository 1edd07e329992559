"""Injected stand-ins for the GUI tests that do not need the real services.

`FakeConnections` answers like `core.connectors.session.Connections` (it calls the
injected browser like the real flow does); `FakeRunner` writes record states into the
real store, like the engine, and reports events from its worker thread.
"""

from __future__ import annotations

import asyncio
import csv
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qbsync_desktop.core.connectors.session import Disconnected
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.store import RecordState, SyncRun, open_database
from qbsync_desktop.core.store.queries import with_words
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.dryrun import PLAN_COLUMNS
from qbsync_desktop.core.sync.events import Cancelled, CancelToken, RunSummary, SyncEvent
from qbsync_desktop.core.sync.record import problem_columns


@dataclass
class FakeAccount:
    service: str
    account_id: str
    name: str
    details: dict[str, str] = field(default_factory=dict)
    missing_scopes: list[str] = field(default_factory=list)


class FakeConnections:
    def __init__(self) -> None:
        self.connected: dict[tuple[str, str], FakeAccount] = {}
        self.opened: list[str] = []
        self.connect_calls: list[dict[str, Any]] = []
        self.release = asyncio.Event  # type only; a fresh event is made per connect
        self.block_connect = False
        self.revoke_unconfirmed = False  # the service did not confirm it withdrew access
        self._gate: asyncio.Event | None = None

    async def connect(
        self,
        profile: str,
        service: str,
        open_browser: Callable[[str], object],
        *,
        base_url: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        timeout_s: float = 300.0,
    ) -> FakeAccount:
        self.connect_calls.append(
            {"profile": profile, "service": service, "base_url": base_url, "client_id": client_id}
        )
        open_browser(f"https://example.test/authorize?service={service}")
        self.opened.append(service)
        if self.block_connect:
            self._gate = asyncio.Event()
            await self._gate.wait()  # cancelled by the window's Cancel button
        if service == "hubspot":
            info = FakeAccount(service, "4455667", "demo.hubspot.test", {"Portal id": "4455667"})
        else:
            info = FakeAccount(service, "9130", "Sandbox Company_US_1", {"Country": "US"})
        self.connected[(profile, service)] = info
        return info

    async def disconnect(self, profile: str, service: str) -> Disconnected:
        self.connected.pop((profile, service), None)
        if self.revoke_unconfirmed:
            return Disconnected(False, True, f"{service} could not confirm <b>the revoke</b>.")
        return Disconnected(True, True, f"Disconnected {service}.")

    async def account_info(self, profile: str, service: str) -> FakeAccount:
        return self.connected[(profile, service)]

    def is_connected(self, profile: str, service: str) -> bool:
        return (profile, service) in self.connected


ROWS: list[dict[str, Any]] = [
    {
        "object": "contacts",
        "name": "Ada Lovelace",
        "match_key": "ada@example.com",
        "state": "synced",
        "hubspot_id": "101",
        "qbo_id": "1",
    },
    {
        "object": "contacts",
        "name": "Jordan Blake",
        "match_key": "jordan@blake.example",
        "state": "failed",
        "hubspot_id": "102",
        **problem_columns(
            errors.explain_qbo_fault("6240", name="Blake & Co", holder="customer 7 (Blake & Co)")
        ),
    },
    {
        "object": "contacts",
        "name": "No Mail",
        "match_key": None,
        "state": "excluded",
        "hubspot_id": "103",
        **problem_columns(errors.no_email()),
    },
]


class FakeRunner:
    """Plays the engine: events from a worker thread, rows into the real store."""

    def __init__(self, rows: Sequence[dict[str, Any]] = ROWS, steps: int = 5) -> None:
        self.rows = list(rows)
        self.steps = steps
        self.calls: list[dict[str, Any]] = []
        self.gate: threading.Event | None = None  # when set, the run waits for it
        self.threads: list[str] = []
        self.marked: list[list[tuple[str, str | None]]] = []  # records marked for retry, per run

    def __call__(
        self,
        paths: AppPaths,
        profile: str,
        connections: Any,
        *,
        objects: Sequence[str] = ("contacts",),
        dry_run: bool = False,
        on_event: Callable[[SyncEvent], None] = lambda e: None,
        cancel: CancelToken | None = None,
        plan_csv: Path | None = None,
        settings: Any = None,
    ) -> RunSummary:
        self.calls.append(
            {
                "profile": profile,
                "objects": tuple(objects),
                "dry_run": dry_run,
                "plan": plan_csv,
                "settings": settings,
            }
        )
        self.threads.append(threading.current_thread().name)
        db = open_database(paths.database_file(profile))
        marked = RecordState.select().where(RecordState.retry == True)  # noqa: E712
        self.marked.append(sorted((r.object, r.hubspot_id) for r in marked))
        run = SyncRun.create(dry_run=dry_run)
        on_event(SyncEvent("started", "contacts", message="Reading contacts"))
        for i in range(self.steps):
            if self.gate is not None:
                self.gate.wait(10)
            if cancel is not None and cancel.cancelled:
                run.status = "cancelled"
                run.save()
                raise Cancelled()
            on_event(SyncEvent("progress", "contacts", done=i + 1, total=self.steps))
        if not dry_run:  # like the engine: a dry run records nothing
            with db.atomic():
                RecordState.delete().execute()
                for row in self.rows:
                    RecordState.create(run_id=run.id, **row)
        failed = sum(1 for r in self.rows if r["state"] == "failed")
        excluded = sum(1 for r in self.rows if r["state"] == "excluded")
        summary = RunSummary(
            run.id,
            {"hubspot": 0, "quickbooks": 1},
            matched=1,
            excluded=excluded,
            failed=failed,
            dry_run=dry_run,
        )
        import datetime as dt

        run.status = "ok"
        run.finished_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        run.save()
        if plan_csv is not None:  # like the engine: one plan row per record
            with open(plan_csv, "w", newline="", encoding="utf-8") as fh:
                writer = csv.DictWriter(fh, fieldnames=list(PLAN_COLUMNS))
                writer.writeheader()
                for row in self.rows:
                    action = {"synced": "match", "failed": "fail", "excluded": "exclude"}
                    writer.writerow(
                        {
                            "object": row["object"],
                            "action": action[row["state"]],
                            # A plan row names the side its record is on (a match: both).
                            "side": "" if row["state"] == "synced" else _side_of(row),
                            "name": row["name"],
                            "key": row.get("match_key") or "",
                            "hubspot_id": row.get("hubspot_id") or "",
                            "reason": with_words(row).get("explanation") or "",
                        }
                    )
        on_event(SyncEvent("finished", summary=summary))
        db.close()
        return summary


def _side_of(row: dict[str, Any]) -> str:
    return "hubspot" if row.get("hubspot_id") else "quickbooks"
