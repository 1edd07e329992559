"""Properties API, search operators, scopes, rate limits, search lag, snapshot/restore."""

from __future__ import annotations

import json

import httpx
import pytest

from qbsync_desktop.sandbox.common import build_app
from qbsync_desktop.sandbox.hubspot.service import HubSpotSandbox

from .conftest import FakeClock, token_for

C = "/crm/v3/objects/contacts"
UNIQUE_PROP = {
    "name": "qbo_customer_id",
    "label": "QBO customer id",
    "type": "string",
    "fieldType": "text",
    "groupName": "contactinformation",
    "hasUniqueValue": True,
}


async def test_property_list_and_read_only_metadata(api) -> None:
    resp = await api.get("/crm/v3/properties/invoices")
    props = {p["name"]: p for p in resp.json()["results"]}
    assert props["hs_balance_due"]["modificationMetadata"]["readOnlyValue"] is True
    assert props["hs_balance_due"]["calculated"] is True
    assert props["hs_invoice_status"]["type"] == "enumeration"
    one = await api.get("/crm/v3/properties/contacts/email")
    assert one.json()["hasUniqueValue"] is True


async def test_unique_custom_property_enforced_and_usable_as_id_property(api) -> None:
    created = await api.post("/crm/v3/properties/contacts", json=UNIQUE_PROP)
    assert created.status_code == 201
    dup_def = await api.post("/crm/v3/properties/contacts", json=UNIQUE_PROP)
    assert dup_def.status_code == 409
    a = await api.post(C, json={"properties": {"email": "u1@x.test", "qbo_customer_id": "Q1"}})
    assert a.status_code == 201
    clash = await api.post(C, json={"properties": {"email": "u2@x.test", "qbo_customer_id": "Q1"}})
    assert clash.status_code == 409
    by_prop = await api.get(f"{C}/Q1", params={"idProperty": "qbo_customer_id"})
    assert by_prop.json()["id"] == a.json()["id"]
    up = await api.post(
        f"{C}/batch/upsert",
        json={
            "inputs": [
                {"id": "Q1", "idProperty": "qbo_customer_id", "properties": {"city": "Nome"}},
                {"id": "Q2", "idProperty": "qbo_customer_id", "properties": {"email": "q2@x.test"}},
            ]
        },
    )
    flags = sorted(r["new"] for r in up.json()["results"])
    assert up.status_code == 200 and flags == [False, True]


async def test_id_property_must_be_unique(api) -> None:
    resp = await api.get(f"{C}/Ana", params={"idProperty": "firstname"})
    assert resp.status_code == 400


async def test_bad_number_and_bad_option_are_400(api) -> None:
    num = await api.post("/crm/v3/objects/products", json={"properties": {"price": "12,5"}})
    assert num.status_code == 400 and num.json()["errors"][0]["code"] == "INVALID_DECIMAL"
    opt = await api.post(
        "/crm/v3/objects/products", json={"properties": {"hs_product_type": "gadget"}}
    )
    assert opt.json()["errors"][0]["code"] == "INVALID_OPTION"


async def _search(api: httpx.AsyncClient, *groups: list[dict], **extra) -> dict:
    body = {"filterGroups": [{"filters": g} for g in groups], "limit": 200, **extra}
    resp = await api.post(f"{C}/search", json=body)
    assert resp.status_code == 200, resp.text
    return resp.json()


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({"operator": "EQ", "value": "REN"}, {"a"}),
        ({"operator": "NEQ", "value": "ren"}, {"b", "c"}),
        ({"operator": "IN", "values": ["ren", "ivo"]}, {"a", "b"}),
        ({"operator": "NOT_IN", "values": ["ren"]}, {"b", "c"}),
        ({"operator": "HAS_PROPERTY"}, {"a", "b"}),
        ({"operator": "NOT_HAS_PROPERTY"}, {"c"}),
        ({"operator": "CONTAINS_TOKEN", "value": "iv*"}, {"b"}),
        ({"operator": "NOT_CONTAINS_TOKEN", "value": "iv*"}, {"a", "c"}),
        ({"operator": "LT", "value": "ren"}, {"b"}),
        ({"operator": "GTE", "value": "ren"}, {"a"}),
    ],
)
async def test_search_operators_on_strings(api, flt, expected) -> None:
    tag = "opstest"
    for key, name in (("a", "Ren"), ("b", "Ivo"), ("c", None)):
        props = {"email": f"{key}@{tag}.test", "lastname": tag}
        if name:
            props["firstname"] = name
        await api.post(C, json={"properties": props})
    out = await _search(
        api,
        [
            {"propertyName": "lastname", "operator": "EQ", "value": tag},
            {"propertyName": "firstname", **flt},
        ],
    )
    assert {r["properties"]["email"][0] for r in out["results"]} == expected


