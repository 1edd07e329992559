"""HubSpot contacts ⇄ QuickBooks customers, matched by email."""

from __future__ import annotations

from collections.abc import Sequence

from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.mapping import FieldMap, NameSet, NewQboRecord, ObjectSpec, Values
from qbsync_desktop.core.sync.object_settings import ObjectSettings
from qbsync_desktop.core.sync.objects.base import ObjectType, SettingField

FIELDS: tuple[FieldMap, ...] = (
    FieldMap("firstname", "firstname", "GivenName"),
    FieldMap("lastname", "lastname", "FamilyName"),
    FieldMap("company", "company", "CompanyName"),
    FieldMap("email", "email", "PrimaryEmailAddr.Address", "email"),
    FieldMap("phone", "phone", "PrimaryPhone.FreeFormNumber"),
    FieldMap("address", "address", "BillAddr.Line1"),
    FieldMap("city", "city", "BillAddr.City"),
    FieldMap("state", "state", "BillAddr.CountrySubDivisionCode"),
    FieldMap("zip", "zip", "BillAddr.PostalCode"),
    FieldMap("country", "country", "BillAddr.Country"),
)

# The lengths QBO accepts in a customer's fields (longer values fail before sending).
QBO_LIMITS = {
    "GivenName": 100,
    "FamilyName": 100,
    "CompanyName": 100,
    "DisplayName": 500,
    "PrimaryEmailAddr.Address": 100,
    "PrimaryPhone.FreeFormNumber": 21,
    "BillAddr.Line1": 500,
    "BillAddr.City": 255,
    "BillAddr.CountrySubDivisionCode": 255,
    "BillAddr.PostalCode": 30,
    "BillAddr.Country": 255,
}

DEFAULT_NAMING = "company_or_company_person"
NAMING_LABELS = {
    "company_or_company_person": QT_TRANSLATE_NOOP(
        "Objects", "Company, or “Company (First Last)” when taken"
    ),
    "company_person": QT_TRANSLATE_NOOP("Objects", "Always “Company (First Last)”"),
    "person": QT_TRANSLATE_NOOP("Objects", "First Last"),
    "person_email": QT_TRANSLATE_NOOP(
        "Objects", "Always “First Last (email)” (unique, also without a company)"
    ),
}


def person_name(values: Values) -> str:
    parts = [values.get("firstname"), values.get("lastname")]
    return " ".join(p for p in parts if p)


def label_of(values: Values) -> str:
    return person_name(values) or values.get("company") or values.get("email") or ""


def display_name_for(values: Values, rule: str, taken: NameSet, company_count: int) -> str:
    """The QBO display name of a new customer under the naming rule (SPEC.md 2.1).

    Default rule: the company name, or `Company (First Last)` when the company name alone
    would collide (another new contact of that company, or a name QBO already has).
    """
    person = person_name(values)
    company = values.get("company")
    email = values.get("email") or ""
    if rule == "person_email":  # unique by email: also for people without a company
        name = f"{person or company} ({email})" if (person or company) and email else ""
        name = name or person or company or email
    elif company and rule != "person":
        if rule == "company_person" or company_count > 1 or company.lower() in taken:
            name = f"{company} ({person})" if person else f"{company} ({email})"
        else:
            name = company
    else:
        name = person or company or email
        if name.lower() in taken and email:
            name = f"{name} ({email})"
    base, n = name, 2
    while name.lower() in taken:
        name = f"{base} ({n})"
        n += 1
    return name


def assign_display_names(
    creates: Sequence[NewQboRecord], settings: ObjectSettings, taken: NameSet
) -> None:
    """Name new customers; `taken` (lower case) grows by the names given."""
    per_company: dict[str, int] = {}
    for pair in creates:
        company = (pair.merged.get("company") or "").lower()
        if company:
            per_company[company] = per_company.get(company, 0) + 1
    for pair in creates:
        company = (pair.merged.get("company") or "").lower()
        name = display_name_for(
            pair.merged, naming_rule(settings), taken, per_company.get(company, 0)
        )
        taken.add(name.lower())
        pair.qbo_name = name


def naming_rule(settings: ObjectSettings) -> str:
    """How new QuickBooks customers are named (one of NAMING_LABELS)."""
    return str(settings.option("naming_rule", DEFAULT_NAMING))


def _check_naming(settings: ObjectSettings) -> str | None:
    if naming_rule(settings) not in NAMING_LABELS:
        return QT_TRANSLATE_NOOP(
            "Objects", "Unknown way of naming new customers: pick one from the list."
        )
    return None


SPEC = ObjectSpec(
    "contacts",
    hubspot_type="contacts",
    qbo_entity="Customer",
    match_key="email",
    defaults=FIELDS,
    missing_key=errors.no_email,
    key_noun=QT_TRANSLATE_NOOP("Objects", "email"),
    record_noun=QT_TRANSLATE_NOOP("Objects", "contact"),
    label_of=label_of,
    qbo_key_field="PrimaryEmailAddr",
    hubspot_modified="lastmodifieddate",
    hubspot_unique="email",
    hubspot_group="contactinformation",
    qbo_name_field="DisplayName",
    # QBO keeps display names unique across customers, vendors and employees.
    name_holders=("Vendor", "Employee", "Customer"),
    qbo_limits=QBO_LIMITS,
    qbo_no_colon=frozenset({"GivenName", "FamilyName", "DisplayName"}),
    name_new_qbo=assign_display_names,
)

OBJECT = ObjectType(
    SPEC,
    label=QT_TRANSLATE_NOOP("Objects", "Contacts ⇄ Customers"),
    hubspot_label=QT_TRANSLATE_NOOP("Objects", "Contact"),
    qbo_label=QT_TRANSLATE_NOOP("Objects", "Customer"),
    level=0,
    settings_fields=(
        SettingField(
            "naming_rule",
            QT_TRANSLATE_NOOP("Objects", "QuickBooks display name"),
            "choice",
            tuple(NAMING_LABELS.items()),
            _check_naming,
            default=DEFAULT_NAMING,
        ),
    ),
)
