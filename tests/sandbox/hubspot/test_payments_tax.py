"""Commerce payments and taxes (hubspot.md s3.7/s3.8; HubSpot's payments guide and tax
rates reference [C] unless the test name says the behaviour is a conservative choice)."""

from __future__ import annotations

import httpx

from qbsync_desktop.sandbox.hubspot.seed import seed_invoice, seed_line_item, seed_payment
from qbsync_desktop.sandbox.hubspot.service import HubSpotSandbox

from .conftest import token_for
from .crm_helpers import OBJ, assoc, create, link, open_invoice, patch, pay, props_of

STATUSES = [
    "processing",
    "succeeded",
    "failed",
    "partially_refunded",
    "refunded",
    "processing_refund",
    "disputed_action_required",
    "disputed_under_review",
    "disputed_won",
    "disputed_lost",
]


async def test_new_payment_starts_processing_and_counts_once_succeeded(api) -> None:
    _c, _l, inv = await open_invoice(api)  # 80.00
    made = await create(
        api,
        "commerce_payments",
        {"hs_initial_amount": "80.00", "hs_initiated_date": "2026-01-05T09:00:00Z"},
        [assoc(inv, 542)],
    )
    status = await props_of(api, "commerce_payments", made["id"], "hs_latest_status")
    assert status["hs_latest_status"] == "processing"
    names = "hs_amount_paid,hs_invoice_status"
    assert await props_of(api, "invoices", inv, names) == {
        **(await props_of(api, "invoices", inv, names)),
        "hs_amount_paid": "0.00",
        "hs_invoice_status": "open",
    }
    await patch(api, "commerce_payments", made["id"], {"hs_latest_status": "succeeded"})
    done = await props_of(api, "invoices", inv, names)
    assert done["hs_amount_paid"] == "80.00" and done["hs_invoice_status"] == "paid"


async def test_documented_statuses_exist_and_only_succeeded_counts(api) -> None:
    options = (await api.get("/crm/v3/properties/commerce_payments/hs_latest_status")).json()
    assert [o["value"] for o in options["options"]] == STATUSES
    _c, _l, inv = await open_invoice(api, (("1", "1000.00"),))
    for i, status in enumerate(STATUSES):
        await pay(api, inv, str(10 + i), status=status)
    paid = await props_of(api, "invoices", inv, "hs_amount_paid")
    assert paid["hs_amount_paid"] == "11.00"  # the succeeded one only
    unknown = await api.post(
        f"{OBJ}/commerce_payments",
        json={
            "properties": {
                "hs_initial_amount": "1",
                "hs_initiated_date": "2026-01-01T00:00:00Z",
                "hs_latest_status": "completed",
            }
        },
    )
    assert unknown.status_code == 400


async def test_processor_method_reference_and_comment_are_writable(api) -> None:
    made = await create(
        api,
        "commerce_payments",
        {
            "hs_initial_amount": "5",
            "hs_initiated_date": "2026-01-01T00:00:00Z",
            "hs_processor_type": "quickbooks",
            "hs_payment_method_type": "check",
            "hs_reference_number": "CHK-118",
            "hs_internal_comment": "Recorded from QuickBooks",
        },
    )
    await patch(api, "commerce_payments", made["id"], {"hs_payment_method_type": "ach"})
    props = await props_of(
        api,
        "commerce_payments",
        made["id"],
        "hs_processor_type,hs_payment_method_type,hs_reference_number,hs_internal_comment",
    )
    assert props == {
        **props,
        "hs_processor_type": "quickbooks",
        "hs_payment_method_type": "ach",
        "hs_reference_number": "CHK-118",
        "hs_internal_comment": "Recorded from QuickBooks",
    }


