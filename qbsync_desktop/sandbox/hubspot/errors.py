"""HubSpot's error envelopes (hubspot.md s5): CRM errors, token-endpoint errors, 429 bodies."""

from __future__ import annotations

import json
import uuid
from typing import Any

from starlette.responses import JSONResponse, Response

SCOPES_LINK = "https://developers.hubspot.com/scopes"


def correlation_id() -> str:
    return str(uuid.uuid4())


class HubSpotError(Exception):
    """Raised by handlers; rendered as the CRM error envelope."""

    def __init__(
        self,
        http_status: int,
        category: str,
        message: str,
        *,
        context: dict[str, list[str]] | None = None,
        errors: list[dict[str, Any]] | None = None,
        links: dict[str, str] | None = None,
        sub_category: str | None = None,
    ) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.category = category
        self.message = message
        self.context = context
        self.errors = errors
        self.links = links
        self.sub_category = sub_category

    def body(self, cid: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "status": "error",
            "message": self.message,
            "correlationId": cid,
            "category": self.category,
        }
        if self.sub_category:
            out["subCategory"] = self.sub_category
        if self.context:
            out["context"] = self.context
        if self.errors:
            out["errors"] = self.errors
        if self.links:
            out["links"] = self.links
        return out

    def standard_error(self) -> dict[str, Any]:
        """The `StandardError` shape used inside 207 batch responses."""
        return {
            "status": "error",
            "category": self.category,
            "message": self.message,
            "context": self.context or {},
            "errors": self.errors or [],
            "links": self.links or {},
        }

    def response(self, headers: dict[str, str] | None = None) -> Response:
        cid = correlation_id()
        return JSONResponse(
            self.body(cid),
            status_code=self.http_status,
            headers={"X-HubSpot-Correlation-Id": cid, **(headers or {})},
        )


class PropertyIssue:
    """One invalid property value; many are folded into one VALIDATION_ERROR."""

    def __init__(self, name: str, code: str, message: str) -> None:
        self.name = name
        self.code = code
        self.message = message


def validation_error(issues: list[PropertyIssue]) -> HubSpotError:
    """400 VALIDATION_ERROR whose message embeds the JSON list of per-property results [O]."""
    embedded = json.dumps(
        [{"isValid": False, "message": i.message, "error": i.code, "name": i.name} for i in issues],
        separators=(",", ":"),
    )
    return HubSpotError(
        400,
        "VALIDATION_ERROR",
        f"Property values were not valid: {embedded}",
        errors=[
            {"message": i.message, "code": i.code, "context": {"propertyName": [i.name]}}
            for i in issues
        ],
    )


def bad_request(message: str, **kw: Any) -> HubSpotError:
    return HubSpotError(400, "VALIDATION_ERROR", message, **kw)


def not_found(object_id: str) -> HubSpotError:
    # The double space is in real responses [O].
    return HubSpotError(
        404,
        "OBJECT_NOT_FOUND",
        "Object not found.  objectId are usually numeric.",
        context={"id": [object_id]},
    )


def conflict(existing_id: int | str, label: str = "Contact") -> HubSpotError:
    return HubSpotError(409, "CONFLICT", f"{label} already exists. Existing ID: {existing_id}")


def missing_scopes(required: list[str]) -> HubSpotError:
    return HubSpotError(
        403,
        "MISSING_SCOPES",
        "This app hasn't been granted all required scopes to make this call. "
        "Read more about required scopes here: https://developers.hubspot.com/scopes.",
        errors=[
            {
                "message": "One or more of the following scopes are required.",
                "context": {"requiredScopes": list(required)},
            }
        ],
        links={"scopes": SCOPES_LINK},
    )


def oauth_error(status: str, message: str, http_status: int = 400) -> Response:
    """Token-endpoint errors carry the code in `status` (hubspot.md s1.6)."""
    cid = correlation_id()
    return JSONResponse(
        {"status": status, "message": message, "correlationId": cid, "requestId": cid[:8]},
        status_code=http_status,
        headers={"X-HubSpot-Correlation-Id": cid},
    )


def rate_limited(policy: str, message: str, hub_id: int, headers: dict[str, str]) -> Response:
    cid = correlation_id()
    group = {
        "TEN_SECONDLY_ROLLING": "publicapi:app-api-calls-ten-secondly",
        "SECONDLY": "publicapi:search-secondly",
        "DAILY": "publicapi:app-api-calls-daily",
    }[policy]
    return JSONResponse(
        {
            "status": "error",
            "message": message,
            "errorType": "RATE_LIMIT",
            "correlationId": cid,
            "policyName": policy,
            "groupName": f"{group}:{hub_id}",
        },
        status_code=429,
        headers={"X-HubSpot-Correlation-Id": cid, **headers},
    )
