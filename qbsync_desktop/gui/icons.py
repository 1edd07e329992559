"""Icons from `qbsync_desktop/resources/icons/` (hand-drawn SVG), blank if one is missing."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon

# Package data (pyproject's package-data; the PyInstaller spec collects it too), so a
# wheel, pipx or frozen install finds the icons wherever the package landed.
RESOURCES = Path(str(files("qbsync_desktop") / "resources"))


def icon_path(name: str) -> Path:
    return RESOURCES / "icons" / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()
