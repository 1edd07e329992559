"""Invoice rules (hubspot.md s3.6/s3.9; HubSpot's invoices guide [C] unless the test name
says the behaviour is a conservative choice because the real one is unknown)."""

from __future__ import annotations

from datetime import UTC, datetime

from .conftest import FakeClock
from .crm_helpers import OBJ, assoc, create, link, open_invoice, patch, pay, props_of


async def _draft(api, email: str = "draft@inv.test") -> tuple[str, str, str]:
    contact = await create(api, "contacts", {"email": email})
    line = await create(api, "line_items", {"name": "Work", "quantity": "1", "price": "10"})
    inv = await create(
        api, "invoices", {"hs_currency": "USD"}, [assoc(contact["id"], 177), assoc(line["id"], 409)]
    )
    return contact["id"], line["id"], inv["id"]


async def test_finalising_assigns_the_next_number_from_the_accounts_prefix_and_sequence(
    api,
) -> None:
    resp = await api.post(
        "/_sandbox/account", json={"invoice_prefix": "ACME-", "next_invoice_number": 41}
    )
    assert resp.status_code == 200
    _c, _l, first = await _draft(api, "n1@inv.test")
    assert (await props_of(api, "invoices", first, "hs_number"))["hs_number"] is None
    await patch(api, "invoices", first, {"hs_invoice_status": "open"})
    assert (await props_of(api, "invoices", first, "hs_number"))["hs_number"] == "ACME-41"
    # A number the caller set is kept; a taken number is skipped.
    _c, _l, own = await _draft(api, "n2@inv.test")
    await patch(api, "invoices", own, {"hs_number": "ACME-42"})
    await patch(api, "invoices", own, {"hs_invoice_status": "open"})
    assert (await props_of(api, "invoices", own, "hs_number"))["hs_number"] == "ACME-42"
    _c, _l, third = await open_invoice(api, email="n3@inv.test")
    assert (await props_of(api, "invoices", third, "hs_number"))["hs_number"] == "ACME-43"


async def test_open_to_draft_is_refused_and_voided_is_final(api) -> None:
    _c, _l, inv = await open_invoice(api)
    assert (await patch(api, "invoices", inv, {"hs_invoice_status": "draft"})).status_code == 400
    assert (await patch(api, "invoices", inv, {"hs_invoice_status": "voided"})).status_code == 200
    for status in ("open", "draft", "paid"):
        again = await patch(api, "invoices", inv, {"hs_invoice_status": status})
        assert again.status_code == 400, status
    assert (await patch(api, "invoices", inv, {"hs_comments": "late"})).status_code == 400


async def test_paid_or_partly_paid_invoice_cant_be_edited_or_voided(api) -> None:
    _c, _l, inv = await open_invoice(api)  # 80.00
    await pay(api, inv, "30.00")
    for props in ({"hs_invoice_status": "voided"}, {"hs_comments": "edit"}):
        resp = await patch(api, "invoices", inv, props)
        assert resp.status_code == 400, props
    await pay(api, inv, "50.00")
    assert (await props_of(api, "invoices", inv, "hs_invoice_status"))[
        "hs_invoice_status"
    ] == "paid"
    resp = await patch(api, "invoices", inv, {"hs_due_date": "2026-03-01T00:00:00Z"})
    assert resp.status_code == 400


async def test_locked_invoice_keeps_app_custom_properties_writable_unknown_chosen_lenient(
    api,
) -> None:
    # [U] HubSpot documents the lock for the invoice's content; an app's own property
    # (e.g. the QuickBooks id it links by) stays writable here.
    created = await api.post(
        "/crm/v3/properties/invoices",
        json={
            "name": "qbo_invoice_id",
            "label": "QBO id",
            "type": "string",
            "fieldType": "text",
            "groupName": "invoiceinformation",
        },
    )
    assert created.status_code == 201
    _c, _l, inv = await open_invoice(api)
    await pay(api, inv, "80.00")
    assert (await patch(api, "invoices", inv, {"qbo_invoice_id": "1042"})).status_code == 200


async def test_only_drafts_can_be_deleted_open_ones_with_the_account_setting_off_by_default(
    api,
) -> None:
    _c, _l, draft = await _draft(api)
    assert (await api.delete(f"{OBJ}/invoices/{draft}")).status_code == 204
    _c, _l, opened = await open_invoice(api, email="o@inv.test")
    refused = await api.delete(f"{OBJ}/invoices/{opened}")
    assert refused.status_code == 400
    assert (await api.get(f"{OBJ}/invoices/{opened}")).status_code == 200
    batch = await api.post(f"{OBJ}/invoices/batch/archive", json={"inputs": [{"id": opened}]})
    assert batch.status_code == 400
    await api.post("/_sandbox/account", json={"allow_delete_open_invoices": True})
    _c, _l, part_paid = await open_invoice(api, email="pp@inv.test")
    await pay(api, part_paid, "1.00")
    assert (await api.delete(f"{OBJ}/invoices/{part_paid}")).status_code == 400
    assert (await api.delete(f"{OBJ}/invoices/{opened}")).status_code == 204


