"""Custom field mappings to QuickBooks over HTTP: a HubSpot invoice property goes to the
QuickBooks invoice's sales-form custom field; QuickBooks' answer (the invoice as saved) is
checked, and a value it dropped silently (its custom field switched off) is that invoice's
problem until it is kept."""

from __future__ import annotations

import json
from typing import Any

from qbsync_desktop.core.sync.admin import request_retry
from tests.engine.conftest import Synced
from tests.engine.invoices.outbound_support import (
    case_numbers,
    hubspot_by_number,
    invoice_links,
    qbo_invoices,
    run,
    state_of,
    switch_on,
)

PO, JOB = "po_number", "job_code"


def _set_properties(synced: Synced, values: dict[str, dict[str, str]]) -> None:
    """Make the invoice properties and give invoices (by HubSpot id) their values."""

    async def go(hubspot: Any, qbo: Any) -> None:
        for name in (PO, JOB):
            await hubspot.create_property(
                "invoices",
                {"name": name, "label": name, "type": "string", "fieldType": "text",
                 "groupName": "invoiceinformation"},
            )  # fmt: skip
        inputs = [{"id": i, "properties": p} for i, p in values.items()]
        await hubspot.batch_update("invoices", inputs)

    synced.api(go)


def _slots(synced: Synced, on: dict[int, str]) -> None:
    """QuickBooks' sales-form custom fields: the slots in `on` switched on with labels."""
    flags = [{"Name": f"SalesFormsPrefs.UseSalesCustom{n}", "Type": "BooleanType",
              "BooleanValue": n in on} for n in (1, 2, 3)]  # fmt: skip
    names = [{"Name": f"SalesFormsPrefs.SalesCustomName{n}", "Type": "StringType",
              "StringValue": label} for n, label in on.items()]  # fmt: skip
    groups = [{"CustomField": flags}, {"CustomField": names}]
    body = {"Preferences": {"SalesFormsPrefs": {"CustomField": groups}}}
    synced.sandboxes.control("quickbooks", "company", body)


def _custom(qbo_invoice: dict[str, Any]) -> dict[str, str]:
    return {
        str(f["DefinitionId"]): str(f.get("StringValue") or "")
        for f in qbo_invoice.get("CustomField") or []
    }


def test_custom_fields_sent_and_a_silent_drop_is_the_invoices_problem(synced: Synced) -> None:
    hs = hubspot_by_number(synced)
    (open_,) = case_numbers("open")
    (paid,) = case_numbers("paid")
    _set_properties(synced, {hs[open_].id: {PO: "PO-7781"}, hs[paid].id: {JOB: "J-12"}})
    switch_on(synced)
    # Slot 1 ("PO #") is on in the demo company, slot 2 is off: QuickBooks drops its value.
    custom = [{"hubspot_property": PO, "qbo_field": "CustomField:1"},
              {"hubspot_property": JOB, "qbo_field": "CustomField:2"}]  # fmt: skip
    synced.settings("invoices", custom=custom)
    summary = run(synced)

    by_doc = {q.get("DocNumber"): q for q in qbo_invoices(synced)}
    assert _custom(by_doc[open_]) == {"1": "PO-7781"}
    assert state_of(synced, hs[open_].id).state == "synced"
    # The paid invoice is in QuickBooks (linked), but shown with what was not kept.
    assert invoice_links(synced)[hs[paid].id] == by_doc[paid]["Id"]
    row = state_of(synced, hs[paid].id)
    assert (row.state, row.code, row.field) == (
        "failed",
        "invoice_custom_field_dropped",
        "CustomField:2",
    )
    assert json.loads(row.params) == {"slot": "2", "value": "J-12", "kept": ""}
    assert summary.failed >= 1 and summary.created["quickbooks"] >= 7

    # Not sent again by itself; once the custom field is on, Retry sends it and it is kept.
    again = run(synced)
    assert again.updated["quickbooks"] == 0
    _slots(synced, {1: "PO #", 2: "Job"})
    assert request_retry(synced.paths.database_file(synced.profile), "invoices") >= 1
    retried = run(synced)
    assert retried.updated["quickbooks"] >= 1
    by_doc = {q.get("DocNumber"): q for q in qbo_invoices(synced)}
    assert _custom(by_doc[paid]) == {"1": "", "2": "J-12"}
    assert state_of(synced, hs[paid].id).state == "synced"
