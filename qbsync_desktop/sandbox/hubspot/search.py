"""`POST /crm/v3/objects/{type}/search`: filters, one sort, offset paging, the 10k cap."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fnmatch import fnmatchcase
from typing import Any

from .errors import bad_request
from .schema import ObjectType
from .store import ObjectStore, Rec, parse_instant, parse_number

MAX_LIMIT = 200
RESULT_CAP = 10_000
# [U] hubspot.md s2.9: 5 groups, 10 filters per group, 25 filters in all (2024 changelog).
MAX_GROUPS, MAX_PER_GROUP, MAX_FILTERS = 5, 10, 25
OPERATORS = {
    "EQ",
    "NEQ",
    "LT",
    "LTE",
    "GT",
    "GTE",
    "BETWEEN",
    "IN",
    "NOT_IN",
    "HAS_PROPERTY",
    "NOT_HAS_PROPERTY",
    "CONTAINS_TOKEN",
    "NOT_CONTAINS_TOKEN",
}
TOKEN_SPLIT = re.compile(r"[\s,;]+")


@dataclass(slots=True)
class View:
    """What the search index holds for a record (it may lag behind the record)."""

    rec: Rec
    props: dict[str, str]
    updated: int


Getter = Callable[[View], Any]
Pred = Callable[[View], bool]


def _converter(t: ObjectType, st: ObjectStore, name: str) -> tuple[Getter, Callable[[str], Any]]:
    """(value of a view as a comparable, filter text -> comparable) for one property."""
    defn = st.defs.get(name)
    if defn is None:
        raise bad_request(f"There was a problem with the request: property {name} does not exist")
    if name == "hs_object_id":
        return (lambda v: v.rec.id), _to_number
    if name == t.modified_prop:
        return (lambda v: v.updated), _to_instant
    if name == t.created_prop:
        return (lambda v: v.rec.created), _to_instant
    ptype = defn["type"]
    if ptype == "number":
        return (lambda v: _maybe(v.props.get(name), parse_number)), _to_number
    if ptype in ("datetime", "date"):
        return (lambda v: _maybe(v.props.get(name), parse_instant)), _to_instant
    return (lambda v: _maybe(v.props.get(name), str.lower)), (lambda s: str(s).lower())


def _maybe(value: str | None, fn: Callable[[str], Any]) -> Any:
    return fn(value) if value else None


def _to_number(text: str) -> Decimal:
    n = parse_number(str(text))
    if n is None:
        raise bad_request(f"{text} is not a valid number")
    return n


def _to_instant(text: str) -> int:
    ms = parse_instant(str(text))
    if ms is None:
        raise bad_request(f"{text} is not a valid date or epoch-millisecond value")
    return ms


def _filter(t: ObjectType, st: ObjectStore, f: Any) -> Pred:
    if not isinstance(f, dict) or "propertyName" not in f:
        raise bad_request("Each filter needs propertyName and operator")
    name, op = f["propertyName"], str(f.get("operator", "EQ")).upper()
    if op not in OPERATORS:
        raise bad_request(f"Invalid operator {op}; expected one of {sorted(OPERATORS)}")
    get, conv = _converter(t, st, name)
    if op == "HAS_PROPERTY":
        return lambda v: get(v) is not None
    if op == "NOT_HAS_PROPERTY":
        return lambda v: get(v) is None
    if op in ("IN", "NOT_IN"):
        values = f.get("values")
        if not isinstance(values, list):
            raise bad_request(f"Operator {op} needs a list in values")
        wanted = {conv(x) for x in values}
        if op == "IN":
            return lambda v: get(v) in wanted
        return lambda v: get(v) not in wanted
    if op in ("CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN"):
        pattern = str(f.get("value", "")).lower()
        raw_get = _raw(t, name)

        def contains(v: View) -> bool:
            text = (raw_get(v) or "").lower()
            if not text:
                return False
            return fnmatchcase(text, pattern) or any(
                fnmatchcase(tok, pattern) for tok in TOKEN_SPLIT.split(text)
            )

        if op == "CONTAINS_TOKEN":
            return contains
        return lambda v: not contains(v)
    if "value" not in f:
        raise bad_request(f"Operator {op} needs a value")
    target = conv(f["value"])
    if op == "BETWEEN":
        if "highValue" not in f:
            raise bad_request("Operator BETWEEN needs value and highValue")
        high = conv(f["highValue"])
        return lambda v: (x := get(v)) is not None and target <= x <= high
    if op == "NEQ":
        return lambda v: get(v) != target
    cmp: dict[str, Callable[[Any], bool]] = {
        "EQ": lambda x: x == target,
        "LT": lambda x: x < target,
        "LTE": lambda x: x <= target,
        "GT": lambda x: x > target,
        "GTE": lambda x: x >= target,
    }
    test = cmp[op]
    return lambda v: (x := get(v)) is not None and test(x)


def _raw(t: ObjectType, name: str) -> Callable[[View], str | None]:
    if name == "hs_object_id":
        return lambda v: str(v.rec.id)
    return lambda v: v.props.get(name)


def _groups(t: ObjectType, st: ObjectStore, body: dict[str, Any]) -> list[list[Pred]]:
    groups = body.get("filterGroups") or []
    if not isinstance(groups, list):
        raise bad_request("filterGroups must be a list")
    if len(groups) > MAX_GROUPS:
        raise bad_request(f"Too many filter groups ({len(groups)}); the maximum is {MAX_GROUPS}")
    total = 0
    out = []
    for g in groups:
        filters = (g or {}).get("filters") or []
        if len(filters) > MAX_PER_GROUP:
            raise bad_request(f"Too many filters in a group; the maximum is {MAX_PER_GROUP}")
        total += len(filters)
        out.append([_filter(t, st, f) for f in filters])
    if total > MAX_FILTERS:
        raise bad_request(f"Too many filters ({total}); the maximum is {MAX_FILTERS}")
    return out


def _sort(t: ObjectType, st: ObjectStore, body: dict[str, Any]) -> tuple[Getter, bool] | None:
    sorts = body.get("sorts") or []
    if not sorts:
        return None
    if len(sorts) > 1:
        raise bad_request("Only one sort is supported")  # [U] hubspot.md s2.9
    s = sorts[0]
    if isinstance(s, str):  # the SDK's "-createdate" form [O]
        name, desc = s.lstrip("-+"), s.startswith("-")
    else:
        name = s.get("propertyName", "")
        desc = str(s.get("direction", "ASCENDING")).upper() == "DESCENDING"
    get, _ = _converter(t, st, name)
    return get, desc


def run_search(
    t: ObjectType, st: ObjectStore, body: dict[str, Any], now_ms: int
) -> tuple[int, list[View], int | None]:
    """(total, page of views, next offset or None)."""
    limit = int(body.get("limit") or 10)
    if limit < 1 or limit > MAX_LIMIT:
        raise bad_request(f"limit must be between 1 and {MAX_LIMIT}")
    try:
        offset = int(body.get("after") or 0)
    except ValueError as exc:
        raise bad_request("after must be a numeric offset for search") from exc
    if offset >= RESULT_CAP:
        raise bad_request(
            f"Paging beyond {RESULT_CAP} results is not supported: after={offset}",
            sub_category="SEARCH_RESULT_LIMIT",
        )
    groups = _groups(t, st, body)
    query = str(body.get("query") or "").strip().lower()
    views: list[View] = []
    for rec in st.records.values():
        if rec.archived:
            continue
        if rec.visible_at > now_ms:
            if rec.indexed is None:
                continue  # created within the lag: not indexed yet
            view = View(rec, rec.indexed, rec.indexed_updated)
        else:
            view = View(rec, rec.props, rec.updated)
        if groups and not any(all(p(view) for p in g) for g in groups):
            continue
        if query and not any(query in val.lower() for val in view.props.values()):
            continue
        views.append(view)
    sort = _sort(t, st, body)
    if sort is not None:
        get, desc = sort
        present = [v for v in views if get(v) is not None]
        absent = [v for v in views if get(v) is None]
        present.sort(key=lambda v: (get(v), v.rec.id), reverse=desc)
        views = present + absent
    total = len(views)
    end = min(offset + limit, RESULT_CAP)
    page = views[offset:end]
    # Like the real API, the last page before the cap still offers `after=10000`,
    # which then answers 400: clients must split their query, not page further.
    nxt = end if end < total else None
    return total, page, nxt
