"""Problems are codes plus parameters: every code renders from what its constructors give,
templates are plain literals an extractor can find, and old English rows migrate to codes."""

from __future__ import annotations

import ast
import json
import sqlite3
from pathlib import Path

import pytest

from qbsync_desktop.core.store import Link, RecordState, open_database
from qbsync_desktop.core.store.queries import record_rows
from qbsync_desktop.core.sync import (
    errors,
    invoice_inbound,
    invoice_problem_templates,
    problem_codes,
    problem_templates,
    problems,
)
from qbsync_desktop.core.sync.invoice_rules import (
    BEFORE_SWITCH_ON,
    DRAFT,
    FROM_QUICKBOOKS,
    RuleProblem,
)
from qbsync_desktop.core.sync.invoices.inbound_likely import unlinked_likely
from qbsync_desktop.core.sync.invoices.outbound_problems import (
    custom_field_dropped,
    excluded_by,
    outbound_problem,
    voided_unsent,
)
from qbsync_desktop.core.sync.problems import (
    RETRIED_BY_THEMSELVES,
    TEMPLATES,
    Problem,
    ProblemCode,
    placeholders,
    render,
    values_for,
)
from tests.support.stores import old_database_with_a_link


def _every_constructor() -> list[Problem]:
    """One problem from each constructor and each branch of the service converters."""
    qbo = errors.explain_qbo_fault
    scopes = {"requiredScopes": ["crm.objects.contacts.write"]}
    sub = json.dumps([{"name": "phone", "error": "INVALID", "message": "bad phone"}])
    return [
        errors.no_email(),
        errors.no_sku(),
        errors.filtered("city is Austin"),
        errors.duplicate_key("email", "a@x.test", "quickbooks", "Ana Silva"),
        errors.key_in_use("SKU", "W-1", "Widget"),
        errors.deleted("hubspot", "contact"),
        errors.not_an_email("email", "nope"),
        errors.too_long("GivenName", 120, 100),
        errors.forbidden_characters("DisplayName"),
        errors.not_a_number("UnitPrice", "abc"),
        errors.too_many_decimals("UnitPrice"),
        qbo("6240", name="Jordan Blake", holder="the vendor “Jordan Blake” (id 7)"),
        qbo("6240"),  # neither the name nor its holder known
        qbo("6140", "Duplicate Document Number Error", "number 1001"),
        qbo("6000", "x", "Enter a service date"),
        qbo("5010"),
        qbo("610", element="CustomerRef"),
        qbo("2050", "String length", "Max:100", "GivenName"),
        qbo("2050", "String length", "", "GivenName"),
        qbo("2210"),
        qbo("2020", element="Name"),
        qbo("2010", "Invalid", "bad value", "Sku"),
        qbo("6080"),
        qbo("6200"),
        qbo("6430"),
        qbo("100"),
        qbo("3100"),
        qbo("3001"),
        qbo("10000"),
        qbo("6000", "A business rule", "the rule said no"),
        qbo("9999", "Odd", "something odd"),
        errors.explain_hubspot_error("", http_status=404),
        errors.explain_hubspot_error("CONFLICT", "Contact already exists"),
        errors.explain_hubspot_error("VALIDATION_ERROR", "INVALID_EMAIL", code="INVALID_EMAIL"),
        errors.explain_hubspot_error("VALIDATION_ERROR", f"Invalid: {sub}", http_status=400),
        errors.explain_hubspot_error("VALIDATION_ERROR", "weird", http_status=400),
        errors.explain_hubspot_error("MISSING_SCOPES", context=scopes),
        errors.explain_hubspot_error("", http_status=403),
        errors.explain_hubspot_error("", http_status=502),
        errors.network_down("hubspot"),
        errors.explain(ValueError("boom")),
        Problem(ProblemCode.LEGACY, {"legacy_reason": "Old: words", "legacy_fix": "Do it."}),
        *_inbound_invoice_problems(),
        *_outbound_invoice_problems(),
    ]


def _inbound_invoice_problems() -> list[Problem]:
    rules = [
        RuleProblem("customer_unlinked", {"customer": "Ana Silva", "id": "7"}, "CustomerRef"),
        RuleProblem("E4", {"lines": "1", "before": "10.00", "after": "12.00"}, "Line"),
        RuleProblem("E5", {"added": "3", "removed": ""}, "Line"),
        RuleProblem("no_lines", {}, "Line"),
        RuleProblem("negative_price", {"line": "Loyalty credit"}, "price"),
    ]
    return [*map(invoice_inbound.as_problem, rules), invoice_inbound.created_before("2026-12-01")]


