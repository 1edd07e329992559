"""`qbsync settings show|set`: every object type's sync settings from the command line.

Generic over the object registry: keys are `<object>.<setting>` (`contacts.direction`,
`invoices.custom_line_item_account`), the type's own options come from its
`settings_fields`. A change goes through the same checks as the window's Save
(`SyncSettings.validate`, the type's own checks) and, like it, through
`switched_on_since`, so a type switched on here records what its hook records. Nothing
is saved when any KEY=VALUE is refused.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from qbsync_desktop.cli_output import OK, USAGE, UserError, sanitise
from qbsync_desktop.core.profiles import ProfileStore
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.objects import ObjectType, SettingField
from qbsync_desktop.core.sync.settings import (
    FILTER_OPS,
    CustomMapping,
    Filter,
    ObjectSettings,
    SettingsError,
    SyncSettings,
)

COMMAND = "settings"
DIRECTIONS = {
    "both": "both ways",
    "to_quickbooks": "HubSpot to QuickBooks only",
    "to_hubspot": "QuickBooks to HubSpot only",
}
CONFLICTS = {"hubspot": "HubSpot wins", "quickbooks": "QuickBooks wins"}
TRUE, FALSE = ("true", "on", "yes", "1"), ("false", "off", "no", "0")
GLOBALS = ("interval_minutes", "reconcile_hours")

SET_HELP = """\
keys are <object>.<setting>; `qbsync settings show` lists them with their values:
  <object>.enabled=true|false
  <object>.direction=both|to_quickbooks|to_hubspot
  <object>.conflict=hubspot|quickbooks
  <object>.fields.<field>=on|off        a mapped field kept in sync or not
  <object>.custom='[{"hubspot_property": "po", "qbo_field": "CustomField:1"}]'
  <object>.filters='[{"property": "lifecyclestage", "op": "equals", "value": "lead"}]'
  <object>.<option>=VALUE               the type's own options: a choice, an account id,
                                        a date (yyyy-mm-dd or today), a tax map (JSON
                                        object); an empty VALUE clears an option
  interval_minutes=N, reconcile_hours=N
