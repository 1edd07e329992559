"""Invoice rules without I/O (core/sync/invoice_rules.py and invoice_inbound.py)."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from qbsync_desktop.core.sync import invoice_inbound as inbound
from qbsync_desktop.core.sync import invoice_rules as rules
from qbsync_desktop.core.sync.invoice_rules import (
    CustomerMatch,
    DocHolder,
    HsInvoice,
    HsLine,
    OutboundContext,
    QboFacts,
    QboTaxCode,
    RuleProblem,
    TaxMapping,
)

US = QboFacts(
    custom_txn_numbers=True,
    revenue_recognition=False,
    home_currency="USD",
    multicurrency=False,
    book_close_date=None,
    custom_field_slots={"1": "PO #"},
    country="US",
)
GB = replace(US, country="GB", home_currency="GBP")
CUSTOM_ITEM = "900"


class Customers:
    def __init__(self, linked: dict[str, str], likely: dict[str, str] | None = None) -> None:
        self.linked, self.likely = linked, likely or {}

    def customer(self, contact_id: str) -> CustomerMatch:
        return CustomerMatch(self.linked.get(contact_id), self.likely.get(contact_id))


class Items:
    def __init__(self, linked: dict[str, str]) -> None:
        self.linked = linked

    def item_id(self, product_id: str) -> str | None:
        return self.linked.get(product_id)


def line(n: int, qty: str, price: str, **kw: Any) -> HsLine:
    amount = kw.pop("amount", Decimal(qty) * Decimal(price))
    return HsLine(str(n), f"Line {n}", Decimal(qty), Decimal(price), Decimal(amount), **kw)


def invoice(*lines: HsLine, billed: str | None = None, **kw: Any) -> HsInvoice:
    total = sum((ln.amount for ln in lines), Decimal(0))
    defaults: dict[str, Any] = {
        "id": "501",
        "status": "open",
        "currency": "USD",
        "invoice_date": date(2026, 11, 20),
        "due_date": date(2026, 12, 20),
        "billed": Decimal(billed) if billed is not None else total,
        "lines": lines,
        "contact_id": "c1",
        "contact_name": "Ana Silva",
        "contact_email": "ana@example.com",
        "number": "INV-1042",
    }
    return HsInvoice(**{**defaults, **kw})


def context(facts: QboFacts = US, **kw: Any) -> OutboundContext:
    defaults: dict[str, Any] = {
        "facts": facts,
        "customers": Customers({"c1": "58"}),
        "items": Items({"p1": "19", "p2": "20"}),
        "custom_line_item_id": CUSTOM_ITEM,
    }
    return OutboundContext(**{**defaults, **kw})


def codes(result: rules.OutboundResult) -> list[str]:
    return [p.code for p in result.problems]


# ---- outbound body --------------------------------------------------------------------
def test_body_carries_customer_items_quantities_prices_dates_and_number() -> None:
    inv = invoice(
        line(1, "2", "150", product_id="p1", description="Setup"),
        line(2, "3.5", "80", product_id="p2"),
        line(3, "1", "99.99"),  # no product: the custom line item
    )
    result = rules.outbound_body(inv, context())
    assert result.problems == [] and result.uses_custom_line_item
    body = result.body
    assert body is not None
    assert body["CustomerRef"] == {"value": "58"}
    assert body["TxnDate"] == "2026-11-20" and body["DueDate"] == "2026-12-20"
    assert body["DocNumber"] == "INV-1042"
    items = [ln["SalesItemLineDetail"]["ItemRef"]["value"] for ln in body["Line"]]
    assert items == ["19", "20", CUSTOM_ITEM]
    first = body["Line"][0]
    assert first["Amount"] == 300.0 and first["Description"] == "Setup"
    assert first["SalesItemLineDetail"]["Qty"] == 2.0
    assert first["SalesItemLineDetail"]["UnitPrice"] == 150.0
    assert body["Line"][1]["Description"] == "Line 2"  # the line's name when no description
    assert "GlobalTaxCalculation" not in body and "CurrencyRef" not in body
    assert [ln["SalesItemLineDetail"]["TaxCodeRef"] for ln in body["Line"]] == [
        {"value": "NON"}
    ] * 3
    assert result.qbo_total == Decimal("679.99")


def test_number_left_to_quickbooks_when_custom_numbers_are_off() -> None:
    facts = replace(US, custom_txn_numbers=False)
    body = rules.outbound_body(invoice(line(1, "1", "10")), context(facts)).body
    assert body is not None and "DocNumber" not in body


def test_e1_names_the_contact_email_and_likely_match() -> None:
    ctx = context(customers=Customers({}, likely={"c1": "Ana Silva Design"}))
    result = rules.outbound_body(invoice(line(1, "1", "10")), ctx)
    assert result.body is None
    assert result.problems == [
        RuleProblem(
            "E1",
            {
                "contact": "Ana Silva",
                "email": "ana@example.com",
                "likely_match": "Ana Silva Design",
            },
            "CustomerRef",
        )
    ]
    bare = rules.outbound_body(invoice(line(1, "1", "10")), context(customers=Customers({})))
    assert bare.problems[0].params == {"contact": "Ana Silva", "email": "ana@example.com"}


def test_custom_line_item_needed_before_it_exists() -> None:
    result = rules.outbound_body(invoice(line(1, "1", "10")), context(custom_line_item_id=None))
    assert codes(result) == ["custom_line_item"] and result.uses_custom_line_item
    linked = invoice(line(1, "1", "10", product_id="p1"))
    assert rules.outbound_body(linked, context(custom_line_item_id=None)).problems == []


def test_e3_when_revenue_recognition_needs_service_dates() -> None:
    facts = replace(US, revenue_recognition=True)
    inv = invoice(line(1, "1", "10"), line(2, "1", "5", service_date=date(2026, 11, 1)))
    result = rules.outbound_body(inv, context(facts))
    assert result.problems == [RuleProblem("E3", {"lines": "Line 1"}, "ServiceDate")]
    dated = invoice(
        line(1, "1", "10", service_date=date(2026, 11, 2)),
        line(2, "1", "5", service_date=date(2026, 11, 1)),
    )
    body = rules.outbound_body(dated, context(facts)).body
    assert body is not None
    assert [ln["SalesItemLineDetail"]["ServiceDate"] for ln in body["Line"]] == [
        "2026-11-02",
        "2026-11-01",
    ]


def test_totals_must_match_to_the_cent_rounding_half_up() -> None:
    # 3 x 0.125 = 0.375 -> 0.38 in QBO; HubSpot billed 0.37: both totals named.
    result = rules.outbound_body(invoice(line(1, "3", "0.125"), billed="0.37"), context())
    assert result.problems == [
        RuleProblem(
            "totals_differ", {"hubspot_total": "0.37", "quickbooks_total": "0.38"}, "TotalAmt"
        )
    ]
    assert rules.outbound_body(invoice(line(1, "3", "0.125"), billed="0.375"), context()).body


def test_discounted_line_sends_the_net_unit_price() -> None:
    discounted = line(1, "3", "10", amount=Decimal("25"))  # 5 off the line
    body = rules.outbound_body(invoice(discounted), context()).body
    assert body is not None
    detail = body["Line"][0]["SalesItemLineDetail"]
    assert body["Line"][0]["Amount"] == 25.0
    assert rules.cents(Decimal(str(detail["Qty"])) * Decimal(str(detail["UnitPrice"]))) == 25


def test_us_tax_names_one_code_and_marks_taxable_lines() -> None:
    tax = TaxMapping({"r8": QboTaxCode("7", Decimal(8))})
    inv = invoice(line(1, "1", "100", tax_rate_id="r8"), line(2, "1", "50"), billed="158.00")
    result = rules.outbound_body(inv, context(tax=tax))
    assert result.problems == []
    body = result.body
    assert body is not None
    assert [ln["SalesItemLineDetail"]["TaxCodeRef"]["value"] for ln in body["Line"]] == [
        "TAX",
        "NON",
    ]
    assert body["TxnTaxDetail"] == {"TxnTaxCodeRef": {"value": "7"}}
    two = TaxMapping({"r8": QboTaxCode("7", Decimal(8)), "r5": QboTaxCode("8", Decimal(5))})
    mixed = invoice(line(1, "1", "100", tax_rate_id="r8"), line(2, "1", "100", tax_rate_id="r5"))
    assert codes(rules.outbound_body(mixed, context(tax=two))) == ["tax_mixed"]


def test_non_us_every_line_has_a_code_and_global_tax_calculation() -> None:
    tax = TaxMapping({"vat20": QboTaxCode("3", Decimal(20))}, untaxed=QboTaxCode("6", Decimal(0)))
    inv = invoice(
        line(1, "2", "50", tax_rate_id="vat20"), line(2, "1", "30"), currency="GBP", billed="150"
    )
    result = rules.outbound_body(inv, context(GB, tax=tax))
    assert result.problems == []
    body = result.body
    assert body is not None
    assert body["GlobalTaxCalculation"] == "TaxExcluded"
    assert [ln["SalesItemLineDetail"]["TaxCodeRef"]["value"] for ln in body["Line"]] == ["3", "6"]
    assert "TxnTaxDetail" not in body
    assert result.qbo_total == Decimal("150.00")  # 100 + 20% + 30


def test_unmapped_rate_fails_naming_the_rate_before_any_call() -> None:
    inv = invoice(
        line(1, "1", "10", tax_rate_id="vat5", tax_rate_label="Reduced 5%"), currency="GBP"
    )
    result = rules.outbound_body(inv, context(GB, tax=TaxMapping()))
    assert result.body is None
    assert result.problems == [
        RuleProblem("tax_unmapped", {"rate": "Reduced 5%", "rate_id": "vat5"}, "TaxCodeRef")
    ]
    untaxed = rules.outbound_body(invoice(line(1, "1", "10"), currency="GBP"), context(GB))
    assert codes(untaxed) == ["tax_unmapped"]


def test_custom_fields_only_for_enabled_slots() -> None:
    inv = invoice(line(1, "1", "10"), custom_values={"hs_purchase_order_number": "PO-7", "x": "y"})
    ctx = context(custom_fields={"hs_purchase_order_number": "1", "x": "2"})
    body = rules.outbound_body(inv, ctx).body
    assert body is not None
    assert body["CustomField"] == [
        {"DefinitionId": "1", "Name": "PO #", "Type": "StringType", "StringValue": "PO-7"}
    ]


def test_closed_books_and_currency_stop_the_body() -> None:
    closed = replace(US, book_close_date=date(2026, 11, 20))
    result = rules.outbound_body(invoice(line(1, "1", "10"), currency="EUR"), context(closed))
    assert result.problems == [
        RuleProblem("closed_books", {"date": "2026-11-20", "close_date": "2026-11-20"}, "TxnDate"),
        RuleProblem("currency", {"currency": "EUR", "expected": "USD"}, "CurrencyRef"),
    ]


# ---- single checks -----------------------------------------------------------------------
def test_closed_books_on_or_before_the_close_date_only() -> None:
    facts = replace(US, book_close_date=date(2026, 6, 30))
    assert rules.closed_books_problem(date(2026, 6, 30), facts) is not None
    assert rules.closed_books_problem(date(2026, 6, 1), facts) is not None
    assert rules.closed_books_problem(date(2026, 7, 1), facts) is None
    assert rules.closed_books_problem(date(2000, 1, 1), US) is None


def test_currency_home_or_customer() -> None:
    assert rules.currency_problem("usd", US, None) is None
    multi = replace(US, multicurrency=True)
    assert rules.currency_problem("EUR", multi, "EUR") is None
    problem = rules.currency_problem("EUR", multi, "GBP")
    assert problem == RuleProblem(
        "currency", {"currency": "EUR", "expected": "GBP", "of": "customer"}, "CurrencyRef"
    )
    assert rules.currency_problem("EUR", multi, None) is not None  # home currency is USD


def test_e6_names_the_holder_unless_it_is_our_own() -> None:
    holder = DocHolder("CreditMemo", "77", "INV-1042")
    assert rules.doc_number_problem("INV-1042", holder) == RuleProblem(
        "E6", {"number": "INV-1042", "entity": "CreditMemo", "id": "77"}, "DocNumber"
    )
    own = DocHolder("Invoice", "4107", "INV-1042")
    assert rules.doc_number_problem("INV-1042", own, own_qbo_id="4107") is None
    assert rules.doc_number_problem("INV-1042", own, own_qbo_id="1") is not None
    assert rules.doc_number_problem("INV-1042", None) is None
    assert rules.doc_number_problem(None, holder) is None


# ---- outbound fixed filters ----------------------------------------------------------------
ON = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("made_from_qbo", "status", "modified", "expected"),
    [
        (True, "open", datetime(2026, 11, 5, tzinfo=UTC), rules.FROM_QUICKBOOKS),
        (False, "draft", datetime(2026, 11, 5, tzinfo=UTC), rules.DRAFT),
        (False, "open", datetime(2026, 10, 31, tzinfo=UTC), rules.BEFORE_SWITCH_ON),
        (False, "open", ON, None),
        (False, "voided", datetime(2026, 11, 5, tzinfo=UTC), None),
    ],
)
def test_outbound_fixed_filters(
    made_from_qbo: bool, status: str, modified: datetime, expected: str | None
) -> None:
    got = rules.outbound_exclusion(
        made_from_qbo=made_from_qbo, status=status, modified_at=modified, switched_on_at=ON
    )
    assert got == expected


def test_an_invoice_changed_earlier_in_the_switch_on_second_stays_out() -> None:
    """The recorded moment is the switch-on itself, not its second rounded down: an
    invoice changed 0.3 s before it (a sync just before switching on) is from before."""
    from qbsync_desktop.core.sync.invoices.outbound_read import parse_moment
    from qbsync_desktop.core.sync.objects import invoices as kind
    from qbsync_desktop.core.sync.settings import ObjectSettings

    now = datetime(2026, 11, 1, 9, 30, 5, 900_000, tzinfo=UTC)
    recorded = kind.switched_on(ObjectSettings(), now).option("enabled_at")
    assert parse_moment(recorded) == now
    got = rules.outbound_exclusion(
        made_from_qbo=False,
        status="open",
        modified_at=now.replace(microsecond=600_000),
        switched_on_at=parse_moment(recorded) or now,
    )
    assert got == rules.BEFORE_SWITCH_ON


# ---- inbound ------------------------------------------------------------------------------
QBO_INVOICE: dict[str, Any] = {
    "Id": "4107",
    "SyncToken": "0",
    "DocNumber": "1042",
    "TxnDate": "2026-11-20",
    "DueDate": "2026-12-20",
    "CustomerRef": {"value": "58", "name": "Harbor Lane Dental"},
    "CurrencyRef": {"value": "USD"},
    "PrivateNote": "phone first",
    "EmailStatus": "NotSet",
    "CustomField": [{"DefinitionId": "1", "Name": "PO #", "StringValue": "PO-1"}],
    "Line": [
        {
            "Id": "1",
            "Amount": 1200.0,
            "DetailType": "SalesItemLineDetail",
            "Description": "Onboarding package",
            "SalesItemLineDetail": {
                "ItemRef": {"value": "19", "name": "Onboarding"},
                "Qty": 1,
                "UnitPrice": 1200,
                "TaxCodeRef": {"value": "NON"},
            },
        },
        {
            "Id": "2",
            "Amount": 90.0,
            "DetailType": "SalesItemLineDetail",
            "SalesItemLineDetail": {"ItemRef": {"value": "900", "name": "Custom"}, "Qty": 3},
        },
        {"Amount": 1290.0, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}},
    ],
    "TxnTaxDetail": {"TotalTax": 0},
    "TotalAmt": 1290.0,
}


def _inbound(inv: dict[str, Any]) -> inbound.InboundInvoice:
    return inbound.inbound_invoice(
        inv,
        contact_for_customer={"58": "c1"}.get,
        company_of_contact={"c1": "co9"}.get,
        product_for_item={"19": "p1"}.get,
        home_currency="USD",
    )


def test_inbound_invoice_properties_lines_and_links() -> None:
    got = _inbound(QBO_INVOICE)
    assert got.problems == [] and got.status == "open"
    assert got.key == "qbo-invoice-4107"
    assert got.properties == {
        "hs_currency": "USD",
        "hs_number": "1042",
        "hs_invoice_date": "2026-11-20T00:00:00.000Z",
        "hs_due_date": "2026-12-20T00:00:00.000Z",
    }
    assert (got.contact_id, got.company_id) == ("c1", "co9")
    first, second = got.lines
    assert first.key == "qbo-invoice-4107-line-1"
    assert first.properties == {
        "name": "Onboarding",
        "quantity": "1",
        "price": "1200",
        "description": "Onboarding package",
        "hs_product_id": "p1",
    }
    assert "hs_product_id" not in second.properties  # the item links to no product
    assert Decimal(second.properties["price"]) == 30


def test_inbound_voided_and_unlinked_customer() -> None:
    voided = {**QBO_INVOICE, "PrivateNote": "Voided - phone first", "TotalAmt": 0}
    assert _inbound(voided).status == "voided"
    stranger = {**QBO_INVOICE, "CustomerRef": {"value": "99", "name": "Nobody Ltd"}}
    got = _inbound(stranger)
    assert got.contact_id is None and got.company_id is None
    assert got.problems == [
        RuleProblem("customer_unlinked", {"customer": "Nobody Ltd", "id": "99"}, "CustomerRef")
    ]


# ---- fingerprint -----------------------------------------------------------------------------
def _edited(**changes: Any) -> dict[str, Any]:
    inv = copy.deepcopy(QBO_INVOICE)
    inv.update(changes)
    return inv


def test_fingerprint_ignores_memo_email_custom_fields_and_echoed_service_dates() -> None:
    written = inbound.fingerprint(QBO_INVOICE)
    harmless = _edited(
        PrivateNote="new memo", EmailStatus="EmailSent", CustomField=[], SyncToken="3"
    )
    harmless["Line"][0]["SalesItemLineDetail"]["ServiceDate"] = "9999-12-31"
    harmless["Line"][0]["Amount"] = "1200.00"  # the same money written differently
    assert inbound.compare_fingerprints(written, inbound.fingerprint(harmless)) is None


def test_changed_amounts_are_e4_added_or_removed_lines_e5_and_undo_resumes() -> None:
    written = inbound.fingerprint(QBO_INVOICE)
    changed = _edited(TotalAmt=1300.0)
    changed["Line"][1]["Amount"] = 100.0
    e4 = inbound.compare_fingerprints(written, inbound.fingerprint(changed))
    assert e4 is not None and e4.code == "E4" and e4.params["lines"] == "2"
    assert e4.params["before"] == "1290.00" and e4.params["after"] == "1300.00"

    taxed = _edited(
        TxnTaxDetail={"TaxLine": [{"Amount": 5, "TaxLineDetail": {"TaxRateRef": {"value": "3"}}}]}
    )
    assert inbound.compare_fingerprints(written, inbound.fingerprint(taxed)).code == "E4"  # type: ignore[union-attr]

    added = _edited()
    added["Line"].append({**added["Line"][1], "Id": "3"})
    e5 = inbound.compare_fingerprints(written, inbound.fingerprint(added))
    assert e5 == RuleProblem("E5", {"added": "3", "removed": ""}, "Line")
    removed = _edited(Line=[QBO_INVOICE["Line"][0]])
    e5 = inbound.compare_fingerprints(written, inbound.fingerprint(removed))
    assert e5 is not None and e5.code == "E5" and e5.params["removed"] == "2"

    undone = inbound.fingerprint(copy.deepcopy(QBO_INVOICE))
    assert inbound.compare_fingerprints(written, undone) is None


def test_fingerprint_survives_storage() -> None:
    written = inbound.fingerprint(QBO_INVOICE)
    assert inbound.Fingerprint.from_dict(written.as_dict()) == written


def test_line_and_dates_from_hubspot_properties() -> None:
    props = {
        "name": "Setup",
        "quantity": "2",
        "price": "150.00",
        "amount": "300.00",
        "hs_product_id": "p1",
        "description": None,
        "hs_tax_rate_group_id": "",
        "service_start": "2026-11-03T00:00:00.000Z",
    }
    got = rules.hs_line("11", props, "service_start")
    assert got == HsLine(
        "11", "Setup", Decimal(2), Decimal(150), Decimal(300), "p1", None, None, None,
        date(2026, 11, 3),
    )  # fmt: skip
    assert rules.hs_line("11", props).service_date is None
    assert rules.hubspot_date("1764547200000") == date(2025, 12, 1)
    assert rules.hubspot_date("2026-01-01") == date(2026, 1, 1)
    assert rules.hubspot_date("2026-01-01T23:30:00-02:00") == date(2026, 1, 2)
    assert rules.hubspot_date(None) is None
