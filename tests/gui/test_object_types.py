"""The window and the CLI list every registered object type, and a type registered later
(the tests' toy type) gets its settings tab, filter entry and `--object` choice without any
change to gui/ or cli.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from qbsync_desktop.cli import build_parser
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.objects import ObjectType
from qbsync_desktop.core.sync.settings import SyncSettings
from tests.support.object_types import EVERY_TYPE, SUPPLIERS, registered, type_named


@pytest.fixture(params=EVERY_TYPE)
def kind(request: pytest.FixtureRequest) -> Iterator[ObjectType]:
    """Each registered type, and the toy type registered for the test alone."""
    with type_named(request.param) as registered_type:
        yield registered_type


def test_the_window_shows_every_registered_type(make_window: Any, kind: ObjectType) -> None:
    window = make_window(profile="Acme")
    page = window.settings_page
    editor = page.editors[kind.name]
    tab = page.tabs.indexOf(page.scrolls[kind.name])
    assert page.tabs.tabText(tab) == kind.label
    assert set(editor.sections) == {f.attribute for f in kind.settings_fields}
    boxes = {key for key, box in editor.field_boxes.items() if box.isEnabled()}
    assert boxes == {f.key for f in kind.spec.defaults} - {kind.spec.match_key}
    filter_ = window.status_page.object_filter
    assert filter_.findData(kind.name) > 0  # after "All objects"
    # A new profile syncs every type that is on by default (invoices wait to be switched on).
    on = tuple(t.name for t in objects.all_types() if t.enabled_by_default)
    assert window.sync_objects() == on


def test_a_registered_types_settings_are_edited_and_saved(
    qtbot: Any, make_window: Any, kind: ObjectType
) -> None:
    window = make_window(profile="Acme")
    page = window.settings_page
    editor = page.editors[kind.name]
    editor.direction.setCurrentIndex(editor.direction.findData("to_hubspot"))
    editor.add_filter(kind.spec.defaults[0].hubspot, "is_empty")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved.text() == "Saved.", page.error.text()
    saved = SyncSettings.from_dict(window.profiles.require("Acme").sync).for_object(kind.name)
    assert saved.direction == "to_hubspot"
    assert [f.property for f in saved.filters] == [kind.spec.defaults[0].hubspot]


def test_the_cli_offers_every_registered_type(kind: ObjectType) -> None:
    args = build_parser().parse_args(["sync", "--profile", "Acme", "--object", kind.name])
    assert args.objects == [kind.name]


def test_the_cli_refuses_a_type_that_is_not_registered(capsys: Any) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["sync", "--profile", "Acme", "--object", SUPPLIERS.name])
    assert f"invalid choice: '{SUPPLIERS.name}'" in capsys.readouterr().err


def test_a_one_way_type_shows_its_direction_fixed(make_window: Any) -> None:
    one_way = replace(SUPPLIERS, one_way="quickbooks")
    with registered(one_way):
        window = make_window(profile="Acme")
        editor = window.settings_page.editors[one_way.name]
        saved = SyncSettings()
        saved.objects[one_way.name].direction = "to_hubspot"  # e.g. a hand-edited file
        window.settings_page.load(saved)
        assert editor.direction.currentData() == "to_quickbooks"
        assert not editor.direction.isEnabled()
        assert not editor.form.isRowVisible(editor.conflict)  # one way: nothing to settle
        assert editor.value().direction == "to_quickbooks"
        assert window.settings_page.editors[objects.names()[0]].direction.isEnabled()
