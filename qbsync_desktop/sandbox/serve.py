"""Run both sandboxes on free loopback ports: in the foreground, a thread, or a child process."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

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


def make_services(settings: SandboxSettings | None = None, country: str = "US") -> dict[str, Any]:
    """Fresh, empty service objects for both sandboxes (imports kept local: heavy modules).

    `country` is the QuickBooks company's: "GB" gives a UK company (VAT codes, GBP).
    """
    from .hubspot.service import HubSpotSandbox
    from .qbo.service import QboSandbox

    return {
        "hubspot": HubSpotSandbox(settings=settings or SandboxSettings()),
        "quickbooks": QboSandbox(settings=settings or SandboxSettings(), country=country),
    }


def make_apps(
    state_dir: Path | None,
    reset: bool = False,
    size: int = 50,
    seed: int = 1,
    latency_ms: float = 0.0,
    country: str = "US",
) -> dict[str, Starlette]:
    """Both ASGI apps. With a state dir, state persists; a new or reset state is seeded."""
    apps: dict[str, Starlette] = {}
    for name, service in make_services(country=country).items():
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
    # Accepted sockets inherit it. asyncio sets it only on proto=IPPROTO_TCP sockets, so
    # without it every answer waited ~40 ms for the client's delayed ACK (Nagle).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
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


# The child's command is `<python> -m SANDBOX_MODULE`; the frozen app answers it itself.
SANDBOX_MODULE = "qbsync_desktop.sandbox.serve"


class SandboxProcess:
    """Both sandboxes in a child Python process (what the window uses).

    In a thread of the app's own process the sandboxes compete with the window for
    the GIL, and the user feels their work as a stalled window. The child announces
    one JSON line (as `sandbox serve` does) and exits when its stdin closes, so it
    also goes away when the parent dies without calling `stop`.
    """

    def __init__(
        self,
        state_dir: Path | None = None,
        reset: bool = False,
        size: int = 50,
        seed: int = 1,
        latency_ms: float = 0.0,
    ) -> None:
        self._args = ["--size", str(size), "--seed", str(seed), "--latency-ms", str(latency_ms)]
        if state_dir is not None:
            self._args += ["--state-dir", str(state_dir)]
        if reset:
            self._args.append("--reset")
        self._proc: subprocess.Popen[str] | None = None
        self._info: dict[str, SandboxInfo] = {}

    def start(self, timeout_s: float = 60.0) -> SandboxProcess:
        """Start the child; returns once both sandboxes accept connections."""
        self._proc = subprocess.Popen(
            [sys.executable, "-m", SANDBOX_MODULE, *self._args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        line = _readline_within(self._proc.stdout, timeout_s)
        if not line:
            self.stop()
            raise RuntimeError(f"sandboxes did not start within {timeout_s:.0f} s")
        announced = json.loads(line)
        self._info = {name: SandboxInfo(name, **fields) for name, fields in announced.items()}
        return self

    def info(self) -> dict[str, SandboxInfo]:
        return dict(self._info)

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def stop(self, timeout_s: float = 10.0) -> None:
        """Ask the child to exit (stdin closed), then terminate it if it does not."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    def __enter__(self) -> SandboxProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _readline_within(stream: IO[str], timeout_s: float) -> str:
    """One line from a child's stdout, or '' when none arrives in time."""
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(stream.readline()), daemon=True)
    reader.start()
    reader.join(timeout_s)
    return result[0].strip() if result else ""


def child_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """The child's command line (what `SandboxProcess` passes it)."""
    parser = argparse.ArgumentParser(prog="python -m qbsync_desktop.sandbox.serve")
    parser.add_argument("--size", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--state-dir", type=Path, default=None)
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--country", default="US")
    return parser.parse_args(argv)


def serve_until_stdin_closes(argv: list[str] | None = None) -> int:
    args = child_arguments(argv)
    apps = make_apps(
        args.state_dir,
        reset=args.reset,
        size=args.size,
        seed=args.seed,
        latency_ms=args.latency_ms,
        country=args.country,
    )
    servers = SandboxServers(apps).start()
    print(json.dumps({name: i.as_dict() for name, i in servers.info().items()}), flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        sys.stdin.read()  # EOF: the parent stopped us or died
    servers.stop()  # uvicorn's shutdown runs the apps' lifespan, which saves state
    return 0


if __name__ == "__main__":
    raise SystemExit(serve_until_stdin_closes())
