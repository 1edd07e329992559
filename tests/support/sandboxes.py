"""Both sandboxes on real loopback ports, shared by a test session and reset per test."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from qbsync_desktop.sandbox.serve import SandboxInfo, SandboxServers, make_apps


@dataclass
class RunningSandboxes:
    servers: SandboxServers
    hubspot: SandboxInfo
    quickbooks: SandboxInfo

    def control(self, service: str, op: str, body: dict[str, object] | None = None) -> object:
        """Call the sandbox control API (`/_sandbox/<op>`) of one service."""
        info = self.hubspot if service == "hubspot" else self.quickbooks
        method = "GET" if op in ("inspect",) else "POST"
        resp = httpx.request(method, f"{info.base_url}/_sandbox/{op}", json=body, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def reseed(self, size: int = 50, seed: int = 1) -> None:
        """Fresh demo books on both sides and default settings."""
        for service in ("hubspot", "quickbooks"):
            self.control(service, "reset")
            self.control(service, "settings", _DEFAULT_SETTINGS)
            self.control(service, "seed", {"size": size, "seed": seed})


_DEFAULT_SETTINGS: dict[str, object] = {
    "latency_ms": 0.0,
    "time_scale": 1.0,
    "fault_rate": 0.0,
    "drop_rate": 0.0,
    "slow_rate": 0.0,
    "fault_path": None,
    "access_token_ttl": None,
}


def start_sandboxes(size: int = 50, seed: int = 1) -> RunningSandboxes:
    servers = SandboxServers(make_apps(None, size=size, seed=seed)).start()
    info = servers.info()
    return RunningSandboxes(servers, info["hubspot"], info["quickbooks"])
