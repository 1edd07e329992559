"""A client that gives up on a request in flight (the engine cancelling a read-ahead) is an
ordinary event for a sandbox: one info line, not an ASGI traceback from the body read."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from qbsync_desktop.sandbox.serve import SandboxServers, make_apps

LOGGERS = ("uvicorn.error", "qbsync_desktop.sandbox")


class _Records(logging.Handler):
    """Collects records from the server thread; `arrived` is set by the first one."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.arrived = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.arrived.set()


@contextmanager
def _listening() -> Iterator[_Records]:
    """Records of the sandbox's and uvicorn's loggers (uvicorn sets its own up as it
    starts: entered after that)."""
    handler = _Records()
    levels = {}
    for name in LOGGERS:
        logger = logging.getLogger(name)
        levels[name] = logger.level
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for name in LOGGERS:
            logging.getLogger(name).removeHandler(handler)
            logging.getLogger(name).setLevel(levels[name])


def test_a_client_giving_up_mid_request_is_one_info_line(tmp_path: Path) -> None:
    servers = SandboxServers(make_apps(tmp_path, reset=True, size=5)).start()
    try:
        hs = servers.info()["hubspot"].base_url
        token = httpx.post(f"{hs}/_sandbox/issue-token", timeout=10).json()["access_token"]
        httpx.post(f"{hs}/_sandbox/settings", json={"latency_ms": 1500}, timeout=10)
        # The search's body is read after the latency: by then the client has hung up.
        with _listening() as records:
            with pytest.raises(httpx.ReadTimeout):
                httpx.post(
                    f"{hs}/crm/v3/objects/contacts/search",
                    json={"limit": 10},
                    headers={"Authorization": f"Bearer {token}"},
                    timeout=httpx.Timeout(10, read=0.2),
                )
            assert records.arrived.wait(15), "the sandbox said nothing about the request"
        assert [r for r in records.records if r.exc_info or r.levelno >= logging.WARNING] == []
        (said,) = records.records
        assert said.levelno == logging.INFO and said.name.startswith("qbsync_desktop.sandbox")
        assert "disconnected" in said.getMessage() and "\n" not in said.getMessage()
        assert "/crm/v3/objects/contacts/search" in said.getMessage()
    finally:
        servers.stop()
