"""A UK (GB) company: VAT codes and rates, tax on every line, VAT in the totals.

Evidence: qbo.md 3.4/3.5 (GlobalTaxCalculation required for non-US companies [C];
6000 "Make sure all your transactions have a VAT rate" [S mcp-server#94]; TaxCode and
TaxRate are read with queries [C]). UK code names follow QBO UK's "20.0% S" style [S];
what QBO does when GlobalTaxCalculation is omitted and which code answers a US
pseudo-code on a UK line are not documented [U]: the sandbox takes TaxExcluded and 2500.
"""

from __future__ import annotations

import itertools
from typing import Any

import httpx

from qbsync_desktop.cli import build_parser
from qbsync_desktop.sandbox.qbo.service import QboSandbox
from qbsync_desktop.sandbox.serve import child_arguments

from .conftest import Qbo, fault_code

_BUYERS = itertools.count(1)


async def _to_gb(http: httpx.AsyncClient) -> dict[str, Any]:
    resp = await http.post("/_sandbox/company", json={"CompanyInfo": {"Country": "GB"}})
    assert resp.status_code == 200
    return dict(resp.json())


async def _code(qbo: Qbo, name: str) -> str:
    return str((await qbo.rows(f"select * from TaxCode where Name = '{name}'"))[0]["Id"])


async def _gb_invoice(
    qbo: Qbo, code: str | None, amount: float = 100.0, **extra: Any
) -> httpx.Response:
    cust = await qbo.create("customer", {"DisplayName": f"UK Buyer {next(_BUYERS)}"})
    item = (await qbo.rows("select * from Item maxresults 1"))[0]["Id"]
    detail: dict[str, Any] = {"ItemRef": {"value": item}, "Qty": 1, "UnitPrice": amount}
    if code is not None:
        detail["TaxCodeRef"] = {"value": code}
    line = {"Amount": amount, "DetailType": "SalesItemLineDetail", "SalesItemLineDetail": detail}
    return await qbo.post("invoice", {"CustomerRef": {"value": cust["Id"]}, "Line": [line],
                                      **extra})  # fmt: skip


async def test_switching_to_gb_brings_uk_vat_codes_and_rates(http, qbo: Qbo) -> None:
    company = await _to_gb(http)
    assert company["CompanyInfo"]["Country"] == "GB"
    assert company["Preferences"]["CurrencyPrefs"]["HomeCurrency"]["value"] == "GBP"
    codes = {c["Name"] for c in await qbo.rows("select * from TaxCode")}
    assert {"20.0% S", "5.0% R", "0.0% Z", "Exempt", "No VAT"} <= codes
    assert "California" not in codes  # the US code went inactive with the move
    rates = {r["Name"]: r["RateValue"] for r in await qbo.rows("select * from TaxRate")}
    assert rates["20.0% S"] == 20 and rates["5.0% R"] == 5
    standard = (await qbo.rows("select * from TaxCode where Name = '20.0% S'"))[0]
    rate_ref = standard["SalesTaxRateList"]["TaxRateDetail"][0]["TaxRateRef"]["value"]
    assert (await qbo.get(f"taxrate/{rate_ref}")).json()["TaxRate"]["RateValue"] == 20


async def test_gb_line_without_a_tax_code_is_6000_vat_rate(http, qbo: Qbo) -> None:
    await _to_gb(http)
    error = (await _gb_invoice(qbo, None)).json()["Fault"]["Error"][0]
    assert error["code"] == "6000"
    assert "Make sure all your transactions have a VAT rate" in error["Detail"]


async def test_us_codes_on_a_gb_invoice_are_refused_as_invalid_reference_u(http, qbo: Qbo) -> None:
    california = await _code(qbo, "California")
    await _to_gb(http)
    assert fault_code(await _gb_invoice(qbo, "TAX")) == "2500"
    assert fault_code(await _gb_invoice(qbo, "NON")) == "2500"
    assert fault_code(await _gb_invoice(qbo, california)) == "2500"


async def test_vat_is_added_to_the_total_taxexcluded_default_u(http, qbo: Qbo) -> None:
    await _to_gb(http)
    inv = (await _gb_invoice(qbo, await _code(qbo, "20.0% S"))).json()["Invoice"]
    assert inv["GlobalTaxCalculation"] == "TaxExcluded"
    assert inv["TotalAmt"] == 120.0 and inv["Balance"] == 120.0
    assert inv["TxnTaxDetail"]["TotalTax"] == 20.0
    tax_line = inv["TxnTaxDetail"]["TaxLine"][0]["TaxLineDetail"]
    assert tax_line["TaxPercent"] == 20 and tax_line["NetAmountTaxable"] == 100.0
    assert inv["CurrencyRef"]["value"] == "GBP"


async def test_vat_inclusive_amounts_carry_the_tax_inside(http, qbo: Qbo) -> None:
    await _to_gb(http)
    code = await _code(qbo, "20.0% S")
    inv = (await _gb_invoice(qbo, code, 120.0, GlobalTaxCalculation="TaxInclusive")).json()
    assert inv["Invoice"]["TotalAmt"] == 120.0
    assert inv["Invoice"]["TxnTaxDetail"]["TotalTax"] == 20.0
    zero = (await _gb_invoice(qbo, await _code(qbo, "0.0% Z"))).json()["Invoice"]
    assert zero["TotalAmt"] == 100.0 and zero["TxnTaxDetail"]["TotalTax"] == 0
    bad = await _gb_invoice(qbo, code, GlobalTaxCalculation="Sometimes")
    assert fault_code(bad) == "2010"


def test_a_sandbox_started_for_gb_is_a_uk_company_with_vat_on_its_demo_invoices() -> None:
    svc = QboSandbox(country="GB")
    svc.seed(12, 1)
    books = svc.books
    assert books.singletons["CompanyInfo"]["Country"] == "GB"
    names = {c["Name"] for c in books.objects["TaxCode"].values() if c.get("Active")}
    assert "20.0% S" in names and "California" not in names
    invoices = list(books.objects["Invoice"].values())
    assert invoices and all(i["TxnTaxDetail"]["TotalTax"] > 0 for i in invoices)
    assert all(c["CurrencyRef"]["value"] == "GBP" for c in books.objects["Customer"].values())
    svc.reset()
    assert svc.books.singletons["CompanyInfo"]["Country"] == "GB"  # a reset stays in the UK


def test_serve_and_the_cli_take_a_country() -> None:
    assert child_arguments(["--country", "GB"]).country == "GB"
    assert child_arguments([]).country == "US"
    args = build_parser().parse_args(["sandbox", "serve", "--country", "GB"])
    assert args.country == "GB"
