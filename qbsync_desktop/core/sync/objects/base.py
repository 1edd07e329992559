"""What a synced object type is: its engine spec plus how people and the run see it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from qbsync_desktop.core.sync.mapping import ObjectSpec
from qbsync_desktop.core.sync.object_settings import Direction, ObjectSettings
from qbsync_desktop.core.sync.vocabulary import Side

if TYPE_CHECKING:
    from qbsync_desktop.core.sync.own_run import OwnRun
    from qbsync_desktop.core.sync.problems import Problem

# How an own option is chosen: from fixed choices, an income account of the QuickBooks
# company, a date (ISO yyyy-mm-dd), a mapping of HubSpot tax rates to QuickBooks tax codes
# (a JSON object), or not at all (`shown`: the app sets it, the window and CLI show it).
SettingKind = Literal["choice", "qbo_income_account", "date", "tax_map", "shown"]


@dataclass(frozen=True)
class WaitsFor:
    """The record of another type a failure waits on, as the failure names it: by its match
    key (any case; an outbound invoice's contact by email) or by its QuickBooks id (an
    inbound invoice's customer)."""

    object: str
    match_key: str | None = None
    qbo_id: str | None = None


@dataclass(frozen=True)
class SettingField:
    """One of an object type's own settings, beyond those every type has (direction,
    conflict rule, fields, filters): its key in `ObjectSettings.own` and how it is chosen."""

    attribute: str  # its key in ObjectSettings.own
    label: str  # as the settings page says it
    kind: SettingKind
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) of a "choice"
    # Why a value cannot work (a plain sentence), or None when it can.
    check: Callable[[ObjectSettings], str | None] | None = None
    default: Any = None  # its value until chosen


@dataclass(frozen=True)
class ObjectType:
    """One synced object type: one module builds it and `register`s it."""

    spec: ObjectSpec
    label: str  # "Contacts ⇄ Customers": the window's title for its sync
    hubspot_label: str  # "Contact": one HubSpot record
    qbo_label: str  # "Customer": one QuickBooks record
    level: int = 0  # dependency level: a level runs after every lower one is done
    depends_on: tuple[str, ...] = ()  # types whose links this one's references resolve by
    settings_fields: tuple[SettingField, ...] = ()
    # A projection written to one side only (deal properties from invoices): the side it
    # writes. Its settings cannot turn it the other way. None: synced both ways.
    one_way: Side | None = None
    # Called with the type's settings and the moment when a save switches it on (e.g. to
    # record since when invoices count); returns the settings to save.
    on_switch_on: Callable[[ObjectSettings, datetime], ObjectSettings] | None = None
    enabled_by_default: bool = True  # a new profile syncs it unless switched off
    # Its own sync instead of the engine's generic one (types with lines on both sides):
    # called in the type's level with the run's context and the type's settings.
    run: Callable[[OwnRun, ObjectSettings], Awaitable[None]] | None = None
    # A failure that waits on another type's record (an invoice whose contact has no
    # customer, or whose customer has no contact): that record, so a Retry retries it too.
    waits_on: Callable[[Problem], WaitsFor | None] | None = None

    def default_settings(self) -> ObjectSettings:
        """The settings of a profile that never changed this type's."""
        own = {f.attribute: f.default for f in self.settings_fields}
        return ObjectSettings(enabled=self.enabled_by_default, own=own)

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def record_noun(self) -> str:
        return self.spec.record_noun

    def direction(self, chosen: Direction) -> Direction:
        """The direction a run uses: the chosen one, unless the type writes one side only."""
        if self.one_way is None:
            return chosen
        return "to_hubspot" if self.one_way == "hubspot" else "to_quickbooks"

    def check_settings(self, settings: ObjectSettings) -> list[str]:
        """Plain sentences for this type's own settings that cannot work."""
        found = (f.check(settings) for f in self.settings_fields if f.check is not None)
        return [problem for problem in found if problem]
