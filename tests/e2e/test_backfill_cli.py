"""The CLI with invoices, in process over both sandboxes: switched on by `settings set`
(the switch-on moment recorded), `sync --object invoices` leaves the older demo invoices
out with that filter (status --json says so per record), `backfill --dry-run` previews
and sends nothing, `backfill` sends them once, and a later full sync keeps them synced."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx

from qbsync_desktop.core.paths import AppPaths
from tests.support.cli_runs import connected_cli
from tests.support.sandboxes import RunningSandboxes

PROFILE = "Acme"


def _qbo_invoice_count(sb: RunningSandboxes) -> int:
    inspect: Any = sb.control("quickbooks", "inspect")
    return int(inspect["counts"]["Invoice"])


def _income_account(sb: RunningSandboxes, paths: AppPaths, creds: Any) -> str:
    from qbsync_desktop.core.connectors.session import Connections
    from qbsync_desktop.core.profiles import ProfileStore

    connections = Connections(ProfileStore(paths.profiles_file), creds)

    async def go() -> str:
        async with httpx.AsyncClient(timeout=30) as http:
            _, qbo = connections.clients(PROFILE, http)
            rows = await qbo.query("SELECT * FROM Account WHERE AccountType = 'Income'")
            return str(rows[0]["Id"])

    return asyncio.run(go())


def test_invoices_switched_on_synced_shown_and_backfilled(
    sandboxes: RunningSandboxes, tmp_path: Path
) -> None:
    cli = connected_cli(sandboxes, tmp_path, PROFILE)
    paths, creds, out = cli.paths, cli.creds, cli.out

    # 3: the demo's display-name clash fails one contact (tested in test_cli).
    assert cli("sync", "--profile", PROFILE, "--object", "contacts", "--object", "products") == 3
    account = _income_account(sandboxes, paths, creds)
    assert (
        cli(
            "settings",
            "set",
            "--profile",
            PROFILE,
            "invoices.enabled=true",
            "invoices.direction=to_quickbooks",
            f"invoices.custom_line_item_account={account}",
        )
        == 0
    )

    def failed_rows() -> list[Any]:
        """What `status --json` says failed (the message of an unexpected exit 3)."""
        printed = list(out)
        cli("status", "--profile", PROFILE, "--json")
        return printed + [r for r in json.loads(out[-1]) if r["state"] == "failed"]

    before = _qbo_invoice_count(sandboxes)
    code = cli("sync", "--profile", PROFILE, "--object", "invoices")
    assert code == 0, failed_rows()
    assert _qbo_invoice_count(sandboxes) == before  # all made before invoice sync was on
    cli("status", "--profile", PROFILE, "--json")
    rows = [r for r in json.loads(out[-1]) if r["object"] == "invoices"]
    assert len(rows) == 10
    older = [r for r in rows if r["code"] == "invoice_before_switch_on"]
    assert len(older) == 9  # the draft is left out as a draft
    assert all(r["state"] == "excluded" and r["hubspot_id"] for r in older)
    assert all("switched on" in r["explanation"] and r["fix"] for r in older)

    assert cli("backfill", "--profile", PROFILE, "--since", "2000-01-01", "--dry-run") == 0
    assert _qbo_invoice_count(sandboxes) == before
    assert out[-1].startswith("Preview (nothing sent): 7 to send, 1 failing")
    assert any(line.startswith("send HS-") for line in out)
    assert any(line.startswith("leave out HS-1003: ") for line in out)  # E6, predicted

    assert cli("backfill", "--profile", PROFILE, "--since", "2000-01-01") == 3  # E6 failed
    assert out[-1] == "Backfill finished: 7 sent, 1 failed"
    assert _qbo_invoice_count(sandboxes) == before + 7
    assert cli("sync", "--profile", PROFILE, "--object", "invoices", "--full") in (0, 3)
    assert _qbo_invoice_count(sandboxes) == before + 7
    cli("status", "--profile", PROFILE, "--json")
    rows = [r for r in json.loads(out[-1]) if r["object"] == "invoices"]
    synced = [r for r in rows if r["state"] == "synced"]
    assert len(synced) == 7 and all(r["qbo_id"] and r["hubspot_id"] for r in synced)
    (e6,) = [r for r in rows if r["state"] == "failed"]
    assert e6["code"] == "invoice_doc_number_held" and "HS-1003" in e6["explanation"]
