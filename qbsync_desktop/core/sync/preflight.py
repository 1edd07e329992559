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
    MappingProblem,
    PropertiesReader,
    TypeFields,
    mapping_problems,
    read_fields,
)
from qbsync_desktop.core.sync.problems import Translate, as_marked
from qbsync_desktop.core.sync.settings import SyncSettings

INVOICING = ("invoices", "payments")


@dataclass(frozen=True)
class Finding:
    """One finding; its texts are marked English templates (the window translates them
    with `words`), filled from `params` ({country}; {object}: a type's marked label)."""

    id: str
    severity: Literal["warning", "info"]
    title_text: str
    explanation_text: str
    fix_text: str
    objects: tuple[str, ...] = INVOICING  # the syncs this setting gets in the way of
    params: tuple[tuple[str, str], ...] = ()
    mapping: MappingProblem | None = None  # a missing field: it explains the finding

    def words(self, say: Translate = as_marked) -> tuple[str, str, str]:
        """Title, explanation and fix in the language `say` translates to."""
        params = dict(self.params)
        if "object" in params:
            params["object"] = say("Objects", params["object"])
        title = say("Preflight", self.title_text).format(**params)
        if self.mapping is not None:
            explanation = self.mapping.words(say)
        else:
            explanation = say("Preflight", self.explanation_text).format(**params)
        return title, explanation, say("Preflight", self.fix_text)

    @property
    def title(self) -> str:
        return self.words()[0]

    @property
    def explanation(self) -> str:
        return self.words()[1]

    @property
    def fix(self) -> str:
        return self.words()[2]

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
                QT_TRANSLATE_NOOP("Preflight", "Custom transaction numbers are on"),
                QT_TRANSLATE_NOOP(
                    "Preflight",
                    "Invoices from HubSpot keep their own numbers; when a number is already "
                    "used in QuickBooks the invoice fails with “Duplicate document number” (E6).",
                ),
                QT_TRANSLATE_NOOP(
                    "Preflight",
                    "In QuickBooks: Settings > Account and settings > Sales > Custom "
                    "transaction numbers: switch off (renumber any clashing documents first).",
                ),
            )
        )
    if _pref(prefs, "ProductAndServicesPrefs", "RevenueRecognition"):
        out.append(
            Finding(
                "revenue_recognition",
                "warning",
                QT_TRANSLATE_NOOP("Preflight", "Revenue recognition is on"),
                QT_TRANSLATE_NOOP(
                    "Preflight",
                    "Invoice lines for revenue-recognition items need a service date; without "
                    "one QuickBooks refuses the invoice (E3).",
                ),
                QT_TRANSLATE_NOOP(
                    "Preflight",
                    "Switch revenue recognition off in QuickBooks, or map a HubSpot date "
                    "property to the service date in the invoice sync settings.",
                ),
            )
        )
    country = str(company.get("Country") or "US").upper()
    if country not in ("US", "USA"):
        out.append(
            Finding(
                "non_us_tax",
                "warning",
                QT_TRANSLATE_NOOP("Preflight", "The company is outside the US ({country})"),
                QT_TRANSLATE_NOOP(
                    "Preflight",
                    "QuickBooks requires a tax code on every invoice line in this country; "
                    "invoices without one are refused.",
                ),
                QT_TRANSLATE_NOOP(
                    "Preflight",
                    "Map HubSpot tax to QuickBooks tax codes in the invoice sync settings.",
                ),
                params=(("country", country),),
            )
        )
    if not _pref(prefs, "AccountingInfoPrefs", "BookCloseDate"):
        out.append(
            Finding(
                "books_not_closed",
                "info",
                QT_TRANSLATE_NOOP("Preflight", "Closed periods are not locked"),
                QT_TRANSLATE_NOOP(
                    "Preflight",
                    "With no closing date, a sync can change invoices and payments in periods "
                    "you have already reported on.",
                ),
                QT_TRANSLATE_NOOP(
                    "Preflight",
                    "Set a closing date in QuickBooks: Settings > Account and settings > "
                    "Advanced > Close the books.",
                ),
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
                    MISSING_FIELD_TITLE,
                    "",
                    MISSING_FIELD_FIX,
                    objects=(name,),
                    params=(("object", kind.label),),
                    mapping=problem,
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
