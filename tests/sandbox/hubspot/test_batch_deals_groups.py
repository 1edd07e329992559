"""Multi-status batch create, correlation ids, deals and pipelines, property groups.

Evidence: HubSpot's error-handling guide ("Multi-status errors": a unique
objectWriteTraceId per input turns partial failures of batch create into 207) [C];
hubspot.md s5 (X-HubSpot-Correlation-Id on every response) [O]; s3.3/s3.10 (pipelines,
stage ids, `default` pipeline, property groups) [C].
"""

from __future__ import annotations

import httpx

from .conftest import token_for
from .crm_helpers import OBJ, create, props_of

CORRELATION = "x-hubspot-correlation-id"


async def test_batch_create_with_trace_ids_is_207_creating_the_valid_inputs(api) -> None:
    resp = await api.post(
        f"{OBJ}/contacts/batch/create",
        json={
            "inputs": [
                {"properties": {"email": "ok1@trace.test"}, "objectWriteTraceId": "t1"},
                {"properties": {"email": "not-an-email"}, "objectWriteTraceId": "t2"},
                {"properties": {"email": "ok3@trace.test"}, "objectWriteTraceId": "t3"},
            ]
        },
    )
    assert resp.status_code == 207, resp.text
    body = resp.json()
    assert {r["objectWriteTraceId"]: r["properties"]["email"] for r in body["results"]} == {
        "t1": "ok1@trace.test",
        "t3": "ok3@trace.test",
    }
    assert body["numErrors"] == 1
    err = body["errors"][0]
    assert err["context"]["objectWriteTraceId"] == ["t2"] and err["id"] == "t2"
    assert err["category"] == "VALIDATION_ERROR"
    for r in body["results"]:
        assert (await api.get(f"{OBJ}/contacts/{r['id']}")).status_code == 200


async def test_batch_create_trace_ids_a_duplicate_email_fails_only_that_input(api) -> None:
    resp = await api.post(
        f"{OBJ}/contacts/batch/create",
        json={
            "inputs": [
                {"properties": {"email": "twice@trace.test"}, "objectWriteTraceId": "a"},
                {"properties": {"email": "TWICE@trace.test"}, "objectWriteTraceId": "b"},
            ]
        },
    )
    assert resp.status_code == 207
    assert [e["context"]["objectWriteTraceId"] for e in resp.json()["errors"]] == [["b"]]
    assert resp.json()["errors"][0]["category"] == "CONFLICT"


async def test_batch_create_without_trace_ids_still_fails_whole_batch_conservative(api) -> None:
    resp = await api.post(
        f"{OBJ}/contacts/batch/create",
        json={
            "inputs": [
                {"properties": {"email": "whole1@trace.test"}},
                {"properties": {"email": "bad"}},
            ]
        },
    )
    assert resp.status_code == 400
    search = await api.post(
        f"{OBJ}/contacts/search",
        json={
            "filterGroups": [
                {
                    "filters": [
                        {"propertyName": "email", "operator": "EQ", "value": "whole1@trace.test"}
                    ]
                }
            ]
        },
    )
    assert search.json()["total"] == 0


async def test_every_response_carries_a_correlation_id_successes_included(
    api, client: httpx.AsyncClient, svc
) -> None:
    created = await api.post(f"{OBJ}/contacts", json={"properties": {"email": "cid@x.test"}})
    answers = [
        created,
        await api.get(f"{OBJ}/contacts", params={"limit": "1"}),
        await api.post(f"{OBJ}/contacts/search", json={"limit": 1}),
        await api.delete(f"{OBJ}/contacts/{created.json()['id']}"),  # 204
        await api.get(f"{OBJ}/contacts/999999"),  # 404
        await api.get("/crm/v3/pipelines/deals"),
        await api.get("/crm/v3/properties/deals/groups"),
    ]
    token = await token_for(client, svc, "oauth crm.objects.contacts.read")
    answers.append(await client.get(f"/oauth/v1/access-tokens/{token}"))
    for resp in answers:
        assert resp.status_code < 500
        assert resp.headers.get(CORRELATION), (resp.request.url, resp.status_code)
    ids = {r.headers[CORRELATION] for r in answers}
    assert len(ids) == len(answers)  # one per response, never reused


