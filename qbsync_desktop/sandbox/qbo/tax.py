"""Sales tax and VAT: the tax codes a company's country brings, line codes, tax totals.

US companies put the pseudo-codes TAX / NON on lines and name the rate once, in
TxnTaxDetail.TxnTaxCodeRef. Every other country (VAT, GST) puts a real TaxCode on
every line and says with GlobalTaxCalculation whether line amounts exclude or
include the tax (qbo.md 3.4; 6000 "Make sure all your transactions have a VAT
rate" without one, qbo.md 3.5 "Added 2026-11-30" [S mcp-server#94]).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from . import faults
from .books import Books, Obj
from .names import ref_id

CENT = Decimal("0.01")
TAX_WORD = {"GB": "VAT", "IE": "VAT", "ZA": "VAT", "FR": "VAT", "CA": "GST/HST", "AU": "GST"}
HOME_CURRENCY = {"US": "USD", "GB": "GBP", "CA": "CAD", "AU": "AUD", "IE": "EUR", "FR": "EUR"}
CURRENCY_NAMES = {
    "USD": "United States Dollar",
    "GBP": "British Pound Sterling",
    "CAD": "Canadian Dollar",
    "AUD": "Australian Dollar",
    "EUR": "Euro",
}
# What QBO does when a non-US client omits GlobalTaxCalculation is not documented [U]
# (Intuit marks it required for non-US companies). The sandbox takes TaxExcluded
# (amounts before tax), the value integrations send for non-US companies [S e.g. Invoice
# Ninja's QBO invoice transformer tests], and stores it so a client can see the choice.
DEFAULT_GLOBAL_TAX = "TaxExcluded"
GLOBAL_TAX_VALUES = ("TaxExcluded", "TaxInclusive", "NotApplicable")


@dataclass(frozen=True)
class SeedCode:
    name: str
    description: str
    percent: Decimal | None  # None: the code carries no rate ("No VAT")


# The US sandbox company's single sales-tax code (8%, a California rate).
US_CODES = (SeedCode("California", "California sales tax", Decimal(8)),)
# UK VAT codes: 20% standard, 5% reduced, zero-rated, exempt, outside scope (HMRC's rates).
# Names follow the "20.0% S" style of QBO UK code lists [U: not checked against a real UK
# company; ids are ours]; clients should pick codes by rate, not by name.
GB_CODES = (
    SeedCode("20.0% S", "Standard rated sales (20%)", Decimal(20)),
    SeedCode("5.0% R", "Reduced rated sales (5%)", Decimal(5)),
    SeedCode("0.0% Z", "Zero-rated sales", Decimal(0)),
    SeedCode("Exempt", "Exempt from VAT", Decimal(0)),
    SeedCode("No VAT", "Outside the scope of VAT", None),
)
CODES_BY_COUNTRY = {"US": US_CODES, "GB": GB_CODES}


def country_code(country: str) -> str:
    value = country.strip().upper()
    return {"USA": "US", "UK": "GB", "GBR": "GB"}.get(value, value)


def is_us(country: str) -> bool:
    return country_code(country) == "US"


def currency_ref(code: str) -> Obj:
    return {"value": code, "name": CURRENCY_NAMES.get(code, code)}


def _find(books: Books, entity: str, name: str) -> Obj | None:
    return next((o for o in books.objects[entity].values() if o.get("Name") == name), None)


def install_codes(books: Books, codes: tuple[SeedCode, ...], now: float) -> None:
    """Add (or reactivate) each code and its rate; a new company starts with its own."""
    for code in codes:
        rate_details: list[Obj] = []
        if code.percent is not None:
            rate = _find(books, "TaxRate", code.name)
            if rate is None:
                rate = books.insert(
                    "TaxRate",
                    {"Name": code.name, "Description": code.description, "Active": True,
                     "RateValue": float(code.percent), "SpecialTaxType": "NONE",
                     "DisplayType": "ReadOnly", "AgencyRef": {"value": "1"}},
                    now,
                )  # fmt: skip
            elif not rate.get("Active", True):
                books.replace("TaxRate", {**rate, "Active": True}, now)
            rate_details.append(
                {"TaxRateRef": {"value": rate["Id"], "name": rate["Name"]},
                 "TaxTypeApplicable": "TaxOnAmount", "TaxOrder": 0}
            )  # fmt: skip
        existing = _find(books, "TaxCode", code.name)
        if existing is None:
            books.insert(
                "TaxCode",
                {
                    "Name": code.name,
                    "Description": code.description,
                    "Active": True,
                    "Taxable": code.percent is not None,
                    "TaxGroup": False,
                    "SalesTaxRateList": {"TaxRateDetail": rate_details},
                    "PurchaseTaxRateList": {"TaxRateDetail": []},
                },
                now,
            )
        elif not existing.get("Active", True):
            books.replace("TaxCode", {**existing, "Active": True}, now)


def _retire_codes(books: Books, codes: tuple[SeedCode, ...], now: float) -> None:
    for code in codes:
        for entity in ("TaxCode", "TaxRate"):
            found = _find(books, entity, code.name)
            if found is not None and found.get("Active", True):
                books.replace(entity, {**found, "Active": False}, now)


def apply_country(books: Books, country: str, now: float) -> None:
    """The company moved to `country`: its tax codes come, other countries' codes go inactive.

    Countries without a seeded list (e.g. CA) keep whatever codes exist.
    """
    wanted = CODES_BY_COUNTRY.get(country_code(country))
    if wanted is None:
        return
    for codes in CODES_BY_COUNTRY.values():
        if codes is not wanted:
            _retire_codes(books, codes, now)
    install_codes(books, wanted, now)


def code_percent(books: Books, code_id: str | None) -> tuple[Decimal, str | None]:
    """(sum of a code's sales rates in percent, the first rate's id) or (0, None)."""
    tax_code = books.get("TaxCode", code_id) if code_id else None
    if not tax_code:
        return Decimal(0), None
    total, first = Decimal(0), None
    for detail in (tax_code.get("SalesTaxRateList") or {}).get("TaxRateDetail") or []:
        rate = books.get("TaxRate", ref_id(detail.get("TaxRateRef")) or "")
        if rate:
            total += Decimal(str(rate.get("RateValue", 0)))
            first = first or rate["Id"]
    return total, first


def standard_code(books: Books) -> str | None:
    """The active code with the highest rate (a UK company's 20% standard rate)."""
    best: tuple[Decimal, str] | None = None
    for code in books.objects["TaxCode"].values():
        if code.get("Active", True):
            percent, _rate = code_percent(books, code["Id"])
            if best is None or percent > best[0]:
                best = (percent, code["Id"])
    return best[1] if best else None


def line_tax_code(books: Books, detail: Obj, country: str) -> str:
    """Check and return a sales line's tax code, as the company's country requires."""
    code = ref_id(detail.get("TaxCodeRef"))
    if is_us(country):
        if code is None or code in {"TAX", "NON"}:
            return code or "NON"
        if books.get("TaxCode", code) is None:
            raise faults.invalid_ref("Line.SalesItemLineDetail.TaxCodeRef")
        return code
    if code is None:
        word = TAX_WORD.get(country_code(country), "VAT")
        raise faults.business(
            f"Make sure all your transactions have a {word} rate before you save."
        )
    found = books.get("TaxCode", code)
    # TAX / NON are US pseudo-codes; a non-US company has no such code, and a code the
    # company's country retired is inactive: both are invalid references here [U code].
    if found is None or not found.get("Active", True):
        raise faults.invalid_ref("Line.SalesItemLineDetail.TaxCodeRef", inactive=found is not None)
    return code


def global_tax_calculation(obj: Obj, country: str) -> str | None:
    if is_us(country):
        return None
    value = obj.get("GlobalTaxCalculation") or DEFAULT_GLOBAL_TAX
    if value not in GLOBAL_TAX_VALUES:
        raise faults.invalid_property("GlobalTaxCalculation")
    obj["GlobalTaxCalculation"] = value
    return str(value)


def compute_tax(books: Books, obj: Obj, taxable: dict[str, Decimal], country: str) -> Decimal:
    """Fill TxnTaxDetail; return the tax to add to the line total (0 when included)."""
    detail: dict[str, Any] = dict(obj.get("TxnTaxDetail") or {})
    if is_us(country):
        code = ref_id(detail.get("TxnTaxCodeRef"))
        if code is not None and books.get("TaxCode", code) is None:
            raise faults.invalid_ref("TxnTaxDetail.TxnTaxCodeRef")
        percent, _rate = code_percent(books, code)
        tax = _cents(taxable.get("TAX", Decimal(0)) * percent / 100)
        detail["TotalTax"] = float(tax)
        obj["TxnTaxDetail"] = detail
        return tax
    mode = global_tax_calculation(obj, country)
    tax_lines: list[Obj] = []
    tax = Decimal(0)
    for code, amount in sorted(taxable.items()):
        percent, rate_id = code_percent(books, code)
        if mode == "NotApplicable" or rate_id is None:
            continue
        if mode == "TaxInclusive":
            part = _cents(amount * percent / (100 + percent))
            net = amount - part
        else:
            part, net = _cents(amount * percent / 100), amount
        tax += part
        tax_lines.append(
            {"Amount": float(part), "DetailType": "TaxLineDetail",
             "TaxLineDetail": {"TaxRateRef": {"value": rate_id}, "PercentBased": True,
                               "TaxPercent": float(percent), "NetAmountTaxable": float(net)}}
        )  # fmt: skip
    detail["TotalTax"] = float(tax)
    detail["TaxLine"] = tax_lines
    obj["TxnTaxDetail"] = detail
    return Decimal(0) if mode == "TaxInclusive" else tax


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)
