"""Run the whole test suite the way CI does: `python -m tests.run [pytest args]`.

- Everything except tray tests runs headless (QT_QPA_PLATFORM=offscreen), inside a
  private D-Bus session with an unlocked gnome-keyring when those programs exist,
  so keyring tests meet a real Secret Service (a throw-away HOME keeps nothing).
- Tray tests (marker `xserver`) run in a second pass on a private Xvfb display with
  `trayer` as the system tray, because one Qt process has one platform plugin.
- Headless tests run on pytest-xdist workers (one per core, up to 4) unless `-n` is
  given; tests that measure wall time (marker `timing`) then run alone, after them.
- Where a program is missing, the tests that need it skip and say why; `.ci/run`
  installs them all, so CI skips nothing.
- First, the static checks: `ruff check`, `ruff format --check` and `mypy` (strict on
  core, the window and the CLI). A failure fails the run, after the tests have run.
  `QBSYNC_SKIP_LINT=1` skips them (while working on a few tests).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


LINTS: tuple[tuple[str, ...], ...] = (
    ("ruff", "check", "."),
    ("ruff", "format", "--check", "."),
    ("mypy",),  # files and strictness: [tool.mypy] in pyproject.toml
)


def _lint() -> int:
    """Run the static checks; 0 when all pass."""
    if os.environ.get("QBSYNC_SKIP_LINT") == "1":
        print("tests.run: static checks skipped (QBSYNC_SKIP_LINT=1)")
        return 0
    failed = [cmd for cmd in LINTS if subprocess.call([sys.executable, "-m", *cmd]) != 0]
    for cmd in failed:
        print("tests.run: static check failed:", " ".join(cmd))
    return 1 if failed else 0


def _pytest_cmd(extra: list[str]) -> list[str]:
    return [sys.executable, "-m", "pytest", *extra]


def _keyring_wrapped(cmd: list[str], home: Path) -> list[str]:
    """Run `cmd` in a private D-Bus session with an unlocked gnome-keyring, if available."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        print("tests.run: no dbus-run-session/gnome-keyring-daemon; Secret Service tests skip")
        return cmd
    inner = (
        "printf pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
        'exec "$@"'
    )
    return ["dbus-run-session", "--", "sh", "-c", inner, "sh", *cmd]


@contextmanager
def _xserver() -> Iterator[str | None]:
    """A private Xvfb display with trayer as the system tray; None if unavailable."""
    if not (shutil.which("Xvfb") and shutil.which("trayer")):
        print("tests.run: no Xvfb/trayer; tray tests skip")
        yield None
        return
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as fh:
        display = ":" + fh.readline().strip()
    env = {**os.environ, "DISPLAY": display}
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--height", "24"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)  # trayer claims the tray selection asynchronously
    try:
        yield display
    finally:
        for proc in (tray, xvfb):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()


def main(argv: list[str]) -> int:
    os.chdir(ROOT)
    lint = _lint()
    return max(lint, _tests(argv))


def _workers(argv: list[str]) -> int:
    """pytest-xdist workers for the headless pass: none when the caller chose (`-n`), else
    one per core up to 4 (the suite's processes mostly wait on the sandboxes' sockets)."""
    if any(a.startswith(("-n", "--numprocesses", "--dist")) for a in argv):
        return 0
    try:
        import xdist  # noqa: F401
    except ImportError:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = min(4, cores or 1)
    return workers if workers > 1 else 0


def _passed(code: int) -> int:
    """pytest exit 5 = nothing collected (e.g. no tray tests selected): not a failure."""
    return 0 if code == 5 else code


def _tests(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="qbsync-test-home-") as home:
        env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        # Tests that measure time (marker `timing`) run after the others, alone, so that
        # parallel workers never slow what they measure.
        workers = _workers(argv)
        passes = [("not xserver", argv)]
        if workers:
            passes = [
                ("not xserver and not timing", ["-n", str(workers), *argv]),
                ("timing and not xserver", argv),
            ]
        codes = []
        for number, (marks, extra) in enumerate(passes, 1):
            headless = _keyring_wrapped(
                _pytest_cmd(["-m", marks, "-p", "no:cacheprovider", *extra]), Path(home)
            )
            print(f"tests.run: pass {number} (headless, {marks}):", " ".join(extra))
            codes.append(_passed(subprocess.call(headless, env=env)))
        with _xserver() as display:
            if display is None:
                return max(codes)
            xenv = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            xcmd = _keyring_wrapped(
                _pytest_cmd(["-m", "xserver", "-p", "no:cacheprovider", *argv]), Path(home)
            )
            print(f"tests.run: pass {len(passes) + 1} (tray tests on Xvfb {display})")
            codes.append(_passed(subprocess.call(xcmd, env=xenv)))
        return max(codes)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
