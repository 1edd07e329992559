"""QBO's Fault envelope, error codes and time formats.

Every failure the sandbox answers goes through `QboError` so the body is always
the documented envelope: ``{"Fault": {"Error": [{Message, Detail, code, element}],
"type": ...}, "time": ...}`` with `code` as a string (qbo.md section 4.1).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

# The company's UTC offset. Real QBO uses the company time zone (US Pacific for the
# sandbox companies); a fixed -07:00 keeps timestamps deterministic under a fake clock.
COMPANY_TZ = dt.timezone(dt.timedelta(hours=-7))


def iso_seconds(ts: float) -> str:
    """MetaData times: company offset, no milliseconds."""
    return dt.datetime.fromtimestamp(int(ts), COMPANY_TZ).isoformat()


def iso_millis(ts: float) -> str:
    """Response `time`: company offset with milliseconds."""
    return dt.datetime.fromtimestamp(ts, COMPANY_TZ).isoformat(timespec="milliseconds")


def company_date(ts: float) -> str:
    """Today's date in the company's time zone (TxnDate default)."""
    return dt.datetime.fromtimestamp(ts, COMPANY_TZ).date().isoformat()


def parse_time(text: str) -> float:
    """A date or date-time literal (as in queries and CDC) to epoch seconds."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return dt.datetime(day.year, day.month, day.day, tzinfo=COMPANY_TZ).timestamp()
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"not a date or date-time: {text!r}") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=COMPANY_TZ)
    return parsed.timestamp()


class QboError(Exception):
    """One (or more) Fault errors plus the HTTP status they travel with."""

    def __init__(
        self,
        code: str | int,
        message: str,
        detail: str | None = None,
        element: str = "",
        status: int = 400,
        fault_type: str = "ValidationFault",
        extra_errors: list[dict[str, str]] | None = None,
    ) -> None:
        super().__init__(f"{code} {message}")
        self.code = str(code)
        self.message = message
        self.detail = detail
        self.element = element
        self.status = status
        self.fault_type = fault_type
        self.extra_errors = extra_errors or []

    def fault(self) -> dict[str, Any]:
        err: dict[str, str] = {"Message": self.message}
        if self.detail is not None:
            err["Detail"] = self.detail
        err["code"] = self.code
        err["element"] = self.element
        return {"Error": [err, *self.extra_errors], "type": self.fault_type}

    def body(self, now: float) -> dict[str, Any]:
        return {"Fault": self.fault(), "time": iso_millis(now)}


# ---- the codes the sandbox raises (qbo.md section 4.3) ---------------------------


def stale_object() -> QboError:
    return QboError(
        5010,
        "Stale Object Error",
        "Stale Object Error : You and sandbox-user were working on this at the same time. "
        "sandbox-user finished before you did, so your work was not saved.",
    )


def not_found(entity: str, obj_id: str) -> QboError:
    return QboError(
        610,
        "Object Not Found",
        "Object Not Found : Something you're trying to use has been made inactive. "
        "Check the fields with accounts, customers, items, vendors or employees.",
        element=f"{entity}.Id={obj_id}" if obj_id else "",
    )


def required(element: str) -> QboError:
    name = element.rsplit(".", 1)[-1]
    return QboError(
        2020,
        "Required param missing, need to supply the required value for the API",
        f"Required parameter {name} is missing in the request",
        element=element,
    )


def too_long(element: str, limit: int, supplied: int) -> QboError:
    return QboError(
        2050,
        "String length is either shorter or longer than supported by specification",
        f"String length specified does not match the supported length. Min:0 Max:{limit} "
        f"supported. Supplied length:{supplied}",
        element=element,
    )


def invalid_ref(element: str, inactive: bool = False) -> QboError:
    if inactive:
        detail = (
            "Invalid Reference Id : Something you're trying to use has been made inactive. "
            "Check the fields with accounts, customers, items, vendors or employees."
        )
    else:
        detail = f"Invalid Reference Id : {element}"
    return QboError(2500, "Invalid Reference Id", detail, element=element)


def invalid_property(element: str) -> QboError:
    return QboError(
        2010,
        "Request has invalid or unsupported property",
        f"Property Name:{element} specified is unsupported or invalid",
        element=element,
    )


def business(detail: str, element: str = "") -> QboError:
    return QboError(
        6000,
        "A business validation error has occurred while processing your request",
        f"Business Validation Error: {detail}",
        element=element,
    )


def duplicate_name() -> QboError:
    return QboError(
        6240,
        "Duplicate Name Exists Error",
        "The name supplied already exists. : Another customer, vendor or employee is already "
        "using this name. Please use a different name.",
    )


def duplicate_doc_number(number: str, txn_type: str, txn_id: str) -> QboError:
    return QboError(
        6140,
        "Duplicate Document Number Error",
        "Duplicate Document Number Error : You must specify a different number. This number "
        f"has already been used. DocNumber={number} is assigned to TxnType={txn_type} "
        f"with TxnId={txn_id}",
    )


def period_closed() -> QboError:
    return QboError(
        6200,
        "Account Period Closed",
        "Account Period Closed, Cannot update through Services API",
    )


def unsupported(detail: str) -> QboError:
    return QboError(500, "Unsupported Operation", detail)


def query_parse(detail: str) -> QboError:
    return QboError(4000, "Error parsing query", f"QueryParserError: {detail}")


def query_validation(detail: str) -> QboError:
    return QboError(4001, "Invalid query", f"QueryValidationError: {detail}")


def throttled() -> QboError:
    return QboError(
        3001,
        "message=ThrottleExceeded; errorCode=003001; statusCode=429",
        "The request limit was reached.  Try again later",
        status=429,
        fault_type="SERVICE",
    )


def auth_failed(detail: str) -> QboError:
    return QboError(
        3200,
        "message=AuthenticationFailed; errorCode=003200; statusCode=401",
        detail,
        status=401,
        fault_type="AuthenticationFault",
    )


def auth_forbidden(detail: str) -> QboError:
    return QboError(
        3100,
        "message=AuthorizationFailed; errorCode=003100; statusCode=403",
        detail,
        status=403,
        fault_type="AuthorizationFault",
    )
