"""Contacts and products: list, read, write, search and batch (hubspot.md s2)."""

from __future__ import annotations

import re

import httpx

from qbsync_desktop.sandbox.demo import demo_book

C = "/crm/v3/objects/contacts"


async def _first_contact(api: httpx.AsyncClient) -> dict:
    body = (await api.get(C, params={"limit": 5, "properties": "email,phone"})).json()
    return next(r for r in body["results"] if r["properties"]["email"])


async def test_seed_holds_demo_contacts_with_exact_emails(api, seeded) -> None:
    book = demo_book(50, 1)
    emails: set[str] = set()
    after = None
    while True:
        params = {"limit": 100, "properties": "email,firstname,lastname,company,zip"}
        if after:
            params["after"] = after
        body = (await api.get(C, params=params)).json()
        emails |= {r["properties"]["email"] for r in body["results"] if r["properties"]["email"]}
        if "paging" not in body:
            break
        after = body["paging"]["next"]["after"]
    assert emails == {p.email for p in book.hubspot_contacts if p.email}
    assert seeded.inspect()["counts"]["products"] == len(book.hubspot_products)


async def test_list_paging_limit_and_no_paging_on_last_page(api) -> None:
    first = (await api.get(C, params={"limit": 20})).json()
    assert len(first["results"]) == 20
    after = first["paging"]["next"]["after"]
    second = (await api.get(C, params={"limit": 100, "after": after})).json()
    assert len(second["results"]) == 30
    assert "paging" not in second
    ids = [r["id"] for r in first["results"] + second["results"]]
    assert len(set(ids)) == 50
    too_many = await api.get(C, params={"limit": 101})
    assert too_many.status_code == 400


async def test_values_are_strings_and_unset_requested_are_null(api) -> None:
    body = (await api.get(C, params={"limit": 3, "properties": "zip,jobtitle,nonexistent"})).json()
    for rec in body["results"]:
        props = rec["properties"]
        assert isinstance(rec["id"], str) and props["hs_object_id"] == rec["id"]
        assert isinstance(props["zip"], str)
        assert props["jobtitle"] is None
        assert "nonexistent" not in props
        assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", rec["updatedAt"])


async def test_read_by_id_and_by_email_case_insensitive(api) -> None:
    rec = await _first_contact(api)
    by_id = await api.get(f"{C}/{rec['id']}")
    assert by_id.status_code == 200 and by_id.json()["id"] == rec["id"]
    email = rec["properties"]["email"]
    by_email = await api.get(f"{C}/{email.upper()}", params={"idProperty": "email"})
    assert by_email.status_code == 200 and by_email.json()["id"] == rec["id"]


async def test_missing_object_is_404_object_not_found(api) -> None:
    resp = await api.get(f"{C}/999999999")
    body = resp.json()
    assert resp.status_code == 404
    assert body["category"] == "OBJECT_NOT_FOUND" and body["context"] == {"id": ["999999999"]}


async def test_create_returns_201_with_system_properties(api) -> None:
    resp = await api.post(C, json={"properties": {"email": "ana@new.test", "firstname": "Ana"}})
    body = resp.json()
    assert resp.status_code == 201
    assert body["properties"]["email"] == "ana@new.test"
    assert body["properties"]["hs_object_id"] == body["id"]
    assert body["properties"]["createdate"] == body["createdAt"]


async def test_duplicate_email_is_409_naming_existing_id(api) -> None:
    rec = await _first_contact(api)
    resp = await api.post(
        C, json={"properties": {"email": " " + rec["properties"]["email"].upper()}}
    )
    # leading space makes it an invalid email; the plain upper-case spelling clashes
    assert resp.status_code == 400
    resp = await api.post(C, json={"properties": {"email": rec["properties"]["email"].upper()}})
    assert resp.status_code == 409
    body = resp.json()
    assert body["category"] == "CONFLICT"
    assert body["message"] == f"Contact already exists. Existing ID: {rec['id']}"


async def test_patch_moves_lastmodifieddate_even_with_a_frozen_clock(api) -> None:
    rec = await _first_contact(api)
    before = rec["properties"]["lastmodifieddate"]
    resp = await api.patch(f"{C}/{rec['id']}", json={"properties": {"phone": "+1 555 1"}})
    after = resp.json()
    assert resp.status_code == 200
    assert after["properties"]["phone"] == "+1 555 1"
    assert after["properties"]["lastmodifieddate"] > before
    assert after["updatedAt"] == after["properties"]["lastmodifieddate"]


async def test_patch_empty_unknown_and_bad_email(api) -> None:
    rec = await _first_contact(api)
    empty = await api.patch(f"{C}/{rec['id']}", json={"properties": {}})
    assert empty.status_code == 400
    assert "No properties found to update" in empty.json()["message"]
    unknown = await api.patch(f"{C}/{rec['id']}", json={"properties": {"vat_code": "x"}})
    body = unknown.json()
    assert unknown.status_code == 400 and body["category"] == "VALIDATION_ERROR"
    assert body["message"].startswith("Property values were not valid: [{")
    assert body["errors"][0]["code"] == "PROPERTY_DOESNT_EXIST"
    bad = await api.patch(f"{C}/{rec['id']}", json={"properties": {"email": "not-an-email"}})
    assert bad.json()["errors"][0]["code"] == "INVALID_EMAIL"


async def test_patch_by_email_id_property(api) -> None:
    rec = await _first_contact(api)
    resp = await api.patch(
        f"{C}/{rec['properties']['email']}",
        params={"idProperty": "email"},
        json={"properties": {"city": "Reno"}},
    )
    assert resp.status_code == 200 and resp.json()["id"] == rec["id"]


