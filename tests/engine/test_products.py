"""Products <-> items over HTTP through both sandboxes: SKU matching, no-SKU and duplicate-SKU
records, field mapping, income account, hostile prices, crash-safe HubSpot creates."""

from __future__ import annotations

from typing import Any

from qbsync_desktop.core.store import Activity, RecordState, open_database
from tests.engine.conftest import Synced

PRODUCTS = ("products",)


def _sku(value: Any) -> str | None:
    return str(value).strip().lower() if value else None


def products(synced: Synced) -> list[Any]:
    async def read(hubspot: Any, qbo: Any) -> list[Any]:
        props = ["name", "hs_sku", "price", "description", "hs_product_type", "qbsync_key"]
        return [o async for o in hubspot.iter_objects("products", props)]

    return synced.api(read)  # type: ignore[no-any-return]


def items(synced: Synced) -> list[dict[str, Any]]:
    async def read(hubspot: Any, qbo: Any) -> list[dict[str, Any]]:
        return [i async for i in qbo.iter_query("Item", "Active IN (true,false)")]

    return synced.api(read)  # type: ignore[no-any-return]


def _states(synced: Synced) -> list[Any]:
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        return list(RecordState.select().where(RecordState.object == "products"))
    finally:
        db.close()


def test_products_and_items_meet_by_sku(synced: Synced) -> None:
    before_hs = products(synced)
    summary, _ = synced.sync(objects=PRODUCTS)

    hs = products(synced)
    qbo = items(synced)
    hs_skus = [_sku(p.properties.get("hs_sku")) for p in hs if p.properties.get("hs_sku")]
    qbo_skus = [_sku(i.get("Sku")) for i in qbo if i.get("Sku")]
    assert sorted(hs_skus) == sorted(set(hs_skus))  # nothing duplicated in HubSpot
    assert sorted(qbo_skus) == sorted(set(qbo_skus))
    assert set(hs_skus) == set(qbo_skus)
    # Mapped fields agree; created items got the first income account and the activity says so.
    by_sku = {_sku(i.get("Sku")): i for i in qbo}
    for p in hs:
        item = by_sku.get(_sku(p.properties.get("hs_sku")))
        if item is None:
            continue
        assert item["Name"] == p.properties["name"]
        assert float(item["UnitPrice"]) == float(p.properties["price"] or 0)
        kind = {"Service": "service", "NonInventory": "non_inventory"}[item["Type"]]
        assert p.properties["hs_product_type"] == kind
        assert item.get("IncomeAccountRef", {}).get("value")
    # HubSpot products created from items carry our unique key: a resend cannot duplicate.
    created = [p for p in hs if p.id not in {b.id for b in before_hs}]
    assert created and all(p.properties.get("qbsync_key") for p in created)
    assert summary.created["quickbooks"] > 0 and summary.created["hubspot"] == len(created)

    no_sku = [s for s in _states(synced) if s.state == "excluded"]
    assert len(no_sku) == 1 and no_sku[0].code == "no_sku"
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        notes = [a.detail for a in Activity.select() if a.action == "create_quickbooks"]
        assert notes and all("income account" in n for n in notes)
    finally:
        db.close()

    again, _ = synced.sync(objects=PRODUCTS)
    assert again.writes == 0


def test_chosen_income_account_is_used(synced: Synced) -> None:
    async def accounts(hubspot: Any, qbo: Any) -> list[dict[str, Any]]:
        return await qbo.query("SELECT * FROM Account WHERE AccountType = 'Income'")

    income = synced.api(accounts)
    assert income
    chosen = income[-1]["Id"]
    synced.settings("products", own={"income_account_id": chosen})
    synced.sync(objects=PRODUCTS)
    hs_skus = {_sku(p.properties.get("hs_sku")) for p in products(synced)}
    created = [i for i in items(synced) if _sku(i.get("Sku")) in hs_skus and int(i["Id"]) > 12]
    assert created and all(i["IncomeAccountRef"]["value"] == chosen for i in created)


def test_duplicate_skus_and_hostile_prices_fail_alone(synced: Synced) -> None:
    async def make(hubspot: Any, qbo: Any) -> None:
        await hubspot.batch_create(
            "products",
            [
                {"properties": {"name": "Twin A", "hs_sku": "TWIN-1", "price": "10"}},
                {"properties": {"name": "Twin B", "hs_sku": " twin-1 ", "price": "11"}},
                {"properties": {"name": "Pricey", "hs_sku": "PR-1", "price": "1.123456789"}},
                {"properties": {"name": "Fine Widget", "hs_sku": "FW-1", "price": "19.99"}},
            ],
        )

    synced.api(make)
    summary, _ = synced.sync(objects=PRODUCTS)
    states = {(s.name, s.state): s for s in _states(synced)}
    for name in ("Twin A", "Twin B"):
        row = states[(name, "failed")]
        assert row.code == "duplicate_key" and "twin-1" in row.problem.explanation
    pricey = states[("Pricey", "failed")]
    assert "decimal" in pricey.problem.explanation
    skus = {_sku(i.get("Sku")) for i in items(synced)}
    assert "fw-1" in skus and "twin-1" not in skus and "pr-1" not in skus
    assert summary.failed == 3
