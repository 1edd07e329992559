"""A record's sync history in a bookkeeper's words: "Created customer in QuickBooks",
"Updated 2 fields in HubSpot: phone number, city". The fields' own (API) names and the
values sent are kept for the details view (`HistoryLine.details`)."""

from __future__ import annotations

from dataclasses import dataclass

from qbsync_desktop.core.sync.problems import Problem, field_label, render
from qbsync_desktop.core.sync.report import ChangeDetail

from .i18n import translate, translate_marked
from .object_labels import record_noun

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
    if action == "fail" or problem is not None:
        said = render(problem, translate_marked).explanation if problem else detail
        return HistoryLine(translate("History", "Failed: {reason}").format(reason=said))
    change = ChangeDetail.from_json(detail)
    if change is None:  # a row written before histories were kept as data
        return HistoryLine(_old_action(action, direction), detail)
    lines: list[str] = []
    if action == "create_quickbooks":
        lines.append(
            translate("History", "Created {record} in QuickBooks").format(
                record=record_noun(obj, "quickbooks")
            )
        )
    elif action == "create_hubspot":
        lines.append(
            translate("History", "Created {record} in HubSpot").format(
                record=record_noun(obj, "hubspot")
            )
        )
    elif action == "match":
        lines.append(translate("History", "Linked to the record with the same key"))
    if action not in ("create_quickbooks", "create_hubspot"):
        for side, values in (("hubspot", change.to_hubspot), ("quickbooks", change.to_quickbooks)):
            if values:
                lines.append(_updated(side, values))
    if not lines:
        lines.append(_old_action(action, direction))
    details = _details(change)
    if change.note:
        details = f"{details}; {change.note}" if details else change.note
    return HistoryLine("; ".join(lines), details)


def _old_action(action: str, direction: str) -> str:
    words = {
        "create_quickbooks": translate("History", "Created in QuickBooks"),
        "create_hubspot": translate("History", "Created in HubSpot"),
        "update": translate("History", "Updated"),
        "match": translate("History", "Linked to the record with the same key"),
    }
    said = words.get(action, action)
    side = direction_label(direction)
    return f"{said} ({side})" if side and action == "update" else said
