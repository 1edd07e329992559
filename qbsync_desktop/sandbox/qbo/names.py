"""Name-list writes: Customer, Vendor, Employee, Item, Account (create, full and sparse update).

Validation follows qbo.md sections 2.3, 3.2, 3.3 and 3.6; where the reference is
unsure ([U]) the choice is noted next to the rule.
"""

from __future__ import annotations

from typing import Any

from . import faults
from .books import PEOPLE, Books, Obj, name_key

# Read-only on input: ignored, never rejected (qbo.md 2.3).
COMMON_READ_ONLY = frozenset(
    {"Id", "SyncToken", "MetaData", "domain", "sparse", "FullyQualifiedName", "status", "time"}
)
READ_ONLY = {
    "Customer": COMMON_READ_ONLY | {"Balance", "BalanceWithJobs", "Level", "V4IDPseudonym"},
    "Vendor": COMMON_READ_ONLY | {"Balance", "V4IDPseudonym"},
    "Employee": COMMON_READ_ONLY | {"V4IDPseudonym"},
    "Item": COMMON_READ_ONLY | {"Level"},
    "Account": COMMON_READ_ONLY
    | {"CurrentBalance", "CurrentBalanceWithSubAccounts", "Classification"},
}
NAME_PARTS = ("Title", "GivenName", "MiddleName", "FamilyName", "Suffix")
NO_SPECIAL_CHARS = ("DisplayName", *NAME_PARTS, "PrintOnCheckName")
PERSON_LIMITS = {
    "DisplayName": 500,
    "GivenName": 100,
    "MiddleName": 100,
    "FamilyName": 100,
    "Title": 16,
    "Suffix": 16,
    "CompanyName": 100,
    "PrintOnCheckName": 110,
    "Notes": 2000,
}
ITEM_LIMITS = {"Name": 100, "Sku": 100, "Description": 4000, "PurchaseDesc": 4000}
ITEM_TYPES = {"Service", "NonInventory", "Inventory", "Category", "Group", "Bundle"}
INCOME_TYPES = {"Income", "Other Income"}
ACCOUNT_CLASSIFICATION = {
    "Bank": "Asset",
    "Other Current Asset": "Asset",
    "Fixed Asset": "Asset",
    "Other Asset": "Asset",
    "Accounts Receivable": "Asset",
    "Equity": "Equity",
    "Expense": "Expense",
    "Other Expense": "Expense",
    "Cost of Goods Sold": "Expense",
    "Accounts Payable": "Liability",
    "Credit Card": "Liability",
    "Long Term Liability": "Liability",
    "Other Current Liability": "Liability",
    "Income": "Revenue",
    "Other Income": "Revenue",
}


