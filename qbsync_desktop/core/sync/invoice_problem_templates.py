"""The words of the invoice problems (both directions), marked for Qt's extractor
(context "Problems")."""

from __future__ import annotations

from qbsync_desktop.core.i18n import QT_TRANSLATE_NOOP
from qbsync_desktop.core.sync.problem_codes import ProblemCode, Template

INVOICE_TEMPLATES: dict[ProblemCode, Template] = {
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
}
