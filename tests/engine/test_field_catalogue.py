"""The fields the connected accounts have (HubSpot's properties API over HTTP, QuickBooks'
table) and the pre-flight check of saved custom mappings and filters against them."""

from __future__ import annotations

from typing import Any

import httpx

from qbsync_desktop.core.sync.field_catalogue import mapping_problems, read_fields
from qbsync_desktop.core.sync.preflight import run_preflight
from qbsync_desktop.core.sync.settings import CustomMapping, Filter, ObjectSettings
from tests.engine.conftest import Synced


def _fields(synced: Synced) -> Any:
    return synced.api(lambda hubspot, qbo: read_fields(hubspot, ["contacts", "products"]))


def test_fields_come_from_the_accounts(synced: Synced) -> None:
    fields = _fields(synced)
    contacts = fields["contacts"]
    email = contacts.find("hubspot", "email")
    assert email is not None and email.label == "Email" and email.writable
    domain = contacts.find("hubspot", "hs_email_domain")
    assert domain is not None and not domain.writable  # HubSpot computes it
    labels = [f.label.casefold() for f in contacts.hubspot]
    assert labels == sorted(labels)  # a picker lists them by label
    city = contacts.find("quickbooks", "ShipAddr.City")
    assert city is not None and city.label == "shipping city" and city.kind == "text"
    assert fields["products"].find("quickbooks", "UnitPrice").kind == "number"
    assert fields["products"].find("hubspot", "hs_sku") is not None


def test_mapping_problems_name_the_row_and_field(synced: Synced) -> None:
    contacts = _fields(synced)["contacts"]
    settings = ObjectSettings(
        custom=[
            CustomMapping("city", "ShipAddr.City"),
            CustomMapping("no_such_property", "Bogus.Field"),
            CustomMapping("hs_email_domain", "Notes"),
        ],
        filters=[Filter("lifecyclestage", "equals", "lead"), Filter("nope", "is_empty")],
    )
    said = [(p.where, p.row, p.words()) for p in mapping_problems(settings, contacts)]
    assert said == [
        ("custom", 2, "Row 2: HubSpot has no property “no_such_property” for this sync."),
        ("custom", 2, "Row 2: QuickBooks has no field “Bogus.Field” this sync can write."),
        (
            "custom",
            3,
            "Row 3: HubSpot does not let other apps change “hs_email_domain”; sync it to "
            "QuickBooks only.",
        ),
        ("filters", 2, "Row 2: HubSpot has no property “nope” for this sync."),
    ]
    one_way = ObjectSettings(direction="to_quickbooks", custom=settings.custom[2:])
    assert mapping_problems(one_way, contacts) == []  # read-only is fine to read


def test_preflight_flags_a_saved_mapping_to_a_missing_property(synced: Synced) -> None:
    properties_calls: list[str] = []

    async def count(request: httpx.Request) -> None:
        if "/crm/v3/properties/" in request.url.path:
            properties_calls.append(request.url.path)

    with synced.watching(count):
        before = {f.id for f in run_preflight(synced.profile, synced.connections)}
    assert "missing_field" not in before
    assert properties_calls == []  # nothing to check: HubSpot is not asked

    synced.settings(
        "contacts", custom=[{"hubspot_property": "no_such_property", "qbo_field": "Bogus.Field"}]
    )
    with synced.watching(count):
        findings = [
            f for f in run_preflight(synced.profile, synced.connections) if f.id == "missing_field"
        ]
    assert properties_calls == ["/crm/v3/properties/contacts"]  # only the sync that needs it
    assert [f.explanation for f in findings] == [
        "Row 1: HubSpot has no property “no_such_property” for this sync.",
        "Row 1: QuickBooks has no field “Bogus.Field” this sync can write.",
    ]
    assert all(f.severity == "warning" and f.objects == ("contacts",) for f in findings)
    assert findings[0].title == "Contacts ⇄ Customers: a field in the settings is not there"
    assert not findings[0].concerns(["products"])

    synced.settings("contacts", enabled=False)  # a sync switched off is not checked
    assert "missing_field" not in {f.id for f in run_preflight(synced.profile, synced.connections)}


def test_an_unknown_quickbooks_entity_refuses_nothing() -> None:
    from qbsync_desktop.core.sync.field_catalogue import TypeFields

    unknown = TypeFields("things", hubspot=None, quickbooks=None)
    settings = ObjectSettings(custom=[CustomMapping("x", "Y")], filters=[Filter("z")])
    assert mapping_problems(settings, unknown) == []


def test_invoice_custom_fields_are_the_ones_the_company_switched_on(synced: Synced) -> None:
    from qbsync_desktop.core.sync.field_catalogue import qbo_fields

    every = [f.name for f in qbo_fields("Invoice") or () if f.name.startswith("CustomField:")]
    assert every == ["CustomField:1", "CustomField:2", "CustomField:3"]  # prefs not read yet
    named = {f.name: f.label for f in qbo_fields("Invoice", {"1": "PO #"}) or ()}
    assert named["CustomField:1"] == "PO #" and "CustomField:2" not in named

    # The demo company has slot 1 ("PO #") on, 2 and 3 off: a mapping to 2 is flagged.
    prop = next(f.name for f in _fields_of(synced, "invoices") if f.writable)
    income = synced.api(
        lambda hubspot, qbo: qbo.query("SELECT * FROM Account WHERE AccountType = 'Income'")
    )
    synced.settings(
        "invoices",
        enabled=True,
        own={"custom_line_item_account": str(income[0]["Id"])},
        custom=[
            {"hubspot_property": prop, "qbo_field": "CustomField:1"},
            {"hubspot_property": prop, "qbo_field": "CustomField:2"},
        ],
    )
    found = [
        f.explanation
        for f in run_preflight(synced.profile, synced.connections)
        if f.id == "missing_field"
    ]
    assert found == ["Row 2: QuickBooks has no field “CustomField:2” this sync can write."]


def _fields_of(synced: Synced, name: str) -> Any:
    fields = synced.api(lambda hubspot, qbo: read_fields(hubspot, [name]))
    return fields[name].hubspot
