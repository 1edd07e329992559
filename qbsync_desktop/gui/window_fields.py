"""Reads what the settings page offers from the connected accounts, once per connection of
each: HubSpot's properties (every synced type's, for the pickers, and those the property
choices name, such as the line items' service date) and QuickBooks' preferences (its
sales-form custom fields for the pickers, the invoice facts for the tax sections).
QuickBooks' standard fields are known without asking.

Connecting one account reads that account only (connecting QuickBooks after HubSpot read
HubSpot's properties again); a reconnect reads it afresh. Until a read answers (or when it
fails) the pickers take names typed; the pre-flight check still reports a saved one that
is not there.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from qbsync_desktop.core.connectors.qbo_invoices import custom_field_slots
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.field_catalogue import TypeFields, read_fields

from .option_sections import PropertyChoiceSection

log = logging.getLogger(__name__)

Properties = dict[str, list[dict[str, Any]]]  # HubSpot object type -> its property definitions


class _Held:
    """HubSpot's properties as read at connect time, for the catalogue (no second read)."""

    def __init__(self, properties: Properties) -> None:
        self._properties = properties

    async def properties(self, object_type: str) -> list[dict[str, Any]]:
        return self._properties.get(object_type, [])


class AccountFields:
    def __init__(
        self,
        editors: Mapping[str, Any],  # object -> ObjectEditor (its `pickers`)
        choices: Iterable[PropertyChoiceSection],
        tasks: Any,
        connections: Any,
        profile: Callable[[], str],
        on_preferences: Callable[[dict[str, Any]], object] = lambda prefs: None,
    ) -> None:
        self.editors = editors
        self.choices = list(choices)
        self.tasks = tasks
        self.connections = connections
        self.profile = profile
        self.on_preferences = on_preferences  # QuickBooks' preferences, read: tax sections
        self.properties: Properties | None = None
        self.slots: dict[str, str] | None = None  # QuickBooks' custom fields, once read
        self.loaded_for: str | None = None  # the profile whose fields the pickers offer
        # Per account, the latest read asked for (older answers are dropped); "fields": the
        # latest pickers' catalogue made.
        self._serial = {"hubspot": 0, "quickbooks": 0, "fields": 0}
        # Per account, the profile whose read is on its way: a second ask meanwhile (two
        # connection checks answering close together) waits for it instead of reading again.
        self._reading: dict[str, str | None] = {"hubspot": None, "quickbooks": None}

    def _object_types(self) -> list[str]:
        wanted = {kind.spec.hubspot_type for kind in objects.all_types()}
        return sorted(wanted | {c.hubspot_object for c in self.choices})

    def read(self, service: str) -> bool:
        """Read `service`'s part in the background; False when there is no way to ask (a
        stand-in without HTTP clients)."""
        factory = getattr(self.connections, "http_factory", None)
        client = "hubspot_client" if service == "hubspot" else "qbo_client"
        if factory is None or not hasattr(self.connections, client):
            return False
        profile = self.profile()
        if self._reading[service] == profile:
            return True  # the read on its way answers this ask too
        serial = self._next(service)
        self._reading[service] = profile
        types = self._object_types()

        async def read() -> Any:
            async with factory() as http:
                api = getattr(self.connections, client)(profile, http)
                if service == "quickbooks":
                    return await api.preferences()
                found = await asyncio.gather(*(api.properties(t) for t in types))
                return dict(zip(types, found, strict=True))

        def shown(result: Any) -> None:
            if profile != self.profile() or serial != self._serial[service]:
                return  # another client is shown now, or a newer read is on its way
            self._reading[service] = None
            if service == "quickbooks":
                self.slots = custom_field_slots(result.get("SalesFormsPrefs") or {})
                self.on_preferences(result)
            else:
                self.properties = result
                for choice in self.choices:
                    choice.set_properties(result.get(choice.hubspot_object, []))
            self._show_fields()

        def failed(exc: BaseException) -> None:  # the pickers take names typed meanwhile
            if serial == self._serial[service]:
                self._reading[service] = None
            log.warning("%s fields not read: %s", service, exc.__class__.__name__)

        self.tasks.submit(read(), shown, failed)
        return True

    def _next(self, part: str) -> int:
        if part in self._reading:  # older reads' answers are dropped: a new one may start
            self._reading[part] = None
        self._serial[part] += 1
        return self._serial[part]

    def drop(self, service: str) -> None:
        """`service` is not connected (any more): its fields are read when it connects."""
        self._next(service)
        if service == "quickbooks":
            self.slots = None
        else:
            self.properties = None
            self.loaded_for = None
        self._show_fields()

    def forget(self, *_: object) -> None:
        """Another profile is shown: its accounts' fields are read when they connect."""
        for part in self._serial:  # answers about the other profile's accounts are dropped
            self._next(part)
        self.properties, self.slots, self.loaded_for = None, None, None
        self._show_fields()

    def _show_fields(self) -> None:
        """The pickers offer what is known: both sides, or QuickBooks' alone."""
        profile, serial = self.profile(), self._next("fields")  # a pending one is stale
        if self.properties is None:
            for editor in self.editors.values():
                known = TypeFields(editor.kind.name, None, editor.pickers.fields.quickbooks)
                editor.pickers.set_fields(known)
            return

        def shown(fields: dict[str, TypeFields]) -> None:
            if profile != self.profile() or serial != self._serial["fields"]:
                return
            for name, editor in self.editors.items():
                if name in fields:
                    editor.pickers.set_fields(fields[name])
            self.loaded_for = profile

        # Made from what was read (the catalogue's own code), on the worker: no request.
        held = read_fields(_Held(self.properties), slots=self.slots)
        self.tasks.submit(held, shown, lambda exc: log.warning("fields: %r", exc))


def install_field_catalogue(
    window: Any, on_preferences: Callable[[dict[str, Any]], object] = lambda prefs: None
) -> AccountFields:
    """Keep the settings page's pickers and property choices in step with the connected
    accounts; `on_preferences` gets QuickBooks' preferences once read."""
    choices = [
        section
        for editor in window.settings_page.editors.values()
        for section in editor.sections.values()
        if isinstance(section, PropertyChoiceSection)
    ]
    loader = AccountFields(
        window.settings_page.editors,
        choices,
        window.tasks,
        window.connections,
        lambda: window.profile,
        on_preferences,
    )

    def settled(service: str) -> None:
        # Emitted when an account is found connected, connects or reconnects, or is not.
        if window.connected.get(service):
            loader.read(service)
        else:
            loader.drop(service)

    window.connection_changed.connect(settled)
    window.profile_changed.connect(loader.forget)
    return loader
