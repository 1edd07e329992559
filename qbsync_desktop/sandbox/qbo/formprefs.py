"""What Preferences impose on sales forms: custom-field slots, currency, closed books."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import faults
from .books import Books, Obj
from .names import ref_id
from .tax import currency_ref


@dataclass
class TxnContext:
    """What a transaction write needs to know about the company."""

    preferences: Obj
    country: str
    today: str
    allow_duplicate_doc_number: bool = False
    # Sandbox-only: the closed period is password-protected (6210 instead of 6200).
    book_close_password: bool = False

    def pref(self, group: str, name: str, default: Any = None) -> Any:
        return (self.preferences.get(group) or {}).get(name, default)

    @property
    def home_currency(self) -> str:
        return ref_id(self.pref("CurrencyPrefs", "HomeCurrency")) or "USD"

    @property
    def multicurrency(self) -> bool:
        return self.pref("CurrencyPrefs", "MultiCurrencyEnabled", False) in (True, "true")


def company_context(books: Books, today: str, include: str = "") -> TxnContext:
    """The context of a write to `books` on `today`; `include` is the request's option."""
    company = books.singletons.get("CompanyInfo", {})
    return TxnContext(
        preferences=books.singletons.get("Preferences", {}),
        country=str(company.get("Country") or "US"),
        today=today,
        allow_duplicate_doc_number="allowduplicatedocnum" in include.lower(),
        book_close_password=bool(books.flags.get("book_close_password")),
    )


def check_closed(ctx: TxnContext, *dates: Any) -> None:
    """Writes dated on or before BookCloseDate fail: 6200, or 6210 when a password guards
    the closed period (qbo.md 3.7 and 4.3 [S])."""
    close = ctx.pref("AccountingInfoPrefs", "BookCloseDate")
    if not close:
        return
    for date in dates:
        if date and str(date) <= str(close):
            if ctx.book_close_password:
                raise faults.QboError(
                    6210,
                    "Account Period Closed",
                    "Account Period Closed: the books are closed with a password on or "
                    f"before {close}. Cannot update through Services API",
                )
            raise faults.period_closed()


def custom_field_slots(ctx: TxnContext) -> dict[str, str]:
    """Enabled slot number -> its label, from SalesFormsPrefs.CustomField (qbo.md 3.7)."""
    enabled: set[str] = set()
    labels: dict[str, str] = {}
    for group in ctx.pref("SalesFormsPrefs", "CustomField", []) or []:
        for field in group.get("CustomField", []) or []:
            key = str(field.get("Name", ""))
            if key.startswith("SalesFormsPrefs.UseSalesCustom"):
                if field.get("BooleanValue") in (True, "true"):
                    enabled.add(key[-1])
            elif key.startswith("SalesFormsPrefs.SalesCustomName"):
                labels[key[-1]] = str(field.get("StringValue", ""))
    return {slot: labels.get(slot, "") for slot in sorted(enabled)}


def apply_custom_fields(obj: Obj, ctx: TxnContext) -> None:
    """Keep values for enabled slots only and echo every enabled slot. (A sparse update
    arrives merged with the stored fields; a full update without them clears the values.)

    A value for a slot that is not enabled is dropped without an error, as QBO does
    [S ruckus/quickbooks-ruby#219]; enabled slots come back on reads with their label
    even when empty [S: Intuit's reference samples, mirrored in client repositories, show
    {"DefinitionId": "1", "Name": "Crew #", "Type": "StringType"} with no StringValue].
    """
    slots = custom_field_slots(ctx)
    sent: dict[str, Obj] = {}
    for field in obj.get("CustomField") or []:
        if isinstance(field, dict) and str(field.get("DefinitionId", "")) in slots:
            sent[str(field["DefinitionId"])] = field
    fields: list[Obj] = []
    for slot, label in slots.items():
        out: Obj = {"DefinitionId": slot, "Name": label, "Type": "StringType"}
        value = (sent.get(slot) or {}).get("StringValue")
        if value not in (None, ""):
            out["StringValue"] = str(value)
        fields.append(out)
    if fields:
        obj["CustomField"] = fields
    else:
        obj.pop("CustomField", None)


def apply_currency(obj: Obj, customer: Obj, ctx: TxnContext) -> None:
    """Multicurrency off: only the home currency. On: the customer's currency.

    qbo.md 3.4: CurrencyRef is required when multicurrency is on; the sandbox defaults
    it to the customer's currency instead [U: conservative for amounts, since a
    customer's transactions are always in its currency], and refuses a mismatch with
    6000 [U: exact wording and code].
    """
    home = ctx.home_currency
    customer_currency = ref_id(customer.get("CurrencyRef")) or home
    sent = ref_id(obj.get("CurrencyRef"))
    if not ctx.multicurrency:
        if sent is not None and sent.upper() != home:
            raise faults.business(
                f"Multicurrency is not enabled for this company: amounts must be in {home}.",
                "CurrencyRef",
            )
        obj["CurrencyRef"] = currency_ref(home)
        return
    wanted = customer_currency
    if sent is not None and sent.upper() != wanted:
        raise faults.business(
            f"The transaction currency {sent.upper()} must match the customer's currency {wanted}.",
            "CurrencyRef",
        )
    obj["CurrencyRef"] = currency_ref(wanted)
    if wanted != home:
        obj.setdefault("ExchangeRate", 1)