example:
  qbsync settings set --profile Acme invoices.enabled=true invoices.direction=both \\
      invoices.custom_line_item_account=81"""


def add_parser(sub: Any) -> None:
    """Register `settings show|set` on the CLI's sub-command parsers."""
    p = sub.add_parser(COMMAND, help="show or change a profile's sync settings")
    actions = p.add_subparsers(dest="settings_command", required=True)
    show = actions.add_parser("show", help="every object's sync settings")
    show.add_argument("--profile", required=True)
    show.add_argument("--json", action="store_true", help="machine-readable output")
    change = actions.add_parser(
        "set",
        help="change sync settings (checked like the window's Save)",
        epilog=SET_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    change.add_argument("--profile", required=True)
    change.add_argument("assignments", nargs="+", metavar="KEY=VALUE")


def run(
    args: argparse.Namespace,
    profiles: ProfileStore,
    out: Callable[[str], None],
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    profile = profiles.require(args.profile)
    try:
        saved = SyncSettings.from_dict(profile.sync)
    except SettingsError as exc:
        raise UserError(f"The saved settings cannot be used: {exc}") from exc
    if args.settings_command == "show":
        shown = describe(saved)
        out(json.dumps(shown) if args.json else "\n".join(_text(args.profile, shown)))
        return OK
    changed = apply(SyncSettings.from_dict(saved.to_dict()), args.assignments)
    profile.sync = changed.switched_on_since(saved, now()).to_dict()
    profiles.save(profile)
    out(f"Saved the sync settings of profile {sanitise(args.profile)!r}.")
    return OK


# --- show ------------------------------------------------------------------------------


def describe(settings: SyncSettings) -> dict[str, Any]:
    """Every setting by its key, with its value, label and whether `set` may change it."""
    shown: dict[str, Any] = {k: getattr(settings, k) for k in GLOBALS}
    shown["objects"] = {
        kind.name: _describe_object(kind, settings.for_object(kind.name))
        for kind in objects.all_types()
    }
    return shown


def _describe_object(kind: ObjectType, s: ObjectSettings) -> dict[str, Any]:
    spec = kind.spec
    return {
        "label": kind.label,
        "enabled": s.enabled,
        "direction": kind.direction(s.direction),
        "direction_fixed": kind.one_way is not None,
        "conflict": s.conflict,
        "fields": {
            f.key: {
                "on": f.key not in s.disabled_fields or f.key == spec.match_key,
                "hubspot": f.hubspot,
                "quickbooks": f.qbo,
                "always": f.key == spec.match_key,
            }
            for f in spec.defaults
        },
        "custom": [vars(c) for c in s.custom],
        "filters": [vars(f) for f in s.filters],
        "options": {
            f.attribute: {
                "label": f.label,
                "kind": f.kind,
                "value": s.option(f.attribute, f.default),
                "settable": f.kind != "shown",
                "choices": [value for value, _ in f.choices],
            }
            for f in kind.settings_fields
        },
    }


def _text(profile: str, shown: dict[str, Any]) -> list[str]:
    every = shown["interval_minutes"]
    lines = [
        f"Sync settings of profile {sanitise(profile)!r}",
        f"interval_minutes = {every}    # "
        + (f"sync every {every} min" if every else "no automatic syncs"),
        f"reconcile_hours = {shown['reconcile_hours']}    # full re-read after this many hours",
    ]
    for name, obj in shown["objects"].items():
        lines += ["", f"{name}: {obj['label']}"]
        fixed = " (fixed: this sync writes one way only)" if obj["direction_fixed"] else ""
        lines += [
            f"  {name}.enabled = {_word(obj['enabled'])}",
            f"  {name}.direction = {obj['direction']}    # {DIRECTIONS[obj['direction']]}{fixed}",
            f"  {name}.conflict = {obj['conflict']}    # when both sides changed: "
            + CONFLICTS.get(obj["conflict"], obj["conflict"]),
        ]
        for key, f in obj["fields"].items():
            always = ", always: records are matched on it" if f["always"] else ""
            state = "on" if f["on"] else "off"
            lines.append(
                f"  {name}.fields.{key} = {state}    # {f['hubspot']} ⇄ {f['quickbooks']}{always}"
            )
        lines.append(f"  {name}.custom = {json.dumps(obj['custom'], ensure_ascii=False)}")
        lines.append(f"  {name}.filters = {json.dumps(obj['filters'], ensure_ascii=False)}")
        for attribute, option in obj["options"].items():
            note = "" if option["settable"] else ", set by qbsync"
            value = _shown_value(option["value"])
            lines.append(f"  {name}.{attribute} = {value}    # {option['label']}{note}")
    return [sanitise(line) for line in lines]  # mapped names may come from the services


def _word(value: bool) -> str:
    return "true" if value else "false"


def _shown_value(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# --- set -------------------------------------------------------------------------------


def _refuse(message: str) -> UserError:
    return UserError(message, USAGE)


def apply(settings: SyncSettings, assignments: list[str]) -> SyncSettings:
    """`settings` with every KEY=VALUE applied, validated; UserError (usage) naming the
    first key or value that cannot work."""
    for assignment in assignments:
        key, sep, value = assignment.partition("=")
        key, value = key.strip(), value.strip()
        if not sep or not key:
            raise _refuse(
                f"“{sanitise(assignment)}” is not KEY=VALUE (e.g. contacts.enabled=true)."
            )
        _apply_one(settings, key, value)
    try:
        settings.validate()
    except SettingsError as exc:
        raise _refuse(f"Not saved: {exc}") from exc
    return settings


def _apply_one(settings: SyncSettings, key: str, value: str) -> None:
    if key in GLOBALS:
        if not value.isdigit():
            raise _refuse(f"{key} needs a whole number of 0 or more, not “{sanitise(value)}”.")
        setattr(settings, key, int(value))
        return
    name, _, setting = key.partition(".")
    try:
        kind = objects.get(name)
    except objects.UnknownObject:
        known = ", ".join(objects.names())
        raise _refuse(
            f"Unknown setting “{sanitise(key)}”: keys start with an object ({known})"
            f" or are one of {', '.join(GLOBALS)}."
        ) from None
    current = settings.for_object(name)
    settings.objects[name] = _changed(kind, current, setting, value, key)


def _changed(
    kind: ObjectType, s: ObjectSettings, setting: str, value: str, key: str
) -> ObjectSettings:
    plain = sanitise(value)
    if setting == "enabled":
        return replace(s, enabled=_boolean(key, value))
    if setting == "direction":
        if value not in DIRECTIONS:
            raise _refuse(f"{key} is one of {', '.join(DIRECTIONS)}, not “{plain}”.")
        if kind.one_way is not None and kind.direction(value) != value:  # type: ignore[arg-type]
            raise _refuse(f"{key} cannot change: this sync only ever writes one way.")
        return replace(s, direction=value)  # type: ignore[arg-type]
    if setting == "conflict":
        if value not in CONFLICTS:
            raise _refuse(f"{key} is one of {', '.join(CONFLICTS)}, not “{plain}”.")
        return replace(s, conflict=value)  # type: ignore[arg-type]
    if setting.startswith("fields."):
        return _field_switched(kind, s, setting.removeprefix("fields."), _boolean(key, value), key)
    if setting == "custom":
        rows = _json_rows(key, value, ("hubspot_property", "qbo_field"))
        return replace(s, custom=[CustomMapping(**row) for row in rows])
    if setting == "filters":
        rows = _json_rows(key, value, ("property", "op", "value"))
        filters = [Filter(**row) for row in rows]
        for f in filters:
            if f.op not in FILTER_OPS:
                ops = ", ".join(FILTER_OPS)
                raise _refuse(f"{key}: the operator is one of {ops}, not “{sanitise(f.op)}”.")
        return replace(s, filters=filters)
    declared = {f.attribute: f for f in kind.settings_fields}
    if setting not in declared:
        known = ", ".join(
            ["enabled", "direction", "conflict", "fields.<field>", "custom", "filters"]
            + [f.attribute for f in kind.settings_fields if f.kind != "shown"]
        )
        raise _refuse(f"Unknown setting “{sanitise(key)}”: the {kind.name} settings are {known}.")
    return s.with_option(setting, _option_value(declared[setting], value, key))


def _boolean(key: str, value: str) -> bool:
    if value.lower() in TRUE:
        return True
    if value.lower() in FALSE:
        return False
    raise _refuse(f"{key} is true or false, not “{sanitise(value)}”.")


def _field_switched(
    kind: ObjectType, s: ObjectSettings, field: str, on: bool, key: str
) -> ObjectSettings:
    keys = [f.key for f in kind.spec.defaults]
    if field not in keys:
        raise _refuse(f"Unknown field in “{sanitise(key)}”: the fields are {', '.join(keys)}.")
    if field == kind.spec.match_key and not on:
        raise _refuse(f"{key} stays on: records are matched on it.")
    off = [k for k in s.disabled_fields if k != field] + ([] if on else [field])
    return replace(s, disabled_fields=off)


def _json_rows(key: str, value: str, names: tuple[str, ...]) -> list[dict[str, str]]:
    """A JSON list of objects with (only) these keys, text values; empty VALUE: none."""
    if not value:
        return []
    wanted = ", ".join(names)
    try:
        rows = json.loads(value)
    except ValueError:
        raise _refuse(f"{key} is a JSON list of objects with {wanted}.") from None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise _refuse(f"{key} is a JSON list of objects with {wanted}.")
    for row in rows:
        unknown = set(row) - set(names)
        if unknown or not all(isinstance(v, str) for v in row.values()):
            raise _refuse(f"{key}: each entry has text values for {wanted} only.")
    return rows


def _option_value(setting: SettingField, value: str, key: str) -> Any:
    """The JSON value of a type's own option, checked for its kind."""
    plain = sanitise(value)
    if setting.kind == "shown":
        raise _refuse(f"{key} is set by qbsync and cannot be changed.")
    if not value:
        return setting.default
    if setting.kind == "choice" and setting.choices:
        values = [v for v, _ in setting.choices]
        if value not in values:
            raise _refuse(f"{key} is one of {', '.join(values)}, not “{plain}”.")
    if setting.kind == "date":
        if value.lower() == "today":
            return date.today().isoformat()
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise _refuse(f"{key} is a date as yyyy-mm-dd (or today), not “{plain}”.") from None
    if setting.kind == "tax_map":
        try:
            mapped = json.loads(value)
        except ValueError:
            mapped = None
        if not isinstance(mapped, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in mapped.items()
        ):
            example = '{"12": "5"}'
            raise _refuse(
                f"{key} is a JSON object of HubSpot tax rate id to QuickBooks tax code id, "
                f"e.g. {example}."
            )
        return mapped
    return value
