"""Turn each service's error bodies into typed exceptions.

QBO answers in three shapes: the JSON `Fault` envelope, the auth gateway's lowercase
`fault` envelope, and XML (`IntuitResponse/Fault/Error`), sometimes even when JSON was
asked for, so the body is sniffed rather than trusted by content type. HubSpot answers
JSON with `category`/`message`, 429s with `errorType`/`policyName`, and sometimes HTML.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from .errors import ApiError, AuthError, HubSpotApiError, QboFault, RateLimited

_TRANSIENT_QBO_CODES = {"10000", "3001", "3003"}


def retry_after(resp: httpx.Response) -> float | None:
    """Seconds from a `Retry-After` header (delta or HTTP date), if present and sane."""
    raw = resp.headers.get("retry-after")
    if not raw:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    from datetime import UTC, datetime

    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _json(resp: httpx.Response) -> Any:
    try:
        return json.loads(resp.content)
    except (ValueError, UnicodeDecodeError):
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def qbo_errors_from_xml(text: str) -> tuple[str | None, list[dict[str, str]]]:
    """(fault type, errors) from an XML IntuitResponse body."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return None, []
    fault = next((el for el in root.iter() if _local(el.tag) == "Fault"), None)
    if fault is None:
        return None, []
    errors = []
    for el in fault:
        if _local(el.tag) != "Error":
            continue
        item = {"code": el.get("code", ""), "element": el.get("element", "")}
        for child in el:
            item[_local(child.tag).lower()] = (child.text or "").strip()
        errors.append(item)
    return fault.get("type"), errors


def qbo_fault_parts(body: Any) -> tuple[str | None, list[dict[str, Any]]]:
    """(type, errors with lowercase keys) from a JSON body in either envelope."""
    if not isinstance(body, dict):
        return None, []
    fault = body.get("Fault") or body.get("fault")
    if not isinstance(fault, dict):
        return None, []
    raw = fault.get("Error") or fault.get("error") or []
    errors = [{str(k).lower(): v for k, v in e.items()} for e in raw if isinstance(e, dict)]
    return fault.get("type"), errors


def qbo_fault_from_parts(
    ftype: str | None, errors: list[dict[str, Any]], http_status: int | None
) -> QboFault:
    first = errors[0] if errors else {}
    code = str(first.get("code") or "") or None
    message = str(first.get("message") or "QuickBooks reported an error")
    detail = first.get("detail")
    element = first.get("element") or None
    transient = code in _TRANSIENT_QBO_CODES or (http_status is not None and http_status >= 500)
    extra = [f"{e.get('code')}: {e.get('message')}" for e in errors[1:] if isinstance(e, dict)]
    return QboFault(
        message,
        http_status=http_status,
        code=code,
        detail=(str(detail) if detail else None),
        element=str(element) if element else None,
        category=ftype,
        transient=transient,
        context={"errors": extra} if extra else None,
    )


def parse_qbo_error(resp: httpx.Response) -> ApiError:
    status = resp.status_code
    body = _json(resp)
    ftype, errors = qbo_fault_parts(body)
    if not errors:
        text = resp.content.decode("utf-8", "replace").lstrip()
        if text.startswith("<"):
            ftype, errors = qbo_errors_from_xml(text)
    fault = qbo_fault_from_parts(ftype, errors, status)
    if status == 429 or fault.code == "3001":
        return RateLimited(
            "quickbooks",
            fault.message,
            http_status=status,
            code=fault.code or "3001",
            category=ftype,
            transient=True,
            retry_after=retry_after(resp),
        )
    if status in (401, 403) and (status == 401 or fault.code in ("3100", "120", None)):
        return AuthError(
            "quickbooks",
            fault.message if errors else "QuickBooks did not accept the sign-in.",
            http_status=status,
            code=fault.code,
            detail=fault.detail,
            category=ftype,
        )
    if not errors:
        fault = QboFault(
            f"QuickBooks answered HTTP {status}",
            http_status=status,
            transient=status >= 500,
        )
    return fault


def hubspot_error_from(obj: dict[str, Any], http_status: int | None) -> HubSpotApiError:
    """One HubSpot error object (top-level body or a batch `errors[]` entry)."""
    sub_raw = obj.get("errors")
    sub: list[Any] = sub_raw if isinstance(sub_raw, list) else []
    first_sub: dict[str, Any] = sub[0] if sub and isinstance(sub[0], dict) else {}
    ctx_raw = obj.get("context")
    context: dict[str, Any] = ctx_raw if isinstance(ctx_raw, dict) else {}
    if not context and isinstance(first_sub.get("context"), dict):
        context = first_sub["context"]
    return HubSpotApiError(
        str(obj.get("message") or "HubSpot reported an error"),
        http_status=http_status,
        code=(str(first_sub.get("code")) if first_sub.get("code") else None)
        or (str(obj.get("subCategory")) if obj.get("subCategory") else None),
        category=str(obj.get("category") or obj.get("errorType") or "") or None,
        transient=http_status is not None and http_status >= 500,
        context=dict(context),
    )


def parse_hubspot_error(resp: httpx.Response) -> ApiError:
    status = resp.status_code
    body = _json(resp)
    if not isinstance(body, dict):
        return HubSpotApiError(
            f"HubSpot answered HTTP {status}",
            http_status=status,
            category="OBJECT_NOT_FOUND" if status == 404 else None,
            transient=status >= 500,
        )
    if status == 429:
        return RateLimited(
            "hubspot",
            str(body.get("message") or "rate limited"),
            http_status=status,
            code=str(body.get("policyName") or "") or None,
            category=str(body.get("errorType") or "RATE_LIMIT"),
            transient=True,
            retry_after=retry_after(resp),
        )
    err = hubspot_error_from(body, status)
    if status == 401:
        return AuthError(
            "hubspot", err.message, http_status=status, code=err.code, category=err.category
        )
    return err