async def test_search_numbers_between_and_or_across_groups(api) -> None:
    for price in ("5", "50", "500"):
        await api.post(
            "/crm/v3/objects/products", json={"properties": {"name": f"n{price}", "price": price}}
        )

    async def names(*groups: list[dict]) -> set[str]:
        body = {
            "filterGroups": [{"filters": g} for g in groups],
            "properties": ["name"],
            "limit": 200,
        }
        out = (await api.post("/crm/v3/objects/products/search", json=body)).json()
        return {r["properties"]["name"] for r in out["results"]} & {"n5", "n50", "n500"}

    assert await names(
        [{"propertyName": "price", "operator": "BETWEEN", "value": "6", "highValue": "500"}]
    ) == {"n50", "n500"}
    assert await names([{"propertyName": "price", "operator": "GT", "value": "49.99"}]) == {
        "n50",
        "n500",
    }
    assert await names(
        [{"propertyName": "name", "operator": "EQ", "value": "n5"}],
        [{"propertyName": "name", "operator": "EQ", "value": "n500"}],
    ) == {"n5", "n500"}


async def test_search_sort_descending_and_one_sort_only(api) -> None:
    out = await _search(api, sorts=[{"propertyName": "hs_object_id", "direction": "DESCENDING"}])
    ids = [int(r["id"]) for r in out["results"]]
    assert ids == sorted(ids, reverse=True)
    two = await api.post(f"{C}/search", json={"sorts": ["email", "-createdate"]})
    assert two.status_code == 400


async def test_search_beyond_10000_is_400(api) -> None:
    resp = await api.post(f"{C}/search", json={"after": "10000", "limit": 10})
    assert resp.status_code == 400


async def test_unknown_operator_is_400(api) -> None:
    resp = await api.post(
        f"{C}/search",
        json={
            "filterGroups": [
                {"filters": [{"propertyName": "email", "operator": "LIKE", "value": "x"}]}
            ]
        },
    )
    assert resp.status_code == 400


async def test_missing_scope_is_403_naming_it(client, svc, seeded) -> None:
    token = await token_for(client, svc, "oauth crm.objects.contacts.read")
    h = {"Authorization": f"Bearer {token}"}
    assert (await client.get(C, headers=h)).status_code == 200
    resp = await client.post(C, json={"properties": {"email": "n@x.test"}}, headers=h)
    body = resp.json()
    assert resp.status_code == 403 and body["category"] == "MISSING_SCOPES"
    assert body["errors"][0]["context"]["requiredScopes"] == ["crm.objects.contacts.write"]
    inv = await client.get("/crm/v3/objects/invoices", headers=h)
    assert inv.json()["errors"][0]["context"]["requiredScopes"] == ["crm.objects.invoices.read"]


async def test_ten_secondly_limit_429_with_headers(api, svc, clock: FakeClock) -> None:
    svc.settings.extra["ten_secondly_limit"] = 3
    seen = []
    for _ in range(3):
        resp = await api.get(C, params={"limit": 1})
        seen.append(resp.headers["x-hubspot-ratelimit-remaining"])
        assert resp.headers["x-hubspot-ratelimit-max"] == "3"
        assert resp.headers["x-hubspot-ratelimit-interval-milliseconds"] == "10000"
    assert seen == ["2", "1", "0"]
    limited = await api.get(C)
    body = limited.json()
    assert limited.status_code == 429
    assert body["errorType"] == "RATE_LIMIT" and body["policyName"] == "TEN_SECONDLY_ROLLING"
    clock.advance(10.01)
    assert (await api.get(C)).status_code == 200


