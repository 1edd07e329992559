"""Contacts and products in one run (they run side by side): both sides end up in step."""

from __future__ import annotations

from qbsync_desktop.core.store import Link, RecordState, open_database
from tests.engine.conftest import Synced
from tests.engine.test_products import items, products


def test_contacts_and_products_in_one_run(synced: Synced) -> None:
    summary, events = synced.sync(objects=("contacts", "products"))

    emails = {(c.properties.get("email") or "").strip().lower() for c in synced.contacts()}
    customer_emails = {
        ((c.get("PrimaryEmailAddr") or {}).get("Address") or "").strip().lower()
        for c in synced.customers()
    }
    skus = {(p.properties.get("hs_sku") or "").lower() for p in products(synced)}
    item_skus = {(i.get("Sku") or "").lower() for i in items(synced)}
    assert customer_emails - {""} <= emails and skus - {""} == item_skus - {""}
    db = open_database(synced.paths.database_file(synced.profile))
    try:
        per_object = {
            o: Link.select().where(Link.object == o).count() for o in ("contacts", "products")
        }
        states = {r.object for r in RecordState.select()}
    finally:
        db.close()
    assert per_object["contacts"] > 0 and per_object["products"] > 0
    assert states == {"contacts", "products"}
    created = summary.created["quickbooks"] + summary.created["hubspot"]
    assert created > 0
    assert {e.object for e in events if e.kind == "progress"} >= {"contacts", "products"}

    again, _ = synced.sync(objects=("contacts", "products"))
    assert again.writes == 0
