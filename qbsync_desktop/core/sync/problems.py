"""Problems as codes plus parameters, rendered into words only when shown.

A `Problem` is a `ProblemCode` (which also says whether it passes by itself), a few plain
parameters (a holder's name, a value, a service, a limit) and the field it names. The
store keeps exactly that; `render` turns it into a title, an explanation and a fix.
Templates are literal strings with `{named}` placeholders marked with `N_`, so a later
step can extract them and route each through the window's translator.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple


def N_(text: str) -> str:
    """Marks user-facing text for extraction; translation happens where it is shown."""
    return text


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


_RETRY_FIX = N_("Nothing to do: the sync retries on the next run.")

TEMPLATES: dict[ProblemCode, Template] = {
    ProblemCode.NO_EMAIL: Template(
        N_("No email address"),
        N_("No email address"),
        N_("Contacts and customers are matched by email, and this record has none."),
        N_("Add an email address to the record; it syncs on the next run."),
    ),
    ProblemCode.NO_SKU: Template(
        N_("No SKU"),
        N_("No SKU"),
        N_("Products are matched by SKU; products without one are left out to avoid duplicates."),
        N_("Give the product a SKU in HubSpot or QuickBooks; it syncs on the next run."),
    ),
    ProblemCode.FILTERED: Template(
        N_("Left out by a filter"),
        N_("Left out by a filter"),
        N_("The sync settings exclude records where {description}."),
        N_("Change the filter in the sync settings if this record should sync."),
    ),
    ProblemCode.DUPLICATE_KEY: Template(
        N_("Duplicate match key"),
        N_("Duplicate {kind}"),
        N_(
            "Another {service} record ({holder}) has the same {kind} “{value}”, so it is not "
            "clear which one to sync."
        ),
        N_("Give each {service} record its own {kind}, or merge the duplicates."),
    ),
    ProblemCode.KEY_IN_USE: Template(
        N_("Match key already used"),
        N_("{Kind} already used by {holder}"),
        N_(
            "This record's {kind} was changed to “{value}”, which {holder} already has. The "
            "change was not copied, so nothing changed on either side."
        ),
        N_(
            "Give this record a {kind} no other record has (or change it back); it syncs on "
            "the next run."
        ),
    ),
    ProblemCode.DELETED: Template(
        N_("Deleted on one side"),
        N_("Deleted in {service}"),
        N_(
            "The linked {kind} was deleted, archived or made inactive in {service}; its "
            "{other} copy was left as it is."
        ),
        N_(
            "Restore it in {service}, or delete the {other} copy yourself if it is no longer "
            "needed."
        ),
    ),
    ProblemCode.GONE: Template(
        N_("Record no longer exists"),
        N_("Record no longer exists in {service}"),
        N_("The record, or one it refers to, was deleted or made inactive in {service}."),
        N_("Restore it in {service} (make it active), or remove the link; then retry."),
    ),
    ProblemCode.NAME_TAKEN: Template(
        N_("Display name already used"),
        N_("Display name is a duplicate"),
        N_(
            "QuickBooks names must be unique across customers, vendors and employees, and "
            "this one is already used by {holder}."
        ),
        N_(
            "Rename the record holding the name in QuickBooks (for example add "
            "“(supplier)” to its display name), or pick another display-name rule on the "
            "Sync settings tab: “Company (First Last)”, or “First Last (email)”, which also "
            "works for contacts without a company; then press Retry."
        ),
    ),
    ProblemCode.DOC_NUMBER_TAKEN: Template(
        N_("Document number already used"),
        N_("Duplicate document number: this number is already used"),
        N_(
            "QuickBooks “custom transaction numbers” is on and the number is taken by another "
            "invoice or credit memo. {detail}"
        ),
        N_("Renumber the QuickBooks document, then switch custom transaction numbers off."),
    ),
    ProblemCode.SERVICE_DATE_NEEDED: Template(
        N_("Service date needed"),
        N_("Enter a service date for revenue-recognition lines"),
        N_("Revenue recognition is on in QuickBooks and the lines carry no service date."),
        N_("Turn revenue recognition off in QuickBooks, or map a date to the service date."),
    ),
    ProblemCode.CLOSED_BOOKS: Template(
        N_("Books closed"),
        N_("The books are closed for this date"),
        N_("QuickBooks refuses changes dated on or before its closing date."),
        N_("Change the closing date in QuickBooks, or the record's date."),
    ),
    ProblemCode.EMAIL_TAKEN: Template(
        N_("Email already used"),
        N_("A HubSpot contact already has this email"),
        N_("HubSpot keeps one contact per email address. {detail}"),
        N_("Merge the two contacts in HubSpot, or change one email; then retry."),
    ),
    ProblemCode.NOT_AN_EMAIL: Template(
        N_("Invalid email"),
        N_("Invalid {field}"),
        N_("“{value}” is not a valid email address."),
        N_("Correct the {field} on the record; it syncs on the next run."),
    ),
    ProblemCode.EMAIL_REFUSED: Template(
        N_("Invalid email"),
        N_("Invalid {field}"),
        N_("{service} does not accept this email address. {detail}"),
        N_("Correct the {field} on the record; it syncs on the next run."),
    ),
    ProblemCode.TOO_LONG: Template(
        N_("Value too long"),
        N_("Invalid {field}"),
        N_("The {field} is too long: QuickBooks allows at most {limit} characters."),
        N_("Shorten the {field} on the record; it syncs on the next run."),
    ),
    ProblemCode.FORBIDDEN_CHARACTERS: Template(
        N_("Characters not allowed"),
        N_("Invalid {field}"),
        N_("QuickBooks does not allow colons, tabs or line breaks in names."),
        N_("Correct the {field} on the record; it syncs on the next run."),
    ),
    ProblemCode.NOT_A_NUMBER: Template(
        N_("Not a number"),
        N_("Invalid {field}"),
        N_("“{value}” is not a number."),
        N_("Correct the {field} on the record; it syncs on the next run."),
    ),
    ProblemCode.TOO_MANY_DECIMALS: Template(
        N_("Too many decimals"),
        N_("Invalid {field}"),
        N_("QuickBooks keeps at most 5 decimal places in prices."),
        N_("Correct the {field} on the record; it syncs on the next run."),
    ),
    ProblemCode.REQUIRED: Template(
        N_("Required value missing"),
        N_("Invalid {field}"),
        N_("{service} needs a {field}."),
        N_("Correct the {field} on the record; it syncs on the next run."),
    ),
    ProblemCode.NO_NAME: Template(
        N_("No name"),
        N_("Invalid {field}"),
        N_("The record has no name at all."),
        N_("Add a first or last name or a company."),
    ),
    ProblemCode.NOT_INCOME_ACCOUNT: Template(
        N_("Not an income account"),
        N_("Invalid {field}"),
        N_("The chosen account is not an income account."),
        N_("Pick an income account in the product sync settings."),
    ),
    ProblemCode.FIELD_REFUSED: Template(
        N_("Value refused"),
        N_("Invalid {field}"),
        N_("{service} rejected the {field}: {detail}"),
        N_("Correct the {field} on the record; it syncs on the next run."),
    ),
    ProblemCode.BUSINESS_RULE: Template(
        N_("Business rule"),
        N_("{service} business rule"),
        N_("{detail}"),
        N_("Correct the record in the source system; then retry."),
    ),
    ProblemCode.REFUSED: Template(
        N_("Record refused"),
        N_("{service} refused the record"),
        N_("{detail}"),
        N_("Correct the record and retry; if it persists, contact support with this message."),
    ),
    ProblemCode.STALE: Template(
        N_("Changed at the same time"),
        N_("Changed in QuickBooks at the same time"),
        N_("Someone changed this record in QuickBooks while the sync was writing it."),
        N_("Nothing to do: the sync reads it again and retries."),
    ),
    ProblemCode.CONNECTION: Template(
        N_("Connection expired"),
        N_("{service} connection expired"),
        N_("The {service} sign-in was revoked or has expired."),
        N_("Reconnect {service}; queued changes are kept and sync afterwards."),
    ),
    ProblemCode.PERMISSION: Template(
        N_("Permission missing"),
        N_("Missing {service} permission"),
        N_("The {service} connection was not granted: {scopes}."),
        N_("Reconnect {service} and allow the requested permissions."),
    ),
    ProblemCode.RATE_LIMITED: Template(
        N_("Slowed down by the service"),
        N_("{service} asked us to slow down"),
        N_("{service} limits how many requests an app may make per minute."),
        N_("Nothing to do: the sync waits and retries by itself."),
    ),
    ProblemCode.NETWORK: Template(
        N_("Cannot reach the service"),
        N_("Cannot reach {service}"),
        N_("The network or the service is unavailable."),
        N_("Nothing to do: the change is kept and retried on the next run."),
    ),
    ProblemCode.SERVICE: Template(
        N_("Service error"),
        N_("{service} had an internal error"),
        N_("{service} failed while handling the request."),
        _RETRY_FIX,
    ),
    ProblemCode.INTERNAL: Template(
        N_("Unexpected problem"),
        N_("Unexpected problem"),
        N_("Something the sync did not expect went wrong; the details are in the log."),
        N_("Retry; if it persists, report it."),
    ),
    ProblemCode.LEGACY: Template(
        N_("Earlier problem"),
        N_("Earlier problem"),
        N_("{legacy_reason}"),
        N_("{legacy_fix}"),
    ),
}

# Words a template may use that the parameters do not hold: filled in when shown.
_DEFAULTS = {
    "holder": N_("another customer, vendor or employee"),
    "scopes": N_("a permission the sync needs"),
    "detail": "",
    "legacy_fix": "",
}

SERVICE_NAMES = {"hubspot": N_("HubSpot"), "quickbooks": N_("QuickBooks")}

# Plain names of QBO and HubSpot fields, for messages that name the field.
FIELD_LABELS = {
    "GivenName": N_("first name"),
    "FamilyName": N_("last name"),
    "MiddleName": N_("middle name"),
    "CompanyName": N_("company"),
    "DisplayName": N_("display name"),
    "PrintOnCheckName": N_("name printed on cheques"),
    "PrimaryEmailAddr": N_("email"),
    "PrimaryEmailAddr.Address": N_("email"),
    "PrimaryPhone": N_("phone"),
    "PrimaryPhone.FreeFormNumber": N_("phone"),
    "BillAddr": N_("billing address"),
    "BillAddr.Line1": N_("street address"),
    "BillAddr.City": N_("city"),
    "BillAddr.CountrySubDivisionCode": N_("state"),
    "BillAddr.PostalCode": N_("postal code"),
    "BillAddr.Country": N_("country"),
    "Name": N_("product name"),
    "Sku": N_("SKU"),
    "UnitPrice": N_("price"),
    "Description": N_("description"),
    "IncomeAccountRef": N_("income account"),
    "firstname": N_("first name"),
    "lastname": N_("last name"),
    "company": N_("company"),
    "email": N_("email"),
    "phone": N_("phone"),
    "address": N_("street address"),
    "city": N_("city"),
    "state": N_("state"),
    "zip": N_("postal code"),
    "country": N_("country"),
    "name": N_("product name"),
    "hs_sku": N_("SKU"),
    "price": N_("price"),
    "description": N_("description"),
}


def field_label(name: str | None) -> str:
    if not name:
        return N_("a field")
    return FIELD_LABELS.get(name, FIELD_LABELS.get(name.split(".")[-1], name))


def service_name(service: str | None) -> str:
    return SERVICE_NAMES.get(service or "", SERVICE_NAMES["quickbooks"])


def label(code: ProblemCode | str | None) -> str:
    """The category's name as the user sees it ("Display name already used")."""
    return TEMPLATES[ProblemCode.parse(code) if isinstance(code, str | None) else code].label