async def test_voided_invoice_cant_be_deleted_conservative(api) -> None:
    _c, _l, inv = await open_invoice(api)
    await patch(api, "invoices", inv, {"hs_invoice_status": "voided"})
    await api.post("/_sandbox/account", json={"allow_delete_open_invoices": True})
    assert (await api.delete(f"{OBJ}/invoices/{inv}")).status_code == 400


async def test_associating_a_contact_fills_the_recipient_details(api) -> None:
    company = await create(
        api,
        "companies",
        {"name": "Byron Ltd", "address": "1 Mill Rd", "city": "Leeds", "zip": "LS1", "state": "WY"},
    )
    contact = await create(
        api,
        "contacts",
        {
            "email": "ada@byron.test",
            "firstname": "Ada",
            "lastname": "Byron",
            "address": "12 Ship St",
            "city": "Bristol",
            "state": "Avon",
            "zip": "BS1",
            "country": "UK",
        },
        [assoc(company["id"], 1)],
    )
    inv = await create(api, "invoices", {"hs_currency": "USD"})
    assert (await link(api, "invoices", inv["id"], "contacts", contact["id"])).status_code == 200
    names = (
        "hs_recipient_shipping_address,hs_recipient_shipping_city,hs_recipient_shipping_state,"
        "hs_recipient_shipping_zip,hs_recipient_shipping_country,hs_recipient_shipping_name,"
        "hs_recipient_shipping_email,hs_recipient_company_address,hs_recipient_company_city,"
        "hs_recipient_company_state,hs_recipient_company_zip,hs_recipient_company_name"
    )
    props = await props_of(api, "invoices", inv["id"], names)
    assert props == {
        **props,
        "hs_recipient_shipping_address": "12 Ship St",
        "hs_recipient_shipping_city": "Bristol",
        "hs_recipient_shipping_state": "Avon",
        "hs_recipient_shipping_zip": "BS1",
        "hs_recipient_shipping_country": "UK",
        "hs_recipient_shipping_name": "Ada Byron",
        "hs_recipient_shipping_email": "ada@byron.test",
        "hs_recipient_company_address": "1 Mill Rd",
        "hs_recipient_company_city": "Leeds",
        "hs_recipient_company_state": "WY",
        "hs_recipient_company_zip": "LS1",
        "hs_recipient_company_name": "Byron Ltd",
    }
    # The same through a create payload.
    inv2 = await create(api, "invoices", {"hs_currency": "USD"}, [assoc(contact["id"], 177)])
    again = await props_of(api, "invoices", inv2["id"], "hs_recipient_shipping_city")
    assert again["hs_recipient_shipping_city"] == "Bristol"


