"""Records of one object type, their unique-value indexes and property-value coercion.

HubSpot stores every property value as a string; this module turns what a caller
sends (strings, numbers, booleans, null) into the stored string or a PropertyIssue.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import PropertyIssue
from .schema import ObjectType

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
DIGITS_RE = re.compile(r"^-?\d+$")


def iso_ms(epoch_ms: int) -> str:
    """HubSpot datetime text: ISO-8601 UTC with milliseconds and Z."""
    dt = datetime.fromtimestamp(epoch_ms / 1000, tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{epoch_ms % 1000:03d}Z"


def parse_instant(text: str) -> int | None:
    """Epoch ms from an epoch-ms string, an ISO datetime or a YYYY-MM-DD date; None if neither."""
    text = text.strip()
    if DIGITS_RE.match(text):
        return int(text)
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return int(dt.timestamp() * 1000)


def parse_number(text: str) -> Decimal | None:
    try:
        d = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return d if d.is_finite() else None


def coerce_value(defn: dict[str, Any], name: str, raw: Any) -> str | PropertyIssue:
    """The stored string for `raw`, or why it is invalid. "" means: clear the value."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        text = "true" if raw else "false"
    elif isinstance(raw, int | float):
        text = repr(raw) if isinstance(raw, float) else str(raw)
    elif isinstance(raw, str):
        text = raw
    else:
        return PropertyIssue(name, "INVALID_VALUE", f"{raw!r} is not a valid value for {name}")
    if text == "":
        return ""
    ptype = defn["type"]
    if name == "email" or defn.get("fieldType") == "email":
        if not EMAIL_RE.match(text):
            return PropertyIssue(name, "INVALID_EMAIL", f"Email address {text} is invalid")
        return text
    if ptype == "number":
        # Since Apr 2025 leading/trailing spaces are rejected for non-string types [O].
        if text != text.strip() or parse_number(text) is None:
            return PropertyIssue(name, "INVALID_DECIMAL", f"{text} was not a valid number.")
        return text
    if ptype == "bool":
        low = text.lower()
        if low not in ("true", "false"):
            return PropertyIssue(name, "INVALID_BOOLEAN", f"{text} was not a valid boolean.")
        return low
    if ptype == "enumeration":
        allowed = [o["value"] for o in defn.get("options", [])]
        values = text.split(";") if defn.get("fieldType") == "checkbox" else [text]
        if allowed and any(v not in allowed for v in values):
            return PropertyIssue(
                name,
                "INVALID_OPTION",
                f"{text} was not one of the allowed options: [{', '.join(allowed)}]",
            )
        return text
    if ptype == "datetime":
        ms = parse_instant(text) if text == text.strip() else None
        if ms is None:
            return PropertyIssue(name, "INVALID_DATETIME", f"{text} was not a valid datetime.")
        return iso_ms(ms)
    if ptype == "date":
        ms = parse_instant(text) if text == text.strip() else None
        if ms is None:
            return PropertyIssue(name, "INVALID_DATE", f"{text} was not a valid date.")
        if DIGITS_RE.match(text) and ms % 86_400_000:
            return PropertyIssue(
                name, "INVALID_DATE", f"{text} is not at midnight UTC; dates need a midnight epoch."
            )
        return iso_ms(ms)[:10]
    return text


@dataclass(slots=True)
class Rec:
    id: int
    props: dict[str, str]
    created: int  # epoch ms
    updated: int
    archived: bool = False
    archived_at: int | None = None
    # Search index lag: until `visible_at`, search sees `indexed` (None: not indexed yet).
    visible_at: int = 0
    indexed: dict[str, str] | None = None
    indexed_updated: int = 0

    def to_json(self) -> list[Any]:
        return [self.id, self.props, self.created, self.updated, self.archived, self.archived_at]

    @classmethod
    def from_json(cls, row: list[Any]) -> Rec:
        return cls(row[0], row[1], row[2], row[3], row[4], row[5])


class ObjectStore:
    """All records of one type plus unique-value indexes (live records only)."""

    def __init__(self, otype: ObjectType, defs: dict[str, dict[str, Any]]) -> None:
        self.otype = otype
        self.defs = defs
        self.records: dict[int, Rec] = {}
        self.ids: list[int] = []  # ascending, includes archived ids
        self.unique: dict[str, dict[str, int]] = {}
        self.rebuild_unique()

    def unique_props(self) -> list[str]:
        return [n for n, d in self.defs.items() if d.get("hasUniqueValue")]

    @staticmethod
    def norm(prop: str, value: str) -> str:
        # Contact email is unique case-insensitively [U]; other unique values compare exactly.
        return value.strip().lower() if prop == "email" else value

    def rebuild_unique(self) -> None:
        self.unique = {p: {} for p in self.unique_props()}
        for rec in self.records.values():
            if not rec.archived:
                self.index(rec)

    def index(self, rec: Rec) -> None:
        for prop, idx in self.unique.items():
            val = rec.props.get(prop)
            if val:
                idx[self.norm(prop, val)] = rec.id

    def unindex(self, rec: Rec) -> None:
        for prop, idx in self.unique.items():
            val = rec.props.get(prop)
            if val and idx.get(self.norm(prop, val)) == rec.id:
                del idx[self.norm(prop, val)]

    def find_unique(self, prop: str, value: str) -> Rec | None:
        rid = self.unique.get(prop, {}).get(self.norm(prop, value))
        return self.records.get(rid) if rid is not None else None

    def add(self, rec: Rec) -> None:
        self.records[rec.id] = rec
        if not self.ids or rec.id > self.ids[-1]:
            self.ids.append(rec.id)
        else:  # only on restore of unordered data
            self.ids.insert(bisect_left(self.ids, rec.id), rec.id)
        if not rec.archived:
            self.index(rec)

    def remove(self, rec: Rec) -> None:
        """Gone for good (a GDPR delete): not live, not archived, in no listing."""
        self.unindex(rec)
        del self.records[rec.id]
        del self.ids[bisect_left(self.ids, rec.id)]

    def live(self, rid: int) -> Rec | None:
        rec = self.records.get(rid)
        return rec if rec is not None and not rec.archived else None

    def iter_from(self, start_id: int, archived: bool) -> Any:
        """Records with id >= start_id in id order, archived or live only."""
        for rid in self.ids[bisect_left(self.ids, start_id) :]:
            rec = self.records[rid]
            if rec.archived == archived:
                yield rec

    def count(self) -> int:
        return sum(1 for r in self.records.values() if not r.archived)
