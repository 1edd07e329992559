"""Entity operations shared by single requests and batch items (no HTTP here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import faults, names, payments, query, tax, terms, txns
from .books import ENTITIES, NAME_LISTS, PEOPLE, SINGLETONS, Books, Obj
from .faults import company_date, iso_millis, parse_time
from .formprefs import company_context

# Control-API switch beside AccountingInfoPrefs.BookCloseDate: QBO keeps the closed-books
# password in its UI settings, not in Preferences, so the sandbox keeps the flag aside.
BOOK_CLOSE_PASSWORD = "BookClosePasswordRequired"

RESOURCES = {e.lower(): e for e in (*ENTITIES, *SINGLETONS)}
CDC_ENTITIES = frozenset(ENTITIES) - {"TaxCode", "TaxRate", "Term"}
CDC_MAX = 1000
CDC_WINDOW_S = 30 * 86400.0


class Operations:
    """Reads and writes against one realm's books, raising `QboError` for faults."""

    def __init__(self, books: Callable[[], Books], clock: Callable[[], float]) -> None:
        self._books = books
        self.clock = clock

    @property
    def books(self) -> Books:
        return self._books()

    def context(self, include: str = "") -> txns.TxnContext:
        return company_context(self.books, company_date(self.clock()), include)

    def read(self, entity: str, obj_id: str) -> Obj:
        obj = self.books.get(entity, obj_id)
        if obj is None:
            raise faults.not_found(entity, obj_id)
        return obj

    def save(self, entity: str, body: Any, include: str = "") -> Obj:
        if not isinstance(body, dict):
            raise faults.invalid_property(entity)
        now = self.clock()
        books = self.books
        if entity in PEOPLE:
            balance = 0.0
            if entity == "Customer" and body.get("Id") not in (None, ""):
                existing = books.get("Customer", str(body["Id"]))
                balance = float(existing.get("Balance", 0)) if existing else 0.0
            home = self.context().home_currency
            return names.write_person(books, entity, body, now, balance, tax.currency_ref(home))
        if entity == "Item":
            return names.write_item(books, body, now)
        if entity == "Account":
            return names.write_account(books, body, now)
        if entity == "Term":
            return terms.write_term(books, body, now)
        if entity in ("Invoice", "CreditMemo"):
            return txns.write_sales_form(books, entity, body, now, self.context(include))
        if entity == "Payment":
            if "void" in include.lower():
                return payments.void(books, "Payment", body, now, self.context(include))
            return payments.write_payment(books, body, now, self.context(include))
        if entity in SINGLETONS:
            return self.update_singleton(entity, body, check_token=True)
        raise faults.unsupported(f"Operation Create/Update is not supported for {entity}.")

    def delete(self, entity: str, body: Any) -> Obj:
        if not isinstance(body, dict):
            raise faults.invalid_property(entity)
        return payments.delete(self.books, entity, body, self.clock(), self.context())

    def void(self, entity: str, body: Any) -> Obj:
        if not isinstance(body, dict):
            raise faults.invalid_property(entity)
        return payments.void(self.books, entity, body, self.clock(), self.context())

    def update_singleton(self, name: str, body: Obj, check_token: bool) -> Obj:
        current = self.books.singletons[name]
        if check_token:
            names.check_sync_token(current, body)
        changes = {k: v for k, v in body.items() if k not in names.COMMON_READ_ONLY}
        merged = _deep_merge(current, names.clean(changes))
        return self.books.touch_singleton(name, merged, self.clock())

    def configure(self, body: Obj) -> None:
        """The control API: deep-merge into CompanyInfo / Preferences, where null or "" clears
        a setting (e.g. BookCloseDate), and a new Country brings its tax codes and currency."""
        books, now = self.books, self.clock()
        prefs = body.get("Preferences")
        if isinstance(prefs, dict):
            accounting = prefs.get("AccountingInfoPrefs")
            if isinstance(accounting, dict) and BOOK_CLOSE_PASSWORD in accounting:
                accounting = dict(accounting)
                flag = accounting.pop(BOOK_CLOSE_PASSWORD)
                books.flags["book_close_password"] = flag in (True, "true")
                prefs = {**prefs, "AccountingInfoPrefs": accounting}
            merged = _deep_merge(books.singletons["Preferences"], prefs, clear_blank=True)
            books.touch_singleton("Preferences", merged, now)
        company = body.get("CompanyInfo")
        if isinstance(company, dict):
            old_country = books.singletons["CompanyInfo"].get("Country")
            merged = _deep_merge(books.singletons["CompanyInfo"], company, clear_blank=True)
            books.touch_singleton("CompanyInfo", merged, now)
            country = str(merged.get("Country") or "US")
            if tax.country_code(country) != tax.country_code(str(old_country or "US")):
                switch_country(books, country, now, keep_currency=_sets_currency(prefs))

    def query(self, text: str) -> dict[str, Any]:
        if not text.strip():
            raise faults.query_parse('Encountered "<EOF>" at line 1, column 1.')
        return query.run(self.books, text)

    def cdc(self, entities: str, changed_since: str) -> list[dict[str, Any]]:
        wanted: list[str] = []
        for raw in entities.split(","):
            name = RESOURCES.get(raw.strip().lower())
            if not raw.strip():
                continue
            if name not in CDC_ENTITIES:
                raise faults.QboError(
                    2010,
                    "Request has invalid or unsupported property",
                    f"Property Name:entities specified is unsupported or invalid: {raw.strip()}",
                    element="entities",
                )
            wanted.append(name)
        if not wanted:
            raise faults.required("entities")
        if not changed_since:
            raise faults.required("changedSince")
        try:
            since = parse_time(changed_since)
        except ValueError as exc:
            raise faults.invalid_property("changedSince") from exc
        if since < self.clock() - CDC_WINDOW_S:
            # Which code QBO uses is not documented [U]; the 30-day limit is.
            raise faults.QboError(
                4001,
                "Invalid query",
                "QueryValidationError: changedSince must be within the last 30 days",
                element="changedSince",
            )
        books = self.books
        found: list[tuple[float, str, Obj]] = []
        for entity in wanted:
            stamps = books.updated_at[entity]
            objects = books.objects[entity]
            found.extend((ts, entity, objects[i]) for i, ts in stamps.items() if ts > since)
            found.extend((ts, entity, stub) for stub, ts in books.deleted[entity].values()
                         if ts > since)  # fmt: skip
        found.sort(key=lambda row: row[0])
        grouped: dict[str, list[Obj]] = {}
        for _ts, entity, obj in found[:CDC_MAX]:
            grouped.setdefault(entity, []).append(obj)
        blocks: list[dict[str, Any]] = []
        for entity in wanted:
            rows = grouped.get(entity)
            if rows:
                blocks.append({entity: rows, "startPosition": 1, "maxResults": len(rows)})
        return blocks or [{}]

    def now_iso(self) -> str:
        return iso_millis(self.clock())


def _deep_merge(base: Obj, changes: Obj, clear_blank: bool = False) -> Obj:
    out = dict(base)
    for key, value in changes.items():
        if clear_blank and value in (None, ""):
            out.pop(key, None)
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value, clear_blank)
        else:
            out[key] = value
    return out


def _sets_currency(prefs: Any) -> bool:
    return isinstance(prefs, dict) and isinstance(prefs.get("CurrencyPrefs"), dict)


def switch_country(books: Books, country: str, now: float, keep_currency: bool = False) -> None:
    """The company is now in `country`: its tax codes, and its home currency unless the
    caller set one. A QBO company's country and home currency are fixed at sign-up; the
    sandbox lets a test pick them [sandbox-only]."""
    tax.apply_country(books, country, now)
    home = tax.HOME_CURRENCY.get(tax.country_code(country))
    if home is None or keep_currency:
        return
    prefs = books.singletons["Preferences"]
    currency = {**(prefs.get("CurrencyPrefs") or {}), "HomeCurrency": {"value": home}}
    books.touch_singleton("Preferences", {**prefs, "CurrencyPrefs": currency}, now)


def is_name_list(entity: str) -> bool:
    return entity in NAME_LISTS
