"""Fixtures: Connections pointed at the loopback sandboxes, with both services connected."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qbsync_desktop.core.connectors.ratelimit import LimitSpec, limits_for
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.connectors.transport import RetryPolicy
from qbsync_desktop.core.credentials import CredentialStore
from qbsync_desktop.core.profiles import ProfileStore, Service
from tests.support.browser import play_browser
from tests.support.keyrings import memory_credentials

PROFILE = "acme"


def browser(allow: bool = True) -> tuple[Callable[[str], None], list[Any]]:
    """An `open_browser` that plays the person in a thread (connect() awaits the redirect)."""
    answers: list[Any] = []

    def open_browser(url: str) -> None:
        def run() -> None:
            try:
                answers.append(play_browser(url, allow=allow))
            except Exception as exc:  # surfaced by the test through `answers`
                answers.append(exc)

        threading.Thread(target=run, daemon=True).start()

    return open_browser, answers


def make_connections(
    tmp_path: Path,
    credentials: CredentialStore | None = None,
    limits: Callable[[Service], LimitSpec] = limits_for,
) -> Connections:
    return Connections(
        ProfileStore(tmp_path / "profiles.json"),
        credentials or memory_credentials(),
        retry=RetryPolicy(base_s=0.01, cap_s=0.1),
        limits=limits,
    )


async def connect_both(conns: Connections, sandboxes: Any) -> None:
    for service in ("hubspot", "quickbooks"):
        info = getattr(sandboxes, service)
        open_browser, _ = browser()
        await conns.connect(
            PROFILE,
            service,
            open_browser,
            base_url=info.base_url,
            client_id=info.client_id,
            client_secret=info.client_secret,
            timeout_s=10,
        )


@pytest.fixture
async def connected(sandboxes: Any, tmp_path: Path) -> Connections:
    conns = make_connections(tmp_path)
    await connect_both(conns, sandboxes)
    return conns
