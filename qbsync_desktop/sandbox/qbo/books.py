"""The company's data: entities in dicts keyed by id, plus the indexes QBO's rules need.

Objects are stored in their API shape (what a read returns), so reads and queries
serialise them without conversion. Timestamps for CDC and LastUpdatedTime filters
are kept beside them as floats so queries never parse ISO strings per row.
"""

from __future__ import annotations

import copy
from typing import Any

from .faults import iso_seconds

Obj = dict[str, Any]

# Entities with an Id and the generic create/read/update surface.
ENTITIES = (
    "Customer",
    "Vendor",
    "Employee",
    "Item",
    "Account",
    "TaxCode",
    "TaxRate",
    "Term",
    "Invoice",
    "CreditMemo",
    "Payment",
)
# Name lists: never hard-deleted, `Active` filtered by default in queries.
NAME_LISTS = frozenset(
    {"Customer", "Vendor", "Employee", "Item", "Account", "TaxCode", "TaxRate", "Term"}
)
# Customer, vendor and employee display names share one namespace (error 6240).
PEOPLE = frozenset({"Customer", "Vendor", "Employee"})
# Document numbers are unique across these transaction types (error 6140).
NUMBERED_TXNS = frozenset({"Invoice", "CreditMemo"})
# Transactions that count towards a customer's Balance (indexed by customer).
CUSTOMER_TXNS = ("Invoice", "CreditMemo", "Payment")
# Singletons, read at fixed paths and queryable.
SINGLETONS = ("CompanyInfo", "Preferences")


def name_key(name: str) -> str:
    """QBO treats names case-insensitively and ignores surrounding blanks [U: chosen]."""
    return " ".join(name.split()).casefold()


