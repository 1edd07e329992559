"""`qbsync --sandbox`: the demo books persist across restarts; --reset starts fresh."""

from __future__ import annotations

from pathlib import Path

import httpx

from qbsync_desktop.sandbox.serve import SandboxServers, make_apps


def _contacts(base_url: str) -> int:
    counts = httpx.get(f"{base_url}/_sandbox/inspect", timeout=10).json()["counts"]
    return int(counts["contacts"])


def _session(state_dir: Path, reset: bool, add_contact: bool) -> tuple[int, dict[str, str]]:
    """Start both sandboxes, optionally add a contact over the API, stop; (contacts, ids)."""
    servers = SandboxServers(make_apps(state_dir, reset=reset)).start()
    try:
        info = servers.info()
        hs = info["hubspot"].base_url
        if add_contact:
            token = httpx.post(f"{hs}/_sandbox/issue-token", timeout=10).json()["access_token"]
            r = httpx.post(
                f"{hs}/crm/v3/objects/contacts",
                json={"properties": {"email": "persisted@example.test", "firstname": "Per"}},
                headers={"Authorization": f"Bearer {token}"},
                timeout=10,
            )
            assert r.status_code == 201, r.text
        return _contacts(hs), {name: i.client_id for name, i in info.items()}
    finally:
        servers.stop()


def test_demo_books_persist_and_reset_starts_fresh(tmp_path: Path) -> None:
    seeded, ids1 = _session(tmp_path, reset=False, add_contact=False)
    added, _ = _session(tmp_path, reset=False, add_contact=True)
    assert added == seeded + 1
    after_restart, ids2 = _session(tmp_path, reset=False, add_contact=False)
    assert after_restart == seeded + 1  # the change survived the restart
    assert ids1 == ids2  # same registered app: a profile pointing at it stays valid
    fresh, ids3 = _session(tmp_path, reset=True, add_contact=False)
    assert fresh == seeded
    assert ids3 != ids1
