"""Sales terms (`Term`) and the due dates they give invoices.

A Term is a name list entity: queryable, creatable, made inactive instead of
deleted. `Type` is read-only (python-quickbooks marks it so): STANDARD terms count
`DueDays` from the transaction date, DATE_DRIVEN ones fall on `DayOfMonthDue`, in
the next month when issued within `DueNextMonthDays` of it (Intuit's Term
reference field descriptions).

An invoice's DueDate follows the term sent on it (`SalesTermRef`). Real QBO does
not copy the customer's terms onto an invoice created through the API [S
quickbooks-online-mcp-server#91, qbo.md 3.5]; without a term the sandbox counts
from the company's default terms (Preferences SalesFormsPrefs.DefaultTerms) [U:
the Net 30 seen in Intuit's samples], without writing a SalesTermRef.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from . import faults
from .books import Books, Obj, name_key
from .names import COMMON_READ_ONLY, check_lengths, merge_for_write, ref_id

# The sandbox company's terms, in the order that gives Net 30 the id "3" that the
# seeded Preferences name as DefaultTerms. Net 15 is left for clients to create.
SEED_TERMS = (("Due on receipt", 0), ("Net 10", 10), ("Net 30", 30), ("Net 60", 60))
TERM_READ_ONLY = COMMON_READ_ONLY | {"Type"}
NAME_MAX = 31  # QBO's terms name field [U: the UI limit]


def seed_terms(books: Books, now: float) -> None:
    for name, days in SEED_TERMS:
        books.insert(
            "Term",
            {"Name": name, "Active": True, "Type": "STANDARD", "DueDays": days,
             "DiscountDays": 0, "DiscountPercent": 0},
            now,
        )  # fmt: skip


def write_term(books: Books, body: Obj, now: float) -> Obj:
    existing, obj, _sparse = merge_for_write(books, "Term", body, TERM_READ_ONLY)
    if not obj.get("Name"):
        raise faults.required("Name")
    check_lengths(obj, {"Name": NAME_MAX})
    holder = books.term_names.get(name_key(obj["Name"]))
    if holder is not None and holder != obj.get("Id"):
        raise faults.QboError(
            6240,
            "Duplicate Name Exists Error",
            "The name supplied already exists. : Another term is already using this name. "
            "Please use a different name.",
        )
    if obj.get("DayOfMonthDue") not in (None, 0):
        obj["Type"] = "DATE_DRIVEN"
        day = _int(obj, "DayOfMonthDue")
        if not 1 <= day <= 31:
            raise faults.business("DayOfMonthDue must be between 1 and 31.", "DayOfMonthDue")
        obj.setdefault("DueNextMonthDays", 0)
    else:
        if obj.get("DueDays") in (None, ""):
            # Neither kind of term given: nothing to compute a due date from [U wording].
            raise faults.required("DueDays")
        obj["Type"] = "STANDARD"
        if _int(obj, "DueDays") < 0:
            raise faults.business("DueDays cannot be negative.", "DueDays")
    obj["Active"] = obj.get("Active", True) not in (False, "false")
    if existing is None:
        return books.insert("Term", obj, now)
    return books.replace("Term", obj, now)


def _int(obj: Obj, field: str) -> int:
    try:
        value = int(obj[field])
    except (TypeError, ValueError) as exc:
        raise faults.invalid_property(field) from exc
    obj[field] = value
    return value


def term_ref(books: Books, obj: Obj) -> Obj | None:
    """The invoice's SalesTermRef checked (2500 when unknown/inactive), or None."""
    term_id = ref_id(obj.get("SalesTermRef"))
    if term_id is None:
        obj.pop("SalesTermRef", None)
        return None
    term = books.get("Term", term_id)
    if term is None or not term.get("Active", True):
        raise faults.invalid_ref("SalesTermRef", inactive=term is not None)
    obj["SalesTermRef"] = {"value": term_id, "name": term["Name"]}
    return term


def due_date(term: Obj | None, txn_date: str) -> str:
    start = dt.date.fromisoformat(txn_date)
    if term is None:
        return start.isoformat()
    if term.get("Type") == "DATE_DRIVEN":
        return _date_driven(term, start).isoformat()
    return (start + dt.timedelta(days=int(term.get("DueDays") or 0))).isoformat()


def _date_driven(term: Obj, start: dt.date) -> dt.date:
    day = int(term["DayOfMonthDue"])
    due = _day_in_month(start.year, start.month, day)
    if due < start or (due - start).days < int(term.get("DueNextMonthDays") or 0):
        year, month = (start.year + 1, 1) if start.month == 12 else (start.year, start.month + 1)
        due = _day_in_month(year, month, day)
    return due


def _day_in_month(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def invoice_due_date(books: Books, obj: Obj, default_term: Any) -> None:
    """Set SalesTermRef (checked) and, when the client sent none, DueDate."""
    term = term_ref(books, obj)
    if obj.get("DueDate"):
        return
    if term is None:
        fallback = books.get("Term", ref_id(default_term) or "")
        term = fallback if fallback and fallback.get("Active", True) else None
    obj["DueDate"] = due_date(term, obj["TxnDate"])
