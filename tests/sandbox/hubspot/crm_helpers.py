"""Small HTTP helpers for the HubSpot sandbox contract tests."""

from __future__ import annotations

from typing import Any

import httpx

OBJ = "/crm/v3/objects"


def assoc(to_id: str | int, type_id: int) -> dict[str, Any]:
    return {
        "to": {"id": str(to_id)},
        "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": type_id}],
    }


async def create(
    api: httpx.AsyncClient, kind: str, props: dict[str, Any], assocs: list[Any] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"properties": props}
    if assocs:
        body["associations"] = assocs
    resp = await api.post(f"{OBJ}/{kind}", json=body)
    assert resp.status_code == 201, resp.text
    out: dict[str, Any] = resp.json()
    return out


async def props_of(api: httpx.AsyncClient, kind: str, oid: str, names: str) -> dict[str, Any]:
    resp = await api.get(f"{OBJ}/{kind}/{oid}", params={"properties": names})
    assert resp.status_code == 200, resp.text
    out: dict[str, Any] = resp.json()["properties"]
    return out


async def patch(
    api: httpx.AsyncClient, kind: str, oid: str, props: dict[str, Any]
) -> httpx.Response:
    return await api.patch(f"{OBJ}/{kind}/{oid}", json={"properties": props})


async def link(
    api: httpx.AsyncClient, from_kind: str, fid: str, to_kind: str, tid: str
) -> httpx.Response:
    return await api.put(f"/crm/v4/objects/{from_kind}/{fid}/associations/default/{to_kind}/{tid}")


async def open_invoice(
    api: httpx.AsyncClient,
    lines: list[tuple[str, str]] = (("2", "40.00"),),
    email: str = "buyer@inv.test",
) -> tuple[str, list[str], str]:
    """(contact id, line item ids, invoice id) of an open invoice with (qty, price) lines."""
    contact = await create(
        api, "contacts", {"email": email, "firstname": "Ada", "lastname": "Byron"}
    )
    line_ids = [
        (await create(api, "line_items", {"name": f"Line {i}", "quantity": q, "price": p}))["id"]
        for i, (q, p) in enumerate(lines)
    ]
    inv = await create(
        api,
        "invoices",
        {"hs_currency": "USD", "hs_invoice_status": "open"},
        [assoc(contact["id"], 177), *(assoc(i, 409) for i in line_ids)],
    )
    return contact["id"], line_ids, inv["id"]


async def pay(
    api: httpx.AsyncClient, invoice_id: str, amount: str, status: str = "succeeded", **extra: str
) -> dict[str, Any]:
    return await create(
        api,
        "commerce_payments",
        {
            "hs_initial_amount": amount,
            "hs_initiated_date": "2026-01-02T00:00:00Z",
            "hs_latest_status": status,
            **extra,
        },
        [assoc(invoice_id, 542)],
    )
