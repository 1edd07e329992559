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
from typing import Any, NamedTuple

from qbsync_desktop.core.export import local_timestamp
from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync.invoice_problem_templates import INVOICE_TEMPLATES
from qbsync_desktop.core.sync.problem_codes import RETRIED_BY_THEMSELVES, ProblemCode, Template
from qbsync_desktop.core.sync.problem_templates import GENERAL_TEMPLATES

__all__ = ["RETRIED_BY_THEMSELVES", "TEMPLATES", "Problem", "ProblemCode", "Template"]

TEMPLATES: dict[ProblemCode, Template] = {**GENERAL_TEMPLATES, **INVOICE_TEMPLATES}


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


# Parameters holding a stored UTC moment: shown as the user's local time to the minute.
MOMENT_PARAMS = frozenset({"since"})


def wall_clock(stamp: str) -> str:
    """A stored ISO moment as local "YYYY-MM-DD HH:MM"; a plain date or other text as is."""
    shown = local_timestamp(stamp)  # local time to the second, or the text when no moment
    return stamp if len(stamp) <= 10 or shown == stamp else shown[:16]


def values_for(problem: Problem, say: Translate = as_marked) -> dict[str, str]:
    """The parameters plus the words derived from them (service names, field labels)."""
    values = {k: say("Problems", v) if v else v for k, v in _DEFAULTS.items()}
    values.update(problem.params)
    for key in MOMENT_PARAMS & problem.params.keys():
        values[key] = wall_clock(problem.params[key])
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
