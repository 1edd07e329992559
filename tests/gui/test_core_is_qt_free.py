"""`qbsync_desktop.core` must never import PySide6 (the GUI is a thin layer over it)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import qbsync_desktop.core as core


def test_no_core_module_imports_pyside6() -> None:
    names = [m.name for m in pkgutil.walk_packages(core.__path__, prefix="qbsync_desktop.core.")]
    assert len(names) >= 3
    script = (
        "import importlib, sys\n"
        f"names = {names!r}\n"
        "bad = []\n"
        "for n in names:\n"
        "    importlib.import_module(n)\n"
        "    if any(m == 'PySide6' or m.startswith('PySide6.') for m in sys.modules):\n"
        "        bad.append(n); break\n"
        "print('BAD:' + ','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "BAD:", out.stdout + out.stderr
