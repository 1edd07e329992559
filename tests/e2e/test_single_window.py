"""One window per user: a second `qbsync` raises the running window and exits (issue 12.2).

Two real processes on the offscreen platform. The second launch asks for the sandboxes
(`--sandbox`), which would rewrite the profile's addresses under the first window: it must
leave before starting anything.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

LAUNCH_S = 30.0


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """A private user: own HOME and XDG folders, offscreen Qt, no session keyring."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_"))}
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    for key in ("HOME", "XDG_RUNTIME_DIR"):
        Path(env[key]).mkdir(mode=0o700, exist_ok=True)
    return env


def _log(tmp_path: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "state").rglob("*.log"))


def _logged(tmp_path: Path, text: str, count: int = 1) -> Callable[[], bool]:
    return lambda: _log(tmp_path).count(text) >= count


def _wait_until(what: str, ready: Callable[[], bool], proc: subprocess.Popen[bytes]) -> None:
    """Wait for the window process to reach a state we can see from outside it."""
    deadline = time.monotonic() + LAUNCH_S
    while not ready():
        assert proc.poll() is None, f"the window exited early ({proc.returncode})"
        assert time.monotonic() < deadline, f"not {what} after {LAUNCH_S} s"
        time.sleep(0.05)


def _profiles(tmp_path: Path) -> Path:
    return tmp_path / "config" / "qbsync" / "profiles.json"


def _launch(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """`qbsync --profile Acme`: the window, as the user starts it."""
    return subprocess.Popen(
        [sys.executable, "-m", "qbsync_desktop", "--profile", "Acme"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture
def first_window(tmp_path: Path, user_env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    proc = _launch(user_env)
    try:
        # The window saves its profile as it opens (the lock is taken before that).
        _wait_until("open", _profiles(tmp_path).exists, proc)
        yield proc
    finally:
        proc.kill()  # the window has no other way out here; only this one process
        proc.wait(10)


def test_second_launch_raises_the_first_and_exits(
    tmp_path: Path, user_env: dict[str, str], first_window: subprocess.Popen[bytes]
) -> None:
    profiles = _profiles(tmp_path)
    before = profiles.read_bytes()

    started = time.monotonic()
    second = subprocess.run(
        [sys.executable, "-m", "qbsync_desktop", "--sandbox"],
        env=user_env,
        capture_output=True,
        timeout=LAUNCH_S,
    )
    took = time.monotonic() - started
    assert second.returncode == 0, second.stderr.decode()
    assert took < 15, f"the second launch took {took:.1f} s"
    assert b"Traceback" not in second.stderr

    raised = "window raised for another launch (visible: True)"
    _wait_until("raised", _logged(tmp_path, raised), first_window)
    assert _log(tmp_path).count("window open") == 1  # no second window
    assert profiles.read_bytes() == before  # no "Sandbox" profile, no rewritten addresses
    assert not (tmp_path / "data" / "qbsync" / "sandbox").exists()  # no second sandbox
    assert first_window.poll() is None


def test_a_crashed_window_does_not_block_the_next_launch(
    tmp_path: Path, user_env: dict[str, str], first_window: subprocess.Popen[bytes]
) -> None:
    _wait_until("open", _logged(tmp_path, "window open"), first_window)
    first_window.kill()  # a crash: the lock file stays behind
    first_window.wait(10)
    assert (tmp_path / "config" / "qbsync" / "window.lock").exists()
    again = _launch(user_env)
    try:
        _wait_until("open again", _logged(tmp_path, "window open", count=2), again)
    finally:
        again.kill()
        again.wait(10)
