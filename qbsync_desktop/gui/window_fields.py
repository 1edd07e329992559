"""Reads the fields the connected HubSpot account has, once it is connected, and gives them
to the settings page's pickers (QuickBooks' standard ones are known without asking; its
sales-form custom fields come from its preferences once it is connected too).

Gets only what it needs: the editors, the worker, the connections and the profile shown.
Until the read answers (or when it fails) the pickers take names typed; the pre-flight
check still reports a saved one that is not there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from qbsync_desktop.core.connectors.qbo_invoices import custom_field_slots
from qbsync_desktop.core.sync.field_catalogue import TypeFields, read_fields

log = logging.getLogger(__name__)


class FieldsLoader:
    def __init__(
        self,
        editors: Mapping[str, Any],  # object -> ObjectEditor (its `pickers`)
        tasks: Any,
        connections: Any,
        profile: Callable[[], str],
        quickbooks_connected: Callable[[], bool] = lambda: False,
    ) -> None:
        self.editors = editors
        self.quickbooks_connected = quickbooks_connected
        self.tasks = tasks
        self.connections = connections
        self.profile = profile
        self.loaded_for: str | None = None  # the profile whose fields the pickers offer
        self._generation = 0  # the latest read asked for; older answers are dropped

    def load(self) -> bool:
        """Read HubSpot's fields for every type in the background; False when there is no
        way to ask (a stand-in without HTTP clients)."""
        factory = getattr(self.connections, "http_factory", None)
        if factory is None or not hasattr(self.connections, "clients"):
            return False
        profile = self.profile()
        self._generation += 1
        generation = self._generation

        async def read() -> dict[str, TypeFields]:
            async with factory() as http:
                hubspot, qbo = self.connections.clients(profile, http)
                slots = None
                if self.quickbooks_connected():  # its sales forms name their custom fields
                    prefs = await qbo.preferences()
                    slots = custom_field_slots(prefs.get("SalesFormsPrefs") or {})
                return await read_fields(hubspot, slots=slots)

        def shown(fields: dict[str, TypeFields]) -> None:
            if profile != self.profile() or generation != self._generation:
                return  # another client is shown now, or a newer read is on its way
            for name, editor in self.editors.items():
                if name in fields:
                    editor.pickers.set_fields(fields[name])
            self.loaded_for = profile

        def failed(exc: BaseException) -> None:  # the pickers take names typed meanwhile
            log.warning("HubSpot fields not read: %s", exc.__class__.__name__)

        self.tasks.submit(read(), shown, failed)
        return True

    def forget(self, *_: object) -> None:
        """Another profile is shown: its accounts' fields are read when it connects."""
        self.loaded_for = None
        for editor in self.editors.values():
            editor.pickers.set_fields(
                TypeFields(editor.kind.name, None, editor.pickers.fields.quickbooks)
            )


def install_field_catalogue(window: Any) -> FieldsLoader:
    """Keep the settings page's pickers in step with the connected HubSpot account."""
    loader = FieldsLoader(
        window.settings_page.editors,
        window.tasks,
        window.connections,
        lambda: window.profile,
        lambda: bool(window.connected.get("quickbooks")),
    )

    def settled(service: str) -> None:
        # HubSpot's properties, and QuickBooks' custom fields once it is connected too.
        if window.connected.get("hubspot") and service in ("hubspot", "quickbooks"):
            loader.load()

    window.connection_changed.connect(settled)
    window.profile_changed.connect(loader.forget)
    return loader
