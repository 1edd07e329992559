"""The invoice rules' output accepted by the sandboxes: a HubSpot invoice's QBO body is
created with the same total, and a QBO invoice's HubSpot side is built in batch calls with
the same number and total. (The invoice object module will do this for every invoice.)"""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal

import httpx
import pytest

from qbsync_desktop.core.connectors import hubspot_invoices as hsi
from qbsync_desktop.core.connectors import qbo_invoices as qi
from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient, new_request_id
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.sync import invoice_inbound as inbound
from qbsync_desktop.core.sync import invoice_rules as rules
from qbsync_desktop.core.sync.changes import qbo_by_values
from tests.connectors.conftest import PROFILE
from tests.connectors.test_hubspot_invoice_calls import CallLog, changed_invoices

Clients = tuple[HubSpotClient, QboClient, CallLog]


@pytest.fixture
async def clients(connected: Connections) -> AsyncIterator[Clients]:
    log = CallLog()
    async with httpx.AsyncClient(timeout=30, event_hooks={"request": [log]}) as http:
        hubspot, qbo = connected.clients(PROFILE, http)
        yield hubspot, qbo, log


class Lookup:
    """A resolver over plain dicts, as the object module will build from its links."""

    def __init__(self, customers: dict[str, str], items: dict[str, str]) -> None:
        self.customers, self.items = customers, items

    def customer(self, contact_id: str) -> rules.CustomerMatch:
        return rules.CustomerMatch(self.customers.get(contact_id))

    def item_id(self, product_id: str) -> str | None:
        return self.items.get(product_id)


async def test_hubspot_invoice_to_qbo_with_the_same_total_then_e4_and_undo(
    clients: Clients,
) -> None:
    hubspot, qbo, _ = clients
    seeded = [o async for o in changed_invoices(hubspot, 0)]
    open_ones = [o for o in seeded if o.properties.get("hs_invoice_status") == "open"]
    links = await hsi.invoice_links(hubspot, [o.id for o in open_ones])
    hs_invoice = open_ones[0]
    link = links[hs_invoice.id]
    [contact] = (await hubspot.batch_read("contacts", link.contacts, ["email"])).results
    lines = await hsi.read_line_items(hubspot, link.line_items)
    products = [ln.properties["hs_product_id"] for ln in lines if ln.properties["hs_product_id"]]
    skus = {
        p.id: p.properties.get("hs_sku") or ""
        for p in (await hubspot.batch_read("products", products, ["hs_sku"])).results
    }
    items = {
        str(i.get("Sku")): str(i["Id"])
        for i in await qbo_by_values(qbo, "Item", "Sku", skus.values())
    }
    customers = await qbo_by_values(
        qbo, "Customer", "PrimaryEmailAddr", [contact.properties["email"] or ""]
    )
    if customers:
        customer_id = str(customers[0]["Id"])
    else:  # the demo books need not share this contact: link it the way contacts sync would
        new_customer = await qbo.create(
            "Customer",
            {
                "DisplayName": f"Roundtrip {contact.id}",
                "PrimaryEmailAddr": {"Address": contact.properties["email"]},
            },
            new_request_id(),
        )
        customer_id = str(new_customer["Id"])
    [account] = await qbo.query("SELECT * FROM Account WHERE Name = 'Services'")
    custom = await qi.find_or_create_item(qbo, "Custom line item", account["Id"], new_request_id())

    props = hs_invoice.properties
    inv = rules.HsInvoice(
        id=hs_invoice.id,
        status=props["hs_invoice_status"] or "",
        currency=props["hs_currency"] or "",
        invoice_date=rules.hubspot_date(props["hs_invoice_date"]),  # type: ignore[arg-type]
        due_date=rules.hubspot_date(props["hs_due_date"]),
        billed=Decimal(props["hs_amount_billed"] or "0"),
        lines=tuple(rules.hs_line(ln.id, ln.properties) for ln in lines),
        contact_id=contact.id,
        number=props["hs_number"],
    )
    ctx = rules.OutboundContext(
        facts=await qi.invoice_preferences(qbo),
        customers=Lookup(
            {contact.id: customer_id}, {p: items[s] for p, s in skus.items() if s in items}
        ),
        items=Lookup({}, {p: items[s] for p, s in skus.items() if s in items}),
        custom_line_item_id=str(custom["Id"]),
    )
    result = rules.outbound_body(inv, ctx)
    assert result.problems == [] and result.body is not None
    number = props["hs_number"] or ""
    holders = await qi.doc_number_holders(qbo, [number])
    assert rules.doc_number_problem(props["hs_number"], holders.get(number)) is None

    sent = await qi.write_invoices(
        qbo, [qi.InvoiceWrite("o1", "create", result.body)], new_request_id()
    )
    made = sent["o1"].entity
    assert sent["o1"].fault is None and made is not None
    assert Decimal(str(made["TotalAmt"])) == inv.billed == result.qbo_total
    assert made["DocNumber"] == props["hs_number"]
    written = inbound.fingerprint(made)

    # The same number sent again is predicted as E6, naming the invoice that holds it.
    holders = await qi.doc_number_holders(qbo, [number])
    e6 = rules.doc_number_problem(props["hs_number"], holders.get(number))
    assert e6 is not None and e6.params["id"] == made["Id"]

    # A bookkeeper changes a quantity in QBO: E4; puts it back: in step again.
    first = made["Line"][0]
    detail = first["SalesItemLineDetail"]
    edited_line = {**first, "Amount": detail["UnitPrice"] * (detail["Qty"] + 1),
                   "SalesItemLineDetail": {**detail, "Qty": detail["Qty"] + 1}}  # fmt: skip
    changed = await qbo.update(
        "Invoice",
        {
            "Id": made["Id"],
            "SyncToken": made["SyncToken"],
            "Line": [edited_line, *made["Line"][1:]],
        },
        new_request_id(),
    )
    problem = inbound.compare_fingerprints(written, inbound.fingerprint(changed))
    assert problem is not None and problem.code == "E4"
    undone = await qbo.update(
        "Invoice",
        {"Id": made["Id"], "SyncToken": changed["SyncToken"], "Line": made["Line"]},
        new_request_id(),
    )
    assert inbound.compare_fingerprints(written, inbound.fingerprint(undone)) is None


