"""Planning page by page (full runs stream HubSpot pages): what must hold across pages."""

from __future__ import annotations

from typing import Any

from qbsync_desktop.core.sync.mapping import ObjectSpec, from_hubspot, record_label
from qbsync_desktop.core.sync.objects.contacts import SPEC as CONTACTS
from qbsync_desktop.core.sync.objects.products import SPEC as PRODUCTS
from qbsync_desktop.core.sync.planner import MemoryLinks, Planner, QboSide, plan_sync
from qbsync_desktop.core.sync.settings import ObjectSettings
from qbsync_desktop.core.sync.vocabulary import LinkInfo, Plan, SideRecord
from tests.unit.test_sync_plan import customer, hs, qb

SETTINGS = ObjectSettings()


def planner(spec: ObjectSpec, qbo: list[SideRecord], links: list[LinkInfo], **kw: Any) -> Planner:
    index = MemoryLinks(links)
    return Planner(spec, SETTINGS, QboSide(spec, SETTINGS, qbo, index.qbo_ids()), index, **kw)


def _paged(pages: list[list[SideRecord]], qbo: list[SideRecord], **kw: Any) -> Plan:

    walker = planner(CONTACTS, qbo, kw.pop("links", []), **kw)
    whole = Plan("contacts")
    for page in pages:
        whole.extend(walker.page(page))
    whole.extend(walker.finish())
    return whole


def _outcome(plan: Plan) -> dict[str, tuple[str, str | None]]:
    """Per record: the action (or skip state) and the QBO name a create would get."""
    out: dict[str, tuple[str, str | None]] = {}
    for pair in plan.pairs:
        rec = pair.hubspot or pair.qbo
        assert rec is not None
        out[f"{rec.side}:{rec.id}"] = (pair.action, pair.qbo_name)
    for skip in plan.skips:
        out[f"{skip.record.side}:{skip.record.id}"] = (skip.state, skip.problem.code)
    return out


def test_display_names_stay_unique_across_pages() -> None:
    people = [
        hs(str(i), email=f"p{i}@x.test", firstname="Ana", lastname="Silva", company="Harbor")
        for i in range(1, 7)
    ]
    plan = _paged(
        [people[:2], people[2:4], people[4:]],
        [qb("90", customer("Old", "Harbor", "old@x.test", DisplayName="Harbor (Ana Silva)"))],
        existing_qbo_names={"Harbor (Ana Silva)"},
    )
    names = [p.qbo_name for p in plan.of("create_quickbooks")]
    assert len(names) == 6 and all(names)
    lowered = [n.lower() for n in names if n]
    assert len(set(lowered)) == 6  # one growing set of taken names, not one per page
    assert "harbor (ana silva)" not in lowered  # QBO's own name is taken from page one on


def test_a_key_used_on_an_earlier_page_fails_later_naming_the_first_record() -> None:
    fields = PRODUCTS.fields(SETTINGS)

    def product(id_: str, sku: str, name: str) -> SideRecord:
        values = from_hubspot(fields, {"name": name, "hs_sku": sku, "price": "5"})
        return SideRecord("hubspot", id_, values, record_label(PRODUCTS, values))

    walker = planner(PRODUCTS, [], [])
    first = walker.page([product("1", "SKU-1", "Widget")])
    later = walker.page([product("2", "sku-1 ", "Widget copy")])
    assert [p.hubspot.id for p in first.of("create_quickbooks") if p.hubspot] == ["1"]
    assert not later.pairs
    (skip,) = later.skips
    assert skip.record.id == "2" and skip.state == "failed"
    assert "Widget" in skip.problem.explanation  # names the record that holds the SKU


def test_qbo_only_records_and_deleted_hubspot_records_come_at_finish() -> None:
    qbo = [
        qb("10", customer("Only", "InQbo", "only@x.test")),
        qb("11", customer("Was", "Linked", "gone@x.test")),
        qb("12", customer("Ben", "Novak", "ben@x.test")),
    ]
    links = [LinkInfo("99", "11", {"email": "gone@x.test"})]

    walker = planner(CONTACTS, qbo, links)
    page = walker.page([hs("1", email="BEN@x.test", firstname="Ben", lastname="Novak")])
    assert [p.action for p in page.pairs] == ["match"]
    assert not page.skips
    end = walker.finish()
    assert [(p.action, p.qbo.id if p.qbo else None) for p in end.pairs] == [
        ("create_hubspot", "10")
    ]
    (gone,) = end.skips
    assert gone.record.id == "11" and gone.other_id == "99"
    assert gone.problem.code == "deleted"


def test_pages_without_cross_page_clashes_plan_as_the_whole_book_does() -> None:
    hubspot = [
        hs(str(i), email=f"p{i}@x.test", firstname=f"F{i}", lastname="Kim", company=f"Co {i}")
        for i in range(1, 21)
    ] + [hs("21", firstname="No", lastname="Email")]
    qbo = [qb(str(100 + i), customer(f"F{i}", "Kim", f"P{i}@x.test")) for i in range(1, 21, 2)]
    qbo.append(qb("200", customer("Q", "Only", "q@x.test")))

    whole = plan_sync(CONTACTS, SETTINGS, hubspot, qbo, [], existing_qbo_names={"Co 3"})
    paged = _paged(
        [hubspot[i : i + 4] for i in range(0, len(hubspot), 4)], qbo, existing_qbo_names={"Co 3"}
    )
    assert _outcome(paged) == _outcome(whole)
