"""Built-in property definitions and property groups of the emulated account.

Shapes follow `GET /crm/v3/properties/{type}` (hubspot.md s2.10); values marked [U]
are guesses kept here so they are easy to change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .schema import ObjectType

READ_ONLY = {"archivable": False, "readOnlyDefinition": True, "readOnlyValue": True}
WRITABLE = {"archivable": False, "readOnlyDefinition": True, "readOnlyValue": False}


def prop_def(
    name: str,
    label: str,
    ptype: str = "string",
    field_type: str | None = None,
    group: str = "information",
    *,
    read_only: bool = False,
    calculated: bool = False,
    unique: bool = False,
    options: list[str] | None = None,
    hubspot_defined: bool = True,
) -> dict[str, Any]:
    """A property definition in the shape of `GET /crm/v3/properties/{type}`."""
    ft = (
        field_type
        or {
            "string": "text",
            "number": "number",
            "date": "date",
            "datetime": "date",
            "enumeration": "select",
            "bool": "booleancheckbox",
            "phone_number": "phonenumber",
        }[ptype]
    )
    return {
        "name": name,
        "label": label,
        "type": ptype,
        "fieldType": ft,
        "description": "",
        "groupName": group,
        "options": [
            {"label": o.replace("_", " ").title(), "value": o, "hidden": False, "displayOrder": i}
            for i, o in enumerate(options or [])
        ],
        "displayOrder": -1,
        "calculated": calculated,
        "externalOptions": False,
        "hasUniqueValue": unique,
        "hidden": False,
        "hubspotDefined": hubspot_defined,
        "formField": not read_only,
        "modificationMetadata": dict(READ_ONLY if read_only or calculated else WRITABLE),
        "createdAt": "2019-08-06T02:41:52.000Z",
        "updatedAt": "2019-08-06T02:41:52.000Z",
        "archived": False,
        "dataSensitivity": "non_sensitive",
    }


def _common(t: ObjectType) -> list[dict[str, Any]]:
    out = [
        prop_def("hs_object_id", "Record ID", "number", group="system", read_only=True),
        prop_def(t.created_prop, "Create Date", "datetime", group="system", read_only=True),
        prop_def(t.modified_prop, "Last Modified Date", "datetime", group="system", read_only=True),
        prop_def("hs_object_source", "Record source", group="system", read_only=True),
    ]
    return out


def _strings(names: str, group: str = "information") -> list[dict[str, Any]]:
    return [prop_def(n, n.replace("_", " ").title(), group=group) for n in names.split()]


LIFECYCLE = [
    "subscriber",
    "lead",
    "marketingqualifiedlead",
    "salesqualifiedlead",
    "opportunity",
    "customer",
    "evangelist",
    "other",
]
INVOICE_STATUSES = ["draft", "open", "paid", "voided"]
# Where an invoice came from. The KB labels are "HubSpot", "Data Sync" and "Legacy
# QuickBooks integration"; internal values are [U] except `data_sync` [O]. Chosen here:
# `hubspot` = created in the HubSpot UI (the demo invoices), `api` = created by an app
# through the API (never `hubspot`), `data_sync`, `quickbooks` = legacy integration.
INVOICE_SOURCES = ["hubspot", "api", "data_sync", "quickbooks"]
# [U] values; the property exists on real invoices [O].
INVOICE_PAYMENT_STATUSES = ["unpaid", "partially_paid", "paid"]
# hs_latest_status: the documented values [C payments guide]; the four disputed_* names [U].
PAYMENT_STATUSES = [
    "processing",
    "succeeded",
    "failed",
    "partially_refunded",
    "refunded",
    "processing_refund",
    "disputed_action_required",
    "disputed_under_review",
    "disputed_won",
    "disputed_lost",
]
# hs_processor_type: `quickbooks` documented [C]; `hubspot` and `stripe` mean HubSpot
# processed the payment itself (not editable through the API [C]); `other` [U].
PAYMENT_PROCESSORS = ["hubspot", "stripe", "quickbooks", "other"]
HUBSPOT_PROCESSORS = {"hubspot", "stripe"}
PAYMENT_METHOD_TYPES = [
    "card",
    "ach",
    "cash",
    "check",
    "wire_transfer",
    "other",
    "sepa",
    "bacs",
    "pads",
]
RECIPIENT_SHIPPING = ("address", "address2", "city", "state", "zip", "country")
RECIPIENT_COMPANY = ("address", "address2", "city", "state", "zip")


def info_group(t: ObjectType) -> str:
    """The default property group of a type, e.g. `invoiceinformation` [C/O]."""
    return f"{t.singular.replace('_', '')}information"


def builtin_groups(t: ObjectType) -> list[dict[str, Any]]:
    """Property groups every account has for `t` (GET .../properties/{type}/groups): the
    type's `<singular>information` group [C/O] and those the built-ins use (`system` [U])."""
    names = [info_group(t), *sorted({d["groupName"] for d in builtin_properties(t)})]
    return [
        {
            "name": n,
            "label": n.replace("information", " information").replace("_", " ").capitalize(),
            "displayOrder": i,
            "archived": False,
        }
        for i, n in enumerate(dict.fromkeys(names))
    ]