# ---- deals and pipelines ------------------------------------------------------------------
async def test_deal_created_without_pipeline_reads_back_default(api) -> None:
    deal = await create(api, "deals", {"dealname": "No pipeline", "dealstage": "qualifiedtobuy"})
    props = await props_of(api, "deals", deal["id"], "pipeline,dealstage")
    assert props["pipeline"] == "default" and props["dealstage"] == "qualifiedtobuy"


async def test_dealstage_label_is_400_not_one_of_the_allowed_options(api) -> None:
    resp = await api.post(
        f"{OBJ}/deals", json={"properties": {"dealname": "Label", "dealstage": "Closed Won"}}
    )
    assert resp.status_code == 400
    body = resp.json()
    assert "was not one of the allowed options" in body["message"]
    assert body["errors"][0]["code"] == "INVALID_OPTION"
    assert body["errors"][0]["context"] == {"propertyName": ["dealstage"]}
    deal = await create(api, "deals", {"dealname": "Id", "dealstage": "closedwon"})
    bad = await api.patch(
        f"{OBJ}/deals/{deal['id']}", json={"properties": {"dealstage": "closed won"}}
    )
    assert bad.status_code == 400
    unknown_pipeline = await api.post(
        f"{OBJ}/deals", json={"properties": {"dealname": "P", "pipeline": "renewals"}}
    )
    assert unknown_pipeline.status_code == 400


async def test_pipelines_api_lists_the_default_pipeline_with_stage_ids_and_labels(api) -> None:
    body = (await api.get("/crm/v3/pipelines/deals")).json()
    assert [p["id"] for p in body["results"]] == ["default"]
    stages = {s["id"]: s["label"] for s in body["results"][0]["stages"]}
    assert stages["closedwon"] == "Closed Won" and stages["appointmentscheduled"]
    one = (await api.get("/crm/v3/pipelines/deals/default")).json()
    assert one["stages"] == body["results"][0]["stages"]
    listed = (await api.get("/crm/v3/pipelines/deals/default/stages")).json()["results"]
    assert [s["id"] for s in listed] == list(stages)
    assert (await api.get("/crm/v3/pipelines/deals/nope")).status_code == 404
    # Every stage a deal accepts is one the pipelines API lists, and nothing else.
    for sid in stages:
        await create(api, "deals", {"dealname": sid, "dealstage": sid})


async def test_pipelines_need_a_deals_scope(client: httpx.AsyncClient, svc) -> None:
    token = await token_for(client, svc, "oauth crm.objects.contacts.read")
    resp = await client.get("/crm/v3/pipelines/deals", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 403


# ---- property groups ----------------------------------------------------------------------
async def test_property_groups_create_and_list(api) -> None:
    before = (await api.get("/crm/v3/properties/invoices/groups")).json()["results"]
    assert "invoiceinformation" in {g["name"] for g in before}
    made = await api.post(
        "/crm/v3/properties/invoices/groups",
        json={"name": "qbsync", "label": "QuickBooks sync", "displayOrder": 5},
    )
    assert made.status_code == 201
    assert made.json() == {
        "name": "qbsync",
        "label": "QuickBooks sync",
        "displayOrder": 5,
        "archived": False,
    }
    after = (await api.get("/crm/v3/properties/invoices/groups")).json()["results"]
    assert [g for g in after if g["name"] == "qbsync"] == [made.json()]
    assert (await api.get("/crm/v3/properties/invoices/groups/qbsync")).status_code == 200
    assert (await api.get("/crm/v3/properties/deals/groups/qbsync")).status_code == 404
    again = await api.post(
        "/crm/v3/properties/invoices/groups", json={"name": "qbsync", "label": "Again"}
    )
    assert again.status_code == 409


async def test_property_in_a_group_that_does_not_exist_is_an_error(api) -> None:
    prop = {
        "name": "qbo_deal_id",
        "label": "QBO id",
        "type": "string",
        "fieldType": "text",
        "groupName": "qbsync",
    }
    missing = await api.post("/crm/v3/properties/deals", json=prop)
    assert missing.status_code == 400 and "qbsync" in missing.json()["message"]
    await api.post("/crm/v3/properties/deals/groups", json={"name": "qbsync", "label": "Sync"})
    assert (await api.post("/crm/v3/properties/deals", json=prop)).status_code == 201
    moved = await api.patch("/crm/v3/properties/deals/qbo_deal_id", json={"groupName": "nowhere"})
    assert moved.status_code == 400
