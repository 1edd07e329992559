"""Problems as codes plus parameters, rendered into words only when shown.

A `Problem` is a `ProblemCode` (which also says whether it passes by itself), a few plain
parameters (a holder's name, a value, a service, a limit) and the field it names. The
store keeps exactly that; `render` turns it into a title, an explanation and a fix.
Templates are literal strings with `{named}` placeholders marked with
`QT_TRANSLATE_NOOP("Problems", ...)` (field labels and service names: "Fields"), so Qt's
extractor puts them in the catalogues. `render` and `label` take a translator: English by
default (logs, the CLI's `--json`, CSV for other programs), the window's
`translate_marked` where a person reads them, so a stored code renders in the current
language.
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP


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


@dataclass(frozen=True, eq=True)
class Problem:
    code: ProblemCode
    params: Mapping[str, str] = field(default_factory=dict)
    field: str | None = None

    def __hash__(self) -> int:  # the parameters are a dict: hash what they hold
        return hash((self.code, tuple(sorted(self.params.items())), self.field))

    @property
    def transient(self) -> bool:
        return self.code.transient

    @property
    def title(self) -> str:
        return render(self).title

    @property
    def reason(self) -> str:
        return render(self).reason

    @property
    def fix(self) -> str:
        return render(self).fix

    @property
    def explanation(self) -> str:
        return render(self).explanation

    def params_json(self) -> str:
        return json.dumps(dict(self.params), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_row(cls, code: str | None, params: str | None, field: str | None) -> Problem:
        """A problem as the store keeps it (unknown codes read as legacy rows)."""
        try:
            loaded: Any = json.loads(params or "{}")
        except ValueError:
            loaded = {}
        values = {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
        return cls(ProblemCode.parse(code), values, field)


class Template(NamedTuple):
    label: str  # the category's name in lists and filters: no placeholders
    title: str
    reason: str
    fix: str


_RETRY_FIX = QT_TRANSLATE_NOOP("Problems", "Nothing to do: the sync retries on the next run.")

TEMPLATES: dict[ProblemCode, Template] = {
    ProblemCode.NO_EMAIL: Template(
        QT_TRANSLATE_NOOP("Problems", "No email address"),
        QT_TRANSLATE_NOOP("Problems", "No email address"),
        QT_TRANSLATE_NOOP(
            "Problems", "Contacts and customers are matched by email, and this record has none."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Add an email address to the record; it syncs on the next run."
        ),
    ),
    ProblemCode.NO_SKU: Template(
        QT_TRANSLATE_NOOP("Problems", "No SKU"),
        QT_TRANSLATE_NOOP("Problems", "No SKU"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Products are matched by SKU; products without one are left out to avoid duplicates.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Give the product a SKU in HubSpot or QuickBooks; it syncs on the next run."
        ),
    ),
    ProblemCode.FILTERED: Template(
        QT_TRANSLATE_NOOP("Problems", "Left out by a filter"),
        QT_TRANSLATE_NOOP("Problems", "Left out by a filter"),
        QT_TRANSLATE_NOOP("Problems", "The sync settings exclude records where {description}."),
        QT_TRANSLATE_NOOP(
            "Problems", "Change the filter in the sync settings if this record should sync."
        ),
    ),
    ProblemCode.DUPLICATE_KEY: Template(
        QT_TRANSLATE_NOOP("Problems", "Duplicate match key"),
        QT_TRANSLATE_NOOP("Problems", "Duplicate {kind}"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Another {service} record ({holder}) has the same {kind} “{value}”, so it is not "
            "clear which one to sync.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Give each {service} record its own {kind}, or merge the duplicates."
        ),
    ),
    ProblemCode.KEY_IN_USE: Template(
        QT_TRANSLATE_NOOP("Problems", "Match key already used"),
        QT_TRANSLATE_NOOP("Problems", "{Kind} already used by {holder}"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "This record's {kind} was changed to “{value}”, which {holder} already has. The "
            "change was not copied, so nothing changed on either side.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Give this record a {kind} no other record has (or change it back); it syncs on "
            "the next run.",
        ),
    ),
    ProblemCode.DELETED: Template(
        QT_TRANSLATE_NOOP("Problems", "Deleted on one side"),
        QT_TRANSLATE_NOOP("Problems", "Deleted in {service}"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "The linked {kind} was deleted, archived or made inactive in {service}; its "
            "{other} copy was left as it is.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Restore it in {service}, or delete the {other} copy yourself if it is no longer "
            "needed.",
        ),
    ),
    ProblemCode.GONE: Template(
        QT_TRANSLATE_NOOP("Problems", "Record no longer exists"),
        QT_TRANSLATE_NOOP("Problems", "Record no longer exists in {service}"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "The record, or one it refers to, was deleted or made inactive in {service}.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Restore it in {service} (make it active), or remove the link; then retry."
        ),
    ),
    ProblemCode.NAME_TAKEN: Template(
        QT_TRANSLATE_NOOP("Problems", "Display name already used"),
        QT_TRANSLATE_NOOP("Problems", "Display name is a duplicate"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "QuickBooks names must be unique across customers, vendors and employees, and "
            "this one is already used by {holder}.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Rename the record holding the name in QuickBooks (for example add "
            "“(supplier)” to its display name), or pick another display-name rule on the "
            "Sync settings tab: “Company (First Last)”, or “First Last (email)”, which also "
            "works for contacts without a company; then press Retry.",
        ),
    ),
    ProblemCode.DOC_NUMBER_TAKEN: Template(
        QT_TRANSLATE_NOOP("Problems", "Document number already used"),
        QT_TRANSLATE_NOOP("Problems", "Duplicate document number: this number is already used"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "QuickBooks “custom transaction numbers” is on and the number is taken by another "
            "invoice or credit memo. {detail}",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Renumber the QuickBooks document, then switch custom transaction numbers off.",
        ),
    ),
    ProblemCode.SERVICE_DATE_NEEDED: Template(
        QT_TRANSLATE_NOOP("Problems", "Service date needed"),
        QT_TRANSLATE_NOOP("Problems", "Enter a service date for revenue-recognition lines"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Revenue recognition is on in QuickBooks and the lines carry no service date.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Turn revenue recognition off in QuickBooks, or map a date to the service date.",
        ),
    ),
    ProblemCode.CLOSED_BOOKS: Template(
        QT_TRANSLATE_NOOP("Problems", "Books closed"),
        QT_TRANSLATE_NOOP("Problems", "The books are closed for this date"),
        QT_TRANSLATE_NOOP(
            "Problems", "QuickBooks refuses changes dated on or before its closing date."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Change the closing date in QuickBooks, or the record's date."
        ),
    ),
    ProblemCode.CUSTOMER_UNLINKED: Template(
        QT_TRANSLATE_NOOP("Problems", "Customer not in HubSpot yet"),
        QT_TRANSLATE_NOOP(
            "Problems", "Invoice needs a customer that exists in both HubSpot and QuickBooks"
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "The QuickBooks customer “{customer}” has no linked HubSpot contact, so the invoice "
            "has no one to belong to in HubSpot.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Sync the customer with contact sync (it needs an email address); the invoice "
            "follows by itself on the next run.",
        ),
    ),
    ProblemCode.CUSTOMER_UNLINKED_LIKELY: Template(
        QT_TRANSLATE_NOOP("Problems", "Customer not in HubSpot yet"),
        QT_TRANSLATE_NOOP(
            "Problems", "Invoice needs a customer that exists in both HubSpot and QuickBooks"
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "The QuickBooks customer “{customer}” has no linked HubSpot contact. A likely "
            "match: the HubSpot contact “{likely_match}”.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "If it is the same person, make sure contact sync is on and both have the same "
            "email; once they are linked, the invoice follows by itself on the next run.",
        ),
    ),
    ProblemCode.INVOICE_EDITED: Template(
        QT_TRANSLATE_NOOP("Problems", "Invoice amounts changed in QuickBooks"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Changes to line items or amounts of HubSpot invoices can't be made from other apps",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "This invoice was made in HubSpot, and its lines, amounts or tax were changed in "
            "QuickBooks (total {before} when synced, {after} now). The HubSpot invoice was "
            "left as it is and the invoice stopped syncing.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Undo the change in QuickBooks and make it in HubSpot instead; the invoice syncs "
            "again by itself.",
        ),
    ),
    ProblemCode.INVOICE_LINES_CHANGED: Template(
        QT_TRANSLATE_NOOP("Problems", "Invoice lines added or removed in QuickBooks"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Financial details of a HubSpot invoice were added, removed or changed in QuickBooks",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "This invoice was made in HubSpot, and lines were added or removed in QuickBooks. "
            "The HubSpot invoice was left as it is and the invoice stopped syncing.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Undo the change in QuickBooks and make it in HubSpot instead; the invoice syncs "
            "again by itself.",
        ),
    ),
    ProblemCode.CREATED_BEFORE: Template(
        QT_TRANSLATE_NOOP("Problems", "Left out by a filter"),
        QT_TRANSLATE_NOOP("Problems", "Created before {date}"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "The invoice sync settings bring in only QuickBooks invoices created on or after "
            "{date}.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Nothing to do; to bring older invoices in, choose an earlier date in the invoice "
            "sync settings.",
        ),
    ),
    ProblemCode.INBOUND_NO_LINES: Template(
        QT_TRANSLATE_NOOP("Problems", "Invoice without lines"),
        QT_TRANSLATE_NOOP("Problems", "The invoice has no product or service lines"),
        QT_TRANSLATE_NOOP(
            "Problems", "A HubSpot invoice needs at least one line item before it can be sent."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Add a product or service line to the invoice in QuickBooks."
        ),
    ),
    ProblemCode.INVOICE_FROM_QUICKBOOKS: Template(
        QT_TRANSLATE_NOOP("Problems", "Made in QuickBooks"),
        QT_TRANSLATE_NOOP("Problems", "Made in QuickBooks"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "This invoice came from QuickBooks. Only invoices made in HubSpot are sent to "
            "QuickBooks.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Nothing to do: edit it in QuickBooks and the HubSpot copy follows."
        ),
    ),
    ProblemCode.INVOICE_DRAFT: Template(
        QT_TRANSLATE_NOOP("Problems", "Draft invoice"),
        QT_TRANSLATE_NOOP("Problems", "Draft invoice"),
        QT_TRANSLATE_NOOP("Problems", "Draft invoices are not sent to QuickBooks."),
        QT_TRANSLATE_NOOP("Problems", "Finalise the invoice in HubSpot; it syncs on the next run."),
    ),
    ProblemCode.INVOICE_BEFORE_SWITCH_ON: Template(
        QT_TRANSLATE_NOOP("Problems", "Older than invoice sync"),
        QT_TRANSLATE_NOOP("Problems", "Not changed since invoice sync was switched on"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Only invoices created or changed after invoice sync was switched on ({since}) "
            "are sent to QuickBooks.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "To send older invoices, use Backfill after looking at its preview."
        ),
    ),
    ProblemCode.INVOICE_VOIDED_UNSENT: Template(
        QT_TRANSLATE_NOOP("Problems", "Voided before it was sent"),
        QT_TRANSLATE_NOOP("Problems", "Voided before it was sent"),
        QT_TRANSLATE_NOOP(
            "Problems", "The invoice was voided in HubSpot before it reached QuickBooks."
        ),
        QT_TRANSLATE_NOOP("Problems", "Nothing to do: a voided invoice needs no QuickBooks copy."),
    ),
    ProblemCode.INVOICE_NO_CONTACT: Template(
        QT_TRANSLATE_NOOP("Problems", "No contact"),
        QT_TRANSLATE_NOOP("Problems", "The invoice has no contact"),
        QT_TRANSLATE_NOOP(
            "Problems", "QuickBooks needs a customer, which comes from the invoice's contact."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Associate a contact with the invoice in HubSpot; it syncs on the next run."
        ),
    ),
    ProblemCode.INVOICE_NO_CUSTOMER: Template(
        QT_TRANSLATE_NOOP("Problems", "Contact not in QuickBooks"),
        QT_TRANSLATE_NOOP("Problems", "The contact has no QuickBooks customer"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "The invoice's contact {contact} ({email}) is not linked to a QuickBooks customer.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Let contact sync create the customer (check the contact's own sync state); "
            "once the contact syncs, the invoice follows by itself.",
        ),
    ),
    ProblemCode.INVOICE_NO_CUSTOMER_LIKELY: Template(
        QT_TRANSLATE_NOOP("Problems", "Contact not in QuickBooks"),
        QT_TRANSLATE_NOOP("Problems", "The contact has no QuickBooks customer"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "The invoice's contact {contact} ({email}) is not linked to a QuickBooks customer. "
            "A likely match: the QuickBooks customer “{likely_match}”.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "If it is the same person, give the QuickBooks customer the contact's email; "
            "once the contact syncs, the invoice follows by itself.",
        ),
    ),
    ProblemCode.INVOICE_EMPTY: Template(
        QT_TRANSLATE_NOOP("Problems", "No lines"),
        QT_TRANSLATE_NOOP("Problems", "The HubSpot invoice has no lines"),
        QT_TRANSLATE_NOOP("Problems", "QuickBooks needs at least one line on an invoice."),
        QT_TRANSLATE_NOOP(
            "Problems", "Add a product or service line to the invoice in HubSpot, then press Retry."
        ),
    ),
    ProblemCode.INVOICE_DOC_NUMBER_HELD: Template(
        QT_TRANSLATE_NOOP("Problems", "Document number already used"),
        QT_TRANSLATE_NOOP("Problems", "Number {number} is already used in QuickBooks"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "QuickBooks custom transaction numbers are on, and the QuickBooks document "
            "{holder_entity} {holder_id} already has number {number}.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Renumber that QuickBooks document (or the HubSpot invoice), then press Retry.",
        ),
    ),
    ProblemCode.INVOICE_BOOKS_CLOSED: Template(
        QT_TRANSLATE_NOOP("Problems", "Books closed"),
        QT_TRANSLATE_NOOP("Problems", "The books are closed for {date}"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "The invoice is dated {date}, on or before the QuickBooks closing date "
            "({close_date}), so QuickBooks refuses it. It is not tried again by itself.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Change the closing date in QuickBooks or the invoice date in HubSpot, then press "
            "Retry.",
        ),
    ),
    ProblemCode.INVOICE_CURRENCY: Template(
        QT_TRANSLATE_NOOP("Problems", "Currency mismatch"),
        QT_TRANSLATE_NOOP("Problems", "The invoice's currency does not fit QuickBooks"),
        QT_TRANSLATE_NOOP(
            "Problems", "The invoice is in {currency}, and QuickBooks expects {expected} here."
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Bill the invoice in {expected}, or give the QuickBooks customer that currency; "
            "then press Retry.",
        ),
    ),
    ProblemCode.INVOICE_TAX_UNMAPPED: Template(
        QT_TRANSLATE_NOOP("Problems", "Tax rate not mapped"),
        QT_TRANSLATE_NOOP("Problems", "Tax rate “{rate}” has no QuickBooks tax code"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Every line needs a QuickBooks tax code, and the HubSpot tax rate “{rate}” is "
            "not mapped to one. Nothing was sent.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Map the rate in the invoice sync settings' tax table, then press Retry."
        ),
    ),
    ProblemCode.INVOICE_TAX_UNTAXED_UNMAPPED: Template(
        QT_TRANSLATE_NOOP("Problems", "Tax rate not mapped"),
        QT_TRANSLATE_NOOP("Problems", "Lines without tax have no QuickBooks tax code"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Every line needs a QuickBooks tax code, and none is chosen for lines without a "
            "HubSpot tax rate. Nothing was sent.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Choose a tax code for lines without tax in the invoice sync settings' tax table, "
            "then press Retry.",
        ),
    ),
    ProblemCode.INVOICE_TAX_MIXED: Template(
        QT_TRANSLATE_NOOP("Problems", "Several sales taxes"),
        QT_TRANSLATE_NOOP("Problems", "The invoice's lines use several sales taxes"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "A US QuickBooks invoice has one sales tax for all its taxable lines; these lines "
            "map to {codes}.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Use one tax rate on the invoice's lines in HubSpot, then press Retry."
        ),
    ),
    ProblemCode.INVOICE_TOTALS_DIFFER: Template(
        QT_TRANSLATE_NOOP("Problems", "Totals differ"),
        QT_TRANSLATE_NOOP("Problems", "The totals would differ"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "HubSpot bills {hubspot_total}, and the QuickBooks invoice would total "
            "{quickbooks_total}. Nothing was sent.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Check the invoice's discounts and tax in HubSpot so the lines add up, then press "
            "Retry.",
        ),
    ),
    ProblemCode.INVOICE_CUSTOM_LINE_ITEM: Template(
        QT_TRANSLATE_NOOP("Problems", "No account for the custom line item"),
        QT_TRANSLATE_NOOP("Problems", "The “Custom line item” needs an income account"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Lines without a synced product go to the QuickBooks item “Custom line item”, "
            "which does not exist yet, and no income account is chosen for it.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Pick the income account of the custom line item in the invoice sync settings; "
            "the invoice syncs on the next run.",
        ),
    ),
    ProblemCode.INVOICE_CUSTOM_FIELD_DROPPED: Template(
        QT_TRANSLATE_NOOP("Problems", "Custom field not kept"),
        QT_TRANSLATE_NOOP("Problems", "QuickBooks did not keep custom field {slot}"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "The invoice was saved in QuickBooks, but its custom field {slot} did not keep "
            "“{value}” (QuickBooks drops a value silently, e.g. when that custom field is "
            "switched off in its sales-form settings).",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Switch the custom field on in QuickBooks (Settings › Sales › Custom fields), or map "
            "the HubSpot property to a custom field that is on; then retry.",
        ),
    ),
    ProblemCode.INBOUND_NEGATIVE_PRICE: Template(
        QT_TRANSLATE_NOOP("Problems", "Negative line price"),
        QT_TRANSLATE_NOOP("Problems", "The line “{line}” has a negative price"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "HubSpot does not accept line items with a price below zero, so the invoice "
            "cannot be made there as it is.",
        ),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Give the discount in QuickBooks as a discount instead of a line with a negative "
            "price; the invoice syncs on the next run.",
        ),
    ),
    ProblemCode.EMAIL_TAKEN: Template(
        QT_TRANSLATE_NOOP("Problems", "Email already used"),
        QT_TRANSLATE_NOOP("Problems", "A HubSpot contact already has this email"),
        QT_TRANSLATE_NOOP("Problems", "HubSpot keeps one contact per email address. {detail}"),
        QT_TRANSLATE_NOOP(
            "Problems", "Merge the two contacts in HubSpot, or change one email; then retry."
        ),
    ),
    ProblemCode.NOT_AN_EMAIL: Template(
        QT_TRANSLATE_NOOP("Problems", "Invalid email"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP("Problems", "“{value}” is not a valid email address."),
        QT_TRANSLATE_NOOP(
            "Problems", "Correct the {field} on the record; it syncs on the next run."
        ),
    ),
    ProblemCode.EMAIL_REFUSED: Template(
        QT_TRANSLATE_NOOP("Problems", "Invalid email"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP("Problems", "{service} does not accept this email address. {detail}"),
        QT_TRANSLATE_NOOP(
            "Problems", "Correct the {field} on the record; it syncs on the next run."
        ),
    ),
    ProblemCode.TOO_LONG: Template(
        QT_TRANSLATE_NOOP("Problems", "Value too long"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP(
            "Problems", "The {field} is too long: QuickBooks allows at most {limit} characters."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Shorten the {field} on the record; it syncs on the next run."
        ),
    ),
    ProblemCode.FORBIDDEN_CHARACTERS: Template(
        QT_TRANSLATE_NOOP("Problems", "Characters not allowed"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP(
            "Problems", "QuickBooks does not allow colons, tabs or line breaks in names."
        ),
        QT_TRANSLATE_NOOP(
            "Problems", "Correct the {field} on the record; it syncs on the next run."
        ),
    ),
    ProblemCode.NOT_A_NUMBER: Template(
        QT_TRANSLATE_NOOP("Problems", "Not a number"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP("Problems", "“{value}” is not a number."),
        QT_TRANSLATE_NOOP(
            "Problems", "Correct the {field} on the record; it syncs on the next run."
        ),
    ),
    ProblemCode.TOO_MANY_DECIMALS: Template(
        QT_TRANSLATE_NOOP("Problems", "Too many decimals"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP("Problems", "QuickBooks keeps at most 5 decimal places in prices."),
        QT_TRANSLATE_NOOP(
            "Problems", "Correct the {field} on the record; it syncs on the next run."
        ),
    ),
    ProblemCode.REQUIRED: Template(
        QT_TRANSLATE_NOOP("Problems", "Required value missing"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP("Problems", "{service} needs a {field}."),
        QT_TRANSLATE_NOOP(
            "Problems", "Correct the {field} on the record; it syncs on the next run."
        ),
    ),
    ProblemCode.NO_NAME: Template(
        QT_TRANSLATE_NOOP("Problems", "No name"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP("Problems", "The record has no name at all."),
        QT_TRANSLATE_NOOP("Problems", "Add a first or last name or a company."),
    ),
    ProblemCode.NOT_INCOME_ACCOUNT: Template(
        QT_TRANSLATE_NOOP("Problems", "Not an income account"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP("Problems", "The chosen account is not an income account."),
        QT_TRANSLATE_NOOP("Problems", "Pick an income account in the product sync settings."),
    ),
    ProblemCode.FIELD_REFUSED: Template(
        QT_TRANSLATE_NOOP("Problems", "Value refused"),
        QT_TRANSLATE_NOOP("Problems", "Invalid {field}"),
        QT_TRANSLATE_NOOP("Problems", "{service} rejected the {field}: {detail}"),
        QT_TRANSLATE_NOOP(
            "Problems", "Correct the {field} on the record; it syncs on the next run."
        ),
    ),
    ProblemCode.BUSINESS_RULE: Template(
        QT_TRANSLATE_NOOP("Problems", "Business rule"),
        QT_TRANSLATE_NOOP("Problems", "{service} business rule"),
        QT_TRANSLATE_NOOP("Problems", "{detail}"),
        QT_TRANSLATE_NOOP("Problems", "Correct the record in the source system; then retry."),
    ),
    ProblemCode.REFUSED: Template(
        QT_TRANSLATE_NOOP("Problems", "Record refused"),
        QT_TRANSLATE_NOOP("Problems", "{service} refused the record"),
        QT_TRANSLATE_NOOP("Problems", "{detail}"),
        QT_TRANSLATE_NOOP(
            "Problems",
            "Correct the record and retry; if it persists, contact support with this message.",
        ),
    ),
    ProblemCode.STALE: Template(
        QT_TRANSLATE_NOOP("Problems", "Changed at the same time"),
        QT_TRANSLATE_NOOP("Problems", "Changed in QuickBooks at the same time"),
        QT_TRANSLATE_NOOP(
            "Problems", "Someone changed this record in QuickBooks while the sync was writing it."
        ),
        QT_TRANSLATE_NOOP("Problems", "Nothing to do: the sync reads it again and retries."),
    ),
    ProblemCode.CONNECTION: Template(
        QT_TRANSLATE_NOOP("Problems", "Connection expired"),
        QT_TRANSLATE_NOOP("Problems", "{service} connection expired"),
        QT_TRANSLATE_NOOP("Problems", "The {service} sign-in was revoked or has expired."),
        QT_TRANSLATE_NOOP(
            "Problems", "Reconnect {service}; queued changes are kept and sync afterwards."
        ),
    ),
    ProblemCode.PERMISSION: Template(
        QT_TRANSLATE_NOOP("Problems", "Permission missing"),
        QT_TRANSLATE_NOOP("Problems", "Missing {service} permission"),
        QT_TRANSLATE_NOOP("Problems", "The {service} connection was not granted: {scopes}."),
        QT_TRANSLATE_NOOP("Problems", "Reconnect {service} and allow the requested permissions."),
    ),
    ProblemCode.RATE_LIMITED: Template(
        QT_TRANSLATE_NOOP("Problems", "Slowed down by the service"),
        QT_TRANSLATE_NOOP("Problems", "{service} asked us to slow down"),
        QT_TRANSLATE_NOOP(
            "Problems", "{service} limits how many requests an app may make per minute."
        ),
        QT_TRANSLATE_NOOP("Problems", "Nothing to do: the sync waits and retries by itself."),
    ),
    ProblemCode.NETWORK: Template(
        QT_TRANSLATE_NOOP("Problems", "Cannot reach the service"),
        QT_TRANSLATE_NOOP("Problems", "Cannot reach {service}"),
        QT_TRANSLATE_NOOP("Problems", "The network or the service is unavailable."),
        QT_TRANSLATE_NOOP(
            "Problems", "Nothing to do: the change is kept and retried on the next run."
        ),
    ),
    ProblemCode.SERVICE: Template(
        QT_TRANSLATE_NOOP("Problems", "Service error"),
        QT_TRANSLATE_NOOP("Problems", "{service} had an internal error"),
        QT_TRANSLATE_NOOP("Problems", "{service} failed while handling the request."),
        _RETRY_FIX,
    ),
    ProblemCode.INTERNAL: Template(
        QT_TRANSLATE_NOOP("Problems", "Unexpected problem"),
        QT_TRANSLATE_NOOP("Problems", "Unexpected problem"),
        QT_TRANSLATE_NOOP(
            "Problems", "Something the sync did not expect went wrong; the details are in the log."
        ),
        QT_TRANSLATE_NOOP("Problems", "Retry; if it persists, report it."),
    ),
    ProblemCode.LEGACY: Template(
        QT_TRANSLATE_NOOP("Problems", "Earlier problem"),
        QT_TRANSLATE_NOOP("Problems", "Earlier problem"),
        QT_TRANSLATE_NOOP("Problems", "{legacy_reason}"),
        QT_TRANSLATE_NOOP("Problems", "{legacy_fix}"),
    ),
}

# Words a template may use that the parameters do not hold: filled in when shown.
_DEFAULTS = {
    "holder": QT_TRANSLATE_NOOP("Problems", "another customer, vendor or employee"),
    "scopes": QT_TRANSLATE_NOOP("Problems", "a permission the sync needs"),
    "detail": "",
    "legacy_fix": "",
}

# (context, marked English text) -> the text shown. Named `say` where it is called: lupdate
# takes any call named `tr` or `translate` for one of its own and would extract garbage.
Translate = Callable[[str, str], str]


def as_marked(context: str, text: str) -> str:
    """The marked text as written (English): for logs, `--json` and files for programs."""
    return text


SERVICE_NAMES = {
    "hubspot": QT_TRANSLATE_NOOP("Fields", "HubSpot"),
    "quickbooks": QT_TRANSLATE_NOOP("Fields", "QuickBooks"),
}

# What each side calls its fields (HubSpot's property labels, QuickBooks' form labels),
# in lower case for sentences ("Invalid billing state"); `field_title` for lists.
FIELD_LABELS = {
    "GivenName": QT_TRANSLATE_NOOP("Fields", "first name"),
    "FamilyName": QT_TRANSLATE_NOOP("Fields", "last name"),
    "MiddleName": QT_TRANSLATE_NOOP("Fields", "middle name"),
    "CompanyName": QT_TRANSLATE_NOOP("Fields", "company name"),
    "DisplayName": QT_TRANSLATE_NOOP("Fields", "display name"),
    "PrintOnCheckName": QT_TRANSLATE_NOOP("Fields", "name printed on cheques"),
    "PrimaryEmailAddr": QT_TRANSLATE_NOOP("Fields", "email"),
    "PrimaryEmailAddr.Address": QT_TRANSLATE_NOOP("Fields", "email"),
    "PrimaryPhone": QT_TRANSLATE_NOOP("Fields", "phone"),
    "PrimaryPhone.FreeFormNumber": QT_TRANSLATE_NOOP("Fields", "phone"),
    "BillAddr": QT_TRANSLATE_NOOP("Fields", "billing address"),
    "BillAddr.Line1": QT_TRANSLATE_NOOP("Fields", "billing street"),
    "BillAddr.City": QT_TRANSLATE_NOOP("Fields", "billing city"),
    "BillAddr.CountrySubDivisionCode": QT_TRANSLATE_NOOP("Fields", "billing state"),
    "BillAddr.PostalCode": QT_TRANSLATE_NOOP("Fields", "billing postal code"),
    "BillAddr.Country": QT_TRANSLATE_NOOP("Fields", "billing country"),
    "Name": QT_TRANSLATE_NOOP("Fields", "name"),
    "Sku": QT_TRANSLATE_NOOP("Fields", "SKU"),
    "UnitPrice": QT_TRANSLATE_NOOP("Fields", "sales price"),
    "Description": QT_TRANSLATE_NOOP("Fields", "description"),
    "Type": QT_TRANSLATE_NOOP("Fields", "type"),
    "IncomeAccountRef": QT_TRANSLATE_NOOP("Fields", "income account"),
    "CustomerRef": QT_TRANSLATE_NOOP("Fields", "customer"),
    "Line": QT_TRANSLATE_NOOP("Fields", "line items"),
    "ItemRef": QT_TRANSLATE_NOOP("Fields", "product or service"),
    "ServiceDate": QT_TRANSLATE_NOOP("Fields", "service date"),
    "TaxCodeRef": QT_TRANSLATE_NOOP("Fields", "tax code"),
    "DocNumber": QT_TRANSLATE_NOOP("Fields", "invoice number"),
    "TxnDate": QT_TRANSLATE_NOOP("Fields", "invoice date"),
    "DueDate": QT_TRANSLATE_NOOP("Fields", "due date"),
    "TotalAmt": QT_TRANSLATE_NOOP("Fields", "total"),
    "CurrencyRef": QT_TRANSLATE_NOOP("Fields", "currency"),
    "CurrencyRef.value": QT_TRANSLATE_NOOP("Fields", "currency"),
    "firstname": QT_TRANSLATE_NOOP("Fields", "first name"),
    "lastname": QT_TRANSLATE_NOOP("Fields", "last name"),
    "company": QT_TRANSLATE_NOOP("Fields", "company name"),
    "email": QT_TRANSLATE_NOOP("Fields", "email"),
    "phone": QT_TRANSLATE_NOOP("Fields", "phone number"),
    "address": QT_TRANSLATE_NOOP("Fields", "street address"),
    "city": QT_TRANSLATE_NOOP("Fields", "city"),
    "state": QT_TRANSLATE_NOOP("Fields", "state/region"),
    "zip": QT_TRANSLATE_NOOP("Fields", "postal code"),
    "country": QT_TRANSLATE_NOOP("Fields", "country/region"),
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "hs_sku": QT_TRANSLATE_NOOP("Fields", "SKU"),
    "price": QT_TRANSLATE_NOOP("Fields", "unit price"),
    "description": QT_TRANSLATE_NOOP("Fields", "description"),
    "hs_product_type": QT_TRANSLATE_NOOP("Fields", "product type"),
    "hs_number": QT_TRANSLATE_NOOP("Fields", "invoice number"),
    "hs_invoice_date": QT_TRANSLATE_NOOP("Fields", "invoice date"),
    "hs_due_date": QT_TRANSLATE_NOOP("Fields", "due date"),
    "hs_invoice_status": QT_TRANSLATE_NOOP("Fields", "invoice status"),
    "hs_currency": QT_TRANSLATE_NOOP("Fields", "currency"),
    "hs_amount_billed": QT_TRANSLATE_NOOP("Fields", "amount billed"),
    "line_items": QT_TRANSLATE_NOOP("Fields", "line items"),
}


def field_label(name: str | None, say: Translate = as_marked) -> str:
    """A field's plain name for a sentence; a field we have no word for keeps its own
    name (a custom property is named by the bookkeeper)."""
    if not name:
        return say("Fields", QT_TRANSLATE_NOOP("Fields", "a field"))
    known = FIELD_LABELS.get(name, FIELD_LABELS.get(name.split(".")[-1]))
    return say("Fields", known) if known else name


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def field_title(name: str | None, say: Translate = as_marked) -> str:
    """A field's name on its own ("Billing state"): in lists, headers and check boxes."""
    return capitalized(field_label(name, say))


