"""`qbsync settings show|set` as real processes over a profile: every registered type's
settings by key, changes checked like the window's Save, nothing saved when one is bad.
Invoices bring every kind of own option (an account, a date, a tax map, a shown-only
moment set when switched on) and depend on contacts and products.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.core.sync import objects
from tests.e2e.test_cli_errors import Cli, assert_plain_failure

PROFILE = "Acme"
INVOICES = "invoices"  # the type with every kind of own option


class SettingsCli(Cli):
    def saved(self) -> dict[str, Any]:
        return ProfileStore(self.paths.profiles_file).require(PROFILE).sync

    def shown(self) -> dict[str, Any]:
        proc = self.run("settings", "show", "--profile", PROFILE, "--json")
        assert proc.returncode == 0, proc.stderr
        shown: dict[str, Any] = json.loads(proc.stdout)
        return shown


@pytest.fixture
def cli(tmp_path: Path) -> SettingsCli:
    cli = SettingsCli(tmp_path)
    cli.paths.ensure()
    ProfileStore(cli.paths.profiles_file).get_or_create(PROFILE)  # settings need no sign-in
    return cli


def test_show_lists_every_registered_type_by_key(cli: SettingsCli) -> None:
    shown = cli.shown()
    assert list(shown["objects"]) == list(objects.names())
    for kind in objects.all_types():
        obj = shown["objects"][kind.name]
        assert obj["label"] == kind.label
        assert obj["enabled"] is kind.enabled_by_default
        assert set(obj["fields"]) == {f.key for f in kind.spec.defaults}
        assert set(obj["options"]) == {f.attribute for f in kind.settings_fields}
    text = cli.run("settings", "show", "--profile", PROFILE)
    assert text.returncode == 0 and not text.stderr
    for kind in objects.all_types():
        assert f"{kind.name}.direction = both" in text.stdout
        for f in kind.settings_fields:
            assert f"{kind.name}.{f.attribute} = " in text.stdout
            assert f.label in text.stdout


def test_set_changes_settings_and_show_reads_them_back(cli: SettingsCli) -> None:
    custom = json.dumps([{"hubspot_property": "jobtitle", "qbo_field": "Notes"}])
    filters = json.dumps([{"property": "lifecyclestage", "op": "equals", "value": "lead"}])
    proc = cli.run(
        "settings", "set", "--profile", PROFILE,
        "contacts.direction=to_quickbooks", "contacts.conflict=quickbooks",
        "contacts.fields.phone=off", f"contacts.custom={custom}", f"contacts.filters={filters}",
        "contacts.naming_rule=person_email", "products.income_account_id=81",
        "interval_minutes=0",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Saved" in proc.stdout
    shown = cli.shown()
    contacts, products = shown["objects"]["contacts"], shown["objects"]["products"]
    assert contacts["direction"] == "to_quickbooks" and contacts["conflict"] == "quickbooks"
    assert contacts["fields"]["phone"]["on"] is False
    assert contacts["fields"]["email"]["on"] is True
    assert contacts["custom"] == json.loads(custom)
    assert contacts["filters"] == json.loads(filters)
    assert contacts["options"]["naming_rule"]["value"] == "person_email"
    assert products["options"]["income_account_id"]["value"] == "81"
    assert shown["interval_minutes"] == 0
    # Switched back on, and an option cleared by an empty value.
    again = cli.run(
        "settings", "set", "--profile", PROFILE,
        "contacts.fields.phone=on", "products.income_account_id=",
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    shown = cli.shown()
    assert shown["objects"]["contacts"]["fields"]["phone"]["on"] is True
    assert shown["objects"]["products"]["options"]["income_account_id"]["value"] is None


@pytest.mark.parametrize(
    ("assignment", "words"),
    [
        ("contacts.colour=red", ("Unknown setting", "contacts.colour", "naming_rule")),
        ("orders.enabled=true", ("Unknown setting", "orders.enabled", "contacts")),
        ("contacts.enabled=maybe", ("contacts.enabled", "true or false", "maybe")),
        ("contacts.direction=sideways", ("contacts.direction", "to_quickbooks", "sideways")),
        ("contacts.naming_rule=shout", ("contacts.naming_rule", "shout")),
        ("contacts.fields.email=off", ("contacts.fields.email", "matched on it")),
        ("contacts.fields.fax=off", ("Unknown field", "contacts.fields.fax")),
        ("contacts.custom=[{", ("contacts.custom", "JSON list")),
        ("contacts.filters=" + json.dumps([{"property": "x", "op": "like"}]), ("operator",)),
        ("products.income_account_id=Sales", ("Not saved", "account", "digits")),
        ("interval_minutes=-5", ("interval_minutes", "whole number")),
        ("contacts.direction", ("KEY=VALUE",)),
    ],
)
def test_a_bad_key_or_value_is_named_and_nothing_is_saved(
    cli: SettingsCli, assignment: str, words: tuple[str, ...]
) -> None:
    before = cli.saved()
    proc = cli.run(
        "settings", "set", "--profile", PROFILE, "contacts.direction=to_hubspot", assignment
    )
    assert_plain_failure(proc, 2, *words)
    assert proc.stdout == ""
    assert cli.saved() == before  # the good assignment beside it was not saved either


def test_unknown_profile_and_missing_assignments(cli: SettingsCli) -> None:
    assert_plain_failure(cli.run("settings", "show", "--profile", "Nobody"), 1, "no profile")
    usage = cli.run("settings", "set", "--profile", PROFILE)
    assert usage.returncode == 2 and "KEY=VALUE" in usage.stderr
    helped = cli.run("--help")
    assert "qbsync settings set --profile Acme" in helped.stdout
    set_help = cli.run("settings", "set", "--help")
    assert "<object>.<setting>" in set_help.stdout and "today" in set_help.stdout


def test_switching_invoices_on_is_checked_and_records_since_when(
    cli: SettingsCli,
) -> None:
    shown = cli.shown()["objects"][INVOICES]
    assert shown["enabled"] is False
    assert shown["options"]["enabled_at"] == {
        "label": "Invoices count from",
        "kind": "shown",
        "value": None,
        "settable": False,
        "choices": [],
    }
    # Needs its parents switched on: the validate() sentence, nothing saved.
    before = cli.saved()
    off = cli.run(
        "settings", "set", "--profile", PROFILE, "products.enabled=false",
        f"{INVOICES}.enabled=true", f"{INVOICES}.custom_line_item_account=81",
    )  # fmt: skip
    assert_plain_failure(off, 2, "Not saved", "Invoices ⇄ Invoices needs Products ⇄ Items")
    # The type's own check.
    no_account = cli.run("settings", "set", "--profile", PROFILE, f"{INVOICES}.enabled=true")
    assert_plain_failure(no_account, 2, "Not saved", "income account of the “Custom line item”")
    # A shown-only option cannot be set.
    shown_only = cli.run(
        "settings", "set", "--profile", PROFILE, f"{INVOICES}.enabled_at=2020-01-01T00:00:00+00:00"
    )
    assert_plain_failure(shown_only, 2, f"{INVOICES}.enabled_at", "set by qbsync")
    for bad, words in (
        (f"{INVOICES}.inbound_created_after=1 Dec", ("yyyy-mm-dd", "today")),
        (f"{INVOICES}.tax_map=[1]", ("tax rate", "tax code")),
        (f"{INVOICES}.tax_map=" + json.dumps({"12": 5}), ("tax rate", "tax code")),
    ):
        assert_plain_failure(cli.run("settings", "set", "--profile", PROFILE, bad), 2, *words)
    assert cli.saved() == before

    start = datetime.now(UTC).replace(microsecond=0)
    on = cli.run(
        "settings", "set", "--profile", PROFILE, f"{INVOICES}.enabled=true",
        f"{INVOICES}.custom_line_item_account=81", f"{INVOICES}.inbound_created_after=today",
        f"{INVOICES}.service_date_property=hs_service_date", f"{INVOICES}.tax_map=" + '{"12": "5"}',
    )  # fmt: skip
    assert on.returncode == 0, on.stderr
    options = cli.shown()["objects"][INVOICES]["options"]
    enabled_at = datetime.fromisoformat(options["enabled_at"]["value"])
    assert start <= enabled_at <= datetime.now(UTC)
    assert options["inbound_created_after"]["value"] == date.today().isoformat()
    assert options["service_date_property"]["value"] == "hs_service_date"
    assert options["tax_map"]["value"] == {"12": "5"}
    text = cli.run("settings", "show", "--profile", PROFILE).stdout
    assert f"{INVOICES}.enabled_at = {options['enabled_at']['value']}" in text
    assert "set by qbsync" in text

    # A save that leaves it on keeps the moment (an old one, written in the file here);
    # switched off and on again, it is the new moment.
    old = "2020-01-01T00:00:00+00:00"
    store = ProfileStore(cli.paths.profiles_file)
    profile = store.require(PROFILE)
    profile.sync["objects"][INVOICES]["own"]["enabled_at"] = old
    store.save(profile)
    kept = cli.run("settings", "set", "--profile", PROFILE, f"{INVOICES}.direction=both")
    assert kept.returncode == 0, kept.stderr
    assert cli.shown()["objects"][INVOICES]["options"]["enabled_at"]["value"] == old
    for value in ("false", "true"):
        proc = cli.run("settings", "set", "--profile", PROFILE, f"{INVOICES}.enabled={value}")
        assert proc.returncode == 0, proc.stderr
    moved = cli.shown()["objects"][INVOICES]["options"]["enabled_at"]["value"]
    assert datetime.fromisoformat(moved) >= start
