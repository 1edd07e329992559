"""Outbound rules over HTTP: E1 and its fix, numbering by QuickBooks, voids, dry runs."""

from __future__ import annotations

import json
import uuid
from typing import Any

from qbsync_desktop.core.connectors.hubspot_invoices import void_invoices
from qbsync_desktop.core.store import PendingWrite
from qbsync_desktop.core.sync.admin import request_retry
from tests.engine.conftest import Synced
from tests.engine.invoices.inbound_support import Calls
from tests.engine.invoices.outbound_support import (
    BOOK,
    LONG_AGO,
    case_numbers,
    hubspot_by_number,
    invoice_links,
    qbo_invoices,
    run,
    state_of,
    states,
    switch_on,
)

E1_CASE = "E1 contact without QBO customer"


def _e1_person() -> Any:
    (inv,) = [i for i in BOOK.hubspot_invoices if i.case == E1_CASE]
    return next(p for p in BOOK.hubspot_contacts if p.key == inv.person_key)


def _create_customer(synced: Synced, name: str) -> str:
    async def go(hubspot: Any, qbo: Any) -> dict[str, Any]:
        body = {"DisplayName": name}
        return await qbo.create("Customer", body, request_id=uuid.uuid4().hex)  # type: ignore[no-any-return]

    return str(synced.api(go)["Id"])


def test_e1_names_the_contact_and_a_likely_match_then_goes_once_the_contact_syncs(
    synced: Synced,
) -> None:
    synced.settings("contacts", direction="to_hubspot")  # HubSpot-only contacts stay there
    switch_on(synced)
    person = _e1_person()
    name = f"{person.first} {person.last}"
    customer = _create_customer(synced, name)  # same name, no email: a likely match only
    run(synced)
    (number,) = case_numbers(E1_CASE)
    invoice = hubspot_by_number(synced)[number]
    row = state_of(synced, invoice.id)
    assert (row.state, row.code) == ("failed", "invoice_no_customer_likely")
    assert json.loads(row.params) == {
        "contact": name,
        "email": person.email,
        "likely_match": name,
    }
    assert number not in {q.get("DocNumber") for q in qbo_invoices(synced)}

    # The fix the problem gives: the customer gets the contact's email; contact sync links.
    synced.edit_customer(customer, PrimaryEmailAddr={"Address": person.email})
    synced.settings("contacts", direction="both")
    synced.sync(objects=("contacts",))
    summary = run(synced)  # the invoice did not change in HubSpot: it goes by itself
    assert summary.created["quickbooks"] == 1
    assert state_of(synced, invoice.id).state == "synced"
    (sent,) = [q for q in qbo_invoices(synced) if q.get("DocNumber") == number]
    assert sent["CustomerRef"]["value"] == customer


def _set_custom_numbers(synced: Synced, on: bool) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        prefs = await qbo.preferences()
        body = {
            "Id": prefs["Id"],
            "SyncToken": prefs["SyncToken"],
            "sparse": True,
            "SalesFormsPrefs": {"CustomTxnNumbers": on},
        }
        await qbo.update("Preferences", body, request_id=uuid.uuid4().hex)

    synced.api(go)


def test_quickbooks_numbers_go_back_to_hubspot_when_it_numbers_invoices(synced: Synced) -> None:
    switch_on(synced)
    _set_custom_numbers(synced, False)
    run(synced)
    by_id = {q["Id"]: q for q in qbo_invoices(synced)}
    links = invoice_links(synced)
    hs = {o.id: o for o in hubspot_by_number(synced).values()}
    assert links
    for hs_id, qbo_id in links.items():
        qbo_number = by_id[qbo_id]["DocNumber"]
        assert qbo_number and qbo_number != hs[hs_id].properties["hs_number"]
        assert hs[hs_id].properties["qbsync_quickbooks_number"] == qbo_number
    calls = Calls(synced)
    with synced.watching(calls.hook):
        again = run(synced)  # our own number write is an echo, not a change
    assert calls.writes("quickbooks") == [] and again.writes == 0