async def test_qbo_invoice_to_hubspot_in_batch_calls(clients: Clients) -> None:
    hubspot, qbo, log = clients
    await hsi.ensure_key_properties(hubspot)
    qbo_invoice = next(
        inv
        for inv in await qbo.query("SELECT * FROM Invoice MAXRESULTS 50")
        if not inbound.is_voided(inv)
    )
    customer = await qbo.read("Customer", qbo_invoice["CustomerRef"]["value"])
    email = str((customer.get("PrimaryEmailAddr") or {}).get("Address"))
    found = await hubspot.batch_read("contacts", [email], ["email"], id_property="email")
    if found.results:
        contact_id = found.results[0].id
    else:  # link the customer the way contacts sync would
        made = await hubspot.batch_create("contacts", [{"properties": {"email": email}}])
        contact_id = made.results[0].id
    companies = await hsi.read_associations(hubspot, "contacts", [contact_id], "companies")

    got = inbound.inbound_invoice(
        qbo_invoice,
        contact_for_customer={customer["Id"]: contact_id}.get,
        company_of_contact=lambda c: next(iter(companies.get(c) or []), None),
        product_for_item=lambda _item: None,
        home_currency="USD",
    )
    assert got.problems == []

    mark = len(log.calls)
    lines = await hsi.upsert_line_items(hubspot, [(ln.key, ln.properties) for ln in got.lines])
    assert not lines.errors
    draft = hsi.InvoiceDraft(
        got.key,
        got.properties,
        contacts=[contact_id],
        companies=[got.company_id] if got.company_id else [],
        line_items=[o.id for o in lines.results],
    )
    created = await hsi.create_invoices(hubspot, [draft])
    assert not created.errors
    invoice_id = created.results[0].id
    assert not (await hsi.set_invoice_status(hubspot, [invoice_id], got.status)).errors
    assert len(log.since(mark)) == 4

    [back] = await hsi.read_invoices(hubspot, [invoice_id])
    assert back.properties["hs_number"] == qbo_invoice["DocNumber"]
    assert back.properties["hs_invoice_status"] == "open"
    assert Decimal(back.properties["hs_amount_billed"] or "0") == Decimal(
        str(qbo_invoice["TotalAmt"])
    )
    day = rules.hubspot_date(back.properties["hs_invoice_date"])
    assert day is not None and day.isoformat() == qbo_invoice["TxnDate"]
