"""An invoice whose QuickBooks customer has no linked HubSpot contact fails with a problem
naming the customer, and comes in by itself once contact sync links the customer."""

from __future__ import annotations

import json

from qbsync_desktop.core.sync.invoice_inbound import invoice_key
from qbsync_desktop.core.sync.problems import render
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import inbound, invoice_by_key, qbo_invoices


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
