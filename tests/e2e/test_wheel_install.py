"""A normal (non-editable) install: the wheel carries the icons and the window loads them.

Built from a copy of the sources, installed with pip into its own folder, imported from
there with the repository out of the way: what a pip or pipx user gets.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ICONS = ("app", "tray-idle", "tray-syncing", "tray-attention", "sync", "failed", "warning")

CHECK = f"""
import sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
import qbsync_desktop
from qbsync_desktop.gui.icons import icon, icon_path
app = QGuiApplication([])
site = Path(sys.argv[1]).resolve()
assert Path(qbsync_desktop.__file__).resolve().is_relative_to(site), qbsync_desktop.__file__
for name in {ICONS!r}:
    assert icon_path(name).resolve().is_relative_to(site), icon_path(name)
    assert not icon(name).isNull(), name
    assert not icon(name).pixmap(32, 32).isNull(), name
print("icons ok")
"""


@pytest.mark.slow
def test_icons_load_from_an_installed_wheel(tmp_path: Path) -> None:
    src = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "qbsync_desktop", src / "qbsync_desktop", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [*pip, "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = wheels.glob("qbsync-*.whl")
    site = tmp_path / "site"
    installed = subprocess.run(
        [*pip, "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    checked = subprocess.run(
        [sys.executable, "-c", CHECK, str(site)],
        cwd=tmp_path,  # not the repository: only the installed copy can be imported
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert checked.returncode == 0 and "icons ok" in checked.stdout, checked.stderr[-3000:]
