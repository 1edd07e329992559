"""The command line as a person meets it: real `qbsync` processes, their stderr and exit code.

Every failure is one plain line on stderr saying what to do, with the documented exit
code (1 could not run, 2 usage, 3 some records failed), and no traceback, exception
class name or terminal escape sequence ever reaches the terminal. Keyrings are chosen
per process through PYTHON_KEYRING_BACKEND (tests/support/process_keyrings.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pty
import re
import shutil
import socket
import stat
import subprocess
import sys
import termios
from pathlib import Path
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore
from tests.e2e.test_cli import connect_args, connect_in_process, connect_in_processes
from tests.support.browser import play_browser
from tests.support.process_keyrings import backend_env
from tests.support.sandboxes import RunningSandboxes

ROOT = Path(__file__).resolve().parents[2]
# What a traceback or a leaked exception looks like on a terminal.
LEAKS = re.compile(
    r"Traceback|File \"|\b[A-Z][A-Za-z]*(Error|Exception|Locked|Denied|Busy|Reconnect|Failure)\b"
)


class Cli:
    """`qbsync` as separate processes over private user directories and a chosen keyring."""

    def __init__(self, tmp_path: Path, keyring: str = "file") -> None:
        self.root = tmp_path
        self.keyring_file = tmp_path / "keyring.json"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("QBSYNC")},
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "PYTHONPATH": str(ROOT),
        }
        self.use_keyring(keyring)

    def use_keyring(self, kind: str) -> None:
        self.env.update(backend_env(kind, self.keyring_file))

    @property
    def paths(self) -> AppPaths:
        return AppPaths(
            self.root / "data" / "qbsync",
            self.root / "config" / "qbsync",
            self.root / "state" / "qbsync" / "log",
        )

    def run(
        self, *args: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*prefix, sys.executable, "-m", "qbsync_desktop", *args],
            capture_output=True,
            text=True,
            env={**self.env, **(env or {})},
            cwd=ROOT,
            timeout=120,
        )

    def connect(self, sb: RunningSandboxes, profile: str, *services: str) -> None:
        """Connect through `qbsync connect --no-browser`; the test plays the browser."""
        connect_in_processes(sb, self.env, profile, services or ("hubspot", "quickbooks"))

    def profile_dirs(self) -> list[Path]:
        folder = self.paths.data_dir / "profiles"
        return sorted(folder.iterdir()) if folder.exists() else []


def assert_plain_failure(proc: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    """Exit `code`; stderr one plain line containing `words`; nothing leaked anywhere."""
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert len(lines) == 1, proc.stderr
    for text in (proc.stdout, proc.stderr):
        assert not LEAKS.search(text), text
        assert "\x1b" not in text and "\x9b" not in text
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]
    return lines[0]


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


def test_unknown_profile_is_one_line_and_leaves_no_folder(cli: Cli) -> None:
    for command in (["sync"], ["status"], ["disconnect", "hubspot"]):
        proc = cli.run(*command, "--profile", "Nobody")
        assert_plain_failure(proc, 1, "no profile named 'Nobody'", "qbsync connect")
    assert cli.profile_dirs() == []


def test_connect_without_client_id_is_a_usage_error_and_creates_nothing(cli: Cli) -> None:
    proc = cli.run("connect", "hubspot", "--profile", "Acme", "--no-browser")
    assert_plain_failure(proc, 2, "--client-id")
    assert ProfileStore(cli.paths.profiles_file).get("Acme") is None
    assert cli.profile_dirs() == []


def test_sync_of_a_half_connected_profile_says_what_to_connect(
    cli: Cli, sandboxes: RunningSandboxes
) -> None:
    cli.connect(sandboxes, "Acme", "hubspot")
    proc = cli.run("sync", "--profile", "Acme")
    assert_plain_failure(proc, 1, "QuickBooks is not connected", "qbsync connect quickbooks")


def test_needs_reconnect_says_reconnect(cli: Cli, sandboxes: RunningSandboxes) -> None:
    cli.connect(sandboxes, "Acme")
    sandboxes.control("hubspot", "revoke", {})
    sandboxes.control("hubspot", "expire-tokens", {})
    proc = cli.run("sync", "--profile", "Acme")
    assert_plain_failure(proc, 1, "HubSpot", "expired or was revoked", "qbsync connect hubspot")


@pytest.mark.parametrize(
    ("kind", "words"),
    [("locked", ("locked", "unlock")), ("denied", ("refused", "allow qbsync"))],
)
def test_sync_with_an_unusable_keyring(
    cli: Cli, sandboxes: RunningSandboxes, kind: str, words: tuple[str, ...]
) -> None:
    cli.connect(sandboxes, "Acme")
    cli.use_keyring(kind)
    assert_plain_failure(cli.run("sync", "--profile", "Acme"), 1, *words)


def test_sync_already_running(cli: Cli, sandboxes: RunningSandboxes) -> None:
    from qbsync_desktop.core.sync.runner import profile_lock

    cli.connect(sandboxes, "Acme")
    lock_file = cli.paths.database_file("Acme").with_name("sync.lock")
    with profile_lock(lock_file):  # this test process is the other run
        proc = cli.run("sync", "--profile", "Acme")
    assert_plain_failure(proc, 1, "already running", "try again")


def test_corrupt_database(cli: Cli, sandboxes: RunningSandboxes) -> None:
    cli.connect(sandboxes, "Acme")
    db_file = cli.paths.database_file("Acme")
    db_file.parent.mkdir(parents=True, exist_ok=True)
    db_file.write_bytes(b"this is not a database" * 200)
    line = assert_plain_failure(cli.run("sync", "--profile", "Acme"), 1, "damaged")
    assert_plain_failure(cli.run("status", "--profile", "Acme"), 1, "damaged")
    # The details are in the log: the sentence, then the traceback.
    log = (cli.paths.log_dir / "qbsync.log").read_text(encoding="utf-8")
    assert line in log and "Traceback (most recent call last)" in log


def test_read_only_file_system(cli: Cli, sandboxes: RunningSandboxes) -> None:
    """The user directories on a file system mounted read-only (private mount namespace)."""
    cli.connect(sandboxes, "Acme")
    cli.run("sync", "--profile", "Acme", "--dry-run")  # the database exists
    unshare = shutil.which("unshare")
    probe = [unshare or "unshare", "--mount", "--propagation", "private", "true"]
    if unshare is None or subprocess.run(probe, capture_output=True).returncode != 0:
        pytest.skip("no unshare --mount here (needs root or user namespaces)")
    root = str(cli.root)
    script = f'mount --bind "{root}" "{root}" && mount -o remount,ro,bind "{root}" && exec "$@"'
    proc = cli.run(
        "sync",
        "--profile",
        "Acme",
        prefix=(unshare, "--mount", "--propagation", "private", "sh", "-c", script, "sh"),
    )
    assert_plain_failure(proc, 1, "read-only")


def test_data_folder_that_cannot_be_created(cli: Cli) -> None:
    blocker = cli.root / "blocker"
    blocker.write_text("a file where the data folder should go", encoding="utf-8")
    everything_blocked = {
        "XDG_DATA_HOME": str(blocker / "data"),
        "XDG_STATE_HOME": str(blocker / "state"),
    }
    proc = cli.run("status", "--profile", "Acme", env=everything_blocked)
    assert_plain_failure(proc, 1, "could not write its files", str(blocker))


def test_no_keyring_connect_refuses_before_the_browser(
    cli: Cli, sandboxes: RunningSandboxes
) -> None:
    cli.use_keyring("none")
    proc = cli.run(*connect_args("hubspot", sandboxes.hubspot, "Acme"))
    assert_plain_failure(proc, 1, "no secure password store")
    assert "Connected" not in proc.stdout and "http" not in proc.stdout  # no browser opened
    assert ProfileStore(cli.paths.profiles_file).get("Acme") is None


def test_sync_without_a_keyring_says_so(cli: Cli, sandboxes: RunningSandboxes) -> None:
    cli.connect(sandboxes, "Acme")
    cli.use_keyring("none")
    assert_plain_failure(cli.run("sync", "--profile", "Acme"), 1, "no secure password store")


def test_locked_keyring_is_found_before_the_browser_opens(
    cli: Cli, sandboxes: RunningSandboxes
) -> None:
    cli.use_keyring("locked")
    proc = cli.run(*connect_args("hubspot", sandboxes.hubspot, "Acme"))
    assert_plain_failure(proc, 1, "locked")
    assert "http" not in proc.stdout  # the person was never sent to consent


def test_disconnect_while_offline_says_the_access_was_not_withdrawn(
    cli: Cli, sandboxes: RunningSandboxes
) -> None:
    cli.connect(sandboxes, "Acme")
    store = ProfileStore(cli.paths.profiles_file)
    profile = store.require("Acme")
    with socket.socket() as s:  # a port nobody listens on: the service is unreachable
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    profile.hubspot.base_url = dead
    store.save(profile)
    proc = cli.run("disconnect", "hubspot", "--profile", "Acme")
    line = assert_plain_failure(proc, 1, "removed from this computer", "could not confirm")
    assert "Disconnected" not in proc.stdout + line
    # Online, the revoke is confirmed and said so.
    ok = cli.run("disconnect", "quickbooks", "--profile", "Acme")
    assert ok.returncode == 0 and "access withdrawn" in ok.stdout, ok.stderr


def test_client_secret_from_the_environment_not_the_command_line(
    cli: Cli, sandboxes: RunningSandboxes
) -> None:
    info = sandboxes.hubspot
    args = connect_args("hubspot", info, "Acme")
    at = args.index("--client-secret")
    del args[at : at + 2]
    connect_in_process(args, {**cli.env, "QBSYNC_CLIENT_SECRET": info.client_secret})
    assert ProfileStore(cli.paths.profiles_file).require("Acme").hubspot.account_id
    assert info.client_secret not in " ".join(args)


def test_failed_records_exit_3_with_one_line_saying_where_to_look(
    cli: Cli, sandboxes: RunningSandboxes
) -> None:
    cli.connect(sandboxes, "Acme")
    sync = cli.run("sync", "--profile", "Acme")  # Jordan Blake fails: a vendor holds the name
    assert "Sync finished" in sync.stdout and "failed 1." in sync.stdout
    assert_plain_failure(sync, 3, "qbsync status --profile")
    dry = cli.run("sync", "--profile", "Acme", "--dry-run")
    assert dry.returncode == 0, dry.stderr  # a dry run writes nothing, so nothing failed


def test_status_prints_no_escape_sequences_from_service_text(
    cli: Cli, sandboxes: RunningSandboxes
) -> None:
    # A contact without an email (so it is listed as excluded) whose name tries to retitle
    # the terminal, clear the screen, colour what follows and reverse the text direction.
    issued: Any = sandboxes.control("hubspot", "issue-token", {})
    evil = "\x1b]0;pwned\x07Eve\x1b[2J\x1b[31m Evil\x9b1m\u202e"
    created = httpx.post(
        f"{sandboxes.hubspot.base_url}/crm/v3/objects/contacts",
        json={"properties": {"firstname": evil, "lastname": "Mallory"}},
        headers={"Authorization": f"Bearer {issued['access_token']}"},
        timeout=30,
    )
    assert created.status_code == 201, created.text
    cli.connect(sandboxes, "Acme")
    cli.run("sync", "--profile", "Acme")
    status = cli.run("status", "--profile", "Acme")
    assert status.returncode == 0, status.stderr
    assert "Eve Evil Mallory" in status.stdout
    for bad in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert bad not in status.stdout
    rows = json.loads(cli.run("status", "--profile", "Acme", "--json").stdout)
    assert any(evil in row["name"] for row in rows)  # the data itself is kept as it is


def test_version_and_help(cli: Cli) -> None:
    version = cli.run("--version")
    assert version.returncode == 0 and re.fullmatch(r"qbsync \d+\.\d+\.\d+\n", version.stdout)
    helptext = cli.run("--help").stdout
    assert "examples:" in helptext and "qbsync sync --profile" in helptext
    for code in ("0  all done", "1  could not run", "2  usage error", "3  the sync finished"):
        assert code in helptext
    usage = cli.run("sync")  # --profile missing: argparse's usage error
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_log_and_lock_files_are_private(cli: Cli, sandboxes: RunningSandboxes) -> None:
    log_file = cli.paths.log_dir / "qbsync.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log_file.write_text("from an older qbsync\n", encoding="utf-8")
    log_file.chmod(0o644)
    cli.connect(sandboxes, "Acme")
    cli.run("sync", "--profile", "Acme")
    lock_file = cli.paths.database_file("Acme").with_name("sync.lock")
    profiles_lock = cli.paths.profiles_file.with_name("profiles.json.lock")
    for path in (log_file, lock_file, profiles_lock):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_client_secret_prompt_in_a_terminal(cli: Cli, sandboxes: RunningSandboxes) -> None:
    """No secret given or stored: in a terminal, connect asks for it without echoing it."""
    info = sandboxes.hubspot
    args = connect_args("hubspot", info, "Acme")
    at = args.index("--client-secret")
    del args[at : at + 2]
    primary, secondary = pty.openpty()

    def controlling_terminal() -> None:  # runs in the child, after setsid
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [sys.executable, "-m", "qbsync_desktop", *args],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=cli.env,
        cwd=ROOT,
        start_new_session=True,
        preexec_fn=controlling_terminal,
    )
    os.close(secondary)
    seen = b""
    with os.fdopen(primary, "r+b", buffering=0) as term:
        while b"client secret" not in seen:
            seen += term.read(1024)
        term.write(info.client_secret.encode() + b"\n")
        while b"http" not in seen.split(b"client secret", 1)[1]:
            seen += term.read(1024)
        url = re.search(rb"http\S+", seen.split(b"client secret", 1)[1])
        assert url is not None
        play_browser(url.group().decode())
        with contextlib.suppress(OSError):  # EIO once the child has closed the terminal
            while chunk := term.read(1024):
                seen += chunk
    assert proc.wait(60) == 0, seen
    assert b"Connected HubSpot" in seen
    assert info.client_secret.encode() not in seen  # not echoed


def test_errors_speak_the_terminals_language(cli: Cli, sandboxes: RunningSandboxes) -> None:
    """A real qbsync process under LANGUAGE=de / es says its one line in that language; the
    commands to run stay commands."""
    proc = cli.run("status", "--profile", "Nobody", env={"LANGUAGE": "es"})
    assert_plain_failure(proc, 1, "No hay ningún perfil llamado 'Nobody'", "qbsync connect")
    cli.connect(sandboxes, "Acme", "hubspot")
    proc = cli.run("sync", "--profile", "Acme", env={"LANGUAGE": "de", "LANG": "de_DE.UTF-8"})
    assert_plain_failure(
        proc, 1, "QuickBooks ist für Profil 'Acme' nicht verknüpft", "qbsync connect quickbooks"
    )
