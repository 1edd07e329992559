"""Taxes: the account's tax rates on line items, and invoice-level discounts, fees and taxes.

hubspot.md s3.5/s3.8 [C]: a line item's `hs_tax_rate_group_id` names a rate of the
account's library (`GET /tax-rates/v1/tax-rates`) and its tax is computed into
`hs_tax_amount`; an id that names no rate is a 400 (an inactive rate too [U]).
Invoice-level discounts, fees and taxes are objects associated with the invoice, each
FIXED or PERCENT, applied in that order [C discounts/fees guides]: percentages of
discounts apply to the line subtotal, of fees to the subtotal after discounts, of taxes
to the subtotal after discounts and fees [U bases].
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .errors import bad_request
from .money import money, num

if TYPE_CHECKING:
    from .crm import Crm

LINE_TAX_PROPS = ("hs_tax_rate", "hs_tax_label", "hs_tax_amount")


def line_tax(crm: Crm, merged: dict[str, str]) -> dict[str, str]:
    """The tax properties of a line item whose other values are `merged`."""
    amount = num(merged, "amount")
    rid = merged.get("hs_tax_rate_group_id", "")
    if not rid:
        return {**dict.fromkeys(LINE_TAX_PROPS, ""), "hs_post_tax_amount": money(amount)}
    rate = crm.account.tax_rates.get(rid)
    if rate is None or not rate.get("active"):
        raise bad_request(
            f"Tax rate {rid} does not exist in this account's tax rate library",
            context={"hs_tax_rate_group_id": [rid]},
        )
    pct = Decimal(str(rate["percentageRate"]))
    tax = amount * pct / 100
    return {
        "hs_tax_rate": str(pct),
        "hs_tax_label": str(rate["label"]),
        "hs_tax_amount": money(tax),
        "hs_post_tax_amount": money(amount + tax),
    }


def _adjust(crm: Crm, inv_id: int, kind: str, base: Decimal) -> Decimal:
    st = crm.stores[kind]
    recs = [st.records[i] for i in crm.live_targets("invoices", inv_id, kind)]
    recs.sort(key=lambda r: (num(r.props, "hs_sort_order"), r.id))
    total = Decimal(0)
    for r in recs:
        value = num(r.props, "hs_value")
        total += base * value / 100 if r.props.get("hs_type") == "PERCENT" else value
    return total


def invoice_adjustments(crm: Crm, inv_id: int, subtotal: Decimal) -> tuple[Decimal, Decimal]:
    """(total after discounts and fees, invoice-level taxes), in the documented order."""
    after_discounts = subtotal - _adjust(crm, inv_id, "discounts", subtotal)
    after_fees = after_discounts + _adjust(crm, inv_id, "fees", after_discounts)
    return after_fees, _adjust(crm, inv_id, "taxes", after_fees)
