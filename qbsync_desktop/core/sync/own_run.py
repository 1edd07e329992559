"""What the engine hands an object type that runs its own sync (`ObjectType.run`).

Most types go through the engine's generic read -> plan -> write path. A type whose records
have lines and references on both sides (invoices) brings its own handler instead; the
engine's level loop calls it with this small context, so the handler never needs the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qbsync_desktop.core.connectors.hubspot import HubSpotClient
from qbsync_desktop.core.connectors.qbo import QboClient
from qbsync_desktop.core.sync.events import RunSummary
from qbsync_desktop.core.sync.vocabulary import Plan

if TYPE_CHECKING:  # the settings know the registry, which knows the types that use this
    from qbsync_desktop.core.sync.settings import SyncSettings


@dataclass
class OwnRun:
    hubspot: HubSpotClient
    qbo: QboClient
    settings: SyncSettings  # every type's (a handler may look at its parents')
    run_id: int
    dry_run: bool
    full: bool  # read everything even when an incremental read would do
    summary: RunSummary  # counters the handler adds to
    # (object, done, total or None, message): the run's progress events.
    progress: Callable[[str, int, int | None, str], None]
    check_cancel: Callable[[], None]  # raises `Cancelled` once the user cancelled
    # What was (or in a dry run would be) done, per object: the dry-run view and plan CSV.
    plans: dict[str, Plan] = field(default_factory=dict)
    # The whole read is the periodic reconcile (not asked for): it looks for missed changes
    # and does not try unchanged failures again (closed books fail once, not once a day).
    reconcile: bool = False