def _outbound_invoice_problems() -> list[Problem]:
    rules = [
        RuleProblem("no_contact", {}, "CustomerRef"),
        RuleProblem("E1", {"contact": "Ana Silva", "email": "ana@x.test"}, "CustomerRef"),
        RuleProblem("E1", {"contact": "Ana", "email": "a@x.test", "likely_match": "Ana S"}),
        RuleProblem("no_lines", {}, "Line"),
        RuleProblem("E6", {"number": "HS-1003", "entity": "Invoice", "id": "12"}, "DocNumber"),
        RuleProblem("closed_books", {"date": "2026-01-02", "close_date": "2026-01-31"}),
        RuleProblem("currency", {"currency": "EUR", "expected": "USD"}, "CurrencyRef"),
        RuleProblem("tax_unmapped", {"rate": "VAT 20%", "rate_id": "4"}, "TaxCodeRef"),
        RuleProblem("tax_unmapped", {"rate": "", "rate_id": ""}, "TaxCodeRef"),
        RuleProblem("tax_mixed", {"codes": "2, 3"}, "TaxCodeRef"),
        RuleProblem("totals_differ", {"hubspot_total": "10.00", "quickbooks_total": "9.99"}),
        RuleProblem("custom_line_item", {}, "ItemRef"),
        RuleProblem("E3", {"lines": "Setup"}, "ServiceDate"),
    ]
    filters = [excluded_by(DRAFT), excluded_by(FROM_QUICKBOOKS)]
    return [
        *map(outbound_problem, rules),
        *filters,
        excluded_by(BEFORE_SWITCH_ON, "2026-12-01T04:00+00:00"),
        voided_unsent(),
        custom_field_dropped("2", "J-12", ""),
        unlinked_likely({"customer": "Ana Silva", "id": "7", "likely_match": "Ana (a@x.test)"}),
    ]


def test_every_code_has_a_template_its_constructors_fill() -> None:
    made = _every_constructor()
    assert set(TEMPLATES) == set(ProblemCode)
    assert {p.code for p in made} == set(ProblemCode)  # each code is made somewhere above
    for problem in made:
        template = TEMPLATES[problem.code]
        assert placeholders(template.label) == set(), problem.code
        given = set(values_for(problem))
        for text in template[1:]:
            assert placeholders(text) <= given, (problem.code, text, given)
        words = render(problem)
        assert words.title and words.explanation and "{" not in words.explanation, problem
        assert all(isinstance(v, str) for v in problem.params.values()), problem


def test_transient_codes_are_the_ones_retried_by_themselves() -> None:
    assert errors.rate_limited("quickbooks").transient
    assert errors.explain_qbo_fault("5010").transient
    assert not errors.no_email().transient
    assert set(RETRIED_BY_THEMSELVES) == {
        "stale",
        "connection",
        "permission",
        "rate_limited",
        "network",
        "service",
    }


def test_templates_are_literals_an_extractor_can_find() -> None:
    """Every marker holds a literal context and text (no f-string, no variable), so
    pyside6-lupdate extracts them into the catalogues; no gettext-style N_() is left (the
    extractor does not know it)."""
    # The templates live in their own modules beside problems.py; all are read as one.
    sources = [problems, problem_templates, invoice_problem_templates, problem_codes]
    tree = ast.Module(
        body=[
            node
            for module in sources
            for node in ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8")).body
        ],
        type_ignores=[],
    )
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    ]
    marked = [c for c in calls if c.func.id == "QT_TRANSLATE_NOOP"]  # type: ignore[attr-defined]
    assert len(marked) > 150
    assert not [c for c in calls if c.func.id in ("N_", "_")]  # type: ignore[attr-defined]
    for call in marked:
        assert len(call.args) == 2 and not call.keywords, ast.dump(call)
        assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args)
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)]  # no f-strings


def test_problems_compare_and_hash_by_value() -> None:
    one, two = errors.filtered("city is Austin"), errors.filtered("city is Austin")
    assert one == two and len({one, two, errors.no_email()}) == 2


