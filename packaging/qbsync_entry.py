"""Entry point of the frozen (PyInstaller) app: the same `qbsync` command as the wheel."""

from __future__ import annotations

import multiprocessing
import sys

from qbsync_desktop.cli import main

if __name__ == "__main__":
    # A frozen app re-runs itself for child processes (the bundled sandboxes may run in one).
    multiprocessing.freeze_support()
    sys.exit(main())
