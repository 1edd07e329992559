"""What the invoice rules catch before any call is what QBO itself refuses, and what they
let through QBO takes with the total they predicted: non-US tax codes, revenue
recognition's service dates (E3) and closed books, against the QBO sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from decimal import Decimal
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.connectors import qbo_invoices as qi
from qbsync_desktop.core.connectors.errors import QboFault
from qbsync_desktop.core.connectors.qbo import QboClient, new_request_id
from qbsync_desktop.core.connectors.session import Connections
from qbsync_desktop.core.sync import invoice_rules as rules
from tests.connectors.conftest import PROFILE
from tests.connectors.test_qbo_invoice_calls import customer_and_item

TODAY = date.today()


@pytest.fixture
async def qbo(connected: Connections) -> AsyncIterator[QboClient]:
    async with httpx.AsyncClient(timeout=30) as http:
        yield connected.qbo_client(PROFILE, http)


class Linked:
    def __init__(self, customer: str, item: str) -> None:
        self.customer_id, self.item = customer, item

    def customer(self, contact_id: str) -> rules.CustomerMatch:
        return rules.CustomerMatch(self.customer_id)

    def item_id(self, product_id: str) -> str | None:
        return self.item


def _invoice(lines: list[rules.HsLine], billed: str, currency: str) -> rules.HsInvoice:
    return rules.HsInvoice(
        id="h1",
        status="open",
        currency=currency,
        invoice_date=TODAY,
        billed=Decimal(billed),
        lines=tuple(lines),
        contact_id="c1",
        number=f"RV-{new_request_id()[:8]}",
    )


def _line(n: int, qty: str, price: str, **kw: Any) -> rules.HsLine:
    amount = Decimal(qty) * Decimal(price)
    return rules.HsLine(str(n), f"L{n}", Decimal(qty), Decimal(price), amount, "p1", **kw)


async def _context(qbo: QboClient, **kw: Any) -> rules.OutboundContext:
    customer, item = await customer_and_item(qbo)
    links = Linked(customer, item)
    facts = await qi.invoice_preferences(qbo)
    return rules.OutboundContext(facts, links, links, custom_line_item_id=None, **kw)


async def _refusal(qbo: QboClient, body: dict[str, Any]) -> str | None:
    try:
        await qbo.create("Invoice", body, new_request_id())
    except QboFault as fault:
        return fault.code
    return None


async def test_uk_company_codes_on_every_line_and_the_predicted_total(
    qbo: QboClient, sandboxes: Any
) -> None:
    sandboxes.control("quickbooks", "company", {"CompanyInfo": {"Country": "GB"}})
    codes = {c.name: c for c in await qi.tax_codes(qbo) if c.active}
    vat = rules.QboTaxCode(codes["20.0% S"].id, codes["20.0% S"].percent)
    none = rules.QboTaxCode(codes["No VAT"].id, codes["No VAT"].percent)
    tax = rules.TaxMapping({"hs-vat20": vat}, untaxed=none)
    ctx = await _context(qbo, tax=tax)
    assert not ctx.facts.is_us
    # HubSpot: 2 x 33.33 at 20% (13.33 tax) plus 30.00 untaxed = 109.99 billed.
    lines = [_line(1, "2", "33.33", tax_rate_id="hs-vat20"), _line(2, "1", "30")]
    inv = _invoice(lines, "109.99", ctx.facts.home_currency)
    result = rules.outbound_body(inv, ctx)
    assert result.problems == [] and result.body is not None
    made = await qbo.create("Invoice", result.body, new_request_id())
    assert Decimal(str(made["TotalAmt"])) == result.qbo_total == Decimal("109.99")
    assert made["GlobalTaxCalculation"] == "TaxExcluded"

    # Unmapped: caught before any call; QBO would refuse the code-less line itself.
    unmapped = rules.outbound_body(inv, await _context(qbo))
    # One problem for the rate, one for the lines without a rate (no code for them either).
    assert [(p.code, p.params["rate_id"]) for p in unmapped.problems] == [
        ("tax_unmapped", "hs-vat20"),
        ("tax_unmapped", ""),
    ]
    bare = {**result.body, "Line": [_without_tax_code(ln) for ln in result.body["Line"]]}
    assert await _refusal(qbo, bare) == "6000"


def _without_tax_code(line: dict[str, Any]) -> dict[str, Any]:
    detail = {k: v for k, v in line["SalesItemLineDetail"].items() if k != "TaxCodeRef"}
    return {**line, "SalesItemLineDetail": detail}


async def test_e3_predicted_as_qbo_refuses_and_a_service_date_lets_it_through(
    qbo: QboClient, sandboxes: Any
) -> None:
    plain = rules.outbound_body(
        _invoice([_line(1, "1", "10")], "10", "USD"), await _context(qbo)
    ).body
    assert plain is not None
    prefs = {"ProductAndServicesPrefs": {"RevenueRecognition": True}}
    sandboxes.control("quickbooks", "company", {"Preferences": prefs})
    ctx = await _context(qbo)
    undated = rules.outbound_body(_invoice([_line(1, "1", "10")], "10", "USD"), ctx)
    assert [p.code for p in undated.problems] == ["E3"]
    assert await _refusal(qbo, plain) == "6000"
    dated = _invoice([_line(1, "1", "10", service_date=TODAY)], "10", "USD")
    body = rules.outbound_body(dated, ctx).body
    assert body is not None and await _refusal(qbo, body) is None


async def test_closed_books_predicted_as_qbo_refuses(qbo: QboClient, sandboxes: Any) -> None:
    open_books = rules.outbound_body(
        _invoice([_line(1, "1", "10")], "10", "USD"), await _context(qbo)
    ).body
    assert open_books is not None
    prefs = {"AccountingInfoPrefs": {"BookCloseDate": TODAY.isoformat()}}
    sandboxes.control("quickbooks", "company", {"Preferences": prefs})
    closed = rules.outbound_body(_invoice([_line(1, "1", "10")], "10", "USD"), await _context(qbo))
    assert closed.problems == [
        rules.RuleProblem(
            "closed_books",
            {"date": TODAY.isoformat(), "close_date": TODAY.isoformat()},
            "TxnDate",
        )
    ]
    assert await _refusal(qbo, open_books) == "6200"
