"""python-quickbooks (unmodified) on the invoice and payment paths: terms, custom fields,
credit memos applied by a zero-amount payment, the customer's netted balance."""

from __future__ import annotations

from quickbooks import QuickBooks
from quickbooks.objects.base import CustomField, LinkedTxn
from quickbooks.objects.creditmemo import CreditMemo
from quickbooks.objects.customer import Customer
from quickbooks.objects.detailline import SalesItemLine, SalesItemLineDetail
from quickbooks.objects.invoice import Invoice
from quickbooks.objects.item import Item
from quickbooks.objects.payment import Payment, PaymentLine
from quickbooks.objects.term import Term

# `qb` (an authorised python-quickbooks client) comes from conftest.py.


def _customer(qb: QuickBooks, name: str) -> Customer:
    cust = Customer()
    cust.DisplayName = name
    return cust.save(qb=qb)


def _line(item: Item, amount: float) -> SalesItemLine:
    line = SalesItemLine()
    line.Amount = amount
    line.SalesItemLineDetail = SalesItemLineDetail()
    line.SalesItemLineDetail.ItemRef = item.to_ref()
    line.SalesItemLineDetail.Qty = 1
    line.SalesItemLineDetail.UnitPrice = amount
    return line


def _applies(txn_id: str, txn_type: str, amount: float) -> PaymentLine:
    line = PaymentLine()
    line.Amount = amount
    link = LinkedTxn()
    link.TxnId = txn_id
    link.TxnType = txn_type
    line.LinkedTxn.append(link)
    return line


def test_term_sent_on_the_invoice_sets_its_due_date_and_custom_field_roundtrips(
    qb: QuickBooks,
) -> None:
    term = Term()
    term.Name = "Net 15"
    term.DueDays = 15
    term = term.save(qb=qb)
    assert term.Type == "STANDARD"
    assert [t.Name for t in Term.filter(Name="Net 15", qb=qb)] == ["Net 15"]
    item = Item.all(max_results=1, qb=qb)[0]
    invoice = Invoice()
    invoice.CustomerRef = _customer(qb, "Pyqb Terms").to_ref()
    invoice.TxnDate = "2026-05-01"
    invoice.SalesTermRef = term.to_ref()
    invoice.Line.append(_line(item, 40))
    po, lost = CustomField(), CustomField()
    po.DefinitionId, po.Type, po.StringValue = "1", "StringType", "PO-1"
    lost.DefinitionId, lost.Type, lost.StringValue = "3", "StringType", "not enabled"
    invoice.CustomField = [po, lost]
    invoice = invoice.save(qb=qb)
    read = Invoice.get(invoice.Id, qb=qb)
    assert read.DueDate == "2026-05-16"
    assert read.SalesTermRef.value == term.Id
    assert [(f.DefinitionId, f.Name, f.StringValue) for f in read.CustomField] == [
        ("1", "PO #", "PO-1")
    ]


def test_zero_payment_applies_a_credit_memo_and_the_balance_nets_it(qb: QuickBooks) -> None:
    customer = _customer(qb, "Pyqb Credit")
    item = Item.all(max_results=1, qb=qb)[0]
    invoice = Invoice()
    invoice.CustomerRef = customer.to_ref()
    invoice.Line.append(_line(item, 100))
    invoice = invoice.save(qb=qb)
    memo = CreditMemo()
    memo.CustomerRef = customer.to_ref()
    memo.Line.append(_line(item, 25))
    memo = memo.save(qb=qb)
    assert float(memo.RemainingCredit) == 25.0
    assert float(Customer.get(customer.Id, qb=qb).Balance) == 75.0

    payment = Payment()
    payment.CustomerRef = customer.to_ref()
    payment.TotalAmt = 0
    payment.Line = [_applies(invoice.Id, "Invoice", 25), _applies(memo.Id, "CreditMemo", 25)]
    payment = payment.save(qb=qb)
    assert float(payment.UnappliedAmt) == 0.0
    assert float(Invoice.get(invoice.Id, qb=qb).Balance) == 75.0
    assert float(CreditMemo.get(memo.Id, qb=qb).RemainingCredit) == 0.0
    assert float(Customer.get(customer.Id, qb=qb).Balance) == 75.0

    on_account = Payment()
    on_account.CustomerRef = customer.to_ref()
    on_account.TotalAmt = 30
    on_account.save(qb=qb)
    assert float(Customer.get(customer.Id, qb=qb).Balance) == 45.0  # unapplied 30 nets

    Payment.get(payment.Id, qb=qb).void(qb=qb)
    assert float(CreditMemo.get(memo.Id, qb=qb).RemainingCredit) == 25.0
    assert float(Invoice.get(invoice.Id, qb=qb).Balance) == 100.0
