"""A match key (email, SKU) changed to one another linked record holds is not copied across:
the record fails, naming the holder, and neither side changes."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.engine.conftest import Synced
from tests.engine.test_products import _sku, items, products

PRODUCTS = ("products",)
FULL = pytest.mark.parametrize("full", [False, True], ids=["incremental", "full"])


def _linked_products(synced: Synced) -> list[tuple[Any, dict[str, Any]]]:
    by_sku = {_sku(i.get("Sku")): i for i in items(synced) if i.get("Sku")}
    found = [
        (p, by_sku[_sku(p.properties.get("hs_sku"))])
        for p in products(synced)
        if _sku(p.properties.get("hs_sku")) in by_sku
    ]
    return sorted(found, key=lambda pair: int(pair[1]["Id"]))


def _set_sku(synced: Synced, item: dict[str, Any], sku: str) -> None:
    async def edit(hubspot: Any, qbo: Any) -> None:
        fresh = await qbo.read("Item", item["Id"])
        body = {"Id": item["Id"], "SyncToken": fresh["SyncToken"], "Sku": sku}
        await qbo.update("Item", body, request_id=uuid.uuid4().hex)

    synced.api(edit)


def _set_hs_sku(synced: Synced, product: Any, sku: str) -> None:
    async def edit(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_update("products", [{"id": product.id, "properties": {"hs_sku": sku}}])

    synced.api(edit)


@FULL
def test_a_sku_moved_onto_another_linked_items_sku_fails_and_copies_nothing(
    synced: Synced, full: bool
) -> None:
    synced.sync(objects=PRODUCTS)
    (product_1, item_1), (_product_2, item_2), (product_x, item_x), *_ = _linked_products(synced)
    sku_1, sku_2 = item_1["Sku"], item_2["Sku"]
    _set_sku(synced, item_1, sku_2)  # QuickBooks item 1 takes linked item 2's SKU
    _set_hs_sku(synced, product_x, sku_1)  # HubSpot product X takes item 1's old SKU

    synced.sync(objects=PRODUCTS, full=full)

    hs = {p.id: p for p in products(synced)}
    qbo = {i["Id"]: i for i in items(synced)}
    assert hs[product_1.id].properties["hs_sku"] == sku_1  # not copied to HubSpot
    assert qbo[item_x["Id"]]["Sku"] == item_x["Sku"]  # not copied to QuickBooks
    one = synced.state("products", qbo_id=item_1["Id"])
    assert one.state == "failed"
    assert f"SKU already used by {item_2['Name']}" in one.problem.explanation
    x = synced.state("products", qbo_id=item_x["Id"])
    assert x.state == "failed"
    assert f"SKU already used by {item_1['Name']}" in x.problem.explanation


@FULL
def test_an_email_moved_onto_another_linked_customers_email_fails_and_copies_nothing(
    synced: Synced, full: bool
) -> None:
    synced.sync()
    (contact_a, customer_a), (contact_b, _customer_b), (contact_c, customer_c), *_ = (
        synced.linked_contacts()
    )
    synced.edit_customer(
        customer_a["Id"], PrimaryEmailAddr={"Address": contact_b.properties["email"]}
    )
    synced.edit_customer(customer_c["Id"], PrimaryPhone={"FreeFormNumber": "555-0142"})

    synced.sync(full=full)

    hs = {c.id: c for c in synced.contacts()}
    assert hs[contact_a.id].properties["email"] == contact_a.properties["email"]
    assert hs[contact_c.id].properties["phone"] == "555-0142"
    a = synced.state("contacts", qbo_id=customer_a["Id"])
    assert a.state == "failed"
    holder = f"{contact_b.properties['firstname']} {contact_b.properties['lastname']}"
    assert f"Email already used by {holder}" in a.problem.explanation
    assert synced.state("contacts", qbo_id=customer_c["Id"]).state == "synced"
