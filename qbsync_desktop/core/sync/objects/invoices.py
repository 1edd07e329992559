"""HubSpot invoices ⇄ QuickBooks invoices (issue 16, SPEC.md 2.3 and 3).

Invoices have lines and point at records of other types (the contact's customer, each
line's item), so they run their own sync (`core/sync/invoices/`) instead of the engine's
generic one. This module says what the type is: its names, its own settings, when it may
be switched on, and the moment it was.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from qbsync_desktop.core.connectors.hubspot_invoices import KEY_PROPERTY
from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.invoices.run import run_invoices
from qbsync_desktop.core.sync.invoices.store import CUSTOMERS, ITEMS, NAME
from qbsync_desktop.core.sync.mapping import FieldMap, ObjectSpec, Values
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.objects.base import ObjectType, SettingField, WaitsFor
from qbsync_desktop.core.sync.problems import Problem, ProblemCode

# What the window lists as the mapped fields (the rules themselves are in invoice_rules).
FIELDS: tuple[FieldMap, ...] = (
    FieldMap("hs_number", "hs_number", "DocNumber"),
    FieldMap("hs_invoice_date", "hs_invoice_date", "TxnDate"),
    FieldMap("hs_due_date", "hs_due_date", "DueDate"),
    FieldMap("hs_amount_billed", "hs_amount_billed", "TotalAmt", "money"),
    FieldMap("hs_currency", "hs_currency", "CurrencyRef.value"),
)


def label_of(values: Values) -> str:
    return values.get("hs_number") or ""


def _check_account(settings: ObjectSettings) -> str | None:
    account = settings.option("custom_line_item_account")
    if account and not str(account).isdigit():
        return QT_TRANSLATE_NOOP(
            "Objects", "Pick an account from the list, or type its QuickBooks id (digits)."
        )
    if settings.enabled and settings.writes_to("quickbooks") and not account:
        return QT_TRANSLATE_NOOP(
            "Objects",
            "Pick the income account of the “Custom line item”, which QuickBooks invoice "
            "lines without a synced product use.",
        )
    return None


def _check_date(settings: ObjectSettings) -> str | None:
    value = settings.option("inbound_created_after")
    if not value:
        return None
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return QT_TRANSLATE_NOOP("Objects", "Not a date: write it as YYYY-MM-DD.")
    return None


def _check_moment(settings: ObjectSettings) -> str | None:
    value = settings.option("enabled_at")
    if not value:
        return None
    try:
        datetime.fromisoformat(str(value))
    except ValueError:
        return QT_TRANSLATE_NOOP("Objects", "Not a moment: write it as YYYY-MM-DDTHH:MM:SS+00:00.")
    return None


def _check_property(settings: ObjectSettings) -> str | None:
    value = settings.option("service_date_property")
    if value and not re.fullmatch(r"[a-z0-9_]+", str(value)):
        return QT_TRANSLATE_NOOP(
            "Objects", "Not a HubSpot line item property name (lowercase letters, digits, _)."
        )
    return None


def _check_tax_map(settings: ObjectSettings) -> str | None:
    value = settings.option("tax_map") or {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        return QT_TRANSLATE_NOOP(
            "Objects", "The tax mapping pairs HubSpot tax rate ids with QuickBooks tax code ids."
        )
    return None


def switched_on(settings: ObjectSettings, now: datetime) -> ObjectSettings:
    """Record since when invoices count: outbound sends only those created or changed after.

    The exact moment, not its second: rounding down would count an invoice changed earlier
    in that second (by a sync just before switching on) as changed after."""
    moment = now.astimezone(UTC).isoformat(timespec="microseconds")
    return settings.with_option("enabled_at", moment)


SPEC = ObjectSpec(
    NAME,
    hubspot_type="invoices",
    qbo_entity="Invoice",
    match_key="hs_number",
    defaults=FIELDS,
    missing_key=lambda: errors.filtered("the invoice has no number"),
    key_noun=QT_TRANSLATE_NOOP("Objects", "number"),
    record_noun=QT_TRANSLATE_NOOP("Objects", "invoice"),
    label_of=label_of,
    qbo_key_field="DocNumber",
    hubspot_unique=KEY_PROPERTY,
    hubspot_group="invoiceinformation",
    qbo_name_field="DocNumber",
)


NO_CUSTOMER = (ProblemCode.INVOICE_NO_CUSTOMER, ProblemCode.INVOICE_NO_CUSTOMER_LIKELY)
NO_CONTACT = (ProblemCode.CUSTOMER_UNLINKED, ProblemCode.CUSTOMER_UNLINKED_LIKELY)


def waits_on(problem: Problem) -> WaitsFor | None:
    """E1 either way: the invoice goes once its contact (outbound: the HubSpot contact, by
    email, the contacts' match key) or its customer (inbound: the QuickBooks customer, by
    id) syncs; Retry retries that record too."""
    email = problem.params.get("email") or ""
    if problem.code in NO_CUSTOMER and email:
        return WaitsFor(CUSTOMERS, match_key=email)
    customer = problem.params.get("id") or ""
    if problem.code in NO_CONTACT and customer:
        return WaitsFor(CUSTOMERS, qbo_id=customer)
    return None


OBJECT = ObjectType(
    SPEC,
    label=QT_TRANSLATE_NOOP("Objects", "Invoices ⇄ Invoices"),
    hubspot_label=QT_TRANSLATE_NOOP("Objects", "Invoice"),
    qbo_label=QT_TRANSLATE_NOOP("Objects", "Invoice"),
    level=1,
    depends_on=(CUSTOMERS, ITEMS),
    waits_on=waits_on,
    settings_fields=(
        SettingField(
            "custom_line_item_account",
            QT_TRANSLATE_NOOP("Objects", "Income account of the “Custom line item”"),
            "qbo_income_account",
            check=_check_account,
        ),
        SettingField(
            "enabled_at",
            QT_TRANSLATE_NOOP("Objects", "Invoices count from"),
            "shown",
            check=_check_moment,
        ),
        SettingField(
            "inbound_created_after",
            QT_TRANSLATE_NOOP("Objects", "Only QuickBooks invoices created after"),
            "date",
            check=_check_date,
        ),
        SettingField(
            "service_date_property",
            QT_TRANSLATE_NOOP("Objects", "Line item date used as service date"),
            "choice",
            check=_check_property,
        ),
        SettingField(
            "tax_map",
            QT_TRANSLATE_NOOP("Objects", "HubSpot tax rates as QuickBooks tax codes"),
            "tax_map",
            check=_check_tax_map,
            default={},
        ),
    ),
    on_switch_on=switched_on,
    enabled_by_default=False,
    run=run_invoices,
)
