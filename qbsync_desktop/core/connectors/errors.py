"""Typed errors for both services. Messages come from the service, passed through redaction."""

from __future__ import annotations

from typing import Any

from ..redact import redact


class ApiError(Exception):
    """A failed call. `code` is the service's code (QBO Fault code, HubSpot error code)."""

    def __init__(
        self,
        service: str,
        message: str,
        *,
        http_status: int | None = None,
        code: str | None = None,
        detail: str | None = None,
        element: str | None = None,
        category: str | None = None,
        transient: bool = False,
        context: dict[str, Any] | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.service = service
        self.http_status = http_status
        self.code = code
        self.message = redact(message)
        self.detail = redact(detail) if detail else detail
        self.element = element
        self.category = category
        self.transient = transient
        self.context = context or {}
        self.retry_after = retry_after
        super().__init__(self._text())

    def _text(self) -> str:
        parts = [f"{self.service}:"]
        if self.http_status is not None:
            parts.append(f"HTTP {self.http_status}")
        if self.code:
            parts.append(f"[{self.code}]")
        if self.category:
            parts.append(f"{self.category}")
        parts.append(self.message)
        if self.detail and self.detail != self.message:
            parts.append(f"({self.detail})")
        return " ".join(parts)


class QboFault(ApiError):
    """A QuickBooks Fault (JSON, lowercase gateway JSON or XML)."""

    def __init__(self, message: str, **kw: Any) -> None:
        super().__init__("quickbooks", message, **kw)


class HubSpotApiError(ApiError):
    """A HubSpot error body (category, message, per-input context)."""

    def __init__(self, message: str, **kw: Any) -> None:
        super().__init__("hubspot", message, **kw)


class RateLimited(ApiError):
    """HTTP 429 that did not clear within the retry budget."""


class AuthError(ApiError):
    """The service refused our credentials (401/403) or the OAuth flow failed."""


class NeedsReconnect(AuthError):
    """The refresh token is dead (invalid_grant / BAD_REFRESH_TOKEN): the user must reconnect.

    Queued work is kept; only this connection stops until the person reconnects.
    """


class TransportFailure(ApiError):
    """Timeout, refused or dropped connection after the retries ran out."""

    no_answer = True  # the service said nothing (the errors catalogue words it "can't reach")


class ServiceUnreachable(TransportFailure):
    """No answer from the service (only dropped connections, timeouts or 5xx) for longer
    than the retry policy's bound: the run gives up instead of retrying batch after batch.

    Nothing is lost: writes not answered stay pending, and the next run resumes them.
    """

    def __init__(self, service: str, silent_s: float) -> None:
        name = "HubSpot" if service == "hubspot" else "QuickBooks"
        super().__init__(
            service,
            f"Can't reach {name}: no answer for {silent_s:.0f} s.",
            transient=True,
        )
        self.silent_s = silent_s
