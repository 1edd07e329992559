"""Command line: profiles and their connections (connect, disconnect, the keyring, which
profile is meant). Split from cli.py."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
import webbrowser
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from qbsync_desktop.cli_i18n import translate
from qbsync_desktop.cli_output import OK, USAGE, UserError, sanitise
from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import SERVICES, Profile, ProfileStore, Service

if TYPE_CHECKING:
    from qbsync_desktop.core.connectors.session import Connections
    from qbsync_desktop.core.credentials import CredentialStore

SECRET_ENV = "QBSYNC_CLIENT_SECRET"  # the client secret, kept off the command line (ps)
LABELS: dict[str, str] = {"hubspot": "HubSpot", "quickbooks": "QuickBooks"}


def require_profile(profiles: ProfileStore, name: str) -> Profile:
    profile = profiles.get(name)
    if profile is None:
        known = ", ".join(sorted(profiles.names()))
        create = f"qbsync connect hubspot --profile {name!r} --client-id ID"
        if known:
            said = translate(
                "Cli",
                "There is no profile named {name} (profiles: {known}). Create it with: {command}",
            )
        else:
            said = translate("Cli", "There is no profile named {name}. Create it with: {command}")
        raise UserError(said.format(name=repr(name), known=known, command=create))
    return profile


def make_connections(paths: AppPaths, credentials: CredentialStore | None) -> Connections:
    from qbsync_desktop.core.connectors.session import Connections

    return Connections(*open_profile_store(paths, credentials))


def open_profile_store(
    paths: AppPaths, credentials: CredentialStore | None
) -> tuple[ProfileStore, CredentialStore]:
    """The profiles and the keyring keyed through them (an older layout moved first);
    what the person should know about them goes to stderr."""
    from qbsync_desktop.core.profile_migration import open_profiles
    from qbsync_desktop.core.profiles import same_accounts_warning

    profiles, creds, notes = open_profiles(paths, credentials)
    for note in [*notes, same_accounts_warning(profiles)]:
        if note:
            print(note, file=sys.stderr)
    return profiles, creds


def connect(args: argparse.Namespace, connections: Connections, out: Callable[[str], None]) -> int:
    service = cast(Service, args.service)
    label = LABELS[service]
    existing = connections.profiles.get(args.profile)
    if not args.client_id and not (existing and existing.service(service).client_id):
        said = translate(
            "Cli",
            "Connecting {service} the first time needs the app's client id: add --client-id ID.",
        )
        raise UserError(said.format(service=label), USAGE)
    lost = translate("Cli", "the sign-in would be lost when this command ends")
    require_secure_keyring(connections, lost)
    connections.credentials.probe()  # locked or refused: say so before anything else
    secret = _client_secret(args, connections, service)

    def open_browser(url: str) -> None:
        if args.no_browser:
            out(translate("Cli", "Open this address in your browser to connect:"))
            out(url)
            sys.stdout.flush()
        else:
            webbrowser.open(url)

    info = asyncio.run(
        connections.connect(
            args.profile,
            service,
            open_browser,
            base_url=args.base_url,
            client_id=args.client_id,
            client_secret=secret,
            timeout_s=args.timeout,
        )
    )
    said = translate("Cli", "Connected {service} for profile {profile}: {account} ({id}).")
    out(
        said.format(
            service=label,
            profile=repr(args.profile),
            account=sanitise(info.name),
            id=sanitise(info.account_id),
        )
    )
    if info.missing_scopes:
        said = translate("Cli", "Missing permissions: {scopes}")
        out(said.format(scopes=sanitise(", ".join(info.missing_scopes))))
    return OK


def require_secure_keyring(connections: Connections, consequence: str) -> None:
    if not connections.credentials.secure:
        said = translate(
            "Cli",
            "No secure password store (keyring) is available, so {consequence}. Start your "
            "desktop's keyring (GNOME Keyring, KWallet) or use the qbsync window, then try again.",
        )
        raise UserError(said.format(consequence=consequence))


def _client_secret(
    args: argparse.Namespace, connections: Connections, service: Service
) -> str | None:
    """From --client-secret, $QBSYNC_CLIENT_SECRET, the keyring, or a prompt (in that order)."""
    given = args.client_secret or os.environ.get(SECRET_ENV)
    if given:
        return str(given)
    if connections.profiles.get(args.profile) is not None:
        stored = connections.credentials.load_client_secret(args.profile, service)
        if stored:
            return None  # connect uses the stored one
    if sys.stdin.isatty():
        ask = translate("Cli", "{service} app client secret (not shown): ")
        typed = getpass.getpass(ask.format(service=LABELS[service]))
        if typed.strip():
            return typed.strip()
    said = translate(
        "Cli",
        "Connecting {service} needs the app's client secret: set {variable} or run the "
        "command in a terminal to be asked for it.",
    )
    raise UserError(said.format(service=LABELS[service], variable=SECRET_ENV), USAGE)


def disconnect(
    args: argparse.Namespace, connections: Connections, out: Callable[[str], None]
) -> int:
    result = asyncio.run(connections.disconnect(args.profile, cast(Service, args.service)))
    if result.forgotten and not result.revoked:
        raise UserError(result.message)
    out(result.message)
    return OK


def check_connected(connections: Connections, profile: str) -> None:
    """Both services connected and not refused: otherwise say which to connect, and how."""
    require_secure_keyring(connections, translate("Cli", "qbsync cannot read the sign-ins"))
    for service in SERVICES:
        label = LABELS[service]
        how = f"qbsync connect {service} --profile {profile!r}"
        if not connections.is_connected(profile, service):
            said = translate(
                "Cli", "{service} is not connected for profile {profile}. Run: {command}"
            )
            raise UserError(said.format(service=label, profile=repr(profile), command=how))
        if connections.needs_reconnect(profile, service):
            said = translate(
                "Cli",
                "The {service} sign-in for profile {profile} has expired or was revoked. Run: "
                "{command} (nothing queued is lost).",
            )
            raise UserError(said.format(service=label, profile=repr(profile), command=how))
