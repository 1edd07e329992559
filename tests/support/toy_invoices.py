"""A toy type with every kind of own option (a choice, an income account, a date, a tax
map, a shown-only moment set when switched on), depending on contacts and products: what
the settings editors and `qbsync settings` are tested with while no registered type has
them all. `python -m tests.support.toy_invoices ARGS` is `qbsync ARGS` with it registered.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime

from qbsync_desktop.core.sync.objects import ObjectType, SettingField
from qbsync_desktop.core.sync.settings import ObjectSettings
from tests.support.object_types import SUPPLIERS, registered

NAME = "toy_invoices"


def _account_needed(settings: ObjectSettings) -> str | None:
    needed = settings.enabled and settings.writes_to("quickbooks")
    if needed and not settings.option("custom_line_item_account"):
        return "Choose the income account of custom line items."
    return None


def _switched_on(settings: ObjectSettings, now: datetime) -> ObjectSettings:
    return settings.with_option("enabled_at", now.isoformat(timespec="seconds"))


TOY_INVOICES = ObjectType(
    replace(SUPPLIERS.spec, name=NAME, record_noun="invoice"),
    label="Toy invoices ⇄ Invoices",
    hubspot_label="Invoice",
    qbo_label="Invoice",
    level=1,
    depends_on=("contacts", "products"),
    enabled_by_default=False,
    on_switch_on=_switched_on,
    settings_fields=(
        SettingField(
            "custom_line_item_account",
            "Income account of custom line items",
            "qbo_income_account",
            check=_account_needed,
        ),
        SettingField("enabled_at", "Counting invoices created or changed since", "shown"),
        SettingField("inbound_created_after", "QuickBooks invoices created from", "date"),
        SettingField("service_date_property", "Line item service date", "choice"),
        SettingField("tax_map", "Tax rates", "tax_map", default={}),
    ),
)


if __name__ == "__main__":
    from qbsync_desktop.cli import main

    with registered(TOY_INVOICES):
        sys.exit(main(sys.argv[1:]))
