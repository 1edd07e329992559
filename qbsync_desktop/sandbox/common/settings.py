"""Realism knobs shared by both sandboxes, changed at run time through /_sandbox/settings."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass
class SandboxSettings:
    # Per-request latency before the handler runs (divided by time_scale).
    latency_ms: float = 0.0
    # Shrinks every rate window and latency together (10 = ten times faster). Not token
    # lifetimes: no real service issues a shorter token, and the client's refresh margin
    # (300 s) is real time, so scaled tokens made every call refresh first.
    time_scale: float = 1.0
    # Fault injection, each a probability per API request (control API and OAuth excluded).
    fault_rate: float = 0.0  # answer 500 or 503 without touching state
    drop_rate: float = 0.0  # do the work, then drop the connection before the body
    slow_rate: float = 0.0  # add slow_ms of extra latency
    slow_ms: float = 2000.0
    # Limit faults, drops and slowness to request paths containing this text (e.g. "/batch"),
    # so a test can break the writes while reads keep working.
    fault_path: str | None = None
    # Access-token lifetime in real seconds (default QBO 3600, HubSpot 1800); never scaled.
    access_token_ttl: float | None = None
    # Rate limits on/off (on by default, as the real services).
    rate_limits: bool = True
    # Service-specific extras (e.g. rotate_refresh_token for QBO, search_lag_s for HubSpot).
    extra: dict[str, Any] = field(default_factory=dict)

    def scaled(self, seconds: float) -> float:
        """A real-world duration shrunk by the time scale."""
        return seconds / self.time_scale if self.time_scale > 0 else seconds

    def update(self, values: dict[str, Any]) -> list[str]:
        """Apply known keys; returns the names that are not settings (so the caller can 400)."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = [k for k in values if k not in known]
        for key, value in values.items():
            if key == "extra" and isinstance(value, dict):
                self.extra.update(value)
            elif key in known:
                setattr(self, key, value)
        return unknown

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
