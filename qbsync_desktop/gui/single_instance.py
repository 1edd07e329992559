"""One window per user and data folder: a second launch raises the running window and exits.

A user whose window is hidden in the tray starts qbsync again to find it. Two windows
would mean two tray icons, two schedulers and, with `--sandbox`, a second pair of
sandboxes that rewrites the profile's addresses under the first window. So the first
launch holds a `QLockFile` and listens on a `QLocalServer`; a later launch finds the
lock taken, sends "raise" over a `QLocalSocket` and leaves. The lock, not the socket,
decides who runs: Qt treats a lock whose process is gone as stale, so a crashed window
never blocks the next start. The CLI sub-commands take no part (they may run beside).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
RAISE = b"raise\n"
CONNECT_MS = 3000


def server_name(lock_dir: Path) -> str:
    """A socket name private to this user and data folder (tests run side by side)."""
    digest = hashlib.sha256(str(lock_dir.resolve()).encode()).hexdigest()[:16]
    return f"qbsync-window-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"


class SingleInstance(QObject):
    """`claim()` once at start-up; `raise_requested` fires when another launch asks."""

    raise_requested = Signal()

    def __init__(self, lock_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        lock_dir.mkdir(parents=True, exist_ok=True)
        self.lock_path = lock_dir / "window.lock"
        self.name = server_name(lock_dir)
        self._lock = QLockFile(str(self.lock_path))
        # Never stale by age: the window runs for weeks. A dead owner is still detected.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this process is the window; False after asking the running one to raise."""
        if self._lock.tryLock(0):
            self.lock_path.chmod(0o600)
            self._listen()
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # The folder is unreadable or similar: better a second window than none.
            log.warning("window lock unavailable (%s); opening anyway", self._lock.error().name)
            return True
        if not self._ask_to_raise():
            log.warning("qbsync is already open but did not answer; not opening a second window")
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crashed window
        if not server.listen(self.name):
            log.warning("cannot listen for other launches: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(RAISE.strip()):
            log.info("another launch asked the window to come to the front")
            self.raise_requested.emit()

    def _ask_to_raise(self) -> bool:
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(CONNECT_MS):
            return False
        sock.write(RAISE)
        sent = sock.waitForBytesWritten(CONNECT_MS)
        sock.disconnectFromServer()
        log.info("qbsync is already open: asked its window to come to the front")
        return sent
