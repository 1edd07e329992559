"""The shipped artefacts: the PyInstaller build starts and serves, the .desktop entry is valid."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qbsync_desktop.sandbox.serve import SANDBOX_MODULE

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_desktop_entry_is_valid() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "qbsync.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "qbsync"  # the console script pyproject.toml installs
    assert section["Categories"].endswith(";")
    validator = shutil.which("desktop-file-validate")
    if validator:  # the freedesktop.org checker, when installed (CI installs it)
        result = subprocess.run(
            [validator, str(PACKAGING / "qbsync.desktop")], capture_output=True, text=True
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.slow
@pytest.mark.timeout(600)  # the build alone takes 80 s on an idle 2-core machine
def test_frozen_app_runs_its_commands(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(PACKAGING / "qbsync.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    exe = dist / "qbsync" / "qbsync"
    icons = dist / "qbsync" / "_internal" / "qbsync_desktop" / "resources" / "icons"
    assert (icons / "app.svg").exists()

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    helped = subprocess.run([exe, "--help"], capture_output=True, text=True, env=env, timeout=60)
    assert helped.returncode == 0 and "--sandbox" in helped.stdout

    # The sandboxes are imported lazily: serving them proves starlette/uvicorn were bundled.
    with subprocess.Popen(
        [exe, "sandbox", "serve", "--size", "20"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as served:
        try:
            assert served.stdout is not None
            line = served.stdout.readline()
            info = json.loads(line)
            assert info["quickbooks"]["base_url"].startswith("http://127.0.0.1:")
            assert info["hubspot"]["client_id"]
        finally:
            served.terminate()
            served.wait(timeout=30)

    # `qbsync --sandbox` runs them as `<python> -m <module>`: frozen, the app is the python.
    with subprocess.Popen(
        [exe, "-m", SANDBOX_MODULE, "--size", "10"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        assert json.loads(child.stdout.readline())["hubspot"]["base_url"]
        child.stdin.close()  # how the app stops it (and what happens when the app dies)
        assert child.wait(timeout=30) == 0
