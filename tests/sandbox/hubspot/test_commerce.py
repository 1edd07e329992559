"""Invoices, line items, payments and associations (hubspot.md s3.5-3.7, s4)."""

from __future__ import annotations

import httpx

from .crm_helpers import OBJ, assoc, create, props_of


async def _invoice_setup(api: httpx.AsyncClient) -> tuple[str, str, str]:
    contact = await create(api, "contacts", {"email": "inv@buyer.test"})
    line = await create(api, "line_items", {"name": "Work", "quantity": "2", "price": "40.00"})
    invoice = await create(api, "invoices", {"hs_currency": "USD"}, [assoc(contact["id"], 177)])
    return contact["id"], line["id"], invoice["id"]


async def test_line_item_amount_is_calculated_and_read_only(api) -> None:
    line = await create(
        api, "line_items", {"quantity": "3", "price": "10.00", "hs_discount_percentage": "10"}
    )
    assert (await props_of(api, "line_items", line["id"], "amount"))["amount"] == "27.00"
    resp = await api.patch(f"{OBJ}/line_items/{line['id']}", json={"properties": {"amount": "1"}})
    assert resp.status_code == 400
    assert resp.json()["errors"][0]["code"] == "READ_ONLY_VALUE"


async def test_line_item_copies_product_values(api) -> None:
    product = await create(api, "products", {"name": "Gizmo", "price": "9.99", "hs_sku": "G-1"})
    line = await create(api, "line_items", {"hs_product_id": product["id"], "quantity": "2"})
    props = await props_of(api, "line_items", line["id"], "name,price,hs_sku,amount")
    assert props == {**props, "name": "Gizmo", "price": "9.99", "hs_sku": "G-1", "amount": "19.98"}


async def test_invoice_starts_draft_with_source_and_needs_currency(api) -> None:
    missing = await api.post(f"{OBJ}/invoices", json={"properties": {}})
    assert missing.status_code == 400
    inv = await create(api, "invoices", {"hs_currency": "USD"})
    props = await props_of(api, "invoices", inv["id"], "hs_invoice_status,hs_invoice_source")
    assert props["hs_invoice_status"] == "draft" and props["hs_invoice_source"] == "api"


async def test_invoice_leaves_draft_only_with_contact_and_line_item(api) -> None:
    _contact, line, inv = await _invoice_setup(api)
    blocked = await api.patch(
        f"{OBJ}/invoices/{inv}", json={"properties": {"hs_invoice_status": "open"}}
    )
    assert blocked.status_code == 400
    put = await api.put(f"/crm/v4/objects/invoices/{inv}/associations/default/line_items/{line}")
    assert put.status_code == 200
    opened = await api.patch(
        f"{OBJ}/invoices/{inv}", json={"properties": {"hs_invoice_status": "open"}}
    )
    assert opened.status_code == 200


async def test_invoice_open_in_one_create_payload(api) -> None:
    contact = await create(api, "contacts", {"email": "one@shot.test"})
    line = await create(api, "line_items", {"quantity": "1", "price": "5"})
    inv = await create(
        api,
        "invoices",
        {"hs_currency": "USD", "hs_invoice_status": "open"},
        [assoc(contact["id"], 177), assoc(line["id"], 409)],
    )
    props = await props_of(api, "invoices", inv["id"], "hs_invoice_status,hs_amount_billed")
    assert props["hs_invoice_status"] == "open" and props["hs_amount_billed"] == "5.00"


async def test_payments_move_balance_and_paid_status(api) -> None:
    _contact, line, inv = await _invoice_setup(api)
    await api.put(f"/crm/v4/objects/invoices/{inv}/associations/default/line_items/{line}")
    await api.patch(f"{OBJ}/invoices/{inv}", json={"properties": {"hs_invoice_status": "open"}})
    names = "hs_amount_billed,hs_balance_due,hs_amount_paid,hs_invoice_status"
    assert (await props_of(api, "invoices", inv, names))["hs_balance_due"] == "80.00"
    await create(
        api,
        "commerce_payments",
        {
            "hs_initial_amount": "30",
            "hs_initiated_date": "2026-01-02T00:00:00Z",
            "hs_latest_status": "succeeded",
        },
        [assoc(inv, 542)],
    )
    part = await props_of(api, "invoices", inv, names)
    assert part["hs_balance_due"] == "50.00" and part["hs_invoice_status"] == "open"
    pay = await create(
        api,
        "commerce_payments",
        {
            "hs_initial_amount": "50",
            "hs_initiated_date": "1767225600000",
            "hs_latest_status": "succeeded",
        },
    )
    await api.put(
        f"/crm/v4/objects/commerce_payments/{pay['id']}/associations/default/invoices/{inv}"
    )
    full = await props_of(api, "invoices", inv, names)
    assert full["hs_balance_due"] == "0.00" and full["hs_invoice_status"] == "paid"
    await api.delete(f"/crm/v4/objects/invoices/{inv}/associations/commerce_payments/{pay['id']}")
    back = await props_of(api, "invoices", inv, names)
    assert back["hs_invoice_status"] == "open" and back["hs_balance_due"] == "50.00"


