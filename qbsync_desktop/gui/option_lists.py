"""What the tax sections offer, read from the connected services: HubSpot's tax rates,
the QuickBooks company's tax codes and whether it is a US company. Read once a service is
connected; a failed read leaves the section as it was (the saved value stays and can still
be saved)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from qbsync_desktop.core.connectors import hubspot_invoices, qbo_invoices

from .option_sections import TaxMapSection

if TYPE_CHECKING:
    from .settings_page import SettingsPage

# The window's `_service_call(client, work, on_result, on_error)`: runs `work(client)` on
# the worker loop with a client of the shown profile; False when there is none.
ServiceCall = Callable[[str, Any, Any, Any], bool]


def _ignore(exc: BaseException) -> None:
    """A list that could not be read: the section keeps what it shows (the log has why)."""


def _named(name: str, percent: Any) -> str:
    """A rate or code by its name, with its percentage unless the name says it already."""
    return name if "%" in name or percent is None else f"{name} ({percent}%)"


def _tax_sections(page: SettingsPage) -> list[TaxMapSection]:
    sections = (s for editor in page.editors.values() for s in editor.sections.values())
    return [s for s in sections if isinstance(s, TaxMapSection)]


def load_hubspot_lists(page: SettingsPage, call: ServiceCall) -> None:
    """Fill the sections that offer HubSpot's tax rates (HubSpot just connected; the
    property choices come with the pickers' fields, window_fields.py)."""
    taxes = _tax_sections(page)
    if taxes:

        def rates(found: list[tuple[str, str]]) -> None:
            for t in taxes:
                t.set_rates(found)

        call("hubspot_client", _hubspot_rates, rates, _ignore)


def load_quickbooks_lists(page: SettingsPage, prefs: dict[str, Any], call: ServiceCall) -> None:
    """Fill the sections that offer QuickBooks' tax codes, from its preferences as read
    when it connected (window_fields.py reads them once for both)."""
    taxes = _tax_sections(page)
    if taxes:

        def shown(found: tuple[list[tuple[str, str]], bool]) -> None:
            for t in taxes:
                t.set_codes(*found)

        call("qbo_client", lambda qbo: _qbo_codes(qbo, prefs), shown, _ignore)


async def _hubspot_rates(hubspot: Any) -> list[tuple[str, str]]:
    rates = await hubspot_invoices.tax_rates(hubspot)
    return [
        (str(r.get("id")), _named(str(r.get("label") or r.get("name")), r.get("percentageRate")))
        for r in rates
        if r.get("active", True)
    ]


async def _qbo_codes(qbo: Any, preferences: dict[str, Any]) -> tuple[list[tuple[str, str]], bool]:
    prefs = qbo_invoices.preferences_facts(preferences, await qbo.company_info())
    if prefs.is_us:
        return [], True  # US companies tax by customer: nothing to map, no more reads
    codes = await qbo_invoices.tax_codes(qbo)
    return [(c.id, _named(c.name, c.percent)) for c in codes if c.active], False
