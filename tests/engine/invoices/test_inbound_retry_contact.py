"""Retry of a QuickBooks invoice that failed because its customer has no HubSpot contact
(customer_unlinked) also retries that customer's failed contact, over both sandboxes: the
invoice can only go once the contact does, and a contact failure that does not pass by
itself is not tried again without it."""

from __future__ import annotations

import uuid
from typing import Any

from qbsync_desktop.core.sync.admin import request_retry
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import qbo_invoices
from tests.engine.invoices.outbound_support import run

REGION = "qbsync_test_region"  # a HubSpot choice property the customer's notes map to


def _region_property(synced: Synced, options: list[str]) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        body = {
            "name": REGION,
            "label": "Region",
            "type": "enumeration",
            "fieldType": "select",
            "groupName": "contactinformation",
            "options": [{"value": o, "label": o.title()} for o in options],
        }
        existing = [p for p in await hubspot.properties("contacts") if p.get("name") == REGION]
        if existing:
            await hubspot.call("PATCH", f"/crm/v3/properties/contacts/{REGION}", json=body)
        else:
            await hubspot.create_property("contacts", body)

    synced.api(go)


def _notes(synced: Synced, customer_id: str, notes: str) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        body = await qbo.read("Customer", customer_id)
        await qbo.update("Customer", {**body, "Notes": notes}, request_id=uuid.uuid4().hex)

    synced.api(go)


def _qbo_only_customer_invoice(synced: Synced) -> dict[str, Any]:
    """An invoice of a QuickBooks customer no HubSpot contact shares an email with."""
    emails = {(c.properties.get("email") or "").lower() for c in synced.contacts()}
    alone = {
        str(c["Id"])
        for c in synced.customers()
        if (c.get("PrimaryEmailAddr") or {}).get("Address")
        and c["PrimaryEmailAddr"]["Address"].lower() not in emails
    }
    return next(i for i in qbo_invoices(synced) if i["CustomerRef"]["value"] in alone)


def test_retrying_the_invoice_retries_its_customers_failed_contact(synced: Synced) -> None:
    invoice = _qbo_only_customer_invoice(synced)
    customer = invoice["CustomerRef"]["value"]
    _region_property(synced, ["north"])
    _notes(synced, customer, "south")  # HubSpot refuses it until the option exists
    synced.settings("contacts", custom=[{"hubspot_property": REGION, "qbo_field": "Notes"}])
    synced.sync(objects=("contacts", "products"))
    assert synced.state("contacts", qbo_id=customer).state == "failed"
    synced.settings("invoices", enabled=True, direction="to_hubspot", own={})
    run(synced)
    failed = synced.state("invoices", qbo_id=invoice["Id"])
    assert (failed.state, failed.code) == ("failed", "customer_unlinked")

    _region_property(synced, ["north", "south"])  # fixed in HubSpot: the customer is as it was
    synced.sync(objects=("contacts", "products", "invoices"))
    assert synced.state("contacts", qbo_id=customer).state == "failed"  # not by itself
    assert synced.state("invoices", qbo_id=invoice["Id"]).state == "failed"

    db_file = synced.paths.database_file(synced.profile)
    assert request_retry(db_file, "invoices", qbo_ids=[invoice["Id"]]) == 2  # and its contact
    synced.sync(objects=("contacts", "products", "invoices"))
    assert synced.state("contacts", qbo_id=customer).state == "synced"
    done = synced.state("invoices", qbo_id=invoice["Id"])
    assert done.state == "synced" and done.hubspot_id