async def test_associated_invoice_counts_are_read_only_and_computed(api) -> None:
    _c, _l, inv = await open_invoice(api)
    names = "hs_has_associated_invoice,hs_number_of_associated_invoices"
    payment = await create(
        api,
        "commerce_payments",
        {"hs_initial_amount": "5", "hs_initiated_date": "2026-01-01T00:00:00Z"},
    )
    assert await props_of(api, "commerce_payments", payment["id"], names) == {
        **(await props_of(api, "commerce_payments", payment["id"], names)),
        "hs_has_associated_invoice": "false",
        "hs_number_of_associated_invoices": "0",
    }
    await link(api, "commerce_payments", payment["id"], "invoices", inv)
    linked = await props_of(api, "commerce_payments", payment["id"], names)
    assert linked["hs_has_associated_invoice"] == "true"
    assert linked["hs_number_of_associated_invoices"] == "1"
    await api.delete(
        f"/crm/v4/objects/invoices/{inv}/associations/commerce_payments/{payment['id']}"
    )
    unlinked = await props_of(api, "commerce_payments", payment["id"], names)
    assert unlinked["hs_number_of_associated_invoices"] == "0"
    draft = await create(api, "invoices", {"hs_currency": "USD"})
    await link(api, "commerce_payments", payment["id"], "invoices", draft["id"])
    assert (await api.delete(f"{OBJ}/invoices/{draft['id']}")).status_code == 204
    gone = await props_of(api, "commerce_payments", payment["id"], names)
    assert gone["hs_has_associated_invoice"] == "false"
    for name, value in (
        ("hs_has_associated_invoice", "true"),
        ("hs_number_of_associated_invoices", "3"),
    ):
        resp = await patch(api, "commerce_payments", payment["id"], {name: value})
        assert resp.status_code == 400 and resp.json()["errors"][0]["code"] == "READ_ONLY_VALUE"


async def test_payments_processed_by_hubspot_cant_be_changed_or_deleted(
    api, seeded: HubSpotSandbox
) -> None:
    crm = seeded.crm
    line = seed_line_item(crm, "Consulting", 1, "100.00")
    contact = next(iter(crm.stores["contacts"].records))
    inv = seed_invoice(crm, contact_id=contact, line_ids=[line.id], date="2026-02-01")
    paid = seed_payment(
        crm, invoice_id=inv.id, amount="100.00", date="2026-02-02", processor="hubspot"
    )
    assert inv.props["hs_invoice_status"] == "paid"
    resp = await patch(api, "commerce_payments", str(paid.id), {"hs_internal_comment": "x"})
    assert resp.status_code == 400
    assert (await api.delete(f"{OBJ}/commerce_payments/{paid.id}")).status_code == 400
    assert (await api.get(f"{OBJ}/commerce_payments/{paid.id}")).status_code == 200


async def test_app_cant_create_a_payment_claiming_hubspot_processed_it_conservative(api) -> None:
    resp = await api.post(
        f"{OBJ}/commerce_payments",
        json={
            "properties": {
                "hs_initial_amount": "1",
                "hs_initiated_date": "2026-01-01T00:00:00Z",
                "hs_processor_type": "hubspot",
            }
        },
    )
    assert resp.status_code == 400


# ---- tax --------------------------------------------------------------------------------
async def test_tax_rates_are_listed_and_read_by_id_with_tax_rates_read(
    client: httpx.AsyncClient, svc
) -> None:
    token = await token_for(client, svc, "oauth tax_rates.read")
    headers = {"Authorization": f"Bearer {token}"}
    body = (await client.get("/tax-rates/v1/tax-rates", headers=headers)).json()
    active = [r for r in body["results"] if r["active"] and r["percentageRate"] > 0]
    assert active, body
    first = body["results"][0]
    assert set(first) >= {"id", "name", "label", "percentageRate", "active", "createdAt"}
    one = await client.get(f"/tax-rates/v1/tax-rates/{first['id']}", headers=headers)
    assert one.json() == first
    assert (await client.get("/tax-rates/v1/tax-rates/1", headers=headers)).status_code == 404
    paged = (
        await client.get("/tax-rates/v1/tax-rates", params={"limit": 1}, headers=headers)
    ).json()
    assert len(paged["results"]) == 1 and paged["paging"]["next"]["after"]
    other = await token_for(client, svc, "oauth crm.objects.contacts.read")
    denied = await client.get(
        "/tax-rates/v1/tax-rates", headers={"Authorization": f"Bearer {other}"}
    )
    assert denied.status_code == 403


