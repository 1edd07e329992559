"""The log file and its rotated copies are readable by their owner only."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from qbsync_desktop.core.logsetup import PrivateRotatingFileHandler


def test_rotated_log_files_are_private(tmp_path: Path) -> None:
    log_file = tmp_path / "qbsync.log"
    handler = PrivateRotatingFileHandler(log_file, maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("test_logsetup.private")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(30):
            logger.warning("customer Ana Müller record %d", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(tmp_path.glob("qbsync.log*"))
    assert [f.name for f in files] == ["qbsync.log", "qbsync.log.1", "qbsync.log.2"]
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