class Words(NamedTuple):
    title: str
    reason: str
    fix: str

    @property
    def explanation(self) -> str:
        if not self.reason:
            return self.title
        return N_("{title}: {reason}").format(title=self.title, reason=self.reason)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:  # an old or damaged row never breaks the window
        return ""


def values_for(problem: Problem) -> dict[str, str]:
    """The parameters plus the words derived from them (service names, field labels)."""
    values = {**_DEFAULTS, **problem.params}
    side = problem.params.get("service")
    values["service"] = service_name(side)
    values["other"] = service_name("hubspot" if side == "quickbooks" else "quickbooks")
    values["field"] = field_label(problem.field)
    kind = problem.params.get("kind", "")
    values["Kind"] = kind[:1].upper() + kind[1:]
    return values


def render(problem: Problem) -> Words:
    """Title, explanation and fix of a problem, in words, at the moment it is shown."""
    template = TEMPLATES[problem.code]
    values = _Values(values_for(problem))
    title, reason, fix = (
        text.format_map(values).strip() for text in (template.title, template.reason, template.fix)
    )
    if "legacy_reason" in problem.params:  # a row from before codes: its own old words
        reason = problem.params["legacy_reason"]
        fix = problem.params.get("legacy_fix", "")
        title = template.label
        if ": " in reason:
            title, reason = reason.split(": ", 1)  # old rows kept "title: reason" as one text
    return Words(title, reason, fix)
