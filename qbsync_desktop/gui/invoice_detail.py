"""An invoice's sync card in the record detail, like HubSpot's "integration sync" card:
where it was made, both numbers and both totals as last synced, its status, the last
activity, and (from the record) the state, explanation and fix.

Read from the record's link: a link whose baseline carries both sides' numbers and totals
(what the invoice sync keeps there) gets a card; other records get none. Nothing here
names an object type.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from .records import RecordRow, SqlRecordSource, activity_for
from .timefmt import amount, local_time

# The baseline keys of a link kept with both sides' numbers and totals.
CARD_KEYS = ("hs_number", "qbo_number", "hs_total", "qbo_total")


@dataclass(frozen=True)
class SyncCard:
    """What the card shows, as stored (the window words it)."""

    origin: str  # "hubspot" | "quickbooks" | ""
    hs_number: str
    qbo_number: str
    hs_total: str
    qbo_total: str
    status: str
    synced_at: str
    last_activity: tuple[str, str] | None  # (at, what happened in words, as History says it)


def sync_card(source: SqlRecordSource, rec: RecordRow) -> SyncCard | None:
    """The card of `rec`'s link, or None (no link yet, or not a link with numbers)."""
    side, value = ("hubspot_id", rec.hubspot_id) if rec.hubspot_id else ("qbo_id", rec.qbo_id)
    if not value:
        return None
    found = source.query(
        f"SELECT baseline, synced_at FROM link WHERE object = ? AND {side} = ? LIMIT 1",
        [rec.object, value],
    )
    if not found:
        return None
    try:
        baseline = json.loads(found[0][0] or "{}")
    except ValueError:
        return None
    if not isinstance(baseline, dict) or not any(k in baseline for k in CARD_KEYS):
        return None
    last = activity_for(source, rec, limit=1)
    text = {k: str(baseline.get(k) or "") for k in (*CARD_KEYS, "origin", "status")}
    return SyncCard(
        origin=text["origin"],
        hs_number=text["hs_number"],
        qbo_number=text["qbo_number"],
        hs_total=text["hs_total"],
        qbo_total=text["qbo_total"],
        status=text["status"],
        synced_at=str(found[0][1] or ""),
        last_activity=(last[0].at, last[0].line.text) if last else None,
    )


def _money(value: str) -> str:
    try:
        return amount(float(Decimal(value)))
    except (InvalidOperation, ValueError):
        return value or "—"


def status_words(status: str) -> str:
    """HubSpot's invoice status ("open") as a bookkeeper reads it; one not known as given."""
    words = {
        "draft": QCoreApplication.translate("InvoiceDetail", "Draft"),
        "open": QCoreApplication.translate("InvoiceDetail", "Open"),
        "paid": QCoreApplication.translate("InvoiceDetail", "Paid"),
        "voided": QCoreApplication.translate("InvoiceDetail", "Voided"),
    }
    return words.get(status.lower(), status)


def card_html(card: SyncCard) -> str:
    """The card as a table for the detail pane (values from the services escaped)."""
    e = html.escape
    origins = {
        "hubspot": QCoreApplication.translate("InvoiceDetail", "HubSpot"),
        "quickbooks": QCoreApplication.translate("InvoiceDetail", "QuickBooks"),
    }
    rows = [
        (QCoreApplication.translate("InvoiceDetail", "Made in"), origins.get(card.origin, "—")),
        (QCoreApplication.translate("InvoiceDetail", "HubSpot number"), card.hs_number or "—"),
        (QCoreApplication.translate("InvoiceDetail", "QuickBooks number"), card.qbo_number or "—"),
        (QCoreApplication.translate("InvoiceDetail", "HubSpot total"), _money(card.hs_total)),
        (QCoreApplication.translate("InvoiceDetail", "QuickBooks total"), _money(card.qbo_total)),
    ]
    if card.status:
        status = status_words(card.status)
        rows.append((QCoreApplication.translate("InvoiceDetail", "Status"), status))
    if card.synced_at:
        synced = local_time(card.synced_at)
        rows.append((QCoreApplication.translate("InvoiceDetail", "Last synced"), synced))
    if card.last_activity is not None:
        at, said = card.last_activity
        last = f"{local_time(at)} — {said}"
        rows.append((QCoreApplication.translate("InvoiceDetail", "Last activity"), last))
    title = QCoreApplication.translate("InvoiceDetail", "Integration sync")
    out = [f"<p><b>{e(title)}</b></p><table cellspacing='4'>"]
    # Amounts right-aligned, as the record table shows them, so their digits line up.
    money = {_money(card.hs_total), _money(card.qbo_total)}
    out += [
        f"<tr><td><i>{e(k)}</i></td><td{' align=right' if v in money else ''}>{e(v)}</td></tr>"
        for k, v in rows
    ]
    out.append("</table>")
    if card.hs_total and card.qbo_total and _money(card.hs_total) != _money(card.qbo_total):
        differ = QCoreApplication.translate("InvoiceDetail", "The totals differ.")
        out.append(f"<p style='color:#d32f2f'>{e(differ)}</p>")
    return "".join(out)
