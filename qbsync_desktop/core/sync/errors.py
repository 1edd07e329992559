"""The converters from what went wrong to a `Problem` (a code, its parameters and the
field it names; see problems.py for the words). Every failed or excluded record gets one
(SPEC.md section 3).

Service errors are read by duck typing (`code`, `element`, `category`, ...) so this
module depends on nothing but the error's documented attributes.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from typing import Any

from qbsync_desktop.core.sync.problems import (
    FIELD_LABELS,
    Problem,
    ProblemCode,
    field_label,
    render,
)

__all__ = ["FIELD_LABELS", "Problem", "ProblemCode", "field_label", "render"]

log = logging.getLogger(__name__)
Code = ProblemCode


# --- exclusions and problems found before anything is sent ------------------------------


def no_email() -> Problem:
    return Problem(Code.NO_EMAIL)


def no_sku() -> Problem:
    return Problem(Code.NO_SKU)


def filtered(description: str) -> Problem:
    """Left out for a reason given in (English) words; a settings filter uses `filtered_by`."""
    return Problem(Code.FILTERED, {"description": description})


def filtered_by(prop: str, op: str, value: str) -> Problem:
    """Left out by a settings filter: kept as its parts, worded when shown (any language)."""
    return Problem(Code.FILTERED, {"property": prop, "op": op, "value": value})


def holder_params(entity: str, name: str, qbo_id: str, active: bool) -> dict[str, str]:
    """Who holds a QuickBooks name, kept as parts so it is worded in the reader's language
    (`problems.values_for` makes “the vendor “Jordan Blake” (QuickBooks id 7)” of them)."""
    return {
        "holder_entity": entity,
        "holder_name": name,
        "holder_id": qbo_id,
        "holder_inactive": "" if active else "1",
    }


def duplicate_key(kind: str, value: str, side: str, holder: str) -> Problem:
    params = {"kind": kind, "value": value, "service": side, "holder": holder}
    return Problem(Code.DUPLICATE_KEY, params, field=kind)


def key_in_use(kind: str, value: str, holder: str) -> Problem:
    """A linked record's key changed to one another linked record holds (`holder` names it):
    copying it would leave two records on each side sharing it."""
    return Problem(Code.KEY_IN_USE, {"kind": kind, "value": value, "holder": holder}, field=kind)


def deleted(side: str, kind: str = "record") -> Problem:
    return Problem(Code.DELETED, {"service": side, "kind": kind})


# --- values a service would refuse, found before sending (mapping.check_*) ---------------


def not_an_email(field: str, value: str) -> Problem:
    return Problem(Code.NOT_AN_EMAIL, {"value": value[:80]}, field=field)


def too_long(field: str, length: int, limit: int | str) -> Problem:
    return Problem(Code.TOO_LONG, {"length": str(length), "limit": str(limit)}, field=field)


def forbidden_characters(field: str) -> Problem:
    return Problem(Code.FORBIDDEN_CHARACTERS, field=field)


def not_a_number(field: str, value: str) -> Problem:
    return Problem(Code.NOT_A_NUMBER, {"value": value[:40]}, field=field)


def too_many_decimals(field: str) -> Problem:
    return Problem(Code.TOO_MANY_DECIMALS, field=field)


# --- QuickBooks faults ---------------------------------------------------------------------


def explain_qbo_fault(
    code: str | None,
    message: str = "",
    detail: str = "",
    element: str | None = None,
    *,
    name: str | None = None,
    holder: str | Mapping[str, str] | None = None,
) -> Problem:
    """A QBO Fault (code as string) as a problem. `holder` names who holds a name: its
    parts (`holder_params`, worded when shown) or, from older callers, words."""
    code = (code or "").strip()
    text = f"{message} {detail}".strip()
    qbo = {"service": "quickbooks"}
    if code == "6240":
        params = {"name": name} if name else {}
        if isinstance(holder, str):
            params["holder"] = holder
        elif holder:
            params.update(holder)
        return Problem(Code.NAME_TAKEN, params, field="DisplayName")
    if code == "6140":
        return Problem(Code.DOC_NUMBER_TAKEN, {"detail": detail}, field="DocNumber")
    if code == "6000" and "service date" in text.lower():
        return Problem(Code.SERVICE_DATE_NEEDED, field="ServiceDate")
    if code == "5010":
        return Problem(Code.STALE)
    if code in ("610", "2500"):
        return Problem(Code.GONE, qbo, field=element or None)
    if code == "2050":
        limit = re.search(r"Max:\s*(\d+)", text)
        if limit:
            return too_long(element or "", 0, limit.group(1))
        return Problem(Code.FIELD_REFUSED, {**qbo, "detail": detail or message}, element)
    if code == "2210" or (code == "6000" and "email" in text.lower()):
        return Problem(Code.EMAIL_REFUSED, qbo, field="PrimaryEmailAddr")
    if code == "2020":
        return Problem(Code.REQUIRED, qbo, field=element or "")
    if code == "2010":
        return Problem(Code.FIELD_REFUSED, {**qbo, "detail": detail or message}, element or "")
    if code == "6080":
        return Problem(Code.NO_NAME, field="DisplayName")
    if code in ("6200", "6210"):
        return Problem(Code.CLOSED_BOOKS)
    if code == "6430":
        return Problem(Code.NOT_INCOME_ACCOUNT, field="IncomeAccountRef")
    if code in ("100", "120", "3200", "6190"):
        return connection_expired("quickbooks")
    if code == "3100":
        return missing_permission("quickbooks", ["com.intuit.quickbooks.accounting"])
    if code == "3001":
        return rate_limited("quickbooks")
    if code == "10000" or (code == "500" and "unsupported" not in text.lower()):
        return service_error("quickbooks")
    said = detail or message or f"QuickBooks error {code}."
    if code == "6000":
        return Problem(Code.BUSINESS_RULE, {**qbo, "detail": said}, field=element or None)
    log.info("QuickBooks fault %s not in the catalogue: %s", code, text)
    return Problem(Code.REFUSED, {**qbo, "detail": said}, field=element or None)


# --- HubSpot errors ------------------------------------------------------------------------


def _hubspot_sub_errors(message: str) -> list[dict[str, Any]]:
    """HubSpot validation messages embed a JSON list of per-property results."""
    start = message.find("[")
    if start < 0:
        return []
    try:
        data = json.loads(message[start:])
    except ValueError:
        return []
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def explain_hubspot_error(
    category: str | None,
    message: str = "",
    code: str | None = None,
    context: dict[str, Any] | None = None,
    http_status: int | None = None,
) -> Problem:
    category = (category or "").upper()
    context = context or {}
    text = message or ""
    hub = {"service": "hubspot"}
    if http_status == 401 or category in ("EXPIRED_AUTHENTICATION", "INVALID_AUTHENTICATION"):
        return connection_expired("hubspot")
    if category == "MISSING_SCOPES" or http_status == 403:
        scopes = context.get("requiredGranularScopes") or context.get("requiredScopes") or []
        return missing_permission("hubspot", [str(s) for s in scopes])
    if category == "RATE_LIMIT" or http_status == 429:
        return rate_limited("hubspot")
    if category == "OBJECT_NOT_FOUND" or http_status == 404:
        return Problem(Code.GONE, hub)
    if category == "CONFLICT" or http_status == 409:
        return Problem(Code.EMAIL_TAKEN, {"detail": text}, field="email")
    if category == "VALIDATION_ERROR" or http_status == 400:
        for sub in _hubspot_sub_errors(text):
            prop = str(sub.get("name") or "")
            err = str(sub.get("error") or "")
            msg = str(sub.get("message") or err)
            if err == "INVALID_EMAIL" or prop == "email":
                return Problem(Code.EMAIL_REFUSED, {**hub, "detail": msg}, field="email")
            if prop:
                return Problem(Code.FIELD_REFUSED, {**hub, "detail": msg}, field=prop)
        if code == "INVALID_EMAIL" or "email" in text.lower():
            return Problem(Code.EMAIL_REFUSED, hub, field="email")
        return Problem(Code.REFUSED, {**hub, "detail": text})
    if http_status is not None and http_status >= 500:
        return service_error("hubspot")
    log.info("HubSpot error not in the catalogue: %s %s", category, text)
    return Problem(Code.REFUSED, {**hub, "detail": text or "Unknown HubSpot error."})


# --- connection-level problems -------------------------------------------------------------


def connection_expired(service: str) -> Problem:
    return Problem(Code.CONNECTION, {"service": service})


def missing_permission(service: str, scopes: list[str]) -> Problem:
    params = {"service": service}
    if scopes:
        params["scopes"] = ", ".join(scopes)
    return Problem(Code.PERMISSION, params)


def rate_limited(service: str) -> Problem:
    return Problem(Code.RATE_LIMITED, {"service": service})


def network_down(service: str) -> Problem:
    return Problem(Code.NETWORK, {"service": service})


def service_error(service: str) -> Problem:
    return Problem(Code.SERVICE, {"service": service})


def explain(
    exc: BaseException,
    *,
    service: str | None = None,
    name: str | None = None,
    holder: str | Mapping[str, str] | None = None,
) -> Problem:
    """Any exception the engine meets as a problem (never a raw dump).

    `service` says which side was being called, for errors that do not carry it.
    """
    api_service = getattr(exc, "service", None)
    if getattr(exc, "no_answer", False):  # dropped, timed out, or the service gave up on
        return network_down(api_service or service or "quickbooks")
    if api_service == "quickbooks":
        return explain_qbo_fault(
            getattr(exc, "code", None),
            str(getattr(exc, "message", "") or ""),
            str(getattr(exc, "detail", "") or ""),
            getattr(exc, "element", None),
            name=name,
            holder=holder,
        )
    if api_service == "hubspot":
        return explain_hubspot_error(
            getattr(exc, "category", None),
            str(getattr(exc, "message", "") or ""),
            getattr(exc, "code", None),
            getattr(exc, "context", None),
            getattr(exc, "http_status", None),
        )
    cls = type(exc).__name__
    if "Timeout" in cls or "Connect" in cls or "Network" in cls or isinstance(exc, OSError):
        return network_down(service or "quickbooks")
    log.error("Unexpected problem while syncing: %s: %s", cls, exc)  # the class goes to the log
    return Problem(Code.INTERNAL)
