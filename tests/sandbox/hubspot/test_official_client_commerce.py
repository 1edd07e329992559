"""The official `hubspot-api-client` drives the issue-14 paths unchanged: invoices, line
items, payments (generic objects client: the SDK has no commerce-payments client), deals,
pipelines, property groups and multi-status batch create. The SDK's generated models
validate the answers' shapes (required fields, enum values) as they deserialize them."""

from __future__ import annotations

import pytest
from hubspot import HubSpot
from hubspot.crm.associations.v4 import AssociationSpec
from hubspot.crm.commerce.invoices import SimplePublicObjectInputForCreate as InvoiceCreate
from hubspot.crm.contacts import (
    BatchInputSimplePublicObjectBatchInputForCreate,
    SimplePublicObjectBatchInputForCreate,
    SimplePublicObjectInputForCreate,
)
from hubspot.crm.deals import SimplePublicObjectInputForCreate as DealCreate
from hubspot.crm.deals.exceptions import ApiException as DealsApiException
from hubspot.crm.line_items import SimplePublicObjectInputForCreate as LineCreate
from hubspot.crm.objects import SimplePublicObjectInputForCreate as ObjectCreate
from hubspot.crm.properties import PropertyCreate, PropertyGroupCreate
from hubspot.crm.properties.exceptions import ApiException as PropertiesApiException


def _spec(type_id: int) -> list[AssociationSpec]:
    return [AssociationSpec(association_category="HUBSPOT_DEFINED", association_type_id=type_id)]


def test_invoice_line_item_and_payment_cycle_with_sdk(hs: HubSpot) -> None:
    contact = hs.crm.contacts.basic_api.create(
        SimplePublicObjectInputForCreate(
            properties={"email": "cycle@sdk.test", "firstname": "Cy", "city": "Oslo"}
        )
    )
    line = hs.crm.line_items.basic_api.create(
        LineCreate(properties={"name": "Hours", "quantity": "2", "price": "50.00"})
    )
    invoices = hs.crm.commerce.invoices.basic_api
    invoice = invoices.create(InvoiceCreate(properties={"hs_currency": "USD"}))
    v4 = hs.crm.associations.v4.basic_api
    v4.create("invoices", invoice.id, "contacts", contact.id, _spec(177))
    v4.create("invoices", invoice.id, "line_items", line.id, _spec(409))
    opened = invoices.update(invoice.id, {"properties": {"hs_invoice_status": "open"}})
    assert opened.properties["hs_invoice_status"] == "open"
    names = [
        "hs_number",
        "hs_amount_billed",
        "hs_amount_paid",
        "hs_payment_status",
        "hs_recipient_shipping_city",
        "hs_invoice_status",
    ]
    read = invoices.get_by_id(invoice.id, properties=names)
    assert read.properties["hs_number"].startswith("INV-")
    assert read.properties["hs_recipient_shipping_city"] == "Oslo"
    hs.crm.line_items.basic_api.update(line.id, {"properties": {"quantity": "3"}})
    assert invoices.get_by_id(invoice.id, properties=names).properties["hs_amount_billed"] == (
        "150.00"
    )
    objects = hs.crm.objects.basic_api
    payment = objects.create(
        "commerce_payments",
        ObjectCreate(
            properties={
                "hs_initial_amount": "150.00",
                "hs_initiated_date": "2026-01-09T10:00:00Z",
                "hs_processor_type": "quickbooks",
                "hs_reference_number": "QB-77",
            },
            associations=[
                {
                    "to": {"id": invoice.id},
                    "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 542}],
                }
            ],
        ),
    )
    got = objects.get_by_id(
        "commerce_payments",
        payment.id,
        properties=["hs_latest_status", "hs_has_associated_invoice"],
    )
    assert got.properties["hs_latest_status"] == "processing"
    assert got.properties["hs_has_associated_invoice"] == "true"
    assert invoices.get_by_id(invoice.id, properties=names).properties["hs_amount_paid"] == "0.00"
    objects.update(
        "commerce_payments", payment.id, {"properties": {"hs_latest_status": "succeeded"}}
    )
    paid = invoices.get_by_id(invoice.id, properties=names).properties
    assert paid["hs_invoice_status"] == "paid" and paid["hs_payment_status"] == "paid"
    assert paid["hs_amount_paid"] == "150.00"


def test_deals_and_pipelines_with_sdk(hs: HubSpot) -> None:
    deals = hs.crm.deals.basic_api
    deal = deals.create(
        DealCreate(properties={"dealname": "SDK deal", "dealstage": "contractsent"})
    )
    read = deals.get_by_id(deal.id, properties=["pipeline", "dealstage"])
    assert read.properties["pipeline"] == "default"
    with pytest.raises(DealsApiException) as err:
        deals.create(DealCreate(properties={"dealname": "Bad", "dealstage": "Contract Sent"}))
    assert err.value.status == 400 and "allowed options" in err.value.body
    pipelines = hs.crm.pipelines.pipelines_api.get_all("deals").results
    assert [p.id for p in pipelines] == ["default"]
    stages = {s.id: s.label for s in pipelines[0].stages}
    assert stages["contractsent"] == "Contract Sent"
    one = hs.crm.pipelines.pipelines_api.get_by_id("deals", "default")
    assert [s.id for s in one.stages] == list(stages)


def test_property_groups_with_sdk(hs: HubSpot) -> None:
    groups = hs.crm.properties.groups_api
    made = groups.create("deals", PropertyGroupCreate(name="qbsync_sdk", label="qbsync"))
    assert made.name == "qbsync_sdk" and made.archived is False
    assert "qbsync_sdk" in {g.name for g in groups.get_all("deals").results}
    core = hs.crm.properties.core_api
    spec = {"label": "QBO id", "type": "string", "field_type": "text"}
    created = core.create(
        "deals", PropertyCreate(name="qbo_sdk_id", group_name="qbsync_sdk", **spec)
    )
    assert created.group_name == "qbsync_sdk"
    with pytest.raises(PropertiesApiException) as err:
        core.create("deals", PropertyCreate(name="qbo_lost", group_name="missing_group", **spec))
    assert err.value.status == 400


def test_multi_status_batch_create_with_sdk(hs: HubSpot) -> None:
    result = hs.crm.contacts.batch_api.create(
        BatchInputSimplePublicObjectBatchInputForCreate(
            inputs=[
                SimplePublicObjectBatchInputForCreate(
                    properties={"email": "ms1@sdk.test"}, object_write_trace_id="a", associations=[]
                ),
                SimplePublicObjectBatchInputForCreate(
                    properties={"email": "broken"}, object_write_trace_id="b", associations=[]
                ),
            ]
        )
    )
    assert result.num_errors == 1
    assert result.errors[0].context == {"objectWriteTraceId": ["b"]}
    assert [r.properties["email"] for r in result.results] == ["ms1@sdk.test"]
