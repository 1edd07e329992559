"""Planning: matching, mapping, conflicts, display names, exclusions, validation."""

from __future__ import annotations

from typing import Any

from qbsync_desktop.core.sync.mapping import (
    from_hubspot,
    from_qbo,
    record_label,
    to_hubspot,
    to_qbo,
)
from qbsync_desktop.core.sync.objects.contacts import SPEC as CONTACTS
from qbsync_desktop.core.sync.objects.contacts import display_name_for
from qbsync_desktop.core.sync.planner import plan_sync
from qbsync_desktop.core.sync.settings import Filter, ObjectSettings
from qbsync_desktop.core.sync.vocabulary import LinkInfo, SideRecord

FIELDS = CONTACTS.fields(ObjectSettings())


def hs(id_: str, **props: Any) -> SideRecord:
    values = from_hubspot(FIELDS, props)
    return SideRecord("hubspot", id_, values, record_label(CONTACTS, values), props=props)


def qb(id_: str, entity: dict[str, Any], active: bool = True) -> SideRecord:
    values = from_qbo(FIELDS, entity)
    return SideRecord(
        "quickbooks",
        id_,
        values,
        record_label(CONTACTS, values),
        sync_token="0",
        active=active,
        qbo_name=entity.get("DisplayName"),
    )


def customer(first: str, last: str, email: str | None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "GivenName": first,
        "FamilyName": last,
        "DisplayName": f"{first} {last}",
    }
    if email is not None:
        body["PrimaryEmailAddr"] = {"Address": email}
    body.update(extra)
    return body


def test_qbo_mapping_round_trip() -> None:
    entity = {
        "GivenName": " Ana ",
        "FamilyName": "Silva",
        "CompanyName": "Harbor Dental",
        "PrimaryEmailAddr": {"Address": "ana@x.test"},
        "PrimaryPhone": {"FreeFormNumber": "+1 555 100 2000"},
        "BillAddr": {
            "Line1": "1 Main St",
            "City": "Austin",
            "CountrySubDivisionCode": "TX",
            "PostalCode": "73301",
            "Country": "US",
        },
    }
    values = from_qbo(FIELDS, entity)
    assert values["firstname"] == "Ana"
    assert values["state"] == "TX" and values["zip"] == "73301"
    body = to_qbo(FIELDS, values)
    assert body["BillAddr"]["City"] == "Austin"
    assert body["PrimaryEmailAddr"] == {"Address": "ana@x.test"}
    props = to_hubspot(FIELDS, values)
    assert props["address"] == "1 Main St" and props["company"] == "Harbor Dental"


def test_match_by_email_trimmed_case_insensitive() -> None:
    plan = plan_sync(
        CONTACTS,
        ObjectSettings(),
        [hs("1", email="ana@x.test", firstname="Ana", lastname="Silva")],
        [qb("9", customer("Ana", "Silva", "  ANA@X.TEST "))],
        [],
    )
    assert [p.action for p in plan.pairs] == ["match"]
    assert plan.pairs[0].to_qbo == {} and plan.pairs[0].to_hubspot == {}


def test_creates_both_ways_and_excludes_no_email() -> None:
    plan = plan_sync(
        CONTACTS,
        ObjectSettings(),
        [hs("1", email="ana@x.test", firstname="Ana"), hs("2", firstname="Nomail")],
        [qb("9", customer("Ben", "Okafor", "ben@x.test")), qb("10", customer("No", "Mail", None))],
        [],
    )
    actions = sorted(p.action for p in plan.pairs)
    assert actions == ["create_hubspot", "create_quickbooks"]
    reasons = {(s.record.id, s.problem.code, s.state) for s in plan.skips}
    assert reasons == {("2", "no_email", "excluded"), ("10", "no_email", "excluded")}
    create_hs = plan.of("create_hubspot")[0]
    assert create_hs.to_hubspot["email"] == "ben@x.test"


def test_first_link_fills_blanks_and_applies_rule_to_differences() -> None:
    contact = hs("1", email="a@x.test", firstname="Ana", phone="111")
    cust = qb("9", customer("Anna", "Silva", "a@x.test"))
    plan = plan_sync(CONTACTS, ObjectSettings(), [contact], [cust], [])
    pair = plan.pairs[0]
    assert pair.to_qbo == {"firstname": "Ana", "phone": "111"}  # HubSpot wins by default
    assert pair.to_hubspot == {"lastname": "Silva"}  # a blank is filled, not a conflict
    plan_q = plan_sync(CONTACTS, ObjectSettings(conflict="quickbooks"), [contact], [cust], [])
    assert plan_q.pairs[0].to_hubspot == {"firstname": "Anna", "lastname": "Silva"}


