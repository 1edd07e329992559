"""The command line end to end: sandbox serve, connect, sync, status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbsync_desktop.cli import main
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.sandbox.serve import SandboxInfo
from tests.support.browser import play_browser
from tests.support.sandboxes import RunningSandboxes


def _browser_out(lines: list[str]) -> Any:
    """An `out` for the CLI that plays the browser when the authorize URL is printed."""

    def out(line: str) -> None:
        lines.append(line)
        if line.startswith("http"):
            threading.Thread(target=play_browser, args=(line,), daemon=True).start()

    return out


def connect_args(service: str, info: SandboxInfo, profile: str) -> list[str]:
    """`qbsync connect` arguments pointing a profile at one sandbox, printing the URL."""
    return [
        "connect", service, "--profile", profile, "--base-url", info.base_url,
        "--client-id", info.client_id, "--client-secret", info.client_secret,
        "--no-browser", "--timeout", "120",  # a loaded 2-core CI machine can be slow
    ]  # fmt: skip


def _connect_both(sb: RunningSandboxes, paths: AppPaths, creds: Any, profile: str) -> list[str]:
    lines: list[str] = []
    for service, info in (("hubspot", sb.hubspot), ("quickbooks", sb.quickbooks)):
        code = main(
            connect_args(service, info, profile),
            paths=paths,
            credentials=creds,
            out=_browser_out(lines),
        )
        assert code == 0
    return lines


def test_connect_sync_status_in_process(
    sandboxes: RunningSandboxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.support.keyrings import memory_credentials

    paths = AppPaths.under(tmp_path / "app")
    creds = memory_credentials()
    lines = _connect_both(sandboxes, paths, creds, "Acme")
    assert any(line.startswith("Connected HubSpot") for line in lines)
    assert any(line.startswith("Connected QuickBooks") for line in lines)

    out: list[str] = []
    main(["sync", "--profile", "Acme"], paths=paths, credentials=creds, out=out.append)
    assert out[-1].startswith("Sync finished")

    out.clear()
    main(["status", "--profile", "Acme", "--json"], paths=paths, out=out.append)
    rows = json.loads(out[-1])
    states = {row["state"] for row in rows}
    assert states == {"synced", "failed", "excluded"}
    failed = [r for r in rows if r["state"] == "failed"]
    assert any(r["name"] == "Jordan Blake" for r in failed)
    assert all(r["explanation"] and r["fix"] and r["code"] for r in failed)
    clash = next(r for r in failed if r["name"] == "Jordan Blake")
    assert clash["code"] == "name_taken" and clash["hubspot_id"] and not clash["qbo_id"]
    assert clash["explanation"].startswith("Display name is a duplicate: ")
    excluded = [r for r in rows if r["state"] == "excluded"]
    reasons = {r["object"]: r["explanation"].lower() for r in excluded}
    assert "email" in reasons["contacts"]  # the contact without an email
    assert "sku" in reasons["products"]  # products without a SKU
    out.clear()
    main(["status", "--profile", "Acme"], paths=paths, out=out.append)
    line = next(x for x in out if "Jordan Blake" in x)
    assert "Display name is a duplicate: " in line and "Fix: Rename the record" in line

    # The human output follows the terminal's language; --json stays codes plus English.
    monkeypatch.setenv("LANGUAGE", "de")
    out.clear()
    main(["status", "--profile", "Acme"], paths=paths, out=out.append)
    line = next(x for x in out if "Jordan Blake" in x)
    assert "[fehlgeschlagen] Kontakte ⇄ Kunden: Jordan Blake" in line, line
    assert "Anzeigename" in line and "Lösung: " in line, line
    assert "Display name" not in line
    out.clear()
    main(["status", "--profile", "Acme", "--json"], paths=paths, out=out.append)
    clash = next(r for r in json.loads(out[-1]) if r["name"] == "Jordan Blake")
    assert clash["code"] == "name_taken" and clash["problem"] == "Display name already used"
    assert clash["explanation"].startswith("Display name is a duplicate: ")
    monkeypatch.setenv("LANGUAGE", "en")

    # A second sync creates and changes nothing on either side.
    before = {s: sandboxes.control(s, "inspect") for s in ("hubspot", "quickbooks")}
    out.clear()
    main(["sync", "--profile", "Acme"], paths=paths, credentials=creds, out=out.append)
    assert "created in HubSpot 0, created in QuickBooks 0" in out[-1]
    assert "updated in HubSpot 0, updated in QuickBooks 0" in out[-1]
    after = {s: sandboxes.control(s, "inspect") for s in ("hubspot", "quickbooks")}
    assert _counts(before) == _counts(after)


def _counts(inspect: dict[str, Any]) -> dict[str, Any]:
    """Object counts from both sandboxes' inspect answers (ignoring request counters)."""
    return {svc: data.get("counts", data) for svc, data in inspect.items()}


def test_sandbox_serve_prints_one_json_line_and_serves(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "d"), "XDG_STATE_HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "qbsync_desktop", "sandbox", "serve", "--size", "60"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        announce = json.loads(proc.stdout.readline())
        assert set(announce) == {"hubspot", "quickbooks"}
        for info in announce.values():
            assert info["base_url"].startswith("http://127.0.0.1:")
            assert info["client_id"] and info["client_secret"]
            r = httpx.get(info["base_url"] + "/_sandbox/inspect", timeout=10)
            assert r.status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.secretservice
def test_cli_processes_share_tokens_through_the_real_keyring(
    sandboxes: RunningSandboxes, tmp_path: Path
) -> None:
    """Separate processes: connect, then sync, with tokens only in the Secret Service."""
    if not secret_service_usable():
        pytest.skip("no Secret Service in this session (run via `python -m tests.run`)")
    env = process_env(tmp_path)
    connect_in_processes(sandboxes, env, "Proc")
    sync = subprocess.run(
        [sys.executable, "-m", "qbsync_desktop", "sync", "--profile", "Proc"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "Sync finished" in sync.stdout, sync.stderr
    # Tokens are in the keyring only: not in the profile file, database or log.
    secrets = _sandbox_issued_tokens(sandboxes)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            for secret in secrets:
                assert secret.encode() not in blob, f"token found in {path}"


def connect_in_processes(
    sandboxes: RunningSandboxes,
    env: dict[str, str],
    profile: str,
    services: tuple[str, ...] = ("hubspot", "quickbooks"),
) -> None:
    """`qbsync connect ... --no-browser` as separate processes; the test plays the browser."""
    for service in services:
        info = sandboxes.hubspot if service == "hubspot" else sandboxes.quickbooks
        connect_in_process(connect_args(service, info, profile), env)


def connect_in_process(args: list[str], env: dict[str, str]) -> None:
    """One `qbsync <args>` connect process; plays the browser for the URL it prints."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "qbsync_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("http"):
            play_browser(line.strip())
            break
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err


def process_env(tmp_path: Path) -> dict[str, str]:
    """A separate process's environment: private user dirs, the real Secret Service."""
    return {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        # The processes must meet the Secret Service, not whatever else keyring would pick.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }


def secret_service_usable() -> bool:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        from keyring.backends import SecretService

        return float(SecretService.Keyring().priority) >= 1
    except Exception:
        return False


def _sandbox_issued_tokens(sb: RunningSandboxes) -> list[str]:
    tokens: list[str] = []
    for app in sb.servers.apps.values():
        grants = app.state.service.grants
        tokens += [g.refresh_token for g in grants.grants.values()]
        tokens += list(grants.access)
        tokens.append(app.state.service.client_secret)
    return tokens
