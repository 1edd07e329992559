"""An invoice whose QuickBooks customer has no linked HubSpot contact fails with a problem
naming the customer, and comes in by itself once contact sync links the customer."""

from __future__ import annotations

import json
from typing import Any

from qbsync_desktop.core.sync.invoice_inbound import invoice_key
from qbsync_desktop.core.sync.problems import render
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import (
    edit_invoice,
    inbound,
    invoice_by_key,
    qbo_invoices,
    sales_lines,
)


def test_unlinked_customer_fails_then_goes_by_itself_once_the_contact_syncs(
    synced: Synced,
) -> None:
    invoices = qbo_invoices(synced)
    first = inbound(synced)  # contact sync has not run: no customer has a contact yet
    assert first.summary.created["hubspot"] == 0
    assert first.summary.failed == len(invoices)
    state = synced.state("invoices", qbo_id=invoices[0]["Id"])
    assert (state.state, state.code, state.field) == ("failed", "customer_unlinked", "CustomerRef")
    customer = invoices[0]["CustomerRef"]["name"]
    assert json.loads(state.params)["customer"] == customer
    words = render(state.problem)
    assert customer in words.reason and "contact" in words.fix
    assert invoice_by_key(synced, invoice_key(invoices[0]["Id"])) is None

    synced.sync(objects=("contacts", "products"))
    second = inbound(synced)  # no invoice changed in QuickBooks: the failed ones are retried
    assert second.summary.created["hubspot"] == len(invoices)
    assert synced.state("invoices", qbo_id=invoices[0]["Id"]).state == "synced"
    assert invoice_by_key(synced, invoice_key(invoices[0]["Id"])) is not None


def test_a_negative_line_price_fails_before_any_call_and_the_others_go_in(
    synced: Synced,
) -> None:
    synced.sync(objects=("contacts", "products"))
    invoices = qbo_invoices(synced)
    credit = next(i for i in invoices if i["Balance"] == i["TotalAmt"])  # nothing paid yet

    def negative(body: dict[str, Any]) -> None:
        body["Line"] = [
            *sales_lines(body),
            {
                "DetailType": "SalesItemLineDetail",
                "Amount": -5.0,
                "Description": "Loyalty credit",
                "SalesItemLineDetail": {"Qty": 1, "UnitPrice": -5.0},
            },
        ]

    edit_invoice(synced, credit["Id"], negative)
    run = inbound(synced)
    assert run.summary.created["hubspot"] == len(invoices) - 1
    state = synced.state("invoices", qbo_id=credit["Id"])
    assert (state.state, state.code) == ("failed", "inbound_negative_price")
    assert "Loyalty credit" in render(state.problem).title
    assert invoice_by_key(synced, invoice_key(credit["Id"])) is None
