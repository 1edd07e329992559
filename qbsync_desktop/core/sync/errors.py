"""The errors catalogue: every failed or excluded record gets a category, a plain
explanation and the fix, in the user's words (SPEC.md section 3).

Service errors are read by duck typing (`code`, `element`, `category`, ...) so this
module depends on nothing but the error's documented attributes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Problem:
    category: str  # "E2", "invalid_data", "no_email", ...
    title: str  # what the user sees first
    reason: str  # why it happened, plainly
    fix: str  # what to do (or what we do)
    field: str | None = None
    transient: bool = False  # retried automatically; shown only if it persists

    @property
    def explanation(self) -> str:
        return f"{self.title}: {self.reason}" if self.reason else self.title


# Plain names of QBO and HubSpot fields, for messages that name the field.
FIELD_LABELS = {
    "GivenName": "first name",
    "FamilyName": "last name",
    "MiddleName": "middle name",
    "CompanyName": "company",
    "DisplayName": "display name",
    "PrintOnCheckName": "name printed on cheques",
    "PrimaryEmailAddr": "email",
    "PrimaryEmailAddr.Address": "email",
    "PrimaryPhone": "phone",
    "PrimaryPhone.FreeFormNumber": "phone",
    "BillAddr": "billing address",
    "BillAddr.Line1": "street address",
    "BillAddr.City": "city",
    "BillAddr.CountrySubDivisionCode": "state",
    "BillAddr.PostalCode": "postal code",
    "BillAddr.Country": "country",
    "Name": "product name",
    "Sku": "SKU",
    "UnitPrice": "price",
    "Description": "description",
    "IncomeAccountRef": "income account",
    "firstname": "first name",
    "lastname": "last name",
    "company": "company",
    "email": "email",
    "phone": "phone",
    "address": "street address",
    "city": "city",
    "state": "state",
    "zip": "postal code",
    "country": "country",
    "name": "product name",
    "hs_sku": "SKU",
    "price": "price",
    "description": "description",
}


def field_label(name: str | None) -> str:
    if not name:
        return "a field"
    return FIELD_LABELS.get(name, FIELD_LABELS.get(name.split(".")[-1], name))


# --- exclusions and problems found before anything is sent ------------------------------


def no_email() -> Problem:
    return Problem(
        "no_email",
        "No email address",
        "Contacts and customers are matched by email, and this record has none.",
        "Add an email address to the record; it syncs on the next run.",
    )


def no_sku() -> Problem:
    return Problem(
        "no_sku",
        "No SKU",
        "Products are matched by SKU; products without one are left out to avoid duplicates.",
        "Give the product a SKU, or allow products without SKU in the product sync settings.",
    )


def filtered(description: str) -> Problem:
    return Problem(
        "filtered",
        "Left out by a filter",
        f"The sync settings exclude records where {description}.",
        "Change the filter in the sync settings if this record should sync.",
    )


def duplicate_key(kind: str, value: str, side: str, holder: str) -> Problem:
    where = "QuickBooks" if side == "quickbooks" else "HubSpot"
    return Problem(
        f"duplicate_{kind}",
        f"Duplicate {kind}",
        f"Another {where} record ({holder}) has the same {kind} “{value}”, so it is not "
        "clear which one to sync.",
        f"Give each {where} record its own {kind}, or merge the duplicates.",
        field=kind,
    )


def key_in_use(kind: str, value: str, holder: str) -> Problem:
    """A linked record's key changed to one another linked record holds (`holder` names it):
    copying it would leave two records on each side sharing it."""
    return Problem(
        f"duplicate_{kind}",
        f"{kind[0].upper()}{kind[1:]} already used by {holder}",
        f"This record's {kind} was changed to “{value}”, which {holder} already has. The "
        "change was not copied, so nothing changed on either side.",
        f"Give this record a {kind} no other record has (or change it back); it syncs on "
        "the next run.",
        field=kind,
    )


def invalid_field(field: str, problem: str, fix: str | None = None) -> Problem:
    label = field_label(field)
    return Problem(
        "invalid_data",
        f"Invalid {label}",
        problem,
        fix or f"Correct the {label} on the record; it syncs on the next run.",
        field=field,
    )


def deleted(side: str, kind: str = "record") -> Problem:
    where = "HubSpot" if side == "hubspot" else "QuickBooks"
    other = "QuickBooks" if side == "hubspot" else "HubSpot"
    return Problem(
        "deleted",
        f"Deleted in {where}",
        f"The linked {kind} was deleted, archived or made inactive in {where}; "
        f"its {other} copy was left as it is.",
        f"Restore it in {where}, or delete the {other} copy yourself if it is no longer needed.",
    )


def conflict_note(rule: str) -> str:
    winner = "HubSpot" if rule == "hubspot" else "QuickBooks"
    return f"Changed on both sides since the last sync; the {winner} value was kept."


# --- QuickBooks faults ---------------------------------------------------------------------


def explain_qbo_fault(
    code: str | None,
    message: str = "",
    detail: str = "",
    element: str | None = None,
    *,
    name: str | None = None,
    holder: str | None = None,
) -> Problem:
    """A QBO Fault (code as string) in the user's words. `holder` names who holds a name."""
    code = (code or "").strip()
    text = f"{message} {detail}".strip()
    if code == "6240":
        who = holder or "another customer, vendor or employee"
        shown = f"“{name}” " if name else ""
        return Problem(
            "E2",
            "Display name is a duplicate",
            f"QuickBooks names must be unique across customers, vendors and employees, and "
            f"the name {shown}is already used by {who}.",
            f"Rename {holder or 'the record holding the name'} in QuickBooks (for example "
            "add “(supplier)” to its display name), or pick another display-name rule on the "
            "Sync settings tab: “Company (First Last)”, or “First Last (email)”, which also "
            "works for contacts without a company; then press Retry.",
            field="DisplayName",
        )
    if code == "6140":
        return Problem(
            "E6",
            "Duplicate document number: this number is already used",
            "QuickBooks “custom transaction numbers” is on and the number is taken by another "
            f"invoice or credit memo. {detail}".strip(),
            "Renumber the QuickBooks document, then switch custom transaction numbers off.",
            field="DocNumber",
        )
    if code == "6000" and "service date" in text.lower():
        return Problem(
            "E3",
            "Enter a service date for revenue-recognition lines",
            "Revenue recognition is on in QuickBooks and the lines carry no service date.",
            "Turn revenue recognition off in QuickBooks, or map a date to the service date.",
            field="ServiceDate",
        )
    if code == "5010":
        return Problem(
            "stale",
            "Changed in QuickBooks at the same time",
            "Someone changed this record in QuickBooks while the sync was writing it.",
            "Nothing to do: the sync reads it again and retries.",
            transient=True,
        )
    if code in ("610", "2500"):
        return Problem(
            "deleted",
            "Record no longer exists in QuickBooks",
            "The record, or one it refers to, was deleted or made inactive in QuickBooks.",
            "Restore it in QuickBooks (make it active), or remove the link; then retry.",
            field=element or None,
        )
    if code == "2050":
        limit = re.search(r"Max:\s*(\d+)", text)
        most = f" (at most {limit.group(1)} characters)" if limit else ""
        return invalid_field(
            element or "", f"The {field_label(element)} is too long for QuickBooks{most}."
        )
    if code == "2210" or (code == "6000" and "email" in text.lower()):
        return invalid_field("PrimaryEmailAddr", "QuickBooks does not accept this email address.")
    if code == "2020":
        return invalid_field(element or "", f"QuickBooks needs a {field_label(element)}.")
    if code == "2010":
        return invalid_field(
            element or "", f"QuickBooks rejected the {field_label(element)}: {detail or message}"
        )
    if code == "6080":
        return invalid_field(
            "DisplayName",
            "The record has no name at all.",
            "Add a first or last name or a company.",
        )
    if code in ("6200", "6210"):
        return Problem(
            "closed_books",
            "The books are closed for this date",
            "QuickBooks refuses changes dated on or before its closing date.",
            "Change the closing date in QuickBooks, or the record's date.",
        )
    if code == "6430":
        return invalid_field(
            "IncomeAccountRef",
            "The chosen account is not an income account.",
            "Pick an income account in the product sync settings.",
        )
    if code in ("100", "120", "3200", "6190"):
        return connection_expired("quickbooks")
    if code == "3100":
        return missing_permission("quickbooks", ["com.intuit.quickbooks.accounting"])
    if code == "3001":
        return rate_limited("quickbooks")
    if code == "10000" or (code == "500" and "unsupported" not in text.lower()):
        return service_error("quickbooks")
    if code == "6000":
        reason = detail or message or "QuickBooks refused the record."
        return Problem(
            "invalid_data",
            "QuickBooks business rule",
            reason,
            "Correct the record in the source system; then retry.",
            field=element or None,
        )
    return Problem(
        "invalid_data" if code.startswith(("2", "6")) else "service",
        message or "QuickBooks refused the record",
        detail or message or f"QuickBooks error {code}.",
        "Correct the record and retry; if it persists, contact support with this message.",
        field=element or None,
    )


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
    if http_status == 401 or category in ("EXPIRED_AUTHENTICATION", "INVALID_AUTHENTICATION"):
        return connection_expired("hubspot")
    if category == "MISSING_SCOPES" or http_status == 403:
        scopes = context.get("requiredGranularScopes") or context.get("requiredScopes") or []
        return missing_permission("hubspot", [str(s) for s in scopes])
    if category == "RATE_LIMIT" or http_status == 429:
        return rate_limited("hubspot")
    if category == "OBJECT_NOT_FOUND" or http_status == 404:
        return Problem(
            "deleted",
            "Record no longer exists in HubSpot",
            "The record was deleted or archived in HubSpot.",
            "Restore it from HubSpot's recycle bin, or remove the link; then retry.",
        )
    if category == "CONFLICT" or http_status == 409:
        return Problem(
            "duplicate_email",
            "A HubSpot contact already has this email",
            text or "HubSpot keeps one contact per email address.",
            "Merge the two contacts in HubSpot, or change one email; then retry.",
            field="email",
        )
    if category == "VALIDATION_ERROR" or http_status == 400:
        subs = _hubspot_sub_errors(text)
        for sub in subs:
            prop = str(sub.get("name") or "")
            err = str(sub.get("error") or "")
            msg = str(sub.get("message") or err)
            if err == "INVALID_EMAIL" or prop == "email":
                return invalid_field(
                    "email", f"HubSpot does not accept this email address ({msg})."
                )
            if prop:
                return invalid_field(prop, f"HubSpot rejected the {field_label(prop)}: {msg}")
        if code == "INVALID_EMAIL" or "email" in text.lower():
            return invalid_field("email", "HubSpot does not accept this email address.")
        return Problem(
            "invalid_data",
            "HubSpot refused the record",
            text,
            "Correct the record in QuickBooks; then retry.",
        )
    if http_status is not None and http_status >= 500:
        return service_error("hubspot")
    return Problem(
        "service",
        "HubSpot refused the record",
        text or "Unknown HubSpot error.",
        "Retry; if it persists, contact support with this message.",
    )