def _contacts_properties() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    out += _strings(
        "firstname lastname company phone mobilephone address city state zip country "
        "jobtitle website"
    )
    out += [
        prop_def("email", "Email", group="contactinformation", unique=True),
        prop_def("lifecyclestage", "Lifecycle Stage", "enumeration", options=LIFECYCLE),
        prop_def("hs_email_domain", "Email Domain", read_only=True, calculated=True),
    ]
    return out


def _companies_properties() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    out += _strings("name domain phone address address2 city state zip country website")
    out += _strings("industry")
    out += [prop_def("numberofemployees", "Number of Employees", "number")]
    return out


def _deals_properties() -> list[dict[str, Any]]:
    from .pipelines import PIPELINES, all_stage_ids  # pipelines builds on this module

    out: list[dict[str, Any]] = []
    out += _strings("dealname deal_currency_code description")
    out += [
        prop_def("amount", "Amount", "number"),
        prop_def("closedate", "Close Date", "datetime"),
        prop_def("pipeline", "Pipeline", "enumeration", options=list(PIPELINES)),
        prop_def("dealstage", "Deal Stage", "enumeration", options=all_stage_ids()),
    ]
    return out


def _products_properties() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    out += _strings("name description hs_sku hs_url hs_images hs_recurring_billing_period")
    out += [
        prop_def("price", "Unit price", "number"),
        prop_def("hs_cost_of_goods_sold", "Unit cost", "number"),
        prop_def(
            "hs_product_type",
            "Product type",
            "enumeration",
            options=["inventory", "non_inventory", "service"],
        ),
    ]
    return out


def _line_items_properties() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    out += _strings(
        "name description hs_sku hs_line_item_currency_code hs_recurring_billing_period "
        "hs_tax_rate_group_id"
    )
    out += [
        prop_def("hs_product_id", "Product ID", "number"),
        prop_def("quantity", "Quantity", "number"),
        prop_def("price", "Unit price", "number"),
        prop_def("discount", "Unit discount", "number"),
        prop_def("hs_discount_percentage", "Discount Percentage", "number"),
        prop_def("hs_term_in_months", "Term", "number"),
        prop_def("amount", "Net price", "number", calculated=True),
        prop_def("hs_pre_discount_amount", "Pre-discount amount", "number", calculated=True),
        prop_def("hs_total_discount", "Total discount", "number", calculated=True),
        prop_def("hs_tax_rate", "Tax rate", "number", calculated=True),
        prop_def("hs_tax_label", "Tax label", calculated=True),
        prop_def("hs_tax_amount", "Tax amount", "number", calculated=True),
        prop_def("hs_post_tax_amount", "Post-tax amount", "number", calculated=True),
    ]
    return out


