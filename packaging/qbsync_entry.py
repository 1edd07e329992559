"""Entry point of the frozen (PyInstaller) app: the same `qbsync` command as the wheel."""

from __future__ import annotations

import multiprocessing
import sys

from qbsync_desktop.cli import main
from qbsync_desktop.sandbox.serve import SANDBOX_MODULE, serve_until_stdin_closes

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # `qbsync --sandbox` starts the sandboxes as `<python> -m <module>`; frozen, the
    # python is this executable, so it answers that command itself.
    if sys.argv[1:3] == ["-m", SANDBOX_MODULE]:
        sys.exit(serve_until_stdin_closes(sys.argv[3:]))
    sys.exit(main())