def service_name(service: str | None, say: Translate = as_marked) -> str:
    return say("Fields", SERVICE_NAMES.get(service or "", SERVICE_NAMES["quickbooks"]))


def label(code: ProblemCode | str | None, say: Translate = as_marked) -> str:
    """The category's name as the user sees it ("Display name already used")."""
    parsed = ProblemCode.parse(code) if isinstance(code, str | None) else code
    return say("Problems", TEMPLATES[parsed].label)


class Words(NamedTuple):
    title: str
    reason: str
    fix: str
    explanation: str  # "title: reason" (the title alone without a reason)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:  # an old or damaged row never breaks the window
        return ""


# A QuickBooks document by its kind, as a bookkeeper calls it (E6 names the holder).
DOCUMENT_NOUNS = {
    "Invoice": QT_TRANSLATE_NOOP("Problems", "invoice"),
    "CreditMemo": QT_TRANSLATE_NOOP("Problems", "credit memo"),
    "SalesReceipt": QT_TRANSLATE_NOOP("Problems", "sales receipt"),
    "RefundReceipt": QT_TRANSLATE_NOOP("Problems", "refund receipt"),
    "Estimate": QT_TRANSLATE_NOOP("Problems", "estimate"),
}


# Who holds a QuickBooks name, by the holder's entity (an inactive one says so).
HOLDER_WORDS = {
    ("Customer", ""): QT_TRANSLATE_NOOP(
        "Problems", "the customer “{holder_name}” (QuickBooks id {holder_id})"
    ),
    ("Customer", "1"): QT_TRANSLATE_NOOP(
        "Problems", "the inactive customer “{holder_name}” (QuickBooks id {holder_id})"
    ),
    ("Vendor", ""): QT_TRANSLATE_NOOP(
        "Problems", "the vendor “{holder_name}” (QuickBooks id {holder_id})"
    ),
    ("Vendor", "1"): QT_TRANSLATE_NOOP(
        "Problems", "the inactive vendor “{holder_name}” (QuickBooks id {holder_id})"
    ),
    ("Employee", ""): QT_TRANSLATE_NOOP(
        "Problems", "the employee “{holder_name}” (QuickBooks id {holder_id})"
    ),
    ("Employee", "1"): QT_TRANSLATE_NOOP(
        "Problems", "the inactive employee “{holder_name}” (QuickBooks id {holder_id})"
    ),
    ("Item", ""): QT_TRANSLATE_NOOP(
        "Problems", "the product or service “{holder_name}” (QuickBooks id {holder_id})"
    ),
    ("Item", "1"): QT_TRANSLATE_NOOP(
        "Problems",
        "the inactive product or service “{holder_name}” (QuickBooks id {holder_id})",
    ),
}


