"""The unmodified python-quickbooks + intuitlib clients against the sandbox on a loopback port.

intuitlib accepts a discovery-document URL as its `environment`, so the sandbox's
`/.well-known/openid_sandbox_configuration/` points it at our OAuth endpoints. The
QuickBooks client reads its API base from the `api_url_v3` attribute, set on the
instance. oauthlib refuses plain http unless OAUTHLIB_INSECURE_TRANSPORT is set,
which is its documented switch for local testing.
"""

from __future__ import annotations

from typing import Any

import pytest
from quickbooks import QuickBooks
from quickbooks.batch import batch_create
from quickbooks.exceptions import QuickbooksException, ValidationException
from quickbooks.objects.account import Account
from quickbooks.objects.base import LinkedTxn
from quickbooks.objects.customer import Customer
from quickbooks.objects.detailline import SalesItemLine, SalesItemLineDetail
from quickbooks.objects.invoice import Invoice
from quickbooks.objects.item import Item
from quickbooks.objects.payment import Payment, PaymentLine

# `qb` (an authorised python-quickbooks client) comes from conftest.py.


def _income_account(qb: QuickBooks) -> Account:
    return Account.filter(AccountType="Income", qb=qb)[0]


def test_customers_create_read_update_query(qb: QuickBooks) -> None:
    cust = Customer()
    cust.GivenName = "Pyqb"
    cust.FamilyName = "Tester"
    cust.DisplayName = "Pyqb Tester"
    saved = cust.save(qb=qb)
    got = Customer.get(saved.Id, qb=qb)
    assert got.DisplayName == "Pyqb Tester" and got.SyncToken == "0"
    got.CompanyName = "Pyqb Inc"
    updated = got.save(qb=qb)
    assert updated.SyncToken == "1" and updated.CompanyName == "Pyqb Inc"
    assert [c.Id for c in Customer.filter(DisplayName="Pyqb Tester", qb=qb)] == [saved.Id]
    assert Customer.count(qb=qb) >= 41
    assert len(Customer.all(max_results=5, qb=qb)) == 5
    assert Customer.where("DisplayName LIKE 'Pyqb%'", qb=qb)[0].Id == saved.Id


def test_duplicate_name_surfaces_as_validation_exception(qb: QuickBooks) -> None:
    cust = Customer()
    cust.DisplayName = "Jordan Blake"
    with pytest.raises(QuickbooksException) as info:
        cust.save(qb=qb)
    assert info.value.error_code == 6240


def test_items_invoices_payments(qb: QuickBooks) -> None:
    item = Item()
    item.Name = "Pyqb Widget"
    item.Type = "Service"
    item.Sku = "PYQB-1"
    item.UnitPrice = 40
    item.IncomeAccountRef = _income_account(qb).to_ref()
    item = item.save(qb=qb)
    cust = Customer.filter(DisplayName="Pyqb Tester", qb=qb) or [Customer()]
    customer = cust[0]
    if not customer.Id:
        customer.DisplayName = "Pyqb Tester"
        customer = customer.save(qb=qb)
    line = SalesItemLine()
    line.Amount = 80
    line.SalesItemLineDetail = SalesItemLineDetail()
    line.SalesItemLineDetail.ItemRef = item.to_ref()
    line.SalesItemLineDetail.Qty = 2
    line.SalesItemLineDetail.UnitPrice = 40
    invoice = Invoice()
    invoice.CustomerRef = customer.to_ref()
    invoice.DocNumber = "PYQB-INV-1"
    invoice.Line.append(line)
    invoice = invoice.save(qb=qb)
    assert float(invoice.TotalAmt) == 80.0 and float(invoice.Balance) == 80.0

    payment = Payment()
    payment.CustomerRef = customer.to_ref()
    payment.TotalAmt = 30
    pline = PaymentLine()
    pline.Amount = 30
    link = LinkedTxn()
    link.TxnId = invoice.Id
    link.TxnType = "Invoice"
    pline.LinkedTxn.append(link)
    payment.Line.append(pline)
    payment = payment.save(qb=qb)
    assert float(Invoice.get(invoice.Id, qb=qb).Balance) == 50.0

    payment = Payment.get(payment.Id, qb=qb)
    payment.void(qb=qb)
    assert float(Invoice.get(invoice.Id, qb=qb).Balance) == 80.0
    fresh = Invoice.get(invoice.Id, qb=qb)
    fresh.void(qb=qb)
    assert float(Invoice.get(invoice.Id, qb=qb).TotalAmt) == 0.0


def test_invoice_delete(qb: QuickBooks) -> None:
    invoices = Invoice.where("Balance > '0'", qb=qb)
    unpaid = [i for i in invoices if float(i.Balance) == float(i.TotalAmt)]
    unpaid[0].delete(qb=qb)
    with pytest.raises(QuickbooksException) as info:
        Invoice.get(unpaid[0].Id, qb=qb)
    assert info.value.error_code == 610


def test_batch_create_reports_successes_and_faults(qb: QuickBooks) -> None:
    good = Customer()
    good.DisplayName = "Pyqb Batch"
    bad = Customer()
    bad.DisplayName = "Jordan Blake"
    result = batch_create([good, bad], qb=qb)
    assert [c.DisplayName for c in result.successes] == ["Pyqb Batch"]
    assert len(result.faults) == 1
    assert result.faults[0].Error[0].code == "6240"


def test_query_parser_fault_and_refresh(qb: QuickBooks) -> None:
    with pytest.raises(ValidationException) as info:
        Customer.query("SELECT * FROM Customer WHERE Id = '1' OR Id = '2'", qb=qb)
    assert info.value.error_code == 4000
    old_refresh = qb.auth_client.refresh_token
    qb.auth_client.refresh()
    assert qb.auth_client.refresh_token != old_refresh  # rotated
    rows: list[Any] = Customer.all(max_results=1, qb=qb)
    assert len(rows) == 1
