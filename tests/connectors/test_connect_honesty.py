"""What the core connect/disconnect (the window's and the CLI's) tell the person.

A locked or refusing keyring is found before the browser opens (the person has not
consented for nothing) and a refused connect leaves no profile behind; disconnect says
whether the service confirmed that it withdrew access.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import keyring.errors
import pytest

from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.credentials import CredentialStore, KeyringDenied, KeyringLocked
from tests.support.keyrings import FailingKeyring

from .conftest import PROFILE, make_connections


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (keyring.errors.KeyringLocked("Failed to unlock the collection!"), KeyringLocked),
        (keyring.errors.KeyringError("Prompt dismissed: access denied"), KeyringDenied),
    ],
)
async def test_unusable_keyring_is_found_before_the_browser(
    sandboxes: Any, tmp_path: Path, error: Exception, expected: type[Exception]
) -> None:
    conns = make_connections(tmp_path, CredentialStore(FailingKeyring(error)))
    opened: list[str] = []
    with pytest.raises(expected) as raised:
        await conns.connect(
            PROFILE,
            "hubspot",
            opened.append,
            base_url=sandboxes.hubspot.base_url,
            client_id=sandboxes.hubspot.client_id,
            client_secret=sandboxes.hubspot.client_secret,
            timeout_s=10,
        )
    assert opened == []  # nobody was sent to consent
    assert "try again" in raised.value.args[0]
    assert conns.profiles.get(PROFILE) is None


async def test_connect_without_client_id_creates_no_profile(tmp_path: Path) -> None:
    conns = make_connections(tmp_path)
    with pytest.raises(Exception, match="client id"):
        await conns.connect(PROFILE, "hubspot", lambda url: None, timeout_s=1)
    assert conns.profiles.get(PROFILE) is None


async def test_disconnect_says_whether_access_was_withdrawn(connected: Connections) -> None:
    conns = connected
    done = await conns.disconnect(PROFILE, "quickbooks")
    assert done.revoked and done.forgotten and "access withdrawn" in done.message

    profile = conns.profiles.require(PROFILE)
    with socket.socket() as s:  # offline: nothing listens there
        s.bind(("127.0.0.1", 0))
        profile.hubspot.base_url = f"http://127.0.0.1:{s.getsockname()[1]}"
    conns.profiles.save(profile)
    offline = await conns.disconnect(PROFILE, "hubspot")
    assert not offline.revoked and offline.forgotten
    assert "could not confirm" in offline.message and "Disconnected" not in offline.message
    assert not conns.is_connected(PROFILE, "hubspot")

    again = await conns.disconnect(PROFILE, "hubspot")
    assert not again.forgotten and "was not connected" in again.message