def holder_words(params: Mapping[str, str], say: Translate = as_marked) -> str:
    """The holder of a name, from the parts `errors.holder_params` kept."""
    key = (params.get("holder_entity", ""), params.get("holder_inactive", ""))
    template = HOLDER_WORDS.get(key)
    if template is None:  # an entity we have no words for: its own name
        return " ".join(
            (params.get("holder_entity", ""), "“" + params.get("holder_name", "") + "”")
        )
    return say("Problems", template).format_map(params)


# A filter's condition in words ({field}: the property's label, {value}: as typed).
FILTER_WORDS = {
    "equals": QT_TRANSLATE_NOOP("PlanSummary", "{field} is “{value}”"),
    "not_equals": QT_TRANSLATE_NOOP("PlanSummary", "{field} is not “{value}”"),
    "contains": QT_TRANSLATE_NOOP("PlanSummary", "{field} contains “{value}”"),
    "not_contains": QT_TRANSLATE_NOOP("PlanSummary", "{field} does not contain “{value}”"),
    "is_empty": QT_TRANSLATE_NOOP("PlanSummary", "{field} is empty"),
    "is_not_empty": QT_TRANSLATE_NOOP("PlanSummary", "{field} is not empty"),
}


def filter_condition(prop: str, op: str, value: str, say: Translate = as_marked) -> str:
    """A filter's condition in words, in `say`'s language: “Lifecycle stage is “lead””."""
    words = FILTER_WORDS.get(op, "{field} " + op + " “{value}”")
    return say("PlanSummary", words).format(field=field_label(prop, say), value=value)