# --- connection-level problems -------------------------------------------------------------


def _service_name(service: str) -> str:
    return "HubSpot" if service == "hubspot" else "QuickBooks"


def connection_expired(service: str) -> Problem:
    name = _service_name(service)
    return Problem(
        "connection",
        f"{name} connection expired",
        f"The {name} sign-in was revoked or has expired.",
        f"Reconnect {name}; queued changes are kept and sync afterwards.",
    )


def missing_permission(service: str, scopes: list[str]) -> Problem:
    name = _service_name(service)
    which = ", ".join(scopes) if scopes else "a permission the sync needs"
    return Problem(
        "permission",
        f"Missing {name} permission",
        f"The {name} connection was not granted: {which}.",
        f"Reconnect {name} and allow the requested permissions.",
    )


def rate_limited(service: str) -> Problem:
    name = _service_name(service)
    return Problem(
        "rate_limited",
        f"{name} asked us to slow down",
        f"{name} limits how many requests an app may make per minute.",
        "Nothing to do: the sync waits and retries by itself.",
        transient=True,
    )


def network_down(service: str) -> Problem:
    name = _service_name(service)
    return Problem(
        "network",
        f"Cannot reach {name}",
        "The network or the service is unavailable.",
        "Nothing to do: the change is kept and retried on the next run.",
        transient=True,
    )


def service_error(service: str) -> Problem:
    name = _service_name(service)
    return Problem(
        "service",
        f"{name} had an internal error",
        f"{name} failed while handling the request.",
        "Nothing to do: the sync retries on the next run.",
        transient=True,
    )


def explain(
    exc: BaseException,
    *,
    service: str | None = None,
    name: str | None = None,
    holder: str | None = None,
) -> Problem:
    """Any exception the engine meets, in the user's words (never a raw dump).

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
    return Problem(
        "internal", "Unexpected problem", f"{cls}: {exc}", "Retry; if it persists, report it."
    )
