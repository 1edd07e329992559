"""QBO invoice calls on an existing `QboClient` (its transport, limits, retries).

Reads: change-data-capture and queries of Invoice, the Preferences and CompanyInfo facts
invoice rules need, tax codes with their rates, which document holds a DocNumber. Writes
go in batches of 30 with a `requestid` each (qbo.md 2.5, 2.7): `invoice_batches` derives
the ids from one base the caller keeps with its pending write, so a resend after a crash
repeats the very same ids and QBO replays its first answers instead of writing twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Literal

from .errors import QboFault
from .qbo import MAX_BATCH, QboBatchItem, QboBatchResult, QboClient, quote_literal

InvoiceOp = Literal["create", "update", "void"]
IN_CHUNK = 100  # values per `IN (...)` of one query
CDC_MAX = 1000  # QBO's CDC answers at most this many objects in all (qbo.md 2.8)
CUSTOM_FIELD_USE = "SalesFormsPrefs.UseSalesCustom"
CUSTOM_FIELD_NAME = "SalesFormsPrefs.SalesCustomName"


# ---- preferences ------------------------------------------------------------------------
@dataclass(frozen=True)
class InvoicePreferences:
    custom_txn_numbers: bool
    revenue_recognition: bool
    home_currency: str
    multicurrency: bool
    book_close_date: date | None
    custom_field_slots: dict[str, str]  # enabled slot -> label
    country: str

    @property
    def is_us(self) -> bool:
        return self.country.strip().upper() in ("US", "USA", "")


def _flag(value: Any) -> bool:
    return value is True or str(value).lower() == "true"


def custom_field_slots(sales_prefs: Mapping[str, Any]) -> dict[str, str]:
    """Enabled custom-field slots and their labels from SalesFormsPrefs.CustomField."""
    enabled: set[str] = set()
    labels: dict[str, str] = {}
    for group in sales_prefs.get("CustomField") or []:
        for entry in (group or {}).get("CustomField") or []:
            name = str(entry.get("Name", ""))
            if name.startswith(CUSTOM_FIELD_USE) and _flag(entry.get("BooleanValue")):
                enabled.add(name[len(CUSTOM_FIELD_USE) :])
            elif name.startswith(CUSTOM_FIELD_NAME):
                labels[name[len(CUSTOM_FIELD_NAME) :]] = str(entry.get("StringValue") or "")
    return {slot: labels.get(slot, "") for slot in sorted(enabled)}


def preferences_facts(prefs: Mapping[str, Any], company: Mapping[str, Any]) -> InvoicePreferences:
    sales = prefs.get("SalesFormsPrefs") or {}
    products = prefs.get("ProductAndServicesPrefs") or {}
    currency = prefs.get("CurrencyPrefs") or {}
    close = (prefs.get("AccountingInfoPrefs") or {}).get("BookCloseDate")
    home = currency.get("HomeCurrency")
    home_code = home.get("value") if isinstance(home, dict) else home
    return InvoicePreferences(
        custom_txn_numbers=_flag(sales.get("CustomTxnNumbers")),
        revenue_recognition=_flag(products.get("RevenueRecognition")),
        home_currency=str(home_code or "USD").upper(),
        multicurrency=_flag(currency.get("MultiCurrencyEnabled")),
        book_close_date=date.fromisoformat(str(close)[:10]) if close else None,
        custom_field_slots=custom_field_slots(sales),
        country=str(company.get("Country") or "US").upper(),
    )


async def invoice_preferences(qbo: QboClient) -> InvoicePreferences:
    """Two reads: Preferences and CompanyInfo (for the country)."""
    return preferences_facts(await qbo.preferences(), await qbo.company_info())


# ---- reads -------------------------------------------------------------------------------
async def invoices_changed_since(
    qbo: QboClient, since: datetime, cdc_max: int = CDC_MAX
) -> list[dict[str, Any]]:
    """Invoices created, changed or deleted (`status: Deleted` stubs) since `since`, by CDC
    in one call. CDC answers at most 1,000 objects: at the cap the window is read again by
    a paged query on the update time, which has no deletions (they show in the next
    shorter CDC window). Invoices have no `Active` to filter on, unlike name lists."""
    rows = (await qbo.cdc(["Invoice"], since)).get("Invoice", [])
    if len(rows) < cdc_max:
        return rows
    iso = since.astimezone(UTC).isoformat(timespec="seconds")
    where = f"MetaData.LastUpdatedTime >= '{iso}'"
    return [row async for row in qbo.iter_query("Invoice", where)]


async def _by_values(
    qbo: QboClient, entity: str, column: str, values: Sequence[str]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    unique = list(dict.fromkeys(values))
    for i in range(0, len(unique), IN_CHUNK):
        chunk = ", ".join(quote_literal(v) for v in unique[i : i + IN_CHUNK])
        out += await qbo.query(
            f"SELECT * FROM {entity} WHERE {column} IN ({chunk}) MAXRESULTS 1000"
        )
    return out


async def read_invoices(qbo: QboClient, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Invoices by Id, 100 a query."""
    return await _by_values(qbo, "Invoice", "Id", ids)