def test_side_changed_since_baseline_wins_and_both_changed_uses_rule() -> None:
    base = {"firstname": "Ana", "lastname": "Silva", "email": "a@x.test", "phone": "1"}
    link = LinkInfo("1", "9", {**{f.key: None for f in FIELDS}, **base})
    contact = hs("1", email="a@x.test", firstname="Ana", lastname="Silva", phone="2")
    cust = qb("9", customer("Anita", "Silva", "a@x.test", PrimaryPhone={"FreeFormNumber": "3"}))
    plan = plan_sync(CONTACTS, ObjectSettings(), [contact], [cust], [link])
    pair = plan.pairs[0]
    assert pair.to_hubspot == {"firstname": "Anita"}  # only QBO changed the first name
    assert pair.to_qbo == {"phone": "2"}  # both changed the phone: HubSpot wins
    assert pair.conflicts == ["phone"]
    plan_q = plan_sync(CONTACTS, ObjectSettings(conflict="quickbooks"), [contact], [cust], [link])
    assert plan_q.pairs[0].to_hubspot == {"firstname": "Anita", "phone": "3"}
    assert plan_q.pairs[0].to_qbo == {}


def test_unchanged_linked_pair_writes_nothing() -> None:
    contact = hs("1", email="a@x.test", firstname="Ana")
    base = dict(contact.values)
    cust = qb("9", customer("Ana", "", "A@X.test"))
    plan = plan_sync(CONTACTS, ObjectSettings(), [contact], [cust], [LinkInfo("1", "9", base)])
    assert [p.action for p in plan.pairs] == ["unchanged"]


def test_one_way_never_writes_the_other_side() -> None:
    settings = ObjectSettings(direction="to_quickbooks")
    plan = plan_sync(
        CONTACTS,
        settings,
        [hs("1", email="a@x.test", firstname="Ana")],
        [
            qb("9", customer("Ben", "Okafor", "ben@x.test")),
            qb("8", customer("Ana", "Q", "a@x.test")),
        ],
        [],
    )
    assert not plan.of("create_hubspot")
    assert all(not p.to_hubspot for p in plan.pairs)


def test_display_name_rule_avoids_collisions_up_front() -> None:
    plan = plan_sync(
        CONTACTS,
        ObjectSettings(),
        [
            hs("1", email="a@x.test", firstname="Ana", lastname="Silva", company="Harbor Dental"),
            hs("2", email="b@x.test", firstname="Ben", lastname="Novak", company="Harbor Dental"),
            hs("3", email="c@x.test", firstname="Cy", lastname="Kim", company="Pine Labs"),
            hs("4", email="d@x.test", firstname="Dev", lastname="Rossi", company="Solo Studio"),
            hs("5", email="e@x.test", firstname="Eva", lastname="Lund"),
        ],
        [qb("9", customer("Pine", "Labs", "other@x.test", DisplayName="Pine Labs"))],
        [],
        existing_qbo_names={"Pine Labs", "Eva Lund"},
    )
    names = {p.hubspot.id: p.qbo_name for p in plan.of("create_quickbooks") if p.hubspot}
    assert names["1"] == "Harbor Dental (Ana Silva)"
    assert names["2"] == "Harbor Dental (Ben Novak)"
    assert names["3"] == "Pine Labs (Cy Kim)"
    assert names["4"] == "Solo Studio"
    assert names["5"] == "Eva Lund (e@x.test)"
    assert len({n.lower() for n in names.values()}) == len(names)


def test_display_name_person_rule() -> None:
    values = {"firstname": "Ana", "lastname": "Silva", "company": "Harbor", "email": "a@x"}
    assert display_name_for(values, "person", set(), 1) == "Ana Silva"
    assert display_name_for(values, "company_person", set(), 1) == "Harbor (Ana Silva)"
    assert display_name_for(values, "person", {"ana silva", "ana silva (a@x)"}, 1) == (
        "Ana Silva (a@x) (2)"
    )