async def test_search_lastmodifieddate_gte_with_sort_and_paging(api, clock) -> None:
    clock.advance(60)
    watermark = int(clock() * 1000)
    rec = await _first_contact(api)
    await api.patch(f"{C}/{rec['id']}", json={"properties": {"city": "Reno"}})
    body = {
        "filterGroups": [
            {
                "filters": [
                    {"propertyName": "lastmodifieddate", "operator": "GTE", "value": str(watermark)}
                ]
            }
        ],
        "sorts": [{"propertyName": "lastmodifieddate", "direction": "ASCENDING"}],
        "properties": ["email", "city"],
        "limit": 200,
    }
    resp = await api.post(f"{C}/search", json=body)
    out = resp.json()
    assert resp.status_code == 200
    assert out["total"] == 1 and out["results"][0]["id"] == rec["id"]
    assert out["results"][0]["properties"]["city"] == "Reno"
    assert "x-hubspot-ratelimit-max" not in resp.headers


async def test_search_total_after_and_limit_cap(api) -> None:
    first = (await api.post(f"{C}/search", json={"limit": 20})).json()
    assert first["total"] == 50 and len(first["results"]) == 20
    assert first["paging"]["next"]["after"] == "20"
    last = (await api.post(f"{C}/search", json={"limit": 40, "after": "20"})).json()
    assert len(last["results"]) == 30 and "paging" not in last
    assert (await api.post(f"{C}/search", json={"limit": 201})).status_code == 400


async def test_batch_read_by_email_with_missing_gives_207(api) -> None:
    rec = await _first_contact(api)
    resp = await api.post(
        f"{C}/batch/read",
        json={
            "idProperty": "email",
            "properties": ["email"],
            "inputs": [{"id": rec["properties"]["email"]}, {"id": "ghost@example.com"}],
        },
    )
    body = resp.json()
    assert resp.status_code == 207
    assert [r["id"] for r in body["results"]] == [rec["id"]]
    assert body["numErrors"] == 1
    assert body["errors"][0]["category"] == "OBJECT_NOT_FOUND"
    assert body["errors"][0]["context"] == {"ids": ["ghost@example.com"]}


async def test_batch_create_201_and_whole_request_409_on_existing_email(api) -> None:
    ok = await api.post(
        f"{C}/batch/create",
        json={"inputs": [{"properties": {"email": f"b{i}@new.test"}} for i in range(3)]},
    )
    assert ok.status_code == 201 and len(ok.json()["results"]) == 3
    assert ok.json()["status"] == "COMPLETE"
    clash = await api.post(
        f"{C}/batch/create",
        json={
            "inputs": [
                {"properties": {"email": "fresh@new.test"}},
                {"properties": {"email": "B1@new.test"}},
            ]
        },
    )
    assert clash.status_code == 409
    missing = await api.get(f"{C}/fresh@new.test", params={"idProperty": "email"})
    assert missing.status_code == 404  # nothing of the failed batch was written


async def test_batch_update_200_and_207_for_missing_ids(api) -> None:
    rec = await _first_contact(api)
    ok = await api.post(
        f"{C}/batch/update", json={"inputs": [{"id": rec["id"], "properties": {"city": "Ely"}}]}
    )
    assert ok.status_code == 200 and ok.json()["results"][0]["properties"]["city"] == "Ely"
    partial = await api.post(
        f"{C}/batch/update",
        json={
            "inputs": [
                {"id": rec["id"], "properties": {"city": "Oslo"}},
                {"id": "424242", "properties": {"city": "Oslo"}},
            ]
        },
    )
    body = partial.json()
    assert partial.status_code == 207
    assert body["numErrors"] == 1 and body["errors"][0]["context"]["ids"] == ["424242"]


async def test_batch_upsert_by_email_flags_new(api) -> None:
    rec = await _first_contact(api)
    resp = await api.post(
        f"{C}/batch/upsert",
        json={
            "inputs": [
                {
                    "id": rec["properties"]["email"].upper(),
                    "idProperty": "email",
                    "properties": {"city": "Rome"},
                },
                {"id": "brand@new.test", "idProperty": "email", "properties": {"firstname": "Bo"}},
            ]
        },
    )
    body = resp.json()
    assert resp.status_code == 200
    flags = {r["id"]: r["new"] for r in body["results"]}
    assert flags[rec["id"]] is False
    created = [r for r in body["results"] if r["new"]]
    assert created[0]["properties"]["email"] == "brand@new.test"
    again = await api.get(f"{C}/{rec['id']}", params={"properties": "city,email"})
    assert again.json()["properties"]["city"] == "Rome"
    assert again.json()["properties"]["email"] == rec["properties"]["email"]


async def test_batch_limit_is_100_inputs(api) -> None:
    resp = await api.post(f"{C}/batch/read", json={"inputs": [{"id": str(i)} for i in range(101)]})
    assert resp.status_code == 400


async def test_products_seeded_with_sku_price_type(api) -> None:
    body = (
        await api.get(
            "/crm/v3/objects/products",
            params={"limit": 100, "properties": "hs_sku,price,name,description,hs_product_type"},
        )
    ).json()
    book = demo_book(50, 1)
    by_name = {p.name: p for p in book.hubspot_products}
    assert len(body["results"]) == len(by_name)
    for rec in body["results"]:
        props = rec["properties"]
        demo = by_name[props["name"]]
        assert props["price"] == demo.price
        assert props["hs_sku"] == demo.sku
        assert props["hs_product_type"] == demo.type
