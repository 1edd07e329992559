"""Pre-flight check after connecting (SPEC.md section 1): QBO settings known to break syncing,
and saved custom mappings or filters naming a field the connected accounts do not have."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.connectors.qbo_invoices import custom_field_slots
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.field_catalogue import (
    PropertiesReader,
    TypeFields,
    mapping_problems,
    read_fields,
)
from qbsync_desktop.core.sync.settings import SyncSettings

INVOICING = ("invoices", "payments")


@dataclass(frozen=True)
class Finding:
    id: str
    severity: Literal["warning", "info"]
    title: str
    explanation: str
    fix: str
    objects: tuple[str, ...] = INVOICING  # the syncs this setting gets in the way of

    def concerns(self, synced: Iterable[str] | None) -> bool:
        """Whether a sync of these objects meets the problem (None: any sync)."""
        return synced is None or bool(set(self.objects) & set(synced))


def _pref(prefs: dict[str, Any], group: str, name: str) -> Any:
    value = prefs.get(group)
    return value.get(name) if isinstance(value, dict) else None


def check_settings(
    prefs: dict[str, Any], company: dict[str, Any], synced: Iterable[str] | None = None
) -> list[Finding]:
    """Findings from QBO Preferences and CompanyInfo, each with its fix (pure).

    `synced`: the objects switched on; a setting that only troubles other syncs is not
    reported (None: report everything).
    """
    synced = None if synced is None else tuple(synced)
    out: list[Finding] = []
    if _pref(prefs, "SalesFormsPrefs", "CustomTxnNumbers"):
        out.append(
            Finding(
                "custom_txn_numbers",
                "warning",
                "Custom transaction numbers are on",
                "Invoices from HubSpot keep their own numbers; when a number is already used in "
                "QuickBooks the invoice fails with “Duplicate document number” (E6).",
                "In QuickBooks: Settings > Account and settings > Sales > Custom transaction "
                "numbers: switch off (renumber any clashing documents first).",
            )
        )
    if _pref(prefs, "ProductAndServicesPrefs", "RevenueRecognition"):
        out.append(
            Finding(
                "revenue_recognition",
                "warning",
                "Revenue recognition is on",
                "Invoice lines for revenue-recognition items need a service date; without one "
                "QuickBooks refuses the invoice (E3).",
                "Switch revenue recognition off in QuickBooks, or map a HubSpot date property "
                "to the service date in the invoice sync settings.",
            )
        )
    country = str(company.get("Country") or "US").upper()
    if country not in ("US", "USA"):
        out.append(
            Finding(
                "non_us_tax",
                "warning",
                f"The company is outside the US ({country})",
                "QuickBooks requires a tax code on every invoice line in this country; invoices "
                "without one are refused.",
                "Map HubSpot tax to QuickBooks tax codes in the invoice sync settings.",
            )
        )
    if not _pref(prefs, "AccountingInfoPrefs", "BookCloseDate"):
        out.append(
            Finding(
                "books_not_closed",
                "info",
                "Closed periods are not locked",
                "With no closing date, a sync can change invoices and payments in periods you "
                "have already reported on.",
                "Set a closing date in QuickBooks: Settings > Account and settings > Advanced > "
                "Close the books.",
            )
        )
    return [f for f in out if f.concerns(synced)]


MISSING_FIELD_TITLE = QT_TRANSLATE_NOOP(
    "Preflight", "{object}: a field in the settings is not there"
)
MISSING_FIELD_FIX = QT_TRANSLATE_NOOP(
    "Preflight",
    "In Sync settings, pick the field from the list (the fields your accounts have) or "
    "remove the row. Until then the sync cannot fill it.",
)


def field_findings(settings: SyncSettings, fields: dict[str, TypeFields]) -> list[Finding]:
    """A finding for each saved custom mapping or filter naming a field that is not there."""
    out = []
    for name, known in fields.items():
        kind = objects.get(name)
        for problem in mapping_problems(settings.for_object(name), known):
            out.append(
                Finding(
                    "missing_field",
                    "warning",
                    MISSING_FIELD_TITLE.format(object=kind.label),
                    problem.words(),
                    MISSING_FIELD_FIX,
                    objects=(name,),
                )
            )
    return out


async def check_fields(
    hubspot: PropertiesReader, settings: SyncSettings, prefs: dict[str, Any] | None = None
) -> list[Finding]:
    """Read the fields of the syncs that are on and name fields of their own; check them
    (`prefs`: QuickBooks' preferences, whose sales forms name their custom fields)."""
    named = [
        name
        for name, chosen in settings.objects.items()
        if chosen.enabled and (chosen.custom or chosen.filters)
    ]
    if not named:
        return []  # nothing to look up: no call
    slots = None if prefs is None else custom_field_slots(prefs.get("SalesFormsPrefs") or {})
    return field_findings(settings, await read_fields(hubspot, named, slots))


async def preflight(
    qbo: QboClient,
    synced: Iterable[str] | None = None,
    hubspot: PropertiesReader | None = None,
    settings: SyncSettings | None = None,
) -> list[Finding]:
    """QuickBooks' settings; with the HubSpot client and the saved settings, their fields too."""
    prefs, company = await asyncio.gather(qbo.preferences(), qbo.company_info())
    found = check_settings(prefs, company, synced)
    if hubspot is not None and settings is not None:
        found += await check_fields(hubspot, settings, prefs)
    return found


def run_preflight(profile: str, connections: Connections) -> list[Finding]:
    """Blocking form for the CLI and the GUI worker: QuickBooks' settings and the saved
    settings' fields."""
    settings = SyncSettings.from_dict(connections.profiles.require(profile).sync)

    async def go() -> list[Finding]:
        async with connections.http_factory() as http:
            hubspot, qbo = connections.clients(profile, http)
            return await preflight(qbo, None, hubspot, settings)

    return asyncio.run(go())
