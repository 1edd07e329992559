"""A record's sync history in a bookkeeper's words: "Created customer in QuickBooks",
"Updated 2 fields in HubSpot: phone number, city". The fields' own (API) names and the
values sent are kept for the details view (`HistoryLine.details`)."""

from __future__ import annotations

from dataclasses import dataclass

from qbsync_desktop.core.sync.problems import Problem, field_label, render
from qbsync_desktop.core.sync.report import ChangeDetail

from .i18n import translate, translate_marked
from .object_labels import key_noun, record_noun

_DIRECTION = {"to_hubspot": "QuickBooks → HubSpot", "to_quickbooks": "HubSpot → QuickBooks"}


def direction_label(direction: str) -> str:
    """Which way a change went, by the services' names ("" for none)."""
    return _DIRECTION.get(direction, "")


@dataclass(frozen=True)
class HistoryLine:
    text: str  # what happened, in words
    details: str = ""  # field names and values as the services call them (advanced view)


def _fields(values: dict[str, str | None]) -> str:
    return ", ".join(field_label(key, translate_marked) for key in values)


def _updated(side: str, values: dict[str, str | None]) -> str:
    n = len(values)
    if side == "hubspot":
        text = translate("History", "Updated %n field(s) in HubSpot: {fields}", None, n)
    else:
        text = translate("History", "Updated %n field(s) in QuickBooks: {fields}", None, n)
    return text.format(fields=_fields(values))


def _details(change: ChangeDetail) -> str:
    parts = [f"{k}: {'—' if v is None else v}" for k, v in change.to_hubspot.items()]
    parts += [f"{k}: {'—' if v is None else v}" for k, v in change.to_quickbooks.items()]
    return "; ".join(parts)


def history_line(
    obj: str, action: str, detail: str, problem: Problem | None, direction: str = ""
) -> HistoryLine:
    """One activity row as a sentence (and its details)."""
    if action == "exclude":
        said = render(problem, translate_marked).explanation if problem else detail
        return HistoryLine(translate("History", "Left out: {reason}").format(reason=said))
    if action == "fail" or problem is not None:
        said = render(problem, translate_marked).explanation if problem else detail
        return HistoryLine(translate("History", "Failed: {reason}").format(reason=said))
    change = ChangeDetail.from_json(detail)
    if change is None:  # kept as text (an older row, or an invoice written to QuickBooks)
        return HistoryLine(action_words(obj, action, direction), detail)
    lines: list[str] = []
    if action in ("create_quickbooks", "create_hubspot", "create", "void", "match", "link"):
        lines.append(action_words(obj, action, direction))
    if action not in ("create_quickbooks", "create_hubspot", "create"):
        for side, values in (("hubspot", change.to_hubspot), ("quickbooks", change.to_quickbooks)):
            if values:
                lines.append(_updated(side, values))
    if not lines:
        lines.append(action_words(obj, action, direction))
    details = _details(change)
    if change.note:
        details = f"{details}; {change.note}" if details else change.note
    return HistoryLine("; ".join(lines), details)


def _side(action: str, direction: str) -> str:
    """The service an action wrote to ("" when it wrote to neither)."""
    if action.startswith("create_"):
        return action.removeprefix("create_")
    return {"to_hubspot": "hubspot", "to_quickbooks": "quickbooks"}.get(direction, "")


def action_words(obj: str, action: str, direction: str) -> str:
    """What an activity did to a record, without its fields: "Created invoice in
    QuickBooks", "Voided invoice in HubSpot" (each sentence its own literal for lupdate)."""
    side = _side(action, direction)
    kind = action.removeprefix("create_") if action.startswith("create_") else action
    if kind in ("quickbooks", "hubspot"):
        kind = "create"
    record = record_noun(obj, side) if side else ""
    words = {
        ("create", "quickbooks"): translate("History", "Created {record} in QuickBooks"),
        ("create", "hubspot"): translate("History", "Created {record} in HubSpot"),
        ("update", "quickbooks"): translate("History", "Updated {record} in QuickBooks"),
        ("update", "hubspot"): translate("History", "Updated {record} in HubSpot"),
        ("void", "quickbooks"): translate("History", "Voided {record} in QuickBooks"),
        ("void", "hubspot"): translate("History", "Voided {record} in HubSpot"),
    }
    if (kind, side) in words:
        return words[(kind, side)].format(record=record)
    key = key_noun(obj)
    if kind in ("match", "link") and key is not None:  # by the key the bookkeeper knows
        said = translate("History", "Linked to the QuickBooks {record} with the same {key}")
        return said.format(record=record_noun(obj, "quickbooks"), key=key)
    others = {
        "match": translate("History", "Linked to the record with the same key"),
        "link": translate("History", "Linked to the record with the same key"),
        "update": translate("History", "Updated"),
        "void": translate("History", "Voided"),
    }
    return others.get(kind, action)
