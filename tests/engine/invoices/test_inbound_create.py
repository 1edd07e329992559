"""QuickBooks-made invoices come into HubSpot (issue 16, inbound): lines linked to the
products of their items, the contact linked to the customer and its company, QuickBooks'
number and dates, finalised; our own writes are not read back as changes."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from qbsync_desktop.core.store import Activity, Link, RecordState
from qbsync_desktop.core.sync.invoice_inbound import invoice_key, line_key
from qbsync_desktop.core.sync.problems import field_label
from qbsync_desktop.core.sync.report import ChangeDetail
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import (
    Calls,
    hubspot_invoices,
    inbound,
    invoice_by_key,
    lines_of,
    links_of,
    qbo_invoices,
    sales_lines,
)


def _links(synced: Synced, obj: str) -> dict[str, str]:
    with synced.database():
        return {k.qbo_id: k.hubspot_id for k in Link.select().where(Link.object == obj)}


def test_quickbooks_invoices_arrive_in_hubspot_finalised_with_lines_and_contact(
    synced: Synced,
) -> None:
    synced.sync(objects=("contacts", "products"))
    run = inbound(synced)
    contacts, products = _links(synced, "contacts"), _links(synced, "products")
    invoices = qbo_invoices(synced)
    assert invoices
    assert run.summary.created["hubspot"] == len(invoices)
    made = _links(synced, "invoices")
    for qbo in invoices:
        hs = invoice_by_key(synced, invoice_key(qbo["Id"]))
        assert hs is not None and made[qbo["Id"]] == hs.id
        assert hs.properties["hs_number"] == qbo["DocNumber"]
        assert hs.properties["hs_invoice_status"] == "open"
        assert hs.properties["hs_invoice_date"].startswith(qbo["TxnDate"])
        assert hs.properties["hs_due_date"].startswith(qbo["DueDate"])
        assert links_of(synced, hs.id, "contacts") == [contacts[qbo["CustomerRef"]["value"]]]
        lines = {ln.properties["qbsync_key"]: ln for ln in lines_of(synced, hs.id)}
        wanted = sales_lines(qbo)
        assert set(lines) == {line_key(qbo["Id"], ln["Id"]) for ln in wanted}
        for ln in wanted:
            got = lines[line_key(qbo["Id"], ln["Id"])]
            detail = ln["SalesItemLineDetail"]
            assert Decimal(got.properties["quantity"]) == Decimal(str(detail["Qty"]))
            assert Decimal(got.properties["amount"]) == Decimal(str(ln["Amount"]))
            item = (detail.get("ItemRef") or {}).get("value")
            assert got.properties.get("hs_product_id") == (products.get(item) if item else None)
        assert Decimal(hs.properties["hs_amount_billed"]) == Decimal(str(qbo["TotalAmt"]))
    # Some lines point at a synced product and some (the custom line) at none.
    assert any(
        ln.properties.get("hs_product_id") for ln in lines_of(synced, made[invoices[0]["Id"]])
    )
    with synced.database():
        states = RecordState.select().where(RecordState.object == "invoices")
        assert {s.state for s in states} == {"synced"}
        assert {s.qbo_id for s in states} == {i["Id"] for i in invoices}
        made_row = Activity.get(
            (Activity.object == "invoices") & (Activity.qbo_id == invoices[0]["Id"])
        )
    assert (made_row.action, made_row.direction) == ("create_hubspot", "to_hubspot")
    detail = ChangeDetail.from_json(made_row.detail)  # the window words it, field names aside
    assert detail is not None and detail.to_hubspot["hs_number"] == invoices[0]["DocNumber"]
    assert field_label("hs_due_date") == "due date"


def test_the_company_of_the_contact_comes_along(synced: Synced) -> None:
    synced.sync(objects=("contacts", "products"))
    contacts = _links(synced, "contacts")
    invoices = qbo_invoices(synced)
    contact = contacts[invoices[0]["CustomerRef"]["value"]]

    async def company(hubspot, qbo):  # type: ignore[no-untyped-def]
        made = await hubspot.batch_create("companies", [{"properties": {"name": "Acme Books"}}])
        cid = made.results[0].id
        await hubspot.associate("contacts", contact, "companies", cid, 1)
        return cid

    cid = synced.api(company)
    inbound(synced)
    hs = invoice_by_key(synced, invoice_key(invoices[0]["Id"]))
    assert links_of(synced, hs.id, "companies") == [cid]


def test_a_second_run_reads_no_echo_and_writes_nothing(synced: Synced) -> None:
    synced.sync(objects=("contacts", "products"))
    inbound(synced)
    calls = Calls(synced)
    with synced.watching(calls.hook):
        again = inbound(synced)
    assert calls.writes("hubspot") == [] and calls.writes("quickbooks") == []
    assert again.summary.created["hubspot"] == again.summary.updated["hubspot"] == 0
    assert len(calls.sent) <= 2, calls.sent  # the change feed, and nothing for each invoice


def test_the_engine_brings_invoices_in_when_invoice_sync_writes_to_hubspot(synced: Synced) -> None:
    synced.settings("invoices", enabled=True, direction="to_hubspot")
    synced.sync(objects=("contacts", "products", "invoices"))
    invoices = qbo_invoices(synced)
    assert all(invoice_by_key(synced, invoice_key(i["Id"])) for i in invoices)
    calls = Calls(synced)
    with synced.watching(calls.hook):
        again, _ = synced.sync(objects=("contacts", "products", "invoices"))
    assert again.writes == 0 and calls.writes("hubspot") == []
    with synced.database():
        states = RecordState.select().where(RecordState.object == "invoices")
        assert {s.state for s in states} == {"synced"} and len(states) == len(invoices)


def test_both_ways_inbound_never_brings_back_what_outbound_sent(synced: Synced) -> None:
    async def income_account(hubspot: Any, qbo: Any) -> str:
        rows = await qbo.query("SELECT * FROM Account WHERE AccountType = 'Income'")
        return str(rows[0]["Id"])

    made_in_qbo = {i["Id"] for i in qbo_invoices(synced)}
    own = {
        "custom_line_item_account": synced.api(income_account),
        "enabled_at": "2000-01-01T00:00:00+00:00",  # every HubSpot invoice counts
    }
    synced.settings("invoices", enabled=True, direction="both", own=own)
    everything = ("contacts", "products", "invoices")
    synced.sync(objects=everything)
    sent = {i["Id"] for i in qbo_invoices(synced)} - made_in_qbo
    assert sent  # outbound created invoices in QuickBooks in the same run
    keys = [o.properties.get("qbsync_key") for o in hubspot_invoices(synced)]
    assert sorted(k for k in keys if k) == sorted(invoice_key(i) for i in made_in_qbo)

    def states() -> dict[str, str]:
        with synced.database():
            rows = RecordState.select().where(RecordState.object == "invoices")
            return {s.qbo_id: s.state for s in rows if s.qbo_id in made_in_qbo}

    assert states() == dict.fromkeys(made_in_qbo, "synced")
    calls = Calls(synced)
    with synced.watching(calls.hook):
        again, _ = synced.sync(objects=everything)
    assert again.writes == 0 and calls.writes("hubspot") == [], calls.writes("hubspot")
    assert states() == dict.fromkeys(made_in_qbo, "synced")  # outbound left them alone


def test_invoices_go_in_pages_each_recorded_as_it_is_written(
    synced: Synced, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qbsync_desktop.core.sync.invoices import inbound as inbound_module

    monkeypatch.setattr(inbound_module, "PAGE", 4)  # 10 demo invoices: pages of 4, 4 and 2
    synced.sync(objects=("contacts", "products"))
    calls = Calls(synced)
    with synced.watching(calls.hook):
        run = inbound(synced)
    invoices = qbo_invoices(synced)
    assert run.summary.created["hubspot"] == len(invoices)
    creates = [p for m, p in calls.writes("hubspot") if p.endswith("/invoices/batch/create")]
    assert len(creates) == 3
    assert all(invoice_by_key(synced, invoice_key(i["Id"])) for i in invoices)
    with synced.database():
        assert RecordState.select().where(RecordState.object == "invoices").count() == 10
