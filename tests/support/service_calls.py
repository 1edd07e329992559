"""Telling service calls apart by what they are for: service, object sync, read or write.

Shared by the engine tests and the bench, which count calls through httpx request hooks.
"""

from __future__ import annotations

from typing import Any

import httpx

from qbsync_desktop.core.sync.changes import qbo_by_values

OBJECTS = ("contacts", "products")


def call_kind(request: httpx.Request) -> tuple[str, str, str] | None:
    """(service, object, "read" | "write") of a call to HubSpot or QBO for contacts or
    products; None for tokens, the sandboxes' control API and anything else."""
    path = request.url.path
    if "/crm/v3/" in path:
        service = "hubspot"
        obj = next((o for o in OBJECTS if f"/{o}" in path), None)
        write = "/crm/v3/objects/" in path and any(
            path.endswith(f"/batch/{op}") for op in ("create", "update", "upsert")
        )
    elif "/v3/company/" in path:
        service = "quickbooks"
        text = (request.url.params.get("entities") or "") + request.content.decode(errors="replace")
        obj = "contacts" if "Customer" in text else "products" if "Item" in text else None
        write = request.method == "POST" and not path.endswith("/query")
    else:
        return None
    return None if obj is None else (service, obj, "write" if write else "read")


async def change_three_per_side(hubspot: Any, qbo: Any, tag: str) -> None:
    """Edit 3 linked contacts and 3 linked products in HubSpot, 3 others of each in QBO.

    Looks at HubSpot's first list page only (and the QBO records it names), so it costs a
    few calls at any book size."""
    page = await hubspot.list_objects("contacts", ["email"])
    emails = sorted({(o.properties.get("email") or "").lower() for o in page.results} - {""})
    customers = {
        (c.get("PrimaryEmailAddr") or {}).get("Address", "").lower(): c
        for c in await qbo_by_values(qbo, "Customer", "PrimaryEmailAddr", emails)
    }
    contacts = [o for o in page.results if (o.properties.get("email") or "").lower() in customers]
    await hubspot.batch_update(
        "contacts",
        [{"id": o.id, "properties": {"city": f"{tag} {o.id}"}} for o in contacts[:3]],
    )
    for o in contacts[3:6]:
        row = customers[(o.properties.get("email") or "").lower()]
        bill = {**(row.get("BillAddr") or {}), "City": f"{tag} q{row['Id']}"}
        await qbo.update(
            "Customer",
            {"Id": row["Id"], "SyncToken": row["SyncToken"], "BillAddr": bill},
            request_id=f"{tag}-c{row['Id']}",
        )
    page = await hubspot.list_objects("products", ["hs_sku"])
    skus = sorted({o.properties["hs_sku"] for o in page.results if o.properties.get("hs_sku")})
    items = {str(i.get("Sku")).lower(): i for i in await qbo_by_values(qbo, "Item", "Sku", skus)}
    products = [o for o in page.results if (o.properties.get("hs_sku") or "").lower() in items]
    await hubspot.batch_update(
        "products",
        [{"id": o.id, "properties": {"description": tag}} for o in products[:3]],
    )
    for o in products[3:6]:
        item = items[(o.properties.get("hs_sku") or "").lower()]
        await qbo.update(
            "Item",
            {"Id": item["Id"], "SyncToken": item["SyncToken"], "Description": tag},
            request_id=f"{tag}-i{item['Id']}",
        )
