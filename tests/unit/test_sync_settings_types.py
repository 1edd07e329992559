"""Sync settings over the object registry: the objects are the registered types, each type
checks its own settings, and profiles saved before the registry still load."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.objects import SettingField
from qbsync_desktop.core.sync.settings import Filter, ObjectSettings, SettingsError, SyncSettings
from tests.support.object_types import SUPPLIERS, registered

# A profile's `sync` as the app saved it before object types were registered (every object
# carried every type's own settings, and the since-removed allow_no_sku).
SAVED_BEFORE: dict[str, Any] = {
    "objects": {
        "contacts": {
            "enabled": True,
            "direction": "to_quickbooks",
            "conflict": "quickbooks",
            "disabled_fields": ["phone"],
            "custom": [{"hubspot_property": "lifecyclestage", "qbo_field": "Notes"}],
            "filters": [{"property": "lifecyclestage", "op": "equals", "value": "lead"}],
            "naming_rule": "person_email",
            "allow_no_sku": False,
            "income_account_id": None,
        },
        "products": {
            "enabled": False,
            "direction": "both",
            "conflict": "hubspot",
            "disabled_fields": [],
            "custom": [],
            "filters": [],
            "naming_rule": "company_or_company_person",
            "allow_no_sku": True,
            "income_account_id": "79",
        },
    },
    "interval_minutes": 15,
    "reconcile_hours": 24,
}


def test_settings_saved_before_the_registry_still_load() -> None:
    settings = SyncSettings.from_dict(SAVED_BEFORE)
    contacts, products = settings.for_object("contacts"), settings.for_object("products")
    assert (contacts.direction, contacts.conflict) == ("to_quickbooks", "quickbooks")
    assert contacts.option("naming_rule") == "person_email"
    assert contacts.disabled_fields == ["phone"]
    assert contacts.filters == [Filter("lifecyclestage", "equals", "lead")]
    assert [(c.hubspot_property, c.qbo_field) for c in contacts.custom] == [
        ("lifecyclestage", "Notes")
    ]
    assert not products.enabled and products.option("income_account_id") == "79"
    assert settings.interval_minutes == 15
    again = SyncSettings.from_dict(settings.to_dict())
    assert again.for_object("contacts") == contacts and again.for_object("products") == products


def test_every_registered_type_has_settings_and_an_unknown_one_is_refused() -> None:
    assert tuple(SyncSettings().objects) == objects.names()
    with pytest.raises(SettingsError, match="Unknown object sync “suppliers”"):
        SyncSettings.from_dict({"objects": {SUPPLIERS.name: {}}})
    with registered(SUPPLIERS):
        settings = SyncSettings.from_dict({"objects": {SUPPLIERS.name: {"enabled": False}}})
        assert tuple(settings.objects) == objects.names()  # the toy among the others
        assert not settings.for_object(SUPPLIERS.name).enabled


@pytest.mark.parametrize("kind", objects.all_types(), ids=objects.names())
def test_each_type_checks_its_own_settings(kind: objects.ObjectType) -> None:
    for setting in kind.settings_fields:
        for raw in ({"own": {setting.attribute: "not a valid value"}}, {setting.attribute: "x y"}):
            with pytest.raises(SettingsError) as refused:
                SyncSettings.from_dict({"objects": {kind.name: raw}})
            assert str(refused.value).startswith(f"{kind.name}: ")


# A child type: off until switched on, with an own option the window has no editor for.
ORDERS = replace(
    SUPPLIERS,
    spec=replace(SUPPLIERS.spec, name="orders"),
    label="Orders ⇄ Purchase orders",
    level=1,
    depends_on=("contacts",),
    enabled_by_default=False,
    settings_fields=(SettingField("since", "Orders since", "choice", default="2026-01-01"),),
)


def test_a_type_brings_its_default_settings_and_own_options() -> None:
    with registered(ORDERS):
        fresh = SyncSettings().for_object("orders")
        assert not fresh.enabled and fresh.option("since") == "2026-01-01"
        loaded = SyncSettings.from_dict({"objects": {"orders": {"direction": "to_hubspot"}}})
        assert loaded.for_object("orders").option("since") == "2026-01-01"
        assert not loaded.for_object("orders").enabled  # never switched on: still off


def test_a_type_cannot_be_switched_on_while_a_type_it_refers_to_is_off() -> None:
    with registered(ORDERS):
        data = {"objects": {"orders": {"enabled": True}, "contacts": {"enabled": False}}}
        with pytest.raises(SettingsError, match="Orders ⇄ Purchase orders needs Contacts"):
            SyncSettings.from_dict(data)
        data["objects"]["contacts"]["enabled"] = True
        assert SyncSettings.from_dict(data).for_object("orders").enabled


def test_an_own_option_is_changed_on_a_copy() -> None:
    settings = SyncSettings().for_object("contacts")
    changed = settings.with_option("naming_rule", "person")
    assert changed.option("naming_rule") == "person"
    assert settings.option("naming_rule") == "company_or_company_person"


def test_switching_a_type_on_runs_its_hook_once() -> None:
    def stamp(settings: ObjectSettings, now: datetime) -> ObjectSettings:
        return settings.with_option("since", now.date().isoformat())

    with registered(replace(ORDERS, on_switch_on=stamp)):
        before = SyncSettings()
        after = SyncSettings.from_dict({"objects": {"orders": {"enabled": True}}})
        saved = after.switched_on_since(before, datetime(2026, 12, 1, 9, 30))
        assert saved.for_object("orders").option("since") == "2026-12-01"
        again = SyncSettings.from_dict(saved.to_dict()).switched_on_since(
            saved, datetime(2027, 1, 1)
        )
        assert again.for_object("orders").option("since") == "2026-12-01"  # already on: kept
