"""Run both sandboxes on free loopback ports, in the foreground or a background thread."""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette

from .common import SandboxSettings, build_app


@dataclass(frozen=True)
class SandboxInfo:
    """What a client needs to point a profile at one sandbox."""

    name: str
    base_url: str
    client_id: str
    client_secret: str

    def as_dict(self) -> dict[str, str]:
        return {
            "base_url": self.base_url,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
        }


def make_services(settings: SandboxSettings | None = None) -> dict[str, Any]:
    """Fresh, empty service objects for both sandboxes (imports kept local: heavy modules)."""
    from .hubspot.service import HubSpotSandbox
    from .qbo.service import QboSandbox

    return {
        "hubspot": HubSpotSandbox(settings=settings or SandboxSettings()),
        "quickbooks": QboSandbox(settings=settings or SandboxSettings()),
    }


def make_apps(
    state_dir: Path | None,
    reset: bool = False,
    size: int = 50,
    seed: int = 1,
    latency_ms: float = 0.0,
) -> dict[str, Starlette]:
    """Both ASGI apps. With a state dir, state persists; a new or reset state is seeded."""
    apps: dict[str, Starlette] = {}
    for name, service in make_services().items():
        service.settings.latency_ms = latency_ms
        state_file = state_dir / f"{name}.json" if state_dir else None
        if state_file is not None and reset:
            state_file.unlink(missing_ok=True)
        app = build_app(service, state_file=state_file)
        if state_file is None or not state_file.exists():
            service.seed(size, seed)
            service.revision += 1
        apps[name] = app
    return apps


def _bind_loopback() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class SandboxServers:
    """Both sandboxes served by uvicorn on one event loop in a daemon thread."""

    def __init__(self, apps: dict[str, Starlette]) -> None:
        self.apps = apps
        self._sockets = {name: _bind_loopback() for name in apps}
        self._servers = {
            name: uvicorn.Server(
                uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False)
            )
            for name, app in apps.items()
        }
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def info(self) -> dict[str, SandboxInfo]:
        out = {}
        for name, app in self.apps.items():
            port = self._sockets[name].getsockname()[1]
            svc = app.state.service
            out[name] = SandboxInfo(
                name, f"http://127.0.0.1:{port}", svc.client_id, svc.client_secret
            )
        return out

    async def serve(self) -> None:
        await asyncio.gather(
            *(srv.serve(sockets=[self._sockets[name]]) for name, srv in self._servers.items())
        )

    def start(self) -> SandboxServers:
        """Serve in a background thread; returns once both accept connections."""
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            task = self._loop.create_task(self.serve())

            async def wait_started() -> None:
                while not all(s.started for s in self._servers.values()):
                    await asyncio.sleep(0.01)
                ready.set()

            self._loop.create_task(wait_started())
            self._loop.run_until_complete(task)

        self._thread = threading.Thread(target=run, name="sandboxes", daemon=True)
        self._thread.start()
        if not ready.wait(15):
            raise RuntimeError("sandboxes did not start within 15 s")
        return self

    def stop(self) -> None:
        for srv in self._servers.values():
            srv.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