def test_a_void_in_hubspot_voids_the_quickbooks_invoice(synced: Synced) -> None:
    switch_on(synced)
    run(synced)
    (number,) = case_numbers("open")
    invoice = hubspot_by_number(synced)[number]
    qbo_id = invoice_links(synced)[invoice.id]
    synced.api(lambda hs, qbo: void_invoices(hs, [invoice.id]))
    summary = run(synced)
    assert summary.updated["quickbooks"] == 1
    (voided,) = [q for q in qbo_invoices(synced) if q["Id"] == qbo_id]
    assert float(voided["TotalAmt"]) == 0 and "Voided" in (voided.get("PrivateNote") or "")
    assert state_of(synced, invoice.id).state == "synced"
    calls = Calls(synced)
    with synced.watching(calls.hook):
        run(synced)
    assert calls.writes("quickbooks") == []  # voided once


def test_before_switch_on_excludes_with_the_moment_until_the_invoice_changes(
    synced: Synced,
) -> None:
    switch_on(synced, enabled_at="2100-01-01T00:00:00+00:00")
    summary = run(synced)
    assert summary.created["quickbooks"] == 0 and qbo_invoices_made(synced) == set()
    (number,) = case_numbers("open")
    invoice = hubspot_by_number(synced)[number]
    row = state_of(synced, invoice.id)
    assert (row.state, row.code) == ("excluded", "invoice_before_switch_on")
    assert json.loads(row.params) == {"since": "2100-01-01T00:00:00+00:00"}  # exact, shown local
    synced.settings("invoices", own={**_own(synced), "enabled_at": LONG_AGO})
    run(synced, full=True)
    assert state_of(synced, invoice.id).state == "synced"


def qbo_invoices_made(synced: Synced) -> set[str]:
    return {q["Id"] for q in qbo_invoices(synced)} & set(invoice_links(synced).values())


def _own(synced: Synced) -> dict[str, Any]:
    prof = synced.connections.profiles.require(synced.profile)
    return dict(prof.sync["objects"]["invoices"]["own"])


def test_dry_run_predicts_creates_and_failures_and_writes_nothing(synced: Synced) -> None:
    switch_on(synced)
    calls = Calls(synced)
    with synced.watching(calls.hook):
        summary = run(synced, dry_run=True)
    assert calls.writes("quickbooks") == [] and calls.writes("hubspot") == []
    assert summary.dry_run and summary.created["quickbooks"] == 7
    assert summary.failed == 1  # E6, predicted from the number's holder
    assert invoice_links(synced) == {} and states(synced) == {}
    with synced.database():
        assert PendingWrite.select().where(PendingWrite.object == "invoices").count() == 0


def _renumber_credit_memo(synced: Synced, number: str, new: str) -> None:
    async def go(hubspot: Any, qbo: Any) -> None:
        rows = [r async for r in qbo.iter_query("CreditMemo") if r.get("DocNumber") == number]
        (memo,) = rows
        body = {"Id": memo["Id"], "SyncToken": memo["SyncToken"], "sparse": True, "DocNumber": new}
        await qbo.update("CreditMemo", body, request_id=uuid.uuid4().hex)

    synced.api(go)


def test_e6_goes_on_retry_after_the_holder_is_renumbered(synced: Synced) -> None:
    switch_on(synced)
    run(synced)
    (number,) = case_numbers("E6 duplicate document number")
    invoice = hubspot_by_number(synced)[number]
    assert state_of(synced, invoice.id).code == "invoice_doc_number_held"
    calls = Calls(synced)
    with synced.watching(calls.hook):
        run(synced)  # not retried by itself: nothing changed
    assert calls.writes("quickbooks") == []
    _renumber_credit_memo(synced, number, "CM-1003")
    db_file = synced.paths.database_file(synced.profile)
    assert request_retry(db_file, "invoices", hubspot_ids=[invoice.id]) == 1  # Retry
    summary = run(synced)
    assert summary.created["quickbooks"] == 1
    assert state_of(synced, invoice.id).state == "synced"
    assert [q for q in qbo_invoices(synced) if q.get("DocNumber") == number]
