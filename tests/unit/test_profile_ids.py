"""Profiles are kept apart by a stable id, not by a cleaned-up form of their name."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from qbsync_desktop.core.credentials import TokenSet
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profile_migration import open_profiles
from qbsync_desktop.core.profiles import (
    LAYOUT,
    Profile,
    ProfileStore,
    same_accounts,
    same_accounts_warning,
)
from qbsync_desktop.core.store import Link, open_database
from tests.support.keyrings import MemoryKeyring, memory_credentials
from tests.support.stores import old_database_with_a_link

LOOK_ALIKE = [
    ("Acme Co", "Acme_Co"),
    ("Smith & Sons", "Smith, Sons"),
    ("Müller GmbH", "Möller GmbH"),
    ("Ácme", "cme"),
]
WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?$", re.IGNORECASE)


def _tokens(refresh: str) -> TokenSet:
    return TokenSet("access-" + refresh, refresh, 2e9, "9130", ["accounting"], 1.7e9)


@pytest.mark.parametrize(("first", "second"), LOOK_ALIKE)
def test_look_alike_names_get_their_own_databases(tmp_path: Path, first: str, second: str) -> None:
    paths = AppPaths.under(tmp_path)
    profiles = ProfileStore(paths.profiles_file)
    profiles.get_or_create(first)
    profiles.get_or_create(second)
    db = open_database(paths.database_file(first))
    Link.create(object="contacts", hubspot_id="1", qbo_id="2", baseline="{}")
    db.close()
    assert paths.database_file(first) != paths.database_file(second)
    db = open_database(paths.database_file(second))
    try:
        assert Link.select().count() == 0  # not the other business's links
    finally:
        db.close()


@pytest.mark.parametrize("name", ["CON", "nul.txt", "LPT1", "...", " ", "a/b", "Ω"])
def test_folder_names_are_valid_on_every_os(tmp_path: Path, name: str) -> None:
    paths = AppPaths.under(tmp_path)
    if name.strip():
        ProfileStore(paths.profiles_file).get_or_create(name)
    folder = paths.profile_dir(name).name
    assert re.fullmatch(r"[0-9a-f]{12}", folder)
    assert not WINDOWS_RESERVED.match(folder)


def test_rename_keeps_the_id_the_data_and_the_sign_ins(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    profiles = ProfileStore(paths.profiles_file)
    creds = memory_credentials(profiles)
    before = profiles.get_or_create("Old name")
    creds.save_tokens("Old name", "quickbooks", _tokens("r-1"))
    db_file = paths.database_file("Old name")
    open_database(db_file).close()

    after = profiles.rename("Old name", "New name")
    assert after.id == before.id == profiles.require("New name").id
    assert paths.database_file("New name") == db_file and db_file.exists()
    moved = creds.load_tokens("New name", "quickbooks")
    assert moved is not None and moved.refresh_token == "r-1"
    # A new profile under the old name starts empty: it gets another id.
    fresh = profiles.get_or_create("Old name")
    assert fresh.id != before.id
    assert creds.load_tokens("Old name", "quickbooks") is None
    assert not paths.database_file("Old name").exists()


def test_a_profile_made_again_after_removal_starts_empty(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    profiles = ProfileStore(paths.profiles_file)
    creds = memory_credentials(profiles)
    profiles.get_or_create("Acme")
    creds.save_client_secret("Acme", "hubspot", "old-secret")
    open_database(paths.database_file("Acme")).close()
    profiles.delete("Acme")
    profiles.get_or_create("Acme")
    assert not paths.database_file("Acme").exists()
    assert creds.load_client_secret("Acme", "hubspot") is None


def test_a_sign_in_saved_before_its_profile_is_found_after_saving_it(tmp_path: Path) -> None:
    """The connect flow stores the keyring entries, then saves a new profile."""
    profiles = ProfileStore(tmp_path / "profiles.json")
    creds = memory_credentials(profiles)
    creds.save_tokens("New client", "hubspot", _tokens("r-2"))
    profiles.save(Profile(name="New client"))
    found = creds.load_tokens("New client", "hubspot")
    assert found is not None and found.refresh_token == "r-2"


def _old_install(paths: AppPaths, keyring: MemoryKeyring, names: list[str]) -> None:
    """What a qbsync before ids left: no ids or layout in profiles.json, folders named
    after the cleaned name, keyring entries keyed `<name>/<service>/<what>`."""
    paths.ensure()
    entries = [{"name": n, "hubspot": {"account_id": "h-" + n}, "sync": {}} for n in names]
    paths.profiles_file.write_text(json.dumps({"profiles": entries}), encoding="utf-8")
    for name in names:
        folder = paths.data_dir / "profiles" / re.sub(r"[^A-Za-z0-9._-]+", "_", name)
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / "qbsync.db").exists():
            old_database_with_a_link(folder / "qbsync.db", version=4)
        meta = {k: v for k, v in _tokens("r-" + name).__dict__.items() if k != "access_token"}
        keyring.entries[("qbsync", f"{name}/quickbooks/tokens")] = json.dumps(meta)
        keyring.entries[("qbsync", f"{name}/quickbooks/access")] = "access-r-" + name
        keyring.entries[("qbsync", f"{name}/hubspot/client_secret")] = "secret-" + name


def test_an_old_install_moves_to_ids_keeping_links_and_sign_ins(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    keyring = MemoryKeyring()
    _old_install(paths, keyring, ["Acme", "Smith & Sons"])
    store = ProfileStore(paths.profiles_file)
    creds = memory_credentials(store, keyring)

    profiles, _, notes = open_profiles(paths, creds)
    assert notes == [] and profiles.layout() == LAYOUT
    saved = json.loads(paths.profiles_file.read_text(encoding="utf-8"))
    assert all(p["id"] for p in saved["profiles"])
    for name in ("Acme", "Smith & Sons"):
        db = open_database(paths.database_file(name))  # the id-named folder
        try:
            assert [(k.hubspot_id, k.qbo_id) for k in Link.select()] == [("11", "22")]
        finally:
            db.close()
        tokens = creds.load_tokens(name, "quickbooks")
        assert tokens is not None and tokens.refresh_token == "r-" + name
        assert tokens.access_token == "access-r-" + name
        assert creds.load_client_secret(name, "hubspot") == "secret-" + name
        assert profiles.require(name).hubspot.account_id == "h-" + name
    assert not any(k.startswith(("Acme/", "Smith & Sons/")) for _, k in keyring.entries)
    assert sorted(p.name for p in (paths.data_dir / "profiles").iterdir()) == sorted(
        profiles.require(n).id for n in ("Acme", "Smith & Sons")
    )
    # Running again (the next start, another process) changes nothing.
    writes = keyring.writes
    assert open_profiles(paths, creds)[2] == [] and keyring.writes == writes


def test_profiles_that_shared_a_folder_each_start_fresh_and_are_told(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path)
    keyring = MemoryKeyring()
    _old_install(paths, keyring, ["Acme Co", "Acme_Co", "Other"])
    creds = memory_credentials(ProfileStore(paths.profiles_file), keyring)

    _, _, notes = open_profiles(paths, creds)
    assert len(notes) == 1 and "'Acme Co' and 'Acme_Co'" in notes[0]
    aside = paths.data_dir / "profiles" / "Acme_Co.shared-before-ids"
    assert (aside / "qbsync.db").exists() and str(aside) in notes[0]
    for name in ("Acme Co", "Acme_Co"):
        assert not paths.database_file(name).exists()
        tokens = creds.load_tokens(name, "quickbooks")  # their own sign-ins, kept
        assert tokens is not None and tokens.refresh_token == "r-" + name
    assert paths.database_file("Other").exists()


def test_two_profiles_on_the_same_accounts_are_found(tmp_path: Path) -> None:
    profiles = ProfileStore(tmp_path / "profiles.json")
    for name, hub, realm in (
        ("Acme", "111", "9130"),
        ("Acme (copy)", "111", "9130"),
        ("Same portal only", "111", "4620"),
        ("Not connected", None, None),
    ):
        profile = Profile(name=name)
        profile.hubspot.account_id, profile.quickbooks.account_id = hub, realm
        profiles.save(profile)
    assert same_accounts(profiles) == [("Acme", "Acme (copy)")]
    warning = same_accounts_warning(profiles, "Acme (copy)")
    assert warning is not None and "'Acme' and 'Acme (copy)'" in warning
    assert same_accounts_warning(profiles, "Same portal only") is None


def test_without_a_secure_keyring_the_move_of_sign_ins_waits(tmp_path: Path) -> None:
    """A keyring unavailable at one start must not strand the sign-ins stored in it."""
    paths = AppPaths.under(tmp_path)
    keyring = MemoryKeyring()
    _old_install(paths, keyring, ["Acme"])
    keyring.priority = 0  # type: ignore[assignment]  # looks like no secure backend
    _, creds, _ = open_profiles(paths, memory_credentials(None, keyring))
    assert not creds.secure and ProfileStore(paths.profiles_file).layout() < LAYOUT
    assert paths.database_file("Acme").exists()  # the folder moved all the same

    keyring.priority = 10  # type: ignore[assignment]  # back
    store = ProfileStore(paths.profiles_file)
    profiles, creds, _ = open_profiles(paths, memory_credentials(store, keyring))
    assert profiles.layout() == LAYOUT
    tokens = creds.load_tokens("Acme", "quickbooks")
    assert tokens is not None and tokens.refresh_token == "r-Acme"
