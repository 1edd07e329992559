"""Sync settings over the object registry: the objects are the registered types, each type
checks its own settings, and profiles saved before the registry still load."""

from __future__ import annotations

from typing import Any

import pytest

from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.settings import Filter, SettingsError, SyncSettings
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
    assert contacts.naming_rule == "person_email"
    assert contacts.disabled_fields == ["phone"]
    assert contacts.filters == [Filter("lifecyclestage", "equals", "lead")]
    assert [(c.hubspot_property, c.qbo_field) for c in contacts.custom] == [
        ("lifecyclestage", "Notes")
    ]
    assert not products.enabled and products.income_account_id == "79"
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
        data = {"objects": {kind.name: {setting.attribute: "not a valid value"}}}
        with pytest.raises(SettingsError) as refused:
            SyncSettings.from_dict(data)
        assert str(refused.value).startswith(f"{kind.name}: ")
