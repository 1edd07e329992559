"""The official `hubspot-api-client` (generated from HubSpot's OpenAPI specs) works unchanged.

It speaks urllib3, so the sandbox runs on a real loopback port; the SDK is pointed at
it through its supported `host` configuration key (`HubSpot(..., host=...)` sets
`Configuration.host` of every generated client).
"""

from __future__ import annotations

import pytest
from hubspot import HubSpot
from hubspot.crm.associations.v4 import AssociationSpec
from hubspot.crm.contacts import (
    BatchInputSimplePublicObjectBatchInputUpsert,
    PublicObjectSearchRequest,
    SimplePublicObjectBatchInputUpsert,
    SimplePublicObjectInputForCreate,
)
from hubspot.crm.contacts.exceptions import ApiException as ContactsApiException
from hubspot.crm.properties import PropertyCreate


def test_contacts_crud_with_sdk(hs: HubSpot) -> None:
    api = hs.crm.contacts.basic_api
    created = api.create(
        SimplePublicObjectInputForCreate(properties={"email": "sdk@new.test", "firstname": "Sdk"})
    )
    assert created.properties["email"] == "sdk@new.test"
    got = api.get_by_id("sdk@new.test", id_property="email", properties=["firstname"])
    assert got.id == created.id and got.properties["firstname"] == "Sdk"
    updated = api.update(created.id, {"properties": {"lastname": "Client"}})
    assert updated.properties["lastname"] == "Client"
    page = api.get_page(limit=10, properties=["email"])
    assert len(page.results) == 10 and page.paging.next.after
    with pytest.raises(ContactsApiException) as err:
        api.create(SimplePublicObjectInputForCreate(properties={"email": "SDK@new.test"}))
    assert err.value.status == 409 and created.id in err.value.body
    api.archive(created.id)
    with pytest.raises(ContactsApiException) as gone:
        api.get_by_id(created.id)
    assert gone.value.status == 404


def test_contacts_batch_and_search_with_sdk(hs: HubSpot) -> None:
    batch = hs.crm.contacts.batch_api.upsert(
        BatchInputSimplePublicObjectBatchInputUpsert(
            inputs=[
                SimplePublicObjectBatchInputUpsert(
                    id=f"up{i}@sdk.test", id_property="email", properties={"city": "Lima"}
                )
                for i in range(3)
            ]
        )
    )
    assert batch.status == "COMPLETE" and len(batch.results) == 3
    found = hs.crm.contacts.search_api.do_search(
        PublicObjectSearchRequest(
            filter_groups=[
                {
                    "filters": [
                        {
                            "propertyName": "email",
                            "operator": "CONTAINS_TOKEN",
                            "value": "*@sdk.test",
                        }
                    ]
                }
            ],
            sorts=[{"propertyName": "email", "direction": "ASCENDING"}],
            properties=["email", "city"],
            limit=2,
        )
    )
    assert found.total == 3
    assert [r.properties["email"] for r in found.results] == ["up0@sdk.test", "up1@sdk.test"]
    assert found.paging.next.after == "2"


def test_products_line_items_invoices_and_associations_with_sdk(hs: HubSpot) -> None:
    from hubspot.crm.commerce.invoices import SimplePublicObjectInputForCreate as InvoiceCreate
    from hubspot.crm.line_items import SimplePublicObjectInputForCreate as LineCreate
    from hubspot.crm.products import SimplePublicObjectInputForCreate as ProductCreate

    product = hs.crm.products.basic_api.create(
        ProductCreate(properties={"name": "SDK widget", "price": "12.50", "hs_sku": "SDK-1"})
    )
    line = hs.crm.line_items.basic_api.create(
        LineCreate(properties={"hs_product_id": product.id, "quantity": "4"})
    )
    line = hs.crm.line_items.basic_api.get_by_id(line.id, properties=["amount", "name", "price"])
    assert line.properties["amount"] == "50.00" and line.properties["name"] == "SDK widget"
    contact = hs.crm.contacts.basic_api.create(
        SimplePublicObjectInputForCreate(properties={"email": "buyer@sdk.test"})
    )
    invoice = hs.crm.commerce.invoices.basic_api.create(
        InvoiceCreate(
            properties={"hs_currency": "USD"},
            associations=[
                {
                    "to": {"id": contact.id},
                    "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 177}],
                }
            ],
        )
    )
    v4 = hs.crm.associations.v4.basic_api
    v4.create(
        "invoices",
        invoice.id,
        "line_items",
        line.id,
        [AssociationSpec(association_category="HUBSPOT_DEFINED", association_type_id=409)],
    )
    linked = v4.get_page("invoices", invoice.id, "line_items")
    assert [str(r.to_object_id) for r in linked.results] == [line.id]
    assert linked.results[0].association_types[0].type_id == 409
    back = v4.get_page("contacts", contact.id, "invoices")
    assert [str(r.to_object_id) for r in back.results] == [invoice.id]
    opened = hs.crm.commerce.invoices.basic_api.update(
        invoice.id, {"properties": {"hs_invoice_status": "open"}}
    )
    assert opened.properties["hs_invoice_status"] == "open"
    read = hs.crm.commerce.invoices.basic_api.get_by_id(
        invoice.id, properties=["hs_amount_billed", "hs_balance_due"]
    )
    assert read.properties["hs_amount_billed"] == "50.00"
    assert read.properties["hs_balance_due"] == "50.00"


def test_properties_with_sdk(hs: HubSpot) -> None:
    core = hs.crm.properties.core_api
    created = core.create(
        "invoices",
        PropertyCreate(
            name="qbo_invoice_id",
            label="QBO invoice id",
            type="string",
            field_type="text",
            group_name="invoiceinformation",
            has_unique_value=True,
        ),
    )
    assert created.has_unique_value is True
    names = {p.name: p for p in core.get_all("line_items").results}
    assert names["amount"].modification_metadata.read_only_value is True
    assert names["quantity"].modification_metadata.read_only_value is False