async def test_paid_cannot_be_set_and_voided_is_terminal(api) -> None:
    _c, _l, inv = await _invoice_setup(api)
    paid = await api.patch(
        f"{OBJ}/invoices/{inv}", json={"properties": {"hs_invoice_status": "paid"}}
    )
    assert paid.status_code == 400
    void = await api.patch(
        f"{OBJ}/invoices/{inv}", json={"properties": {"hs_invoice_status": "voided"}}
    )
    assert void.status_code == 200
    again = await api.patch(
        f"{OBJ}/invoices/{inv}", json={"properties": {"hs_invoice_status": "draft"}}
    )
    assert again.status_code == 400


async def test_seeded_invoices_follow_the_rules(api) -> None:
    body = (
        await api.post(
            f"{OBJ}/invoices/search",
            json={
                "properties": ["hs_invoice_status", "hs_balance_due", "hs_invoice_source"],
                "limit": 100,
            },
        )
    ).json()
    statuses = {r["properties"]["hs_invoice_status"] for r in body["results"]}
    assert statuses == {"draft", "open", "paid", "voided"}  # the demo cases (sandbox/demo.py)
    for r in body["results"]:
        assert r["properties"]["hs_invoice_source"] == "hubspot"
        paid = r["properties"]["hs_invoice_status"] == "paid"
        assert (r["properties"]["hs_balance_due"] == "0.00") == paid


async def test_association_list_numbers_labels_and_reverse(api) -> None:
    contact, _line, inv = await _invoice_setup(api)
    resp = await api.get(f"/crm/v4/objects/invoices/{inv}/associations/contacts")
    item = resp.json()["results"][0]
    assert item["toObjectId"] == int(contact)
    assert item["associationTypes"] == [
        {"category": "HUBSPOT_DEFINED", "typeId": 177, "label": None}
    ]
    rev = (await api.get(f"/crm/v4/objects/contact/{contact}/associations/invoice")).json()
    assert rev["results"][0]["associationTypes"][0]["typeId"] == 178


async def test_labelled_put_wrong_direction_is_400(api) -> None:
    contact, _line, inv = await _invoice_setup(api)
    wrong = await api.put(
        f"/crm/v4/objects/invoices/{inv}/associations/contacts/{contact}",
        json=[{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 178}],
    )
    assert wrong.status_code == 400
    right = await api.put(
        f"/crm/v4/objects/contacts/{contact}/associations/invoices/{inv}",
        json=[{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 178}],
    )
    assert right.status_code == 201
    assert right.json()["fromObjectTypeId"] == "0-1" and right.json()["toObjectId"] == int(inv)


async def test_association_batch_read_create_archive(api) -> None:
    contact, line, inv = await _invoice_setup(api)
    created = await api.post(
        "/crm/v4/associations/invoices/line_items/batch/create",
        json={
            "inputs": [
                {
                    "from": {"id": inv},
                    "to": {"id": line},
                    "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 409}],
                }
            ]
        },
    )
    assert created.status_code == 201
    read = await api.post(
        "/crm/v4/associations/invoices/line_items/batch/read",
        json={"inputs": [{"id": inv}, {"id": contact}]},
    )
    body = read.json()
    assert read.status_code == 207
    assert body["results"][0]["to"][0]["toObjectId"] == int(line)
    assert body["errors"][0]["context"] == {"fromObjectId": [contact]}
    archived = await api.post(
        "/crm/v4/associations/invoices/line_items/batch/archive",
        json={"inputs": [{"from": {"id": inv}, "to": [{"id": line}]}]},
    )
    assert archived.status_code == 204
    left = await api.get(f"/crm/v4/objects/line_items/{line}/associations/invoices")
    assert left.json()["results"] == []


async def test_association_labels_endpoint(api) -> None:
    resp = await api.get("/crm/v4/associations/contacts/companies/labels")
    ids = {r["typeId"]: r["label"] for r in resp.json()["results"]}
    assert ids == {1: "Primary", 279: None}


async def test_archive_is_204_and_record_disappears(api) -> None:
    line = await create(api, "line_items", {"quantity": "1", "price": "1"})
    assert (await api.delete(f"{OBJ}/line_items/{line['id']}")).status_code == 204
    assert (await api.get(f"{OBJ}/line_items/{line['id']}")).status_code == 404
    archived = await api.get(f"{OBJ}/line_items/{line['id']}", params={"archived": "true"})
    assert archived.status_code == 200 and archived.json()["archived"] is True
    listing = (await api.get(f"{OBJ}/line_items", params={"archived": "true"})).json()
    assert [r["id"] for r in listing["results"]] == [line["id"]]


async def test_association_batch_read_takes_1000_ids_and_writes_100(api) -> None:
    """HubSpot's changelog (2025-02-10): batch reads of associations take at most 1,000
    ids; larger ones are refused. Batch writes keep the 100 of every CRM batch."""
    _contact, line, inv = await _invoice_setup(api)
    ids = [{"id": inv}, *({"id": str(9_000_000 + n)} for n in range(999))]
    read = await api.post(
        "/crm/v4/associations/invoices/line_items/batch/read", json={"inputs": ids}
    )
    assert read.status_code == 207 and len(read.json()["errors"]) == 1000  # none linked yet
    too_many = await api.post(
        "/crm/v4/associations/invoices/line_items/batch/read",
        json={"inputs": [*ids, {"id": "1"}]},
    )
    assert too_many.status_code == 400
    assert "1001 > 1000" in too_many.json()["message"]
    link = {
        "from": {"id": inv},
        "to": {"id": line},
        "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 409}],
    }
    writes = await api.post(
        "/crm/v4/associations/invoices/line_items/batch/create", json={"inputs": [link] * 101}
    )
    assert writes.status_code == 400
