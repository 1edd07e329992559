"""Outbound invoice problems as the store keeps them: the fixed filters' exclusions and the
rule problems of `invoice_rules` (codes, never sentences) as shared problem codes."""

from __future__ import annotations

from qbsync_desktop.core.sync.invoice_rules import (
    BEFORE_SWITCH_ON,
    DRAFT,
    FROM_QUICKBOOKS,
    OutboundFilter,
    RuleProblem,
)
from qbsync_desktop.core.sync.problems import Problem, ProblemCode

Code = ProblemCode

_RULE_CODES = {
    "no_contact": Code.INVOICE_NO_CONTACT,
    "no_lines": Code.INVOICE_EMPTY,
    "closed_books": Code.INVOICE_BOOKS_CLOSED,
    "currency": Code.INVOICE_CURRENCY,
    "tax_mixed": Code.INVOICE_TAX_MIXED,
    "totals_differ": Code.INVOICE_TOTALS_DIFFER,
    "custom_line_item": Code.INVOICE_CUSTOM_LINE_ITEM,
    "E3": Code.SERVICE_DATE_NEEDED,
}

_FILTER_CODES = {
    FROM_QUICKBOOKS: Code.INVOICE_FROM_QUICKBOOKS,
    DRAFT: Code.INVOICE_DRAFT,
    BEFORE_SWITCH_ON: Code.INVOICE_BEFORE_SWITCH_ON,
}

# Failures that pass by themselves once something else syncs (the contact, the custom line
# item's account): tried again on every run, changed or not. The others wait for an edit
# or a Retry (closed books fails once, not in a loop).
RETRIED_EACH_RUN = (
    Code.INVOICE_NO_CUSTOMER.value,
    Code.INVOICE_NO_CUSTOMER_LIKELY.value,
    Code.INVOICE_CUSTOM_LINE_ITEM.value,
)


def outbound_problem(rule: RuleProblem) -> Problem:
    """An outbound rule's problem as a shared problem code with its values and field."""
    params = dict(rule.params)
    if rule.code == "E1":
        likely = "likely_match" in params
        code = Code.INVOICE_NO_CUSTOMER_LIKELY if likely else Code.INVOICE_NO_CUSTOMER
        return Problem(code, params, rule.field)
    if rule.code == "E6":
        held = {
            "number": params.get("number", ""),
            "holder_entity": params.get("entity", ""),
            "holder_id": params.get("id", ""),
        }
        return Problem(Code.INVOICE_DOC_NUMBER_HELD, held, rule.field)
    if rule.code == "tax_unmapped":
        if not params.get("rate_id"):
            return Problem(Code.INVOICE_TAX_UNTAXED_UNMAPPED, {}, rule.field)
        return Problem(Code.INVOICE_TAX_UNMAPPED, params, rule.field)
    return Problem(_RULE_CODES[rule.code], params, rule.field)


def excluded_by(which: OutboundFilter, since: str = "") -> Problem:
    """Which fixed filter keeps a HubSpot invoice from QuickBooks (`since`: the moment
    invoice sync was switched on, for that filter)."""
    params = {"since": since} if which == BEFORE_SWITCH_ON else {}
    return Problem(_FILTER_CODES[which], params)


def voided_unsent() -> Problem:
    return Problem(Code.INVOICE_VOIDED_UNSENT)


def custom_field_dropped(slot: str, value: str, kept: str) -> Problem:
    """QuickBooks saved the invoice without the value sent to custom field `slot`."""
    params = {"slot": slot, "value": value, "kept": kept}
    return Problem(Code.INVOICE_CUSTOM_FIELD_DROPPED, params, f"CustomField:{slot}")