async def test_invoice_dates_are_datetimes_iso_or_epoch_ms_and_default_to_now(
    api, clock: FakeClock
) -> None:
    now = datetime.fromtimestamp(clock(), tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    inv = await create(api, "invoices", {"hs_currency": "USD"})
    props = await props_of(api, "invoices", inv["id"], "hs_invoice_date,hs_due_date")
    assert props == {**props, "hs_invoice_date": now, "hs_due_date": now}
    given = await create(
        api,
        "invoices",
        {
            "hs_currency": "USD",
            "hs_invoice_date": "2026-02-03T10:20:30Z",
            "hs_due_date": "1772323200000",  # 2026-03-01T00:00:00Z
        },
    )
    props = await props_of(api, "invoices", given["id"], "hs_invoice_date,hs_due_date")
    assert props["hs_invoice_date"] == "2026-02-03T10:20:30.000Z"
    assert props["hs_due_date"] == "2026-03-01T00:00:00.000Z"
    defs = (await api.get("/crm/v3/properties/invoices/hs_due_date")).json()
    assert defs["type"] == "datetime"
    bad = await api.post(
        f"{OBJ}/invoices", json={"properties": {"hs_currency": "USD", "hs_due_date": "soon"}}
    )
    assert bad.status_code == 400


async def test_invoice_source_is_api_for_app_created_and_read_only_values_documented(
    api,
) -> None:
    inv = await create(api, "invoices", {"hs_currency": "USD"})
    assert (await props_of(api, "invoices", inv["id"], "hs_invoice_source"))[
        "hs_invoice_source"
    ] == "api"
    forged = await api.post(
        f"{OBJ}/invoices",
        json={"properties": {"hs_currency": "USD", "hs_invoice_source": "hubspot"}},
    )
    assert forged.status_code == 400
    options = (await api.get("/crm/v3/properties/invoices/hs_invoice_source")).json()["options"]
    assert [o["value"] for o in options] == ["hubspot", "api", "data_sync", "quickbooks"]


async def test_a_line_item_has_exactly_one_parent(api) -> None:
    _c, lines, inv = await open_invoice(api)
    other = await create(api, "invoices", {"hs_currency": "USD"})
    deal = await create(api, "deals", {"dealname": "D"})
    line = lines[0]
    assert (await link(api, "invoices", other["id"], "line_items", line)).status_code == 400
    assert (await link(api, "line_items", line, "deals", deal["id"])).status_code == 400
    in_payload = await api.post(
        f"{OBJ}/invoices",
        json={"properties": {"hs_currency": "USD"}, "associations": [assoc(line, 409)]},
    )
    assert in_payload.status_code == 400
    batch = await api.post(
        "/crm/v4/associations/deals/line_items/batch/create",
        json={
            "inputs": [
                {
                    "from": {"id": deal["id"]},
                    "to": {"id": line},
                    "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 19}],
                }
            ]
        },
    )
    assert batch.status_code == 400
    two_parents = await api.post(
        f"{OBJ}/line_items",
        json={
            "properties": {"quantity": "1", "price": "1"},
            "associations": [assoc(other["id"], 410), assoc(deal["id"], 20)],
        },
    )
    assert two_parents.status_code == 400
    # Linking again to its own invoice is not a second parent.
    assert (await link(api, "invoices", inv, "line_items", line)).status_code == 200
    left = await api.get(f"/crm/v4/objects/line_items/{line}/associations/deals")
    assert left.json()["results"] == []


async def test_archiving_a_line_item_of_a_voided_invoice_keeps_its_amounts(api) -> None:
    _c, lines, inv = await open_invoice(api, (("1", "10.00"), ("2", "5.00")))
    await patch(api, "invoices", inv, {"hs_invoice_status": "voided"})
    names = "hs_amount_billed,hs_balance_due,hs_lastmodifieddate"
    before = await props_of(api, "invoices", inv, names)
    assert before["hs_amount_billed"] == "20.00"
    assert (await api.delete(f"{OBJ}/line_items/{lines[0]}")).status_code == 204
    assert await props_of(api, "invoices", inv, names) == before


async def test_editing_a_line_items_quantity_or_price_updates_the_invoice(
    api, clock: FakeClock
) -> None:
    _c, lines, inv = await open_invoice(api, (("2", "40.00"),))
    names = "hs_amount_billed,hs_balance_due,hs_lastmodifieddate"
    before = await props_of(api, "invoices", inv, names)
    clock.advance(60)
    await patch(api, "line_items", lines[0], {"quantity": "3"})
    after_qty = await props_of(api, "invoices", inv, names)
    assert after_qty["hs_amount_billed"] == "120.00" and after_qty["hs_balance_due"] == "120.00"
    assert after_qty["hs_lastmodifieddate"] > before["hs_lastmodifieddate"]
    clock.advance(60)
    await patch(api, "line_items", lines[0], {"price": "10"})
    after_price = await props_of(api, "invoices", inv, names)
    assert after_price["hs_amount_billed"] == "30.00"
    assert after_price["hs_lastmodifieddate"] > after_qty["hs_lastmodifieddate"]


async def test_payment_status_and_paid_amount_follow_payments_status_values_unknown(api) -> None:
    _c, _l, inv = await open_invoice(api)  # 80.00
    names = "hs_payment_status,hs_amount_paid,hs_balance_due,hs_invoice_status"
    assert (await props_of(api, "invoices", inv, names))["hs_payment_status"] == "unpaid"
    first = await pay(api, inv, "30.00")
    part = await props_of(api, "invoices", inv, names)
    assert part == {
        **part,
        "hs_payment_status": "partially_paid",
        "hs_amount_paid": "30.00",
        "hs_balance_due": "50.00",
    }
    await pay(api, inv, "50.00")
    full = await props_of(api, "invoices", inv, names)
    assert full["hs_payment_status"] == "paid" and full["hs_invoice_status"] == "paid"
    await patch(api, "commerce_payments", first["id"], {"hs_latest_status": "refunded"})
    back = await props_of(api, "invoices", inv, names)
    assert back == {
        **back,
        "hs_payment_status": "partially_paid",
        "hs_amount_paid": "50.00",
        "hs_invoice_status": "open",
    }