def clean(value: Any) -> Any:
    """Drop blank values: clients (python-quickbooks) send "" and null for 'not set'."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            cv = clean(v)
            if (
                cv is None
                or cv == ""
                or (isinstance(cv, dict) and not cv and k != "SubTotalLineDetail")
            ):
                continue
            out[k] = cv
        return out
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


def ref_id(value: Any) -> str | None:
    if isinstance(value, dict) and value.get("value") not in (None, ""):
        return str(value["value"])
    if isinstance(value, str | int) and str(value):
        return str(value)
    return None


def merge_for_write(
    books: Books, entity: str, body: Obj, read_only: frozenset[str]
) -> tuple[Obj | None, Obj, bool]:
    """(existing or None, the object to validate, sparse?) with SyncToken checked."""
    writable = {k: v for k, v in body.items() if k not in read_only}
    obj_id = ref_id(body.get("Id"))
    if obj_id is None:
        return None, clean(writable), False
    existing = books.get(entity, obj_id)
    if existing is None:
        raise faults.not_found(entity, obj_id)
    check_sync_token(existing, body)
    sparse = body.get("sparse") in (True, "true", "True")
    if sparse:
        merged = {**existing, **writable}
    else:
        server = {k: v for k, v in existing.items() if k in read_only}
        merged = {**server, **writable}
    return existing, clean(merged), sparse


def check_sync_token(existing: Obj, body: Obj) -> None:
    token = body.get("SyncToken")
    if token is None or token == "":
        raise faults.required("SyncToken")
    # A token newer than the current one is just as wrong [U]: also 5010.
    if str(token) != str(existing["SyncToken"]):
        raise faults.stale_object()


def check_lengths(obj: Obj, limits: dict[str, int]) -> None:
    for field, limit in limits.items():
        value = obj.get(field)
        if isinstance(value, str) and len(value) > limit:
            raise faults.too_long(field, limit, len(value))


def check_email(obj: Obj) -> None:
    email = obj.get("PrimaryEmailAddr")
    if not isinstance(email, dict) or not email.get("Address"):
        return
    address = str(email["Address"]).strip()
    if len(email["Address"]) > 100:
        raise faults.too_long("PrimaryEmailAddr.Address", 100, len(email["Address"]))
    local, _, domain = address.partition("@")
    if not local or "." not in domain or " " in address:
        raise faults.QboError(
            2210,
            "Invalid Email Address Format",
            "Invalid Email Address Format : Email Address does not conform to the syntax rules "
            "of RFC 822",
            element="PrimaryEmailAddr.Address",
        )


def write_person(
    books: Books, entity: str, body: Obj, now: float, balance: float, currency: Obj | None = None
) -> Obj:
    """Customer/Vendor/Employee create or update. `balance` is the customer's open balance;
    `currency` the home currency a new customer takes when none is sent."""
    existing, obj, sparse = merge_for_write(books, entity, body, READ_ONLY[entity])
    if sparse and "DisplayName" in body and not str(body.get("DisplayName") or "").strip():
        raise faults.required("DisplayName")  # sparse update cannot blank it (qbo.md 2.3)
    for field in NO_SPECIAL_CHARS:
        value = obj.get(field)
        if isinstance(value, str) and any(ch in value for ch in ":\t\n"):
            # Exact QBO wording unknown [U]; the rule itself is documented.
            raise faults.business(
                f"{field} cannot contain a colon (:), tab or newline.", element=field
            )
    if not obj.get("DisplayName"):
        parts = [str(obj[p]).strip() for p in NAME_PARTS if obj.get(p)]
        if not parts:
            raise faults.QboError(
                6080,
                "No Name Provided",
                "You must enter a name (DisplayName, Title, GivenName, MiddleName, FamilyName "
                "or Suffix).",
                element="DisplayName",
            )
        obj["DisplayName"] = " ".join(parts)
    check_lengths(obj, PERSON_LIMITS)
    check_email(obj)
    phone = obj.get("PrimaryPhone")
    if isinstance(phone, dict) and len(str(phone.get("FreeFormNumber", ""))) > 30:
        raise faults.too_long("PrimaryPhone.FreeFormNumber", 30, len(phone["FreeFormNumber"]))
    # Inactive names still hold their name [U: knob default yes], so the index has them all.
    holder = books.people_names.get(name_key(obj["DisplayName"]))
    if holder is not None and holder != (entity, obj.get("Id")):
        raise faults.duplicate_name()
    active = obj.get("Active", True) not in (False, "false")
    obj["Active"] = active
    if entity == "Customer":
        was_active = existing is None or existing.get("Active", True)
        if not active and was_active and balance:
            raise faults.QboError(
                6220,
                "Delete List Has Balance Error",
                "The customer has a non-zero balance. Make the balance zero before making the "
                "customer inactive.",
            )
        obj["Balance"] = balance
        obj["BalanceWithJobs"] = balance
        obj.setdefault("Taxable", False)
        obj.setdefault("Job", False)
        obj.setdefault("BillWithParent", False)
        obj.setdefault("PreferredDeliveryMethod", "Print")
        obj.setdefault("CurrencyRef", currency or {"value": "USD", "name": "United States Dollar"})
    if entity == "Vendor":
        obj.setdefault("Balance", 0)
    obj["FullyQualifiedName"] = obj["DisplayName"]
    obj.setdefault("PrintOnCheckName", obj["DisplayName"])
    if existing is None:
        return books.insert(entity, obj, now)
    return books.replace(entity, obj, now)


def write_item(books: Books, body: Obj, now: float) -> Obj:
    existing, obj, _sparse = merge_for_write(books, "Item", body, READ_ONLY["Item"])
    if not obj.get("Name"):
        raise faults.required("Name")
    check_lengths(obj, ITEM_LIMITS)
    holder = books.item_names.get(name_key(obj["Name"]))
    if holder is not None and holder != obj.get("Id"):
        raise faults.QboError(
            6240,
            "Duplicate Name Exists Error",
            "The name supplied already exists. : Another product or service is already using "
            "this name. Please use a different name.",
        )
    # An empty Type defaults to Service [U: QBO's default is undocumented].
    item_type = obj.get("Type") or "Service"
    if item_type not in ITEM_TYPES:
        raise faults.invalid_property("Type")
    if existing is not None and existing.get("Type") == "Inventory" and item_type != "Inventory":
        raise faults.business("You can't change the type of an inventory item.", element="Type")
    obj["Type"] = item_type
    if item_type in {"Service", "NonInventory", "Inventory"}:
        _check_account(books, obj, "IncomeAccountRef", INCOME_TYPES)
    if item_type == "Inventory":
        for field in ("ExpenseAccountRef", "AssetAccountRef", "QtyOnHand", "InvStartDate"):
            if obj.get(field) in (None, ""):
                raise faults.required(field)
        _check_account(books, obj, "ExpenseAccountRef", None)
        _check_account(books, obj, "AssetAccountRef", None)
        obj["TrackQtyOnHand"] = True
    elif "ExpenseAccountRef" in obj:
        _check_account(books, obj, "ExpenseAccountRef", None)
    obj["Active"] = obj.get("Active", True) not in (False, "false")
    obj.setdefault("UnitPrice", 0)
    obj.setdefault("Taxable", False)
    obj.setdefault("TrackQtyOnHand", False)
    obj["FullyQualifiedName"] = obj["Name"]
    if existing is None:
        return books.insert("Item", obj, now)
    return books.replace("Item", obj, now)


def _check_account(books: Books, obj: Obj, field: str, types: set[str] | None) -> None:
    acct_id = ref_id(obj.get(field))
    if acct_id is None:
        raise faults.required(field)
    account = books.get("Account", acct_id)
    if account is None or not account.get("Active", True):
        raise faults.invalid_ref(field, inactive=account is not None)
    if types is not None and account.get("AccountType") not in types:
        raise faults.QboError(
            6430,
            "Invalid account type used",
            f"Invalid account type used : {field} must be an income account.",
            element=field,
        )
    obj[field] = {"value": acct_id, "name": account["Name"]}


def write_account(books: Books, body: Obj, now: float) -> Obj:
    existing, obj, _sparse = merge_for_write(books, "Account", body, READ_ONLY["Account"])
    if not obj.get("Name"):
        raise faults.required("Name")
    check_lengths(obj, {"Name": 100, "Description": 100, "AcctNum": 20})
    if ":" in obj["Name"]:
        raise faults.business("Account name cannot contain a colon (:).", element="Name")
    holder = books.account_names.get(name_key(obj["Name"]))
    if holder is not None and holder != obj.get("Id"):
        raise faults.QboError(
            6240,
            "Duplicate Name Exists Error",
            "The name supplied already exists. : Another account is already using this name. "
            "Please use a different name.",
        )
    account_type = obj.get("AccountType")
    if not account_type:
        raise faults.required("AccountType")
    if account_type not in ACCOUNT_CLASSIFICATION:
        raise faults.invalid_property("AccountType")
    obj["Classification"] = ACCOUNT_CLASSIFICATION[account_type]
    obj["Active"] = obj.get("Active", True) not in (False, "false")
    obj.setdefault("SubAccount", False)
    obj.setdefault("CurrentBalance", 0)
    obj.setdefault("CurrentBalanceWithSubAccounts", 0)
    obj.setdefault("CurrencyRef", {"value": "USD", "name": "United States Dollar"})
    obj["FullyQualifiedName"] = obj["Name"]
    if existing is None:
        return books.insert("Account", obj, now)
    return books.replace("Account", obj, now)


PEOPLE_ENTITIES = PEOPLE