async def test_time_scale_shrinks_the_window(api, svc, clock: FakeClock) -> None:
    svc.settings.extra["ten_secondly_limit"] = 1
    svc.settings.time_scale = 10
    assert (await api.get(C)).status_code == 200
    assert (await api.get(C)).status_code == 429
    clock.advance(1.01)
    resp = await api.get(C)
    assert resp.status_code == 200
    assert resp.headers["x-hubspot-ratelimit-interval-milliseconds"] == "1000"


async def test_search_secondly_limit_without_headers(api, clock: FakeClock) -> None:
    for _ in range(5):
        assert (await api.post(f"{C}/search", json={})).status_code == 200
    limited = await api.post(f"{C}/search", json={})
    assert limited.status_code == 429 and limited.json()["policyName"] == "SECONDLY"
    assert not any(h.startswith("x-hubspot-ratelimit") for h in limited.headers)
    clock.advance(1.01)
    assert (await api.post(f"{C}/search", json={})).status_code == 200


async def test_daily_limit(api, svc, clock: FakeClock) -> None:
    svc.settings.extra["daily_limit"] = 2
    assert (await api.get(C)).status_code == 200
    assert (await api.get(C)).status_code == 200
    resp = await api.get(C)
    assert resp.status_code == 429 and resp.json()["policyName"] == "DAILY"
    clock.advance(86_400)
    fresh = (await api.post("/_sandbox/issue-token", json={})).json()["access_token"]
    api.headers["Authorization"] = f"Bearer {fresh}"  # the old one expired meanwhile
    assert (await api.get(C)).status_code == 200


async def test_search_lag_knob_hides_fresh_writes(api, svc, clock: FakeClock) -> None:
    svc.settings.extra["search_lag_s"] = 5
    await api.post(C, json={"properties": {"email": "lag@x.test"}})
    flt = [{"propertyName": "email", "operator": "EQ", "value": "lag@x.test"}]
    assert (await _search(api, flt))["total"] == 0
    got = await api.get(f"{C}/lag@x.test", params={"idProperty": "email"})
    assert got.status_code == 200  # reads by id are consistent at once
    clock.advance(5.01)
    assert (await _search(api, flt))["total"] == 1


async def test_unknown_path_is_html_404(api) -> None:
    resp = await api.get("/crm/v3/nothing/here")
    assert resp.status_code == 404 and resp.headers["content-type"].startswith("text/html")


async def test_snapshot_restore_round_trips(api, svc, clock: FakeClock) -> None:
    await api.post("/crm/v3/properties/contacts", json=UNIQUE_PROP)
    await api.post(C, json={"properties": {"email": "snap@x.test", "qbo_customer_id": "S1"}})
    await api.post("/crm/v3/properties/deals/groups", json={"name": "kept", "label": "Kept"})
    account = {"invoice_prefix": "K-", "next_invoice_number": 7, "allow_delete_open_invoices": True}
    await api.post("/_sandbox/account", json=account)
    snap = json.loads(json.dumps(svc.snapshot()))
    copy = HubSpotSandbox(clock=clock)
    copy.restore(snap)
    assert json.loads(json.dumps(copy.snapshot())) == snap
    assert (copy.client_id, copy.client_secret, copy.hub_id) == (
        svc.client_id,
        svc.client_secret,
        svc.hub_id,
    )
    assert copy.inspect()["counts"] == svc.inspect()["counts"]
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=build_app(copy)), base_url="http://sandbox"
    ) as c2:
        c2.headers.update({"Authorization": api.headers["Authorization"]})  # tokens survive
        resp = await c2.get(f"{C}/S1", params={"idProperty": "qbo_customer_id"})
        assert resp.status_code == 200
        dup = await c2.post(C, json={"properties": {"email": "SNAP@x.test"}})
        assert dup.status_code == 409
        assert (await c2.get("/crm/v3/properties/deals/groups/kept")).status_code == 200
    kept = copy.crm.account
    assert (kept.invoice_prefix, kept.next_invoice_number, kept.allow_delete_open_invoices) == (
        "K-",
        7,
        True,
    )


async def test_reset_keeps_credentials_and_empties_books(api, svc) -> None:
    ids = (svc.client_id, svc.client_secret)
    assert (await api.post("/_sandbox/reset")).status_code == 200
    assert (svc.client_id, svc.client_secret) == ids
    assert all(v == 0 for v in svc.inspect()["counts"].values())
    assert (await api.get(C)).status_code == 401  # no grants after reset
