"""Custom field mappings from QuickBooks over HTTP (issue 16): a QuickBooks-made invoice's
sales-form custom field goes to the HubSpot invoice property the mapping pairs it with,
when it is created in HubSpot and when the field is edited in QuickBooks later."""

from __future__ import annotations

from typing import Any

from qbsync_desktop.core.connectors.hubspot_invoices import INVOICE_PROPERTIES, read_invoices
from qbsync_desktop.core.sync.invoice_inbound import invoice_key
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import edit_invoice, invoice_by_key, qbo_invoices
from tests.engine.invoices.outbound_support import run

PO = "po_number"


def _po_property(synced: Synced) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        definition = {
            "name": PO,
            "label": "PO number",
            "type": "string",
            "fieldType": "text",
            "groupName": "invoiceinformation",
        }
        await hubspot.create_property("invoices", definition)

    synced.api(go)


def _po_of(synced: Synced, hubspot_id: str) -> str | None:
    async def go(hubspot: Any, qbo: Any) -> Any:
        return await read_invoices(hubspot, [hubspot_id], [*INVOICE_PROPERTIES, PO])

    (invoice,) = synced.api(go)
    return invoice.properties.get(PO)  # type: ignore[no-any-return]


def _set_po(synced: Synced, qbo_id: str, value: str) -> None:
    def change(body: dict[str, Any]) -> None:
        body["CustomField"] = [
            {"DefinitionId": "1", "Name": "PO #", "Type": "StringType", "StringValue": value}
        ]

    edit_invoice(synced, qbo_id, change)


def test_a_quickbooks_custom_field_arrives_in_hubspot_and_follows_edits(synced: Synced) -> None:
    _po_property(synced)
    synced.sync(objects=("contacts", "products"))
    first, other = (q["Id"] for q in qbo_invoices(synced)[:2])
    _set_po(synced, first, "PO-7781")  # slot 1 ("PO #") is on in the demo company
    custom = [{"hubspot_property": PO, "qbo_field": "CustomField:1"}]
    synced.settings("invoices", enabled=True, direction="to_hubspot", own={}, custom=custom)
    run(synced)
    made = invoice_by_key(synced, invoice_key(first))
    assert made is not None and _po_of(synced, made.id) == "PO-7781"
    assert synced.state("invoices", qbo_id=first).state == "synced"
    assert not _po_of(synced, invoice_by_key(synced, invoice_key(other)).id)

    _set_po(synced, first, "PO-7782")  # edited in QuickBooks: HubSpot follows
    again = run(synced)
    assert again.updated["hubspot"] == 1
    assert _po_of(synced, made.id) == "PO-7782"
    # A memo edit in QuickBooks, the custom field as it was: HubSpot already has it.
    edit_invoice(synced, first, lambda body: body.update(PrivateNote="Called the client"))
    assert run(synced).updated["hubspot"] == 0
