"""Command line: the window, and the bundled sandboxes (`qbsync --sandbox`, `qbsync
sandbox serve`). Split from cli.py."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qbsync_desktop.cli_profiles import open_profile_store
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import SERVICES

if TYPE_CHECKING:
    from qbsync_desktop.core.credentials import CredentialStore
    from qbsync_desktop.sandbox.serve import SandboxInfo

SANDBOX_PROFILE = "Sandbox"
DEMO_LATENCY_MS = 150.0  # feels like the real services without being slow


def sandbox_serve(args: argparse.Namespace, paths: AppPaths, out: Callable[[str], None]) -> int:
    from qbsync_desktop.sandbox.serve import SandboxServers, make_apps

    state_dir = paths.sandbox_dir if args.persist else None
    apps = make_apps(
        state_dir,
        reset=args.reset,
        size=args.size,
        seed=args.seed,
        latency_ms=args.latency_ms,
        country=args.country,
    )
    servers = SandboxServers(apps)
    announce = {name: info.as_dict() for name, info in servers.info().items()}
    out(json.dumps(announce))
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C is how the user stops it
        asyncio.run(servers.serve())
    return 0


def window(args: argparse.Namespace, paths: AppPaths, credentials: CredentialStore | None) -> int:
    from qbsync_desktop.gui.app import claim_window, run_gui

    # Before the sandboxes start: a second launch only raises the running window.
    instance = claim_window(paths)
    if instance is None:
        return 0
    sandbox: dict[str, dict[str, str]] | None = None
    profile = args.profile
    servers = None
    if args.sandbox:
        servers, infos = _start_demo_sandboxes(paths, reset=args.reset)
        sandbox = {name: info.as_dict() for name, info in infos.items()}
        profile = profile or SANDBOX_PROFILE
        point_profile_at_sandboxes(paths, profile, infos, credentials)
    try:
        return run_gui(paths, profile=profile, sandbox=sandbox, instance=instance)
    finally:
        if servers is not None:
            servers.stop()


def _start_demo_sandboxes(paths: AppPaths, reset: bool) -> tuple[Any, dict[str, SandboxInfo]]:
    """Both sandboxes in a child process: in the window's own process they would compete
    with it for the GIL and the user would feel their work as a stalled window."""
    from qbsync_desktop.sandbox.serve import SandboxProcess

    servers = SandboxProcess(paths.sandbox_dir, reset=reset, latency_ms=DEMO_LATENCY_MS).start()
    return servers, servers.info()


def point_profile_at_sandboxes(
    paths: AppPaths,
    profile_name: str,
    infos: dict[str, SandboxInfo],
    credentials: CredentialStore | None,
) -> None:
    """The sandboxes get new ports each launch: keep the profile's base URLs current."""
    store, creds = open_profile_store(paths, credentials)
    profile = store.get_or_create(profile_name)
    for service in SERVICES:
        info = infos[service]
        cfg = profile.service(service)
        cfg.base_url = info.base_url
        cfg.client_id = info.client_id
        creds.save_client_secret(profile_name, service, info.client_secret)
    store.save(profile)
