"""Shared ASGI plumbing for the sandboxes: control API, latency/fault middleware, persistence.

A service (QBO or HubSpot) implements `SandboxService`; `build_app` wraps it in a
Starlette app that also serves `/_sandbox/{reset,seed,settings,inspect}` and
applies the realism knobs of `SandboxSettings` to every API request.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .settings import SandboxSettings

CONTROL_PREFIX = "/_sandbox/"
log = logging.getLogger(__name__)


class SandboxService(Protocol):
    """What a sandbox service provides to `build_app`."""

    name: str  # "quickbooks" | "hubspot"
    revision: int  # bumped on every state change; autosave writes only when it moved
    client_id: str
    client_secret: str
    settings: SandboxSettings

    def routes(self) -> list[BaseRoute]: ...
    def reset(self) -> None: ...  # empty books, no grants
    def seed(self, size: int, seed: int) -> dict[str, int]: ...  # demo books; counts per object
    def inspect(self) -> dict[str, Any]: ...  # counts, request log size, anything tests need
    def snapshot(self) -> dict[str, Any]: ...  # JSON-able full state
    def restore(self, data: dict[str, Any]) -> None: ...
    def is_unlimited_path(self, path: str) -> bool: ...  # OAuth pages etc.: no faults/latency


class StateFile:
    """Atomic JSON snapshots so a restarted sandbox keeps its demo books."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any] | None:
        try:
            with self.path.open("r", encoding="utf-8") as fh:
                data: dict[str, Any] = json.load(fh)
                return data
        except FileNotFoundError:
            return None

    def save(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, separators=(",", ":"))
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


class RealismMiddleware:
    """Latency, slow responses, injected 5xx and dropped connections for API paths."""

    def __init__(self, app: ASGIApp, service: SandboxService, rng: random.Random) -> None:
        self.app = app
        self.service = service
        self.rng = rng

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or path.startswith(CONTROL_PREFIX)
            or self.service.is_unlimited_path(path)
        ):
            await self.app(scope, receive, send)
            return
        s = self.service.settings
        delay = s.latency_ms
        if s.fault_path and s.fault_path not in path:
            if delay:
                await asyncio.sleep(s.scaled(delay / 1000.0))
            await self.app(scope, receive, send)
            return
        if s.slow_rate and self.rng.random() < s.slow_rate:
            delay += s.slow_ms
        if delay:
            await asyncio.sleep(s.scaled(delay / 1000.0))
        if s.fault_rate and self.rng.random() < s.fault_rate:
            status = self.rng.choice([500, 503])
            await Response(
                json.dumps({"message": "injected fault", "status": status}),
                status_code=status,
                media_type="application/json",
            )(scope, receive, send)
            return
        if s.drop_rate and self.rng.random() < s.drop_rate:
            await self.app(scope, receive, _DroppingSend(send))
            return
        await self.app(scope, receive, send)


class DroppedConnection(Exception):
    """Raised after the work is done so the server closes the connection without a body."""


class _DroppingSend:
    """Lets the handler do its work, sends the response head, then aborts before the body."""

    def __init__(self, send: Send) -> None:
        self._send = send

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k != b"content-length"]
            headers.append((b"content-length", b"100000"))
            await self._send({**message, "headers": headers})
            return
        raise DroppedConnection("sandbox dropped the connection on purpose")


def control_routes(
    service: SandboxService, persist: Callable[[], Awaitable[None]]
) -> list[BaseRoute]:
    async def reset(request: Request) -> Response:
        service.reset()
        service.revision += 1
        await persist()
        return JSONResponse({"ok": True})

    async def seed(request: Request) -> Response:
        body = await _json_body(request)
        counts = service.seed(int(body.get("size", 50)), int(body.get("seed", 1)))
        service.revision += 1
        await persist()
        return JSONResponse({"ok": True, "counts": counts})

    async def settings(request: Request) -> Response:
        if request.method == "POST":
            unknown = service.settings.update(await _json_body(request))
            if unknown:
                return JSONResponse({"error": f"unknown settings: {unknown}"}, status_code=400)
        return JSONResponse(service.settings.as_dict())

    async def inspect(request: Request) -> Response:
        return JSONResponse(service.inspect())

    return [
        Route(CONTROL_PREFIX + "reset", reset, methods=["POST"]),
        Route(CONTROL_PREFIX + "seed", seed, methods=["POST"]),
        Route(CONTROL_PREFIX + "settings", settings, methods=["GET", "POST"]),
        Route(CONTROL_PREFIX + "inspect", inspect, methods=["GET"]),
    ]


async def _json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    data = json.loads(raw)
    return data if isinstance(data, dict) else {}


def build_app(
    service: SandboxService,
    state_file: Path | None = None,
    save_interval_s: float = 2.0,
    fault_seed: int | None = None,
) -> Starlette:
    """Wrap a service in the shared plumbing. With `state_file`, state survives restarts."""
    store = StateFile(state_file) if state_file else None
    if store is not None:
        data = store.load()
        if data is not None:
            service.restore(data)
    saved_revision = {"value": service.revision}

    async def persist() -> None:
        if store is None or saved_revision["value"] == service.revision:
            return
        saved_revision["value"] = service.revision
        snap = service.snapshot()  # taken on the loop thread, so it is consistent
        await asyncio.to_thread(store.save, snap)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(_autosave(persist, save_interval_s)) if store else None
        try:
            yield
        finally:
            if task:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if store is not None and saved_revision["value"] != service.revision:
                store.save(service.snapshot())

    app = Starlette(
        routes=[*control_routes(service, persist), *service.routes()],
        lifespan=lifespan,
        exception_handlers={ClientDisconnect: _client_gone},
    )
    app.add_middleware(RealismMiddleware, service=service, rng=random.Random(fault_seed))
    app.state.service = service
    app.state.persist = persist
    return app


async def _client_gone(request: Request, exc: Exception) -> Response:
    """A client hung up before its request's body was read (a cancelled read-ahead): an
    ordinary event, not a server error. Nobody is left to read the answer."""
    log.info(
        "%s: client disconnected during %s %s",
        request.app.state.service.name,
        request.method,
        request.url.path,
    )
    return Response(status_code=499)


async def _autosave(persist: Callable[[], Awaitable[None]], interval: float) -> None:
    while True:
        await asyncio.sleep(interval)
        await persist()
