"""The demo books' invoice set: each SPEC.md 2.3 rule and error case is in it, on both sides.

The set is documented in qbsync_desktop/sandbox/demo.py; these tests read it back through
each sandbox's HTTP API, the way the app will meet it once invoice sync is switched on.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from qbsync_desktop.sandbox.common import SandboxSettings, build_app
from qbsync_desktop.sandbox.demo import (
    DUPLICATE_NUMBER_CASE,
    HUBSPOT_INVOICE_CASES,
    DemoBook,
    DemoInvoice,
    demo_book,
)
from qbsync_desktop.sandbox.hubspot.service import HubSpotSandbox
from qbsync_desktop.sandbox.qbo.service import QboSandbox
from tests.sandbox.qbo.conftest import Qbo, connect, fault_code

SIZE, SEED = 50, 1


def _email(value: str | None) -> str:
    return (value or "").strip().casefold()


def _case(book: DemoBook, case: str) -> list[DemoInvoice]:
    return [inv for inv in book.hubspot_invoices if inv.case == case]


def _contact_email(book: DemoBook, inv: DemoInvoice) -> str:
    return next(_email(p.email) for p in book.hubspot_contacts if p.key == inv.person_key)


@pytest.mark.parametrize("size", [12, SIZE])
def test_demo_book_holds_every_invoice_case(size: int) -> None:
    book = demo_book(size, SEED)
    cases = [c.case for c in HUBSPOT_INVOICE_CASES]
    assert [inv.case for inv in book.hubspot_invoices[: len(cases)]] == cases
    assert {inv.status for inv in book.hubspot_invoices} == {"draft", "open", "voided"}
    assert {inv.paid_fraction for inv in book.hubspot_invoices} == {0.0, 0.5, 1.0}
    customers = {_email(p.email) for p in book.qbo_customers}
    (e1,) = _case(book, "E1 contact without QBO customer")
    assert _contact_email(book, e1) not in customers
    others = [inv for inv in book.hubspot_invoices if inv is not e1]
    assert all(_contact_email(book, inv) in customers for inv in others)
    (custom,) = _case(book, "custom line item")
    assert any(line.product_key is None for line in custom.lines)
    (e6,) = _case(book, "E6 duplicate document number")
    assert e6.number == DUPLICATE_NUMBER_CASE
    pair = _case(book, "deal with two invoices")
    assert len(pair) == 2 and pair[0].deal_key == pair[1].deal_key is not None
    assert {inv.paid_fraction for inv in book.qbo_invoices} == {0.0, 0.5, 1.0}


# ---- QuickBooks side, through its API ------------------------------------------------------


@pytest.fixture
async def qbo() -> AsyncIterator[Qbo]:
    svc = QboSandbox(settings=SandboxSettings(rate_limits=False))
    svc.seed(SIZE, SEED)
    transport = httpx.ASGITransport(app=build_app(svc))
    async with httpx.AsyncClient(transport=transport, base_url="http://qbo") as http:
        yield await connect(http, svc)


async def test_qbo_demo_makes_e6_and_e1_and_has_paid_part_paid_and_open_invoices(
    qbo: Qbo,
) -> None:
    book = demo_book(SIZE, SEED)
    prefs = (await qbo.get("preferences")).json()["Preferences"]
    assert prefs["SalesFormsPrefs"]["CustomTxnNumbers"] is True
    (e6,) = _case(book, "E6 duplicate document number")
    customer = (await qbo.rows("select * from Customer maxresults 1"))[0]["Id"]
    item = (await qbo.rows("select * from Item maxresults 1"))[0]["Id"]
    sent = await qbo.post(
        "invoice",
        {"CustomerRef": {"value": customer}, "DocNumber": e6.number,
         "Line": [{"Amount": 1, "DetailType": "SalesItemLineDetail",
                   "SalesItemLineDetail": {"ItemRef": {"value": item}}}]},
    )  # fmt: skip
    assert fault_code(sent) == "6140"
    (e1,) = _case(book, "E1 contact without QBO customer")
    email = _contact_email(book, e1)
    assert await qbo.rows(f"select * from Customer where PrimaryEmailAddr = '{email}'") == []
    invoices = await qbo.rows("select * from Invoice maxresults 1000")
    assert any(i["Balance"] == 0 < i["TotalAmt"] for i in invoices)
    assert any(0 < i["Balance"] < i["TotalAmt"] for i in invoices)
    assert any(i["Balance"] == i["TotalAmt"] > 0 for i in invoices)


# ---- HubSpot side, through its API ---------------------------------------------------------


@pytest.fixture
async def hubspot_invoices() -> dict[str, dict[str, Any]]:
    svc = HubSpotSandbox()
    svc.seed(SIZE, SEED)
    transport = httpx.ASGITransport(app=build_app(svc))
    async with httpx.AsyncClient(transport=transport, base_url="http://hubspot") as http:
        token = (await http.post("/_sandbox/issue-token")).json()["access_token"]
        resp = await http.get(
            "/crm/v3/objects/invoices",
            params={"properties": "hs_number,hs_invoice_status,hs_balance_due,hs_amount_billed",
                    "associations": "contacts,deals,line_items", "limit": 100},
            headers={"Authorization": f"Bearer {token}"},
        )  # fmt: skip
        assert resp.status_code == 200, resp.text
        found = {r["properties"]["hs_number"]: r for r in resp.json()["results"]}
        for inv in found.values():
            ids = [a["id"] for a in inv["associations"]["line_items"]["results"]]
            lines = await http.post(
                "/crm/v3/objects/line_items/batch/read",
                json={"inputs": [{"id": i} for i in ids], "properties": ["hs_product_id"]},
                headers={"Authorization": f"Bearer {token}"},
            )
            inv["lines"] = [r["properties"] for r in lines.json()["results"]]
        return found


def _number(case: str) -> str:
    return next(inv.number for inv in _case(demo_book(SIZE, SEED), case))


def _assoc(inv: dict[str, Any], kind: str) -> list[str]:
    return [a["id"] for a in inv["associations"].get(kind, {}).get("results", [])]


def test_hubspot_demo_has_paid_part_paid_custom_line_and_e1_invoices(
    hubspot_invoices: dict[str, dict[str, Any]],
) -> None:
    paid = hubspot_invoices[_number("paid")]["properties"]
    assert paid["hs_invoice_status"] == "paid" and paid["hs_balance_due"] == "0.00"
    part = hubspot_invoices[_number("partly paid")]["properties"]
    assert 0 < float(part["hs_balance_due"]) < float(part["hs_amount_billed"])
    custom = hubspot_invoices[_number("custom line item")]
    assert any(not line.get("hs_product_id") for line in custom["lines"])
    assert DUPLICATE_NUMBER_CASE in hubspot_invoices
    assert _assoc(hubspot_invoices[_number("E1 contact without QBO customer")], "contacts")


def test_hubspot_demo_has_draft_voided_and_a_deal_with_two_invoices(
    hubspot_invoices: dict[str, dict[str, Any]],
) -> None:
    draft = hubspot_invoices[_number("draft")]["properties"]
    voided = hubspot_invoices[_number("voided")]["properties"]
    first, second = (inv.number for inv in _case(demo_book(SIZE, SEED), "deal with two invoices"))
    shared = set(_assoc(hubspot_invoices[first], "deals")) & set(
        _assoc(hubspot_invoices[second], "deals")
    )
    assert (draft["hs_invoice_status"], voided["hs_invoice_status"], len(shared)) == (
        "draft",
        "voided",
        1,
    )