def test_bad_records_fail_alone_with_the_field_named() -> None:
    plan = plan_sync(
        CONTACTS,
        ObjectSettings(),
        [
            hs("1", email="ok@x.test", firstname="Fine"),
            hs("2", email="colon@x.test", firstname="Bad:Name"),
            hs("3", email="long@x.test", lastname="x" * 1000),
            hs("4", email="not-an-email", firstname="Bad"),
            hs("5", email="emoji@x.test", firstname="Zoë 😀", lastname="שלום"),
        ],
        [],
        [],
    )
    ok = {p.hubspot.id for p in plan.pairs if p.hubspot}
    assert ok == {"1", "5"}
    failed = {s.record.id: s.problem for s in plan.skips}
    assert failed["2"].code == "forbidden_characters" and failed["2"].field == "GivenName"
    assert "colon" in failed["2"].reason
    assert failed["3"].field == "FamilyName" and "100" in failed["3"].reason
    assert failed["4"].field == "PrimaryEmailAddr.Address"
    assert all(s.state == "failed" for s in plan.skips)


def test_duplicate_qbo_emails_fail_the_second_only() -> None:
    plan = plan_sync(
        CONTACTS,
        ObjectSettings(),
        [hs("1", email="a@x.test", firstname="Ana")],
        [qb("9", customer("Ana", "One", "a@x.test")), qb("10", customer("Ana", "Two", "A@x.test"))],
        [],
    )
    assert [(p.hubspot.id, p.qbo.id) for p in plan.pairs if p.hubspot and p.qbo] == [("1", "9")]
    assert [(s.record.id, s.problem.code) for s in plan.skips] == [("10", "duplicate_key")]
    assert "Ana One" in plan.skips[0].problem.reason


def test_filters_exclude_with_the_reason() -> None:
    settings = ObjectSettings(filters=[Filter("lifecyclestage", "equals", "lead")])
    plan = plan_sync(
        CONTACTS,
        settings,
        [hs("1", email="a@x.test", lifecyclestage="lead"), hs("2", email="b@x.test")],
        [],
        [],
    )
    assert [p.hubspot.id for p in plan.pairs if p.hubspot] == ["2"]
    assert plan.skips[0].problem.code == "filtered"
    assert "lifecyclestage" in plan.skips[0].problem.reason


def test_deleted_on_either_side_is_shown_not_propagated() -> None:
    links = [LinkInfo("1", "9", {}), LinkInfo("2", "10", {})]
    plan = plan_sync(
        CONTACTS,
        ObjectSettings(),
        [hs("1", email="a@x.test")],
        [qb("10", customer("B", "B", "b@x.test")), qb("11", customer("C", "C", "c@x.test"), False)],
        links,
    )
    assert not plan.pairs
    deleted = {(s.record.side, s.record.id, s.problem.title) for s in plan.skips}
    assert deleted == {
        ("hubspot", "1", "Deleted in QuickBooks"),
        ("quickbooks", "10", "Deleted in HubSpot"),
    }


def test_switching_off_a_mapping_stops_it_moving() -> None:
    settings = ObjectSettings(disabled_fields=["phone", "email"])
    fields = CONTACTS.fields(settings)
    assert "phone" not in {f.key for f in fields}
    assert "email" in {f.key for f in fields}  # the match key stays
    plan = plan_sync(
        CONTACTS,
        settings,
        [hs("1", email="a@x.test", phone="123")],
        [],
        [],
    )
    assert "phone" not in plan.pairs[0].to_qbo


def test_a_filtered_record_keeps_its_counterpart_out_of_play() -> None:
    settings = ObjectSettings(filters=[Filter("city", "equals", "Austin")])
    plan = plan_sync(
        CONTACTS,
        settings,
        [hs("1", email="a@x.test", city="Austin"), hs("2", email="b@x.test", city="Oslo")],
        [
            qb("9", customer("A", "A", "a@x.test")),
            qb("10", customer("B", "B", "b@x.test", BillAddr={"City": "Austin"})),
        ],
        [],
    )
    assert plan.pairs == []
    assert {(s.record.side, s.record.id) for s in plan.skips} == {
        ("hubspot", "1"),
        ("quickbooks", "9"),
        ("quickbooks", "10"),
        ("hubspot", "2"),
    }
