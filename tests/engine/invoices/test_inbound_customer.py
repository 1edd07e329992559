"""An invoice whose QuickBooks customer has no linked HubSpot contact fails with a problem
naming the customer, and comes in by itself once contact sync links the customer."""

from __future__ import annotations

import json
import uuid
from typing import Any

from qbsync_desktop.core.sync.invoice_inbound import invoice_key
from qbsync_desktop.core.sync.problems import Problem, render
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
    # The demo's HubSpot contact with the customer's email is offered as the likely match.
    code = "customer_unlinked_likely"
    assert (state.state, state.code, state.field) == ("failed", code, "CustomerRef")
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


def _customer(synced: Synced, customer_id: str, **changes: Any) -> dict[str, Any]:
    async def go(hubspot: Any, qbo: Any) -> dict[str, Any]:
        body = await qbo.read("Customer", customer_id)
        body.update(changes)
        return await qbo.update("Customer", body, request_id=uuid.uuid4().hex)  # type: ignore[no-any-return]

    return synced.api(go)  # type: ignore[no-any-return]


def test_the_unlinked_customer_problem_offers_the_likely_hubspot_contact(synced: Synced) -> None:
    invoices = qbo_invoices(synced)
    by_customer = {i["CustomerRef"]["value"]: i for i in invoices}
    by_email, by_name, none = list(by_customer)[:3]
    contacts = {(c.properties.get("email") or "").lower(): c for c in synced.contacts()}
    same_email = _customer(synced, by_email)
    named = _customer(synced, by_name, PrimaryEmailAddr={"Address": "elsewhere@example.test"})
    _customer(synced, none, GivenName="Zed", FamilyName="Nobody", DisplayName="Zed Nobody",
              PrimaryEmailAddr={"Address": "nobody@example.test"})  # fmt: skip
    inbound(synced)  # contact sync has not run: no customer is linked

    def problem(customer: str) -> tuple[str, dict[str, str]]:
        row = synced.state("invoices", qbo_id=by_customer[customer]["Id"])
        return row.code, json.loads(row.params)

    code, params = problem(by_email)
    contact = contacts[same_email["PrimaryEmailAddr"]["Address"].lower()]
    assert code == "customer_unlinked_likely"
    assert contact.properties["email"] in params["likely_match"]
    assert params["likely_match"] in render(Problem.from_row(code, json.dumps(params), None)).reason
    code, params = problem(by_name)  # no contact has its email now: found by its name
    assert code == "customer_unlinked_likely"
    assert params["likely_match"].startswith(f"{named['GivenName']} {named['FamilyName']}")
    code, params = problem(none)
    assert code == "customer_unlinked" and "likely_match" not in params


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