def test_a_damaged_row_still_renders() -> None:
    odd = Problem.from_row("no_such_code", "not json", None)
    assert odd.code is ProblemCode.LEGACY and render(odd).title
    missing = Problem.from_row("duplicate_key", "{}", "email")  # parameters lost
    assert render(missing).title.startswith("Duplicate")


def _english_rows(path: Path) -> None:
    raw = sqlite3.connect(path)
    rows = [
        # hubspot_id, email, state, category, reason, fix
        ("1", "ana@x.test", "synced", None, None, None),
        (
            "2",
            "jb@x.test",
            "failed",
            "E2",
            "Display name is a duplicate: held by the vendor “Jordan Blake” (id 7).",
            "Rename the vendor.",
        ),
        ("3", None, "excluded", "no_email", "No email address: none.", "Add one."),
        ("4", "net@x.test", "failed", "network", "Cannot reach HubSpot: down.", "Nothing to do."),
        ("5", "W-1", "failed", "weird_old", "Something odd: it broke.", "Call us."),
    ]
    raw.executemany(
        "INSERT INTO record_state (object, hubspot_id, name, email, state, category, reason, fix,"
        " updated_at) VALUES ('contacts', ?, 'N', ?, ?, ?, ?, ?, datetime('now'))",
        rows,
    )
    raw.execute(
        "INSERT INTO activity (object, hubspot_id, direction, action, detail, at) VALUES"
        " ('contacts', '2', 'to_quickbooks', 'fail', 'Display name is a duplicate: x.',"
        " datetime('now'))"
    )
    raw.commit()
    raw.close()


def test_v5_database_migrates_english_rows_to_codes_losing_nothing(tmp_path: Path) -> None:
    path = tmp_path / "qbsync.db"
    old_database_with_a_link(path, version=5)
    _english_rows(path)

    db = open_database(path)
    try:
        columns = {c.name for c in db.get_columns("record_state")}
        assert {"match_key", "code", "params", "field"} <= columns
        assert not columns & {"email", "category", "reason", "fix"}
        assert Link.get(Link.hubspot_id == "11").qbo_id == "22"
        rows = {r.hubspot_id: r for r in RecordState.select()}
        assert rows["1"].code is None and rows["1"].match_key == "ana@x.test"
        assert rows["3"].code == "no_email" and rows["3"].params == "{}"  # same words as before
        clash = rows["2"].problem
        assert clash is not None and clash.code is ProblemCode.NAME_TAKEN
        assert clash.params["legacy_fix"] == "Rename the vendor."
        assert clash.title == "Display name is a duplicate"
        assert "Jordan Blake" in clash.reason and clash.fix == "Rename the vendor."
        assert rows["4"].code == "network" and rows["4"].code in RETRIED_BY_THEMSELVES
        odd = rows["5"].problem
        assert odd is not None and odd.code is ProblemCode.LEGACY
        assert odd.params["legacy_category"] == "weird_old" and odd.fix == "Call us."
        assert odd.explanation == "Something odd: it broke." and rows["5"].match_key == "W-1"
        fail = db.execute_sql("SELECT code, params, detail FROM activity").fetchone()
        assert fail[0] == "legacy" and fail[2] == ""
        assert json.loads(fail[1]) == {"legacy_reason": "Display name is a duplicate: x."}
    finally:
        db.close()
    assert (tmp_path / "qbsync.db.v5.bak").exists()  # the backup before the migration
    shown = {r["hubspot_id"]: r for r in record_rows(path)}
    assert shown["2"]["problem"] == "Display name already used"
    assert shown["2"]["explanation"].startswith("Display name is a duplicate: held by")


@pytest.mark.parametrize("version", [1, 4])
def test_older_databases_migrate_through_every_step(tmp_path: Path, version: int) -> None:
    path = tmp_path / "qbsync.db"
    old_database_with_a_link(path, version=version)
    open_database(path).close()
    assert record_rows(path) == []


def test_the_switch_on_moment_reads_as_local_time_to_the_minute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The moment is stored exactly, in UTC; the words show it as a clock on the wall
    ("2026-12-01 09:18" in Berlin), not as "2026-12-01T08:18:05.123456+00:00"."""
    import time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        words = render(excluded_by(BEFORE_SWITCH_ON, "2026-12-01T08:18:05.123456+00:00"))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "(2026-12-01 09:18)" in words.reason, words.reason
