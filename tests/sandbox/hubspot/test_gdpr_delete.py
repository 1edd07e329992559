"""`POST /crm/v3/objects/contacts/gdpr-delete` (hubspot.md 3.1): a contact deleted for good
is in no listing, live or archived, nor in search; its email is free again; only contacts
have it; an unknown id answers 404."""

from __future__ import annotations

import httpx

C = "/crm/v3/objects/contacts"


async def _ids(api: httpx.AsyncClient, archived: bool) -> set[str]:
    params = {"limit": 100, "archived": str(archived).lower()}
    out: set[str] = set()
    while True:
        body = (await api.get(C, params=params)).json()
        out |= {r["id"] for r in body["results"]}
        if "paging" not in body:
            return out
        params["after"] = body["paging"]["next"]["after"]


async def test_a_deleted_contact_is_gone_from_every_listing_and_search(api) -> None:
    page = (await api.get(C, params={"limit": 10, "properties": "email"})).json()["results"]
    by_id, by_email = [r for r in page if r["properties"]["email"]][:2]
    archived = by_email["id"]
    assert (await api.delete(f"{C}/{archived}")).status_code == 204  # archived first
    for body in (
        {"objectId": by_id["id"]},
        {"objectId": by_email["properties"]["email"], "idProperty": "email"},
    ):
        gone = await api.post(f"{C}/gdpr-delete", json=body)
        assert gone.status_code == 204, gone.text
    assert not {by_id["id"], archived} & (await _ids(api, archived=False))
    assert not {by_id["id"], archived} & (await _ids(api, archived=True))
    search = await api.post(f"{C}/search", json={"limit": 200})
    assert by_id["id"] not in {r["id"] for r in search.json()["results"]}
    again = await api.post(
        f"{C}/batch/create",
        json={"inputs": [{"properties": {"email": by_id["properties"]["email"]}}]},
    )
    assert again.status_code == 201  # the email is free again


async def test_unknown_ids_and_other_types_answer_404(api) -> None:
    unknown = await api.post(f"{C}/gdpr-delete", json={"objectId": "999999"})
    assert unknown.status_code == 404
    products = await api.post("/crm/v3/objects/products/gdpr-delete", json={"objectId": "1"})
    assert products.status_code == 404
    missing = await api.post(f"{C}/gdpr-delete", json={})
    assert missing.status_code == 400
