"""The seed building blocks (hubspot/seed.py) that demo data is made of follow the same
rules as the API: read back over HTTP, UI-made invoices are `hubspot`, numbered, paid
through payments, and a deal can carry two invoices."""

from __future__ import annotations

from qbsync_desktop.sandbox.hubspot.seed import (
    seed_deal,
    seed_invoice,
    seed_line_item,
    seed_payment,
)
from qbsync_desktop.sandbox.hubspot.service import HubSpotSandbox

from .crm_helpers import OBJ, props_of

NAMES = "hs_invoice_status,hs_invoice_source,hs_number,hs_amount_billed,hs_balance_due"


async def test_seeded_invoices_in_every_status_and_a_deal_with_two_invoices(
    api, seeded: HubSpotSandbox
) -> None:
    crm = seeded.crm
    contact = next(iter(crm.stores["contacts"].records))
    product = next(iter(crm.stores["products"].records))

    def lines() -> list[int]:
        return [
            seed_line_item(crm, "Product line", 2, "10.00", product_id=product).id,
            seed_line_item(crm, "Custom work (no product)", 1, "75.00", tax_rate_id="9001").id,
        ]

    draft = seed_invoice(crm, contact_id=contact, line_ids=lines(), status="draft")
    opened = seed_invoice(crm, contact_id=contact, line_ids=lines(), date="2026-03-01")
    voided = seed_invoice(crm, contact_id=contact, line_ids=lines(), number="HS-9", status="voided")
    paid = seed_invoice(crm, contact_id=contact, line_ids=lines())
    billed = paid.props["hs_amount_billed"]
    seed_payment(crm, invoice_id=paid.id, amount=billed, date="2026-03-02")
    deal = seed_deal(
        crm, name="Two invoices", amount="1", contact_id=contact, invoice_ids=[opened.id, paid.id]
    )

    got = {
        r.id: await props_of(api, "invoices", str(r.id), NAMES)
        for r in (draft, opened, voided, paid)
    }
    assert [got[r.id]["hs_invoice_status"] for r in (draft, opened, voided, paid)] == [
        "draft",
        "open",
        "voided",
        "paid",
    ]
    assert {g["hs_invoice_source"] for g in got.values()} == {"hubspot"}
    assert got[draft.id]["hs_number"] is None and got[voided.id]["hs_number"] == "HS-9"
    assert got[opened.id]["hs_number"] and got[opened.id]["hs_number"] != got[paid.id]["hs_number"]
    # Line 1 uses the product's price given here (2 x 10); line 2 is taxed at 8.25 %.
    assert got[opened.id]["hs_amount_billed"] == "101.19"
    assert got[paid.id]["hs_balance_due"] == "0.00"
    linked = await api.get(f"/crm/v4/objects/deals/{deal.id}/associations/invoices")
    assert sorted(r["toObjectId"] for r in linked.json()["results"]) == sorted([opened.id, paid.id])
    date = await props_of(api, "invoices", str(opened.id), "hs_invoice_date")
    assert date["hs_invoice_date"] == "2026-03-01T00:00:00.000Z"
    assert (await api.get(f"{OBJ}/deals/{deal.id}")).json()["properties"]["pipeline"] == "default"
