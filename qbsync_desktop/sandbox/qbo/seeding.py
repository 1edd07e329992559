"""Company set-up and demo books for the QBO sandbox, from the shared `demo_book`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..demo import DemoBook, Person, demo_book
from .books import Books, Obj, name_key
from .faults import company_date
from .formprefs import company_context
from .tax import US_CODES, currency_ref, install_codes
from .terms import seed_terms

USD = {"value": "USD", "name": "United States Dollar"}
# (Name, AccountType, AccountSubType)
CHART = [
    ("Services", "Income", "ServiceFeeIncome"),
    ("Sales of Product Income", "Income", "SalesOfProductIncome"),
    ("Other Income", "Other Income", "OtherMiscellaneousIncome"),
    ("Accounts Receivable (A/R)", "Accounts Receivable", "AccountsReceivable"),
    ("Undeposited Funds", "Other Current Asset", "UndepositedFunds"),
    ("Inventory Asset", "Other Current Asset", "Inventory"),
    ("Checking", "Bank", "Checking"),
    ("Cost of Goods Sold", "Cost of Goods Sold", "SuppliesMaterialsCogs"),
    ("Office Expenses", "Expense", "OfficeGeneralAdministrativeExpenses"),
]


def default_company(realm_id: str, name: str) -> Obj:
    return {
        "Id": "1",
        "CompanyName": name,
        "LegalName": name,
        "CompanyAddr": {
            "Id": "1",
            "Line1": "123 Sierra Way",
            "City": "San Pablo",
            "CountrySubDivisionCode": "CA",
            "PostalCode": "87999",
            "Country": "USA",
        },
        "Country": "US",
        "Email": {"Address": "noreply@quickbooks.invalid"},
        "PrimaryPhone": {"FreeFormNumber": "(650) 944-4444"},
        "FiscalYearStartMonth": "January",
        "SupportedLanguages": "en",
        "CompanyStartDate": "2024-01-01",
        "NameValue": [
            {"Name": "SubscriptionStatus", "Value": "SUBSCRIBED"},
            {"Name": "OfferingSku", "Value": "QuickBooks Online Plus"},
            {"Name": "NeoEnabled", "Value": "true"},
            {"Name": "IsQbdtMigrated", "Value": "false"},
            {"Name": "PayrollFeature", "Value": "false"},
        ],
    }


def default_preferences() -> Obj:
    def flag(n: int, on: bool) -> dict[str, Any]:
        return {"Name": f"SalesFormsPrefs.UseSalesCustom{n}", "Type": "BooleanType",
                "BooleanValue": on}  # fmt: skip

    return {
        "Id": "1",
        "AccountingInfoPrefs": {"TrackDepartments": False, "ClassTrackingPerTxn": False},
        "ProductAndServicesPrefs": {
            "ForSales": True,
            "ForPurchase": True,
            "QuantityWithPriceAndRate": True,
            "QuantityOnHand": True,
            "RevenueRecognition": False,
            "RevenueRecognitionFrequency": "Monthly",
        },
        # Custom transaction numbers on: the demo shows the duplicate-number case (E6).
        "SalesFormsPrefs": {
            "CustomTxnNumbers": True,
            "AllowServiceDate": True,
            "AllowDiscount": True,
            "AllowDeposit": True,
            "AllowShipping": False,
            "DefaultTerms": {"value": "3"},
            "CustomField": [
                {"CustomField": [flag(1, True), flag(2, False), flag(3, False)]},
                {
                    "CustomField": [
                        {
                            "Name": "SalesFormsPrefs.SalesCustomName1",
                            "Type": "StringType",
                            "StringValue": "PO #",
                        }
                    ]
                },
            ],
        },
        "TaxPrefs": {"UsingSalesTax": True, "PartnerTaxEnabled": False},
        "CurrencyPrefs": {"MultiCurrencyEnabled": False, "HomeCurrency": {"value": "USD"}},
        "VendorAndPurchasesPrefs": {"TrackingByCustomer": False, "BillableExpenseTracking": False},
    }


def setup_company(books: Books, now: float) -> None:
    """Chart of accounts, tax codes and terms every new (US) sandbox company starts with."""
    for name, acct_type, sub in CHART:
        classification = {
            "Income": "Revenue",
            "Other Income": "Revenue",
            "Expense": "Expense",
            "Cost of Goods Sold": "Expense",
        }.get(acct_type, "Asset")
        books.insert(
            "Account",
            {
                "Name": name,
                "SubAccount": False,
                "FullyQualifiedName": name,
                "Active": True,
                "Classification": classification,
                "AccountType": acct_type,
                "AccountSubType": sub,
                "CurrentBalance": 0,
                "CurrentBalanceWithSubAccounts": 0,
                "CurrencyRef": USD,
            },
            now,
        )
    install_codes(books, US_CODES, now)
    seed_terms(books, now)


def _address(p: Person) -> Obj:
    return {
        "Line1": p.street,
        "City": p.city,
        "CountrySubDivisionCode": p.state,
        "PostalCode": p.zip,
        "Country": p.country,
    }


def _unique(books: Books, wanted: str, person: Person | None) -> str:
    if name_key(wanted) not in books.people_names:
        return wanted
    if person is not None:
        candidate = f"{wanted} ({person.first} {person.last})"
        if name_key(candidate) not in books.people_names:
            return candidate
        wanted = candidate
    n = 2
    while name_key(f"{wanted} {n}") in books.people_names:
        n += 1
    return f"{wanted} {n}"


def seed_books(books: Books, size: int, seed: int, now: float) -> dict[str, int]:
    """Fill `books` (already set up) with the QBO half of `demo_book(size, seed)`."""
    book: DemoBook = demo_book(size, seed)
    stamp_date = company_date(now)
    home = currency_ref(company_context(books, stamp_date).home_currency)
    for vendor in book.qbo_vendors:
        name = _unique(books, vendor, None)
        vendor_obj = {"DisplayName": name, "PrintOnCheckName": name, "Active": True,
                      "Balance": 0, "CurrencyRef": home}  # fmt: skip
        books.insert("Vendor", vendor_obj, now)
    customer_ids: dict[int, str] = {}
    for p in book.qbo_customers:
        wanted = p.company if p.company else f"{p.first} {p.last}"
        name = _unique(books, wanted, p)
        obj: Obj = {
            "GivenName": p.first,
            "FamilyName": p.last,
            "DisplayName": name,
            "FullyQualifiedName": name,
            "PrintOnCheckName": name,
            "Active": True,
            "Taxable": False,
            "Job": False,
            "BillWithParent": False,
            "Balance": 0,
            "BalanceWithJobs": 0,
            "CurrencyRef": home,
            "PreferredDeliveryMethod": "Print",
            "PrimaryPhone": {"FreeFormNumber": p.phone},
            "BillAddr": _address(p),
        }
        if p.company:
            obj["CompanyName"] = p.company
        if p.email is not None:
            obj["PrimaryEmailAddr"] = {"Address": p.email}  # exactly as the demo has it
        customer_ids[p.key] = books.insert("Customer", obj, now)["Id"]
    income = {
        "service": books.account_names[name_key("Services")],
        "non_inventory": books.account_names[name_key("Sales of Product Income")],
    }
    item_ids: dict[int, str] = {}
    for prod in book.qbo_items:
        if name_key(prod.name) in books.item_names:
            continue
        acct = income[prod.type]
        obj = {
            "Name": prod.name,
            "FullyQualifiedName": prod.name,
            "Description": prod.description,
            "Active": True,
            "Taxable": False,
            "UnitPrice": float(prod.price),
            "Type": "Service" if prod.type == "service" else "NonInventory",
            "IncomeAccountRef": {"value": acct, "name": books.get("Account", acct)["Name"]},  # type: ignore[index]
            "TrackQtyOnHand": False,
        }
        if prod.sku:
            obj["Sku"] = prod.sku
        item_ids[prod.key] = books.insert("Item", obj, now)["Id"]
    from .demo_txns import seed_invoices

    invoices, payments, memos = seed_invoices(books, book, customer_ids, item_ids, now, stamp_date)
    return {
        "customers": books.count("Customer"),
        "vendors": books.count("Vendor"),
        "items": books.count("Item"),
        "accounts": books.count("Account"),
        "invoices": invoices,
        "payments": payments,
        "credit_memos": memos,
    }


def dec(value: str) -> Decimal:
    return Decimal(value)