async def _rate(api, index: int = 0) -> dict:
    rates = (await api.get("/tax-rates/v1/tax-rates")).json()["results"]
    return [r for r in rates if r["active"] and r["percentageRate"] > 0][index]


async def test_line_item_tax_rate_adds_tax_and_the_invoice_total_includes_it(api) -> None:
    rate = await _rate(api)  # 8.25 %
    _c, lines, inv = await open_invoice(api, (("2", "50.00"), ("1", "20.00")))
    await patch(api, "line_items", lines[0], {"hs_tax_rate_group_id": rate["id"]})
    line = await props_of(
        api, "line_items", lines[0], "amount,hs_tax_amount,hs_tax_rate,hs_post_tax_amount"
    )
    assert line == {
        **line,
        "amount": "100.00",
        "hs_tax_amount": "8.25",
        "hs_tax_rate": "8.25",
        "hs_post_tax_amount": "108.25",
    }
    totals = await props_of(api, "invoices", inv, "hs_subtotal,hs_taxes_total,hs_amount_billed")
    assert totals == {
        **totals,
        "hs_subtotal": "120.00",
        "hs_taxes_total": "8.25",
        "hs_amount_billed": "128.25",
    }
    await patch(api, "line_items", lines[0], {"hs_tax_rate_group_id": ""})
    untaxed = await props_of(api, "invoices", inv, "hs_amount_billed")
    assert untaxed["hs_amount_billed"] == "120.00"


async def test_unknown_tax_rate_id_is_400(api) -> None:
    resp = await api.post(
        f"{OBJ}/line_items",
        json={"properties": {"quantity": "1", "price": "5", "hs_tax_rate_group_id": "777"}},
    )
    assert resp.status_code == 400 and "777" in resp.json()["message"]


async def test_invoice_discounts_then_fees_then_taxes_fixed_or_percent_bases_unknown(
    api,
) -> None:
    _c, _l, inv = await open_invoice(api, (("1", "200.00"),))
    discount = await create(
        api, "discounts", {"hs_label": "10% off", "hs_type": "PERCENT", "hs_value": "10"}
    )
    fixed_discount = await create(
        api, "discounts", {"hs_label": "5 off", "hs_type": "FIXED", "hs_value": "5"}
    )
    fee = await create(
        api, "fees", {"hs_label": "Handling", "hs_type": "PERCENT", "hs_value": "10"}
    )
    tax = await create(
        api, "taxes", {"hs_label": "State tax", "hs_type": "PERCENT", "hs_value": "5"}
    )
    for kind, rec in (
        ("discounts", discount),
        ("discounts", fixed_discount),
        ("fees", fee),
        ("taxes", tax),
    ):
        assert (await link(api, "invoices", inv, kind, rec["id"])).status_code == 200
    # 200 - 20 - 5 = 175; + 10% fee = 192.50; + 5% tax = 9.625 -> 9.63; total 202.13
    totals = await props_of(api, "invoices", inv, "hs_subtotal,hs_taxes_total,hs_amount_billed")
    assert totals == {
        **totals,
        "hs_subtotal": "200.00",
        "hs_taxes_total": "9.63",
        "hs_amount_billed": "202.13",
    }
    await patch(api, "fees", fee["id"], {"hs_type": "FIXED", "hs_value": "1"})
    changed = await props_of(api, "invoices", inv, "hs_amount_billed")
    assert changed["hs_amount_billed"] == "184.80"  # 175 + 1 = 176; + 8.80 tax
    singular = await api.get(f"{OBJ}/discount/{discount['id']}")  # the guides' path
    assert singular.status_code == 200
