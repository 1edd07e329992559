"""The invoice settings' own sections: what is always left out of invoices sent to
QuickBooks (with the moment invoice sync was switched on), and the line item property
that holds a line's service date.

Keyed by the option names the invoice type declares (`section_for` looks them up here).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QPushButton

from qbsync_desktop.core.sync.objects import ObjectType, SettingField
from qbsync_desktop.core.sync.settings import ObjectSettings

from .object_sections import SettingSection
from .option_sections import PropertyChoiceSection, ShownSection


class ServiceDateSection(PropertyChoiceSection):
    """Which HubSpot line item date property is the QuickBooks line's service date."""

    hubspot_object = "line_items"
    property_types = ("date", "datetime")


class SwitchedOnSection(ShownSection):
    """The outbound filters nobody can change, the last one with its moment; beneath them
    the way past the last filter: sending older invoices (backfill_dialog wires it)."""

    def __init__(self, kind: ObjectType, setting: SettingField, form: QFormLayout) -> None:
        super().__init__(kind, setting, form)
        self.backfill_button = QPushButton(
            QCoreApplication.translate("InvoiceSettings", "Send older invoices…")
        )
        self.backfill_button.setObjectName(f"{kind.name}_backfill")
        form.addRow("", self.backfill_button)
        self.sends_to_quickbooks = False  # as saved: a backfill runs with the saved settings

    def load(self, settings: ObjectSettings) -> None:
        super().load(settings)
        self.sends_to_quickbooks = settings.enabled and settings.writes_to("quickbooks")

    def title(self) -> str:
        return QCoreApplication.translate("InvoiceSettings", "Sent to QuickBooks:")

    @staticmethod
    def shown(value: Any) -> str:
        since = (
            ShownSection.shown(value)
            if value
            else QCoreApplication.translate("InvoiceSettings", "the moment you switch it on")
        )
        lines = [
            QCoreApplication.translate("InvoiceSettings", "only invoices made in HubSpot"),
            QCoreApplication.translate("InvoiceSettings", "no drafts"),
            QCoreApplication.translate(
                "InvoiceSettings", "only invoices created or changed since {moment}"
            ).format(moment=since),
        ]
        return "\n".join(lines)


BY_SETTING: dict[str, type[SettingSection]] = {
    "service_date_property": ServiceDateSection,
    "enabled_at": SwitchedOnSection,
}