class Books:
    """Everything one realm holds. No HTTP here; callers validate before writing."""

    def __init__(self) -> None:
        self.objects: dict[str, dict[str, Obj]] = {e: {} for e in ENTITIES}
        self.updated_at: dict[str, dict[str, float]] = {e: {} for e in ENTITIES}
        # Deleted transactions: id -> (stub, deleted_at) for CDC "status": "Deleted".
        self.deleted: dict[str, dict[str, tuple[Obj, float]]] = {e: {} for e in ENTITIES}
        self.next_id: dict[str, int] = {e: 1 for e in ENTITIES}
        self.people_names: dict[str, tuple[str, str]] = {}
        self.item_names: dict[str, str] = {}
        self.account_names: dict[str, str] = {}
        self.term_names: dict[str, str] = {}
        # number -> every (TxnType, id) holding it; the first is the one a 6140 names
        self.doc_numbers: dict[str, list[tuple[str, str]]] = {}
        # (entity, customer id) -> ids, so a balance is recomputed without a full scan
        self.by_customer: dict[tuple[str, str], set[str]] = {}
        # Sandbox-only switches set through the control API, never served as QBO data
        # (e.g. "book_close_password": the closed period is password-protected -> 6210).
        self.flags: dict[str, Any] = {}
        self.next_doc_number = 1001
        self.singletons: dict[str, Obj] = {}
        self.singleton_updated: dict[str, float] = {}

    # ---- ids and reads ------------------------------------------------------
    def new_id(self, entity: str) -> str:
        value = self.next_id[entity]
        self.next_id[entity] = value + 1
        return str(value)

    def get(self, entity: str, obj_id: str) -> Obj | None:
        return self.objects[entity].get(str(obj_id))

    def count(self, entity: str) -> int:
        return len(self.objects[entity])

    # ---- writes ---------------------------------------------------------------
    def insert(self, entity: str, obj: Obj, now: float, obj_id: str | None = None) -> Obj:
        obj_id = obj_id or self.new_id(entity)
        stamp = iso_seconds(now)
        stored: Obj = {"Id": obj_id, "SyncToken": "0", "domain": "QBO", "sparse": False}
        stored.update({k: v for k, v in obj.items() if k not in stored})
        stored["MetaData"] = {"CreateTime": stamp, "LastUpdatedTime": stamp}
        self.objects[entity][obj_id] = stored
        self.updated_at[entity][obj_id] = now
        self._index(entity, stored)
        return stored

    def replace(self, entity: str, new: Obj, now: float, bump: bool = True) -> Obj:
        """Store `new` in place of the object with the same Id; SyncToken +1 when `bump`."""
        obj_id = new["Id"]
        old = self.objects[entity][obj_id]
        self._unindex(entity, old)
        if bump:
            new["SyncToken"] = str(int(old["SyncToken"]) + 1)
            new["MetaData"] = {
                "CreateTime": old["MetaData"]["CreateTime"],
                "LastUpdatedTime": iso_seconds(now),
            }
            self.updated_at[entity][obj_id] = now
        self.objects[entity][obj_id] = new
        self._index(entity, new)
        return new

    def remove(self, entity: str, obj_id: str, now: float) -> Obj:
        """Hard delete (transactions only); leaves a stub for CDC."""
        old = self.objects[entity].pop(obj_id)
        self.updated_at[entity].pop(obj_id, None)
        self._unindex(entity, old)
        stub = {
            "Id": obj_id,
            "status": "Deleted",
            "domain": "QBO",
            "MetaData": {"LastUpdatedTime": iso_seconds(now)},
        }
        self.deleted[entity][obj_id] = (stub, now)
        return stub

    def touch_singleton(self, name: str, obj: Obj, now: float) -> Obj:
        old = self.singletons.get(name)
        if old is not None:
            obj["SyncToken"] = str(int(old.get("SyncToken", "0")) + 1)
            created = old.get("MetaData", {}).get("CreateTime", iso_seconds(now))
        else:
            obj["SyncToken"] = "0"
            created = iso_seconds(now)
        obj["MetaData"] = {"CreateTime": created, "LastUpdatedTime": iso_seconds(now)}
        obj.setdefault("domain", "QBO")
        obj.setdefault("sparse", False)
        self.singletons[name] = obj
        self.singleton_updated[name] = now
        return obj

    def customer_txns(self, entity: str, customer_id: str) -> list[Obj]:
        ids = self.by_customer.get((entity, customer_id), set())
        return [self.objects[entity][i] for i in sorted(ids) if i in self.objects[entity]]

    # ---- indexes -------------------------------------------------------------
    def _index(self, entity: str, obj: Obj) -> None:
        oid = obj["Id"]
        if entity in PEOPLE and obj.get("DisplayName"):
            self.people_names[name_key(obj["DisplayName"])] = (entity, oid)
        elif entity == "Item" and obj.get("Name"):
            self.item_names[name_key(obj["Name"])] = oid
        elif entity == "Account" and obj.get("Name"):
            self.account_names[name_key(obj["Name"])] = oid
        elif entity == "Term" and obj.get("Name"):
            self.term_names[name_key(obj["Name"])] = oid
        if entity in NUMBERED_TXNS and obj.get("DocNumber"):
            number = str(obj["DocNumber"])
            self.doc_numbers.setdefault(number.casefold(), []).append((entity, oid))
            if number.isdigit():
                self.next_doc_number = max(self.next_doc_number, int(number) + 1)
        if entity in CUSTOMER_TXNS:
            cust = _ref(obj.get("CustomerRef"))
            if cust:
                self.by_customer.setdefault((entity, cust), set()).add(oid)

    def _unindex(self, entity: str, obj: Obj) -> None:
        oid = obj["Id"]
        if entity in PEOPLE and obj.get("DisplayName"):
            key = name_key(obj["DisplayName"])
            if self.people_names.get(key) == (entity, oid):
                del self.people_names[key]
        elif entity == "Item" and obj.get("Name"):
            key = name_key(obj["Name"])
            if self.item_names.get(key) == oid:
                del self.item_names[key]
        elif entity == "Account" and obj.get("Name"):
            key = name_key(obj["Name"])
            if self.account_names.get(key) == oid:
                del self.account_names[key]
        elif entity == "Term" and obj.get("Name"):
            key = name_key(obj["Name"])
            if self.term_names.get(key) == oid:
                del self.term_names[key]
        if entity in NUMBERED_TXNS and obj.get("DocNumber"):
            key = str(obj["DocNumber"]).casefold()
            holders = self.doc_numbers.get(key, [])
            if (entity, oid) in holders:
                holders.remove((entity, oid))
            if not holders:
                self.doc_numbers.pop(key, None)
        if entity in CUSTOMER_TXNS:
            cust = _ref(obj.get("CustomerRef"))
            if cust and (entity, cust) in self.by_customer:
                self.by_customer[(entity, cust)].discard(oid)

    def rebuild_indexes(self) -> None:
        self.people_names.clear()
        self.item_names.clear()
        self.account_names.clear()
        self.term_names.clear()
        self.doc_numbers.clear()
        self.by_customer.clear()
        for entity in ENTITIES:
            for obj in self.objects[entity].values():
                self._index(entity, obj)

    # ---- persistence -----------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        return {
            "objects": self.objects,
            "updated_at": self.updated_at,
            "deleted": {e: {k: [s, t] for k, (s, t) in d.items()} for e, d in self.deleted.items()},
            "next_id": self.next_id,
            "next_doc_number": self.next_doc_number,
            "singletons": self.singletons,
            "singleton_updated": self.singleton_updated,
            "flags": self.flags,
        }

    def restore(self, data: dict[str, Any]) -> None:
        data = copy.deepcopy(data)
        self.objects = {e: data["objects"].get(e, {}) for e in ENTITIES}
        self.updated_at = {
            e: {k: float(v) for k, v in data["updated_at"].get(e, {}).items()} for e in ENTITIES
        }
        self.deleted = {
            e: {k: (s, float(t)) for k, (s, t) in data["deleted"].get(e, {}).items()}
            for e in ENTITIES
        }
        self.next_id = {e: int(data["next_id"].get(e, 1)) for e in ENTITIES}
        self.singletons = data.get("singletons", {})
        self.singleton_updated = {k: float(v) for k, v in data.get("singleton_updated", {}).items()}
        self.flags = dict(data.get("flags", {}))
        self.rebuild_indexes()
        self.next_doc_number = max(self.next_doc_number, int(data.get("next_doc_number", 1001)))


def _ref(value: Any) -> str | None:
    if isinstance(value, dict) and value.get("value") not in (None, ""):
        return str(value["value"])
    return None
