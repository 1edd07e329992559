"""A record a service refuses for good fails alone: its batch-mates go through, its pending
write is settled (not resent forever), and later syncs carry on."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.store import PendingWrite
from tests.engine.conftest import Synced
from tests.engine.test_products import items, products

PRODUCTS = ("products",)


def _pending(synced: Synced) -> list[Any]:
    with synced.database():
        return list(PendingWrite.select().where(PendingWrite.status == "pending"))


def _new_contact(synced: Synced, email: str) -> str:
    async def create(hubspot: Any, qbo: Any) -> str:
        done = await hubspot.batch_create(
            "contacts", [{"properties": {"email": email, "firstname": "Zed", "lastname": "Other"}}]
        )
        return str(done.results[0].id)

    return synced.api(create)  # type: ignore[no-any-return]


@pytest.mark.parametrize("bad", ["taken", "refused"])
def test_an_email_hubspot_refuses_fails_alone_and_later_syncs_go_on(
    synced: Synced, bad: str
) -> None:
    synced.sync()
    (contact_a, customer_a), (contact_c, customer_c), *_ = synced.linked_contacts()
    if bad == "taken":  # held by a HubSpot contact that is not linked: HubSpot answers 409
        email = f"zed.{uuid.uuid4().hex[:6]}@example.test"
        _new_contact(synced, email)
    else:  # QuickBooks takes it, HubSpot answers 400
        email = "trail@x.test."
    synced.edit_customer(customer_a["Id"], PrimaryEmailAddr={"Address": email})
    synced.edit_customer(customer_c["Id"], PrimaryPhone={"FreeFormNumber": "555-0199"})

    synced.sync()

    hs = {c.id: c for c in synced.contacts()}
    assert hs[contact_c.id].properties["phone"] == "555-0199"  # the batch-mate went through
    assert hs[contact_a.id].properties["email"] == contact_a.properties["email"]
    failed = synced.state("contacts", hubspot_id=contact_a.id)
    assert failed.state == "failed"
    assert "email" in failed.problem.explanation.lower()
    assert synced.state("contacts", hubspot_id=contact_c.id).state == "synced"
    assert _pending(synced) == []

    synced.sync()  # no resend of the refused write, no error
    synced.edit_customer(customer_a["Id"], PrimaryEmailAddr={"Address": "fixed.a@example.test"})
    synced.sync()
    hs = {c.id: c for c in synced.contacts()}
    assert hs[contact_a.id].properties["email"] == "fixed.a@example.test"
    assert synced.state("contacts", hubspot_id=contact_a.id).state == "synced"


def test_a_category_item_fails_alone_and_other_products_sync(synced: Synced) -> None:
    synced.sync(objects=PRODUCTS)

    async def create(hubspot: Any, qbo: Any) -> dict[str, Any]:
        made = [
            await qbo.create(
                "Item",
                {
                    "Name": f"Gadget {n}",
                    "Type": "Service",
                    "Sku": f"GAD-{n}",
                    "UnitPrice": 5,
                    "IncomeAccountRef": {"value": income},
                },
                request_id=uuid.uuid4().hex,
            )
            for n in range(3)
        ]
        category = await qbo.create(
            "Item",
            {"Name": "Gadgets", "Type": "Category", "Sku": "GAD-CAT"},
            request_id=uuid.uuid4().hex,
        )
        return {"made": made, "category": category}

    income = next(i for i in items(synced) if i.get("IncomeAccountRef"))["IncomeAccountRef"][
        "value"
    ]
    created = synced.api(create)

    synced.sync(objects=PRODUCTS)

    skus = {str(p.properties.get("hs_sku")) for p in products(synced)}
    assert {"GAD-0", "GAD-1", "GAD-2"} <= skus  # created in HubSpot beside the refused one
    assert "GAD-CAT" not in skus
    state = synced.state("products", qbo_id=created["category"]["Id"])
    assert state.state == "failed"
    assert _pending(synced) == []
    again, _ = synced.sync(objects=PRODUCTS)  # no resend, no error
    assert again.writes == 0


def test_recovery_settles_a_refused_resend_and_sends_its_batch_mates(synced: Synced) -> None:
    """A batch whose answer was lost is resent by the next run's recovery; HubSpot now
    refuses one of its records: the others go through and the run carries on."""
    synced.sync()
    (contact_a, customer_a), (contact_c, customer_c), *_ = synced.linked_contacts()
    synced.edit_customer(customer_a["Id"], PrimaryEmailAddr={"Address": "trail@x.test."})
    synced.edit_customer(customer_c["Id"], PrimaryPhone={"FreeFormNumber": "555-0177"})

    async def lose(request: httpx.Request) -> None:
        if request.url.path.endswith("/contacts/batch/update"):
            raise RuntimeError("the answer was lost")  # as if the run died while it was out

    with synced.watching(lose):
        synced.sync()
    assert len(_pending(synced)) == 1

    synced.sync()

    hs = {c.id: c for c in synced.contacts()}
    assert hs[contact_c.id].properties["phone"] == "555-0177"
    assert hs[contact_a.id].properties["email"] == contact_a.properties["email"]
    assert _pending(synced) == []
    # Both were planned again in that run: each shows its real state, A with HubSpot's reason.
    assert synced.state("contacts", hubspot_id=contact_c.id).state == "synced"
    failed = synced.state("contacts", hubspot_id=contact_a.id)
    assert failed.state == "failed" and "email" in failed.problem.explanation.lower()
    synced.sync()  # and nothing is resent again
