"""Every registered object type behaves alike (conformance), and a new type is its module
plus its registration: a test-only type (companies ⇄ vendors) syncs through the sandboxes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest

from qbsync_desktop.core.store import PendingWrite, SyncRun
from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.engine import Engine
from qbsync_desktop.core.sync.objects import ObjectType
from qbsync_desktop.core.sync.settings import SyncSettings
from tests.engine.conftest import Synced
from tests.engine.test_dryrun_and_crash import Dying, Killed
from tests.support.object_types import (
    EVERY_TYPE,
    SUPPLIERS,
    create_hubspot,
    create_qbo,
    hubspot_with_key,
    key_of,
    limited_field,
    qbo_with_key,
    registered,
    sample_values,
    type_named,
)


@pytest.fixture(params=EVERY_TYPE)
def obj(request: pytest.FixtureRequest) -> Iterator[ObjectType]:
    """Each registered type, and the toy type registered for the test alone."""
    with type_named(request.param) as kind:
        yield kind


def _sync(synced: Synced, obj: ObjectType, **kw: Any) -> Any:
    summary, _ = synced.sync(objects=(obj.name,), **kw)
    return summary


def test_syncs_both_ways_after_a_dry_run_that_writes_nothing(
    synced: Synced, obj: ObjectType
) -> None:
    spec = obj.spec
    from_hs, from_qbo = sample_values(spec, "fromhs"), sample_values(spec, "fromqbo")
    synced.api(lambda hs, qbo: create_hubspot(hs, spec, from_hs))
    synced.api(lambda hs, qbo: create_qbo(qbo, spec, from_qbo))

    dry = _sync(synced, obj, dry_run=True)
    assert dry.created["quickbooks"] >= 1 and dry.created["hubspot"] >= 1
    assert synced.api(lambda hs, qbo: qbo_with_key(qbo, spec, key_of(spec, from_hs))) == []
    assert synced.api(lambda hs, qbo: hubspot_with_key(hs, spec, key_of(spec, from_qbo))) == []

    _sync(synced, obj)
    (in_qbo,) = synced.api(lambda hs, qbo: qbo_with_key(qbo, spec, key_of(spec, from_hs)))
    (in_hs,) = synced.api(lambda hs, qbo: hubspot_with_key(hs, spec, key_of(spec, from_qbo)))
    assert in_qbo == from_hs and in_hs == from_qbo
    again = _sync(synced, obj)
    assert again.writes == 0 and again.created == {"hubspot": 0, "quickbooks": 0}


def test_excludes_a_record_without_key_and_fails_a_bad_one_alone(
    synced: Synced, obj: ObjectType
) -> None:
    spec = obj.spec
    field, limit = limited_field(spec)
    good, bad = sample_values(spec, "good"), sample_values(spec, "bad")
    bad[field.key] = "x" * (limit + 1)
    keyless = {**sample_values(spec, "keyless"), spec.match_key: None}
    ids = {
        name: synced.api(lambda hs, qbo, v=values: create_hubspot(hs, spec, v))
        for name, values in (("good", good), ("bad", bad), ("keyless", keyless))
    }

    _sync(synced, obj)
    assert synced.api(lambda hs, qbo: qbo_with_key(qbo, spec, key_of(spec, good))) == [good]
    assert synced.api(lambda hs, qbo: qbo_with_key(qbo, spec, key_of(spec, bad))) == []
    assert synced.state(obj.name, hubspot_id=ids["good"]).state == "synced"
    assert synced.state(obj.name, hubspot_id=ids["bad"]).state == "failed"
    assert synced.state(obj.name, hubspot_id=ids["keyless"]).state == "excluded"


async def _engine_run(synced: Synced, obj: ObjectType, kill: bool) -> None:
    run = SyncRun.create(dry_run=False)
    async with httpx.AsyncClient(timeout=30) as http:
        hubspot, qbo = synced.connections.clients(synced.profile, http)
        if kill:  # QBO makes the records; the answer never comes back
            qbo = Dying(qbo, "batch", True)  # type: ignore[assignment]
        await Engine(hubspot, qbo, SyncSettings(), run.id).run((obj.name,))


def test_a_run_killed_after_qbo_wrote_finishes_on_restart_without_duplicates(
    synced: Synced, obj: ObjectType
) -> None:
    spec = obj.spec
    values = sample_values(spec, "killed")
    synced.api(lambda hs, qbo: create_hubspot(hs, spec, values))
    with synced.database():
        with pytest.raises(Killed):
            asyncio.run(_engine_run(synced, obj, kill=True))
        asyncio.run(_engine_run(synced, obj, kill=False))
        assert PendingWrite.select().where(PendingWrite.status == "pending").count() == 0
    assert synced.api(lambda hs, qbo: qbo_with_key(qbo, spec, key_of(spec, values))) == [values]
    assert _sync(synced, obj).writes == 0


def test_levels_run_parents_before_children() -> None:
    child = ObjectType(
        SUPPLIERS.spec, "child", "Company", "Vendor", level=1, depends_on=("contacts",)
    )
    with registered(child):
        names = [[t.name for t in level] for level in objects.levels()]
    assert names[0] == [t.name for t in objects.all_types() if t.level == 0]
    assert names[-1] == [*(t.name for t in objects.all_types() if t.level == 1), "suppliers"]
    with pytest.raises(ValueError, match="depends on"):
        objects.register(
            ObjectType(SUPPLIERS.spec, "orphan", "C", "V", level=0, depends_on=("contacts",))
        )
    with pytest.raises(KeyError, match="Unknown object sync"):
        objects.get("nothing")


def test_a_one_way_type_writes_its_side_only(synced: Synced) -> None:
    """A projection (one_way) needs no fake second side: it never writes back."""
    spec = SUPPLIERS.spec
    to_qbo_only = replace(SUPPLIERS, one_way="quickbooks")
    from_hs, from_qbo = sample_values(spec, "onewayhs"), sample_values(spec, "onewayqbo")
    synced.api(lambda hs, qbo: create_hubspot(hs, spec, from_hs))
    synced.api(lambda hs, qbo: create_qbo(qbo, spec, from_qbo))
    with registered(to_qbo_only):
        summary = _sync(synced, to_qbo_only)
    assert summary.created["hubspot"] == 0 and summary.updated["hubspot"] == 0
    assert synced.api(lambda hs, qbo: qbo_with_key(qbo, spec, key_of(spec, from_hs))) == [from_hs]
    assert synced.api(lambda hs, qbo: hubspot_with_key(hs, spec, key_of(spec, from_qbo))) == []
