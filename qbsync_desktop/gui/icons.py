"""Icons from `resources/icons/` (hand-drawn SVG), with a blank fallback if missing."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

# resources/ sits at the repository root next to the package (and is bundled by the spec).
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def icon_path(name: str) -> Path:
    return RESOURCES / "icons" / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()
