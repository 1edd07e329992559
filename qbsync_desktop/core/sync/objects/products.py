"""HubSpot products ⇄ QuickBooks items, matched by SKU."""

from __future__ import annotations

from typing import Any

from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.mapping import FieldMap, ObjectSpec, QboQuery, Values
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.objects.base import ObjectType, SettingField

FIELDS: tuple[FieldMap, ...] = (
    FieldMap("name", "name", "Name"),
    FieldMap("hs_sku", "hs_sku", "Sku"),
    FieldMap("description", "description", "Description"),
    FieldMap("price", "price", "UnitPrice", "money"),
    FieldMap("hs_product_type", "hs_product_type", "Type", "product_type"),
)

# HubSpot does not keep SKUs unique: products are upserted on our own unique property.
KEY_PROPERTY = "qbsync_key"

QBO_LIMITS = {"Name": 100, "Sku": 100, "Description": 4000}


def label_of(values: Values) -> str:
    return values.get("name") or values.get("hs_sku") or ""


async def income_account(
    qbo: QboQuery, settings: ObjectSettings
) -> tuple[ObjectSettings, str | None]:
    """Items created in QBO need an income account: the chosen one, else the first."""
    if settings.option("income_account_id"):
        return settings, None
    rows = await qbo.query(
        "SELECT * FROM Account WHERE AccountType = 'Income' AND Active = true"
        " ORDERBY Id MAXRESULTS 1"
    )
    if not rows:
        return settings, None  # QBO names the missing account per item; the fix says to pick one
    account = rows[0]
    note = (
        f"income account: {account.get('Name')} (none was chosen in the product sync"
        " settings, so the first active income account was used)"
    )
    return settings.with_option("income_account_id", str(account.get("Id"))), note


def complete_new_item(body: dict[str, Any], settings: ObjectSettings) -> None:
    body.setdefault("Type", "Service")
    if settings.option("income_account_id"):
        body["IncomeAccountRef"] = {"value": settings.option("income_account_id")}


def _check_income(settings: ObjectSettings) -> str | None:
    account = settings.option("income_account_id")
    if account and not account.isdigit():
        return QT_TRANSLATE_NOOP(
            "Objects", "Pick an account from the list, or type its QuickBooks id (digits)."
        )
    return None


SPEC = ObjectSpec(
    "products",
    hubspot_type="products",
    qbo_entity="Item",
    match_key="hs_sku",
    defaults=FIELDS,
    missing_key=errors.no_sku,
    key_noun=QT_TRANSLATE_NOOP("Objects", "SKU"),
    record_noun=QT_TRANSLATE_NOOP("Objects", "product"),
    label_of=label_of,
    qbo_key_field="Sku",
    hubspot_modified="hs_lastmodifieddate",
    hubspot_unique=KEY_PROPERTY,
    hubspot_group="productinformation",
    qbo_name_field="Name",
    name_holders=("Item",),
    qbo_limits=QBO_LIMITS,
    qbo_no_colon=frozenset({"Name"}),
    qbo_name_from="name",
    prepare_qbo_creates=income_account,
    complete_new_qbo=complete_new_item,
)

OBJECT = ObjectType(
    SPEC,
    label=QT_TRANSLATE_NOOP("Objects", "Products ⇄ Items"),
    hubspot_label=QT_TRANSLATE_NOOP("Objects", "Product"),
    qbo_label=QT_TRANSLATE_NOOP("Objects", "Item"),
    level=0,
    settings_fields=(
        SettingField(
            "income_account_id",
            QT_TRANSLATE_NOOP("Objects", "Income account for new items"),
            "qbo_income_account",
            check=_check_income,
        ),
    ),
)
