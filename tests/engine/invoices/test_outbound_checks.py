"""Checks made before any write, over HTTP: closed books fail once with the dates (no retry
loop), E3 until a line-item date is mapped to the service date, and a non-US company's
tax codes from the settings' tax map."""

from __future__ import annotations

import json
from typing import Any

from qbsync_desktop.core.connectors.qbo_invoices import tax_codes
from qbsync_desktop.core.sync.admin import request_retry
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import Calls, lines_of
from tests.engine.invoices.outbound_support import (
    case_numbers,
    hubspot_by_number,
    qbo_invoices,
    run,
    state_of,
    switch_on,
)


def _company(synced: Synced, **body: Any) -> None:
    synced.sandboxes.control("quickbooks", "company", body)


def _own(synced: Synced, **changes: Any) -> None:
    prof = synced.connections.profiles.require(synced.profile)
    own = dict(prof.sync["objects"]["invoices"]["own"])
    synced.settings("invoices", own={**own, **changes})


def _open_invoice(synced: Synced) -> Any:
    (number,) = case_numbers("open")
    return hubspot_by_number(synced)[number]


def test_closed_books_fail_once_with_both_dates(synced: Synced) -> None:
    switch_on(synced)
    _company(synced, Preferences={"AccountingInfoPrefs": {"BookCloseDate": "2099-12-31"}})
    summary = run(synced)
    assert summary.created["quickbooks"] == 0 and summary.failed >= 7
    invoice = _open_invoice(synced)
    row = state_of(synced, invoice.id)
    assert (row.state, row.code) == ("failed", "invoice_books_closed")
    params = json.loads(row.params)
    assert params["close_date"] == "2099-12-31" and params["date"].startswith("2026-")
    calls = Calls(synced)
    with synced.watching(calls.hook):
        again = run(synced)  # not tried again by itself: no loop of refusals
    assert calls.writes("quickbooks") == [] and again.failed == 0
    assert state_of(synced, invoice.id).run_id == row.run_id


def _date_lines(synced: Synced, invoice_id: str, prop: str, day: str) -> None:
    lines = lines_of(synced, invoice_id)

    async def go(hubspot: Any, qbo: Any) -> None:
        definition = {
            "name": prop,
            "label": "Service date",
            "type": "date",
            "fieldType": "date",
            "groupName": "lineiteminformation",
        }
        await hubspot.create_property("line_items", definition)
        inputs = [{"id": line.id, "properties": {prop: day}} for line in lines]
        await hubspot.batch_update("line_items", inputs)

    synced.api(go)


def test_e3_until_a_line_item_date_is_mapped_to_the_service_date(synced: Synced) -> None:
    switch_on(synced)
    _company(synced, Preferences={"ProductAndServicesPrefs": {"RevenueRecognition": True}})
    run(synced)
    invoice = _open_invoice(synced)
    row = state_of(synced, invoice.id)
    assert (row.state, row.code) == ("failed", "service_date_needed")
    _date_lines(synced, invoice.id, "service_day", "2026-02-03")
    _own(synced, service_date_property="service_day")
    run(synced)  # changed settings: every invoice is looked at again
    assert state_of(synced, invoice.id).state == "synced"
    number = invoice.properties["hs_number"]
    (sent,) = [q for q in qbo_invoices(synced) if q.get("DocNumber") == number]
    dates = {ln["SalesItemLineDetail"].get("ServiceDate") for ln in sent["Line"]
             if ln.get("DetailType") == "SalesItemLineDetail"}  # fmt: skip
    assert dates == {"2026-02-03"}


def test_non_us_company_lines_carry_the_mapped_tax_code(synced: Synced) -> None:
    switch_on(synced)
    _company(synced, CompanyInfo={"Country": "GB"})  # home currency GBP
    run(synced)
    invoice = _open_invoice(synced)
    row = state_of(synced, invoice.id)
    assert (row.state, row.code) == ("failed", "invoice_currency")
    assert json.loads(row.params) == {"currency": "USD", "expected": "GBP"}
    _company(synced, Preferences={"CurrencyPrefs": {"HomeCurrency": {"value": "USD"}}})
    assert request_retry(synced.paths.database_file(synced.profile), "invoices") >= 7
    run(synced)
    row = state_of(synced, invoice.id)
    assert (row.state, row.code) == ("failed", "invoice_tax_untaxed_unmapped")
    assert qbo_invoices(synced) and invoice.properties["hs_number"] not in {
        q.get("DocNumber") for q in qbo_invoices(synced)
    }
    codes = {c.name: c.id for c in synced.api(lambda hs, qbo: tax_codes(qbo))}
    _own(synced, tax_map={"": codes["No VAT"]})
    run(synced)
    assert state_of(synced, invoice.id).state == "synced"
    number = invoice.properties["hs_number"]
    (sent,) = [q for q in qbo_invoices(synced) if q.get("DocNumber") == number]
    assert sent["GlobalTaxCalculation"] == "TaxExcluded"
    assert {ln["SalesItemLineDetail"]["TaxCodeRef"]["value"] for ln in sent["Line"]
            if ln.get("DetailType") == "SalesItemLineDetail"} == {codes["No VAT"]}  # fmt: skip
