"""Problem codes (each also says whether it passes by itself) and the shape of their words.
A leaf module: the templates that word each code and `problems` build on it."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class ProblemCode(StrEnum):
    """What went wrong; `transient` problems are retried on every run by themselves."""

    transient: bool

    def __new__(cls, value: str, transient: bool = False) -> ProblemCode:
        member = str.__new__(cls, value)
        member._value_ = value
        member.transient = transient
        return member

    NO_EMAIL = "no_email"
    NO_SKU = "no_sku"
    FILTERED = "filtered"
    DUPLICATE_KEY = "duplicate_key"
    KEY_IN_USE = "key_in_use"
    DELETED = "deleted"  # the linked record went away on one side
    GONE = "gone"  # the service says the record no longer exists
    NAME_TAKEN = "name_taken"
    DOC_NUMBER_TAKEN = "doc_number_taken"
    SERVICE_DATE_NEEDED = "service_date_needed"
    CLOSED_BOOKS = "closed_books"
    # Invoices from QuickBooks (inbound) and QuickBooks edits of HubSpot-made invoices.
    CUSTOMER_UNLINKED = "customer_unlinked"  # E1 inbound: the customer has no contact yet
    CUSTOMER_UNLINKED_LIKELY = "customer_unlinked_likely"  # E1 inbound with a likely contact
    INVOICE_EDITED = "invoice_edited"  # E4
    INVOICE_LINES_CHANGED = "invoice_lines_changed"  # E5
    CREATED_BEFORE = "created_before"  # the inbound "created after" filter
    INBOUND_NO_LINES = "inbound_no_lines"  # a QuickBooks invoice with no item lines
    INBOUND_NEGATIVE_PRICE = "inbound_negative_price"  # HubSpot line prices are >= 0
    EMAIL_TAKEN = "email_taken"
    NOT_AN_EMAIL = "not_an_email"
    EMAIL_REFUSED = "email_refused"
    TOO_LONG = "too_long"
    FORBIDDEN_CHARACTERS = "forbidden_characters"
    NOT_A_NUMBER = "not_a_number"
    TOO_MANY_DECIMALS = "too_many_decimals"
    REQUIRED = "required"
    NO_NAME = "no_name"
    NOT_INCOME_ACCOUNT = "not_income_account"
    FIELD_REFUSED = "field_refused"
    BUSINESS_RULE = "business_rule"
    REFUSED = "refused"
    STALE = "stale", True
    CONNECTION = "connection", True
    PERMISSION = "permission", True
    RATE_LIMITED = "rate_limited", True
    NETWORK = "network", True
    SERVICE = "service", True
    INTERNAL = "internal"
    LEGACY = "legacy"  # a row written before problems were codes: its old words are params
    # Invoices to QuickBooks: the outbound fixed filters, then failures found before a write.
    INVOICE_FROM_QUICKBOOKS = "invoice_from_quickbooks"
    INVOICE_DRAFT = "invoice_draft"
    INVOICE_BEFORE_SWITCH_ON = "invoice_before_switch_on"
    INVOICE_VOIDED_UNSENT = "invoice_voided_unsent"
    INVOICE_NO_CONTACT = "invoice_no_contact"
    INVOICE_NO_CUSTOMER = "invoice_no_customer"  # E1
    INVOICE_NO_CUSTOMER_LIKELY = "invoice_no_customer_likely"  # E1 with a likely match
    INVOICE_EMPTY = "invoice_empty"  # a HubSpot invoice without lines
    INVOICE_DOC_NUMBER_HELD = "invoice_doc_number_held"  # E6, naming the holder
    INVOICE_BOOKS_CLOSED = "invoice_books_closed"
    INVOICE_CURRENCY = "invoice_currency"
    INVOICE_TAX_UNMAPPED = "invoice_tax_unmapped"
    INVOICE_TAX_UNTAXED_UNMAPPED = "invoice_tax_untaxed_unmapped"
    INVOICE_TAX_MIXED = "invoice_tax_mixed"
    INVOICE_TOTALS_DIFFER = "invoice_totals_differ"
    INVOICE_CUSTOM_LINE_ITEM = "invoice_custom_line_item"
    INVOICE_CUSTOM_FIELD_DROPPED = "invoice_custom_field_dropped"  # read back, not kept

    @classmethod
    def parse(cls, value: str | None) -> ProblemCode:
        try:
            return cls(value or "")
        except ValueError:
            return cls.LEGACY


RETRIED_BY_THEMSELVES = tuple(code.value for code in ProblemCode if code.transient)


class Template(NamedTuple):
    label: str  # the category's name in lists and filters: no placeholders
    title: str
    reason: str
    fix: str
