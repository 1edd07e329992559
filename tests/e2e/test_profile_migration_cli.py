"""An install from before profile ids, upgraded: the real CLI, as a process, with the real
Secret Service, keeps the profile's links and sign-ins."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import SecretService

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profile_migration import name_keyed_folder
from qbsync_desktop.core.profiles import LAYOUT, ProfileStore
from tests.e2e.test_cli import connect_in_processes, process_env, secret_service_usable
from tests.support.sandboxes import RunningSandboxes

pytestmark = pytest.mark.secretservice

PROFILE = "Acme & Co"
ENTRIES = [(s, w) for s in ("hubspot", "quickbooks") for w in ("tokens", "access", "client_secret")]


def _sync(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "qbsync_desktop", "sync", "--profile", PROFILE],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def _back_to_the_old_layout(paths: AppPaths, profile_id: str) -> None:
    """What a qbsync before ids left: folder named after the cleaned name, keyring
    entries keyed by the name, profiles.json without ids or layout."""
    (paths.profiles_root / profile_id).rename(paths.profiles_root / name_keyed_folder(PROFILE))
    keyring = SecretService.Keyring()
    for service, what in ENTRIES:
        value = keyring.get_password("qbsync", f"{profile_id}/{service}/{what}")
        assert value is not None, (service, what)
        keyring.set_password("qbsync", f"{PROFILE}/{service}/{what}", value)
        keyring.delete_password("qbsync", f"{profile_id}/{service}/{what}")
    data = json.loads(paths.profiles_file.read_text(encoding="utf-8"))
    old = [{k: v for k, v in p.items() if k != "id"} for p in data["profiles"]]
    paths.profiles_file.write_text(json.dumps({"profiles": old}), encoding="utf-8")


def test_an_old_install_syncs_on_with_its_links_and_sign_ins(
    sandboxes: RunningSandboxes, tmp_path: Path
) -> None:
    if not secret_service_usable():
        pytest.skip("no Secret Service in this session (run via `python -m tests.run`)")
    env = process_env(tmp_path)
    paths = AppPaths(
        tmp_path / "data" / "qbsync", tmp_path / "config" / "qbsync", tmp_path / "state"
    )
    connect_in_processes(sandboxes, env, PROFILE)
    first = _sync(env)
    assert "Sync finished" in first.stdout, first.stderr
    profile_id = ProfileStore(paths.profiles_file).require(PROFILE).id
    _back_to_the_old_layout(paths, profile_id)
    assert ProfileStore(paths.profiles_file).layout() < LAYOUT

    again = _sync(env)  # the upgraded qbsync starts: it moves the profile, then syncs
    assert "Sync finished" in again.stdout, again.stderr
    # The links came along: nothing is created again on either side.
    assert "created in HubSpot 0, created in QuickBooks 0" in again.stdout
    profiles = ProfileStore(paths.profiles_file)
    assert profiles.layout() == LAYOUT and profiles.require(PROFILE).id == profile_id
    assert (paths.profiles_root / profile_id / "qbsync.db").exists()
    assert not (paths.profiles_root / name_keyed_folder(PROFILE)).exists()
    keyring = SecretService.Keyring()
    for service, what in ENTRIES:
        assert keyring.get_password("qbsync", f"{PROFILE}/{service}/{what}") is None
        assert keyring.get_password("qbsync", f"{profile_id}/{service}/{what}") is not None