def _invoices_properties() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    out += _strings(
        "hs_title hs_comments hs_purchase_order_number hs_number hs_tax_id "
        "hs_invoice_link hs_pdf_download_link"
    )
    # Inherited from the associated contact/company, editable afterwards [C guide];
    # name and email names are [U].
    out += _strings(
        " ".join(f"hs_recipient_shipping_{f}" for f in RECIPIENT_SHIPPING)
        + " hs_recipient_shipping_name hs_recipient_shipping_email "
        + " ".join(f"hs_recipient_company_{f}" for f in RECIPIENT_COMPANY)
        + " hs_recipient_company_name"
    )
    out += [
        prop_def("hs_currency", "Currency", "enumeration", options=CURRENCIES),
        # Datetimes, ISO 8601 or epoch ms; now when omitted [C invoices guide].
        prop_def("hs_invoice_date", "Invoice date", "datetime"),
        prop_def("hs_due_date", "Due date", "datetime"),
        prop_def("hs_payment_date", "Payment date", "datetime", read_only=True),
        prop_def("hs_invoice_status", "Status", "enumeration", options=INVOICE_STATUSES),
        prop_def(
            "hs_invoice_source",
            "Source",
            "enumeration",
            options=INVOICE_SOURCES,
            read_only=True,
        ),
        prop_def(
            "hs_payment_status",
            "Payment status",
            "enumeration",
            options=INVOICE_PAYMENT_STATUSES,
            calculated=True,
        ),
        prop_def("hs_subtotal", "Subtotal", "number", calculated=True),  # [U] name
        prop_def("hs_taxes_total", "Taxes total", "number", calculated=True),
        prop_def("hs_amount_billed", "Amount billed", "number", calculated=True),
        prop_def("hs_amount_paid", "Amount paid", "number", calculated=True),
        prop_def("hs_balance_due", "Balance due", "number", calculated=True),
    ]
    return out


def _commerce_payments_properties() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    out += _strings(
        "hs_customer_email hs_payment_method hs_payment_type hs_payment_source_name "
        "hs_reference_number hs_internal_comment"
    )
    out += [
        prop_def("hs_initial_amount", "Gross amount", "number"),
        prop_def("hs_initiated_date", "Payment date", "datetime"),
        prop_def("hs_currency_code", "Currency", "enumeration", options=CURRENCIES),
        prop_def("hs_latest_status", "Status", "enumeration", options=PAYMENT_STATUSES),
        prop_def("hs_processor_type", "Processor", "enumeration", options=PAYMENT_PROCESSORS),
        prop_def(
            "hs_payment_method_type",
            "Payment method type",
            "enumeration",
            options=PAYMENT_METHOD_TYPES,
        ),
        prop_def("hs_payment_source_app", "Source app", read_only=True),
        prop_def("hs_net_amount", "Net amount", "number", calculated=True),
        prop_def("hs_refunds_amount", "Refunds", "number"),
        prop_def("hs_has_associated_invoice", "Has associated invoice", "bool", calculated=True),
        prop_def(
            "hs_number_of_associated_invoices",
            "Number of associated invoices",
            "number",
            calculated=True,
        ),
    ]
    return out


def _adjustment_properties() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    # [C discounts/fees guides]: hs_type FIXED or PERCENT, hs_value, applied in the order
    # discounts, fees, taxes.
    out += _strings("hs_label hs_duration")
    out += [
        prop_def("hs_type", "Type", "enumeration", options=["FIXED", "PERCENT"]),
        prop_def("hs_value", "Value", "number"),
        prop_def("hs_sort_order", "Sort order", "number"),
    ]
    return out


# Each HubSpot object type's own built-in properties, by its API name.
_OWN_PROPERTIES: dict[str, Callable[[], list[dict[str, Any]]]] = {
    "contacts": _contacts_properties,
    "companies": _companies_properties,
    "deals": _deals_properties,
    "products": _products_properties,
    "line_items": _line_items_properties,
    "invoices": _invoices_properties,
    "commerce_payments": _commerce_payments_properties,
    "discounts": _adjustment_properties,
    "fees": _adjustment_properties,
    "taxes": _adjustment_properties,
}


def builtin_properties(t: ObjectType) -> list[dict[str, Any]]:
    """Built-in property definitions of one object type: the common ones and its own."""
    own = _OWN_PROPERTIES.get(t.name)
    props = _common(t) + (own() if own else [])
    for d in props:
        if d["groupName"] == "information":
            d["groupName"] = info_group(t)
    return props


CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD"]
