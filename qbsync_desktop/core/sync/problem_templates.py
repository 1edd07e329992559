"""The words of every problem that is not about invoices: a label, a title, an explanation
and a fix per code, marked for Qt's extractor (context "Problems")."""

from __future__ import annotations

from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync.problem_codes import ProblemCode, Template

RETRY_FIX = QT_TRANSLATE_NOOP("Problems", "Nothing to do: the sync retries on the next run.")

GENERAL_TEMPLATES: dict[ProblemCode, Template] = {
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
        RETRY_FIX,
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