def values_for(problem: Problem, say: Translate = as_marked) -> dict[str, str]:
    """The parameters plus the words derived from them (service names, field labels)."""
    values = {k: say("Problems", v) if v else v for k, v in _DEFAULTS.items()}
    values.update(problem.params)
    side = problem.params.get("service")
    values["service"] = service_name(side, say)
    values["other"] = service_name("hubspot" if side == "quickbooks" else "quickbooks", say)
    values["field"] = field_label(problem.field, say)
    if "holder_entity" in problem.params:
        values["holder"] = holder_words(problem.params, say)
        noun = DOCUMENT_NOUNS.get(problem.params["holder_entity"])
        if noun:  # a document holding a number: its kind in words, not its API name
            values["holder_entity"] = say("Problems", noun)
    if "op" in problem.params and "description" not in problem.params:  # a filter's exclusion
        p = problem.params
        values["description"] = filter_condition(p["property"], p["op"], p.get("value", ""), say)
    # The object type's noun ("email", "SKU", "contact"), marked in the type's module.
    kind = say("Objects", problem.params["kind"]) if problem.params.get("kind") else ""
    values["kind"] = kind
    values["Kind"] = capitalized(kind)
    return values


def render(problem: Problem, say: Translate = as_marked) -> Words:
    """Title, explanation and fix of a problem, in words, at the moment it is shown: in
    English, or through `say` (the window's translator) in the current language."""
    template = TEMPLATES[problem.code]
    values = _Values(values_for(problem, say))
    title, reason, fix = (
        say("Problems", text).format_map(values).strip()
        for text in (template.title, template.reason, template.fix)
    )
    if "legacy_reason" in problem.params:  # a row from before codes: its own old words
        reason = problem.params["legacy_reason"]
        fix = problem.params.get("legacy_fix", "")
        title = say("Problems", template.label)
        if ": " in reason:
            title, reason = reason.split(": ", 1)  # old rows kept "title: reason" as one text
    if not reason:
        return Words(title, reason, fix, title)
    joined = say("Problems", QT_TRANSLATE_NOOP("Problems", "{title}: {reason}"))
    return Words(title, reason, fix, joined.format(title=title, reason=reason))