@dataclass(frozen=True)
class DocNumberHolder:
    entity: str  # Invoice | CreditMemo
    id: str
    number: str


async def doc_number_holders(qbo: QboClient, numbers: Sequence[str]) -> dict[str, DocNumberHolder]:
    """Which invoice or credit memo holds each DocNumber (keys as given; QBO compares
    numbers without case). Two queries per 100 numbers."""
    wanted = {n.casefold(): n for n in numbers if n}
    out: dict[str, DocNumberHolder] = {}
    for entity in ("Invoice", "CreditMemo"):
        for row in await _by_values(qbo, entity, "DocNumber", list(wanted.values())):
            number = wanted.get(str(row.get("DocNumber") or "").casefold())
            if number is not None and number not in out:
                out[number] = DocNumberHolder(entity, str(row.get("Id")), str(row["DocNumber"]))
    return out


@dataclass(frozen=True)
class TaxCodeRow:
    id: str
    name: str
    active: bool
    taxable: bool
    percent: Decimal  # sum of its sales rates


async def tax_codes(qbo: QboClient) -> list[TaxCodeRow]:
    """Tax codes (active and not) with their sales rate: two queries."""
    rates = {
        str(r.get("Id")): Decimal(str(r.get("RateValue") or 0))
        for r in await qbo.query(
            "SELECT * FROM TaxRate WHERE Active IN (true, false) MAXRESULTS 1000"
        )
    }
    out = []
    for code in await qbo.query(
        "SELECT * FROM TaxCode WHERE Active IN (true, false) MAXRESULTS 1000"
    ):
        details = (code.get("SalesTaxRateList") or {}).get("TaxRateDetail") or []
        percent = sum(
            (rates.get(str((d.get("TaxRateRef") or {}).get("value")), Decimal(0)) for d in details),
            Decimal(0),
        )
        out.append(
            TaxCodeRow(
                id=str(code.get("Id")),
                name=str(code.get("Name") or ""),
                active=_flag(code.get("Active", True)),
                taxable=_flag(code.get("Taxable", False)),
                percent=percent,
            )
        )
    return out


# ---- the custom line item ------------------------------------------------------------------
async def find_or_create_item(
    qbo: QboClient, name: str, income_account_id: str, request_id: str
) -> dict[str, Any]:
    """The service item called `name` (made active again if it was made inactive), or a new
    one with the given income account. Found by name first, so later runs reuse it; the
    create carries `request_id`, so a resend replays instead of making a second."""
    where = f"Name = {quote_literal(name)} AND Active IN (true, false)"
    rows = await qbo.query(f"SELECT * FROM Item WHERE {where}")
    if rows:
        item = rows[0]
        if not _flag(item.get("Active", True)):
            body = {"Id": item["Id"], "SyncToken": item["SyncToken"], "Active": True}
            item = await qbo.update("Item", body, request_id=f"{request_id}-on")
        return item
    body = {"Name": name, "Type": "Service", "IncomeAccountRef": {"value": income_account_id}}
    try:
        return await qbo.create("Item", body, request_id=request_id)
    except QboFault as fault:
        if fault.code != "6240":
            raise
        # Someone else made it between our query and our create: use theirs.
        rows = await qbo.query(f"SELECT * FROM Item WHERE {where}")
        if not rows:
            raise
        return rows[0]


# ---- batched writes -------------------------------------------------------------------------
@dataclass(frozen=True)
class InvoiceWrite:
    bid: str  # the caller's id for this write (<= 10 chars), echoed in the result
    op: InvoiceOp
    body: dict[
        str, Any
    ]  # create: the invoice; update: sparse with Id/SyncToken; void: Id/SyncToken


def invoice_batches(
    writes: Sequence[InvoiceWrite], request_base: str
) -> list[tuple[str, list[QboBatchItem]]]:
    """The writes in batches of 30, each with its request id `<base>-<n>` (<= 36 chars):
    the same writes and base always give the same batches and ids."""
    if len(request_base) > 32:
        raise ValueError("request_base must be at most 32 characters")
    out = []
    for n, start in enumerate(range(0, len(writes), MAX_BATCH)):
        items = [
            QboBatchItem(
                w.bid,
                w.op,
                "Invoice",
                {**w.body, "sparse": True} if w.op == "update" else dict(w.body),
            )
            for w in writes[start : start + MAX_BATCH]
        ]
        out.append((f"{request_base}-{n}", items))
    return out


async def write_invoices(
    qbo: QboClient, writes: Sequence[InvoiceWrite], request_base: str
) -> dict[str, QboBatchResult]:
    """Send the writes as `invoice_batches`; bid -> its result (entity or fault)."""
    results: dict[str, QboBatchResult] = {}
    for request_id, items in invoice_batches(writes, request_base):
        for res in await qbo.batch(items, request_id=request_id):
            results[res.bid] = res
    return results
