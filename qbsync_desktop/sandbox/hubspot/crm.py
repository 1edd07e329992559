"""The CRM data model without HTTP: records of every type, properties, associations, rules.

All writes go through `Crm` so system properties, uniqueness, calculated values and
invoice rules are applied the same way for the API, batch endpoints and seeding.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

from . import commerce
from .account import Account
from .associations import AssocStore
from .errors import HubSpotError, PropertyIssue, bad_request, conflict, validation_error
from .properties import builtin_properties
from .schema import ASSOC_TYPES, OBJECT_TYPES, AssocType, ObjectType
from .store import ObjectStore, Rec, coerce_value, iso_ms

FIRST_ID = 1001


class Crm:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.custom_defs: dict[str, dict[str, dict[str, Any]]] = {n: {} for n in OBJECT_TYPES}
        self.stores: dict[str, ObjectStore] = {}
        self.assoc = AssocStore()
        self.next_id = FIRST_ID
        self.writes = 0
        self.search_lag_ms = 0
        self.account = Account()
        self.clear()

    def clear(self) -> None:
        self.stores = {n: ObjectStore(t, self._all_defs(t)) for n, t in OBJECT_TYPES.items()}
        self.assoc.clear()
        self.next_id = FIRST_ID
        self.writes = 0
        self.account = Account()

    def _all_defs(self, t: ObjectType) -> dict[str, dict[str, Any]]:
        defs = {d["name"]: d for d in builtin_properties(t)}
        defs.update(self.custom_defs.get(t.name, {}))
        return defs

    def now_ms(self) -> int:
        return int(self.clock() * 1000)

    def store(self, type_name: str) -> ObjectStore:
        return self.stores[type_name]

    # ---- properties ---------------------------------------------------------------------
    def add_property(self, type_name: str, defn: dict[str, Any]) -> None:
        self.custom_defs[type_name][defn["name"]] = defn
        st = self.stores[type_name]
        st.defs[defn["name"]] = defn
        if defn.get("hasUniqueValue"):
            st.rebuild_unique()

    def validate(self, t: ObjectType, raw: Any, *, allow_empty: bool = False) -> dict[str, str]:
        """Coerced values for a write, or 400 listing every bad property at once."""
        if not isinstance(raw, dict):
            raise bad_request(
                "Invalid input JSON on line 1, column 2. Some required fields were not set: "
                "[properties]"
            )
        if not raw and not allow_empty:
            raise bad_request("No properties found to update, please provide at least one.")
        defs = self.stores[t.name].defs
        out: dict[str, str] = {}
        issues: list[PropertyIssue] = []
        for name, value in raw.items():
            defn = defs.get(name)
            if defn is None:
                issues.append(
                    PropertyIssue(
                        name, "PROPERTY_DOESNT_EXIST", f'Property "{name}" does not exist'
                    )
                )
                continue
            if defn["modificationMetadata"].get("readOnlyValue"):
                issues.append(
                    PropertyIssue(
                        name,
                        "READ_ONLY_VALUE",  # [U] code name
                        f'"{name}" is a read only property; its value cannot be set.',
                    )
                )
                continue
            result = coerce_value(defn, name, value)
            if isinstance(result, PropertyIssue):
                issues.append(result)
            else:
                out[name] = result
        if issues:
            raise validation_error(issues)
        return out

    def check_unique(self, st: ObjectStore, props: dict[str, str], own_id: int | None) -> None:
        for prop in st.unique:
            val = props.get(prop)
            if not val:
                continue
            other = st.find_unique(prop, val)
            if other is not None and other.id != own_id:
                # [U] for custom unique properties: same 409 shape as contact email.
                raise conflict(other.id, st.otype.singular.replace("_", " ").capitalize())

    # ---- writes -------------------------------------------------------------------------
    def _stamp(self, rec: Rec | None) -> int:
        now = self.now_ms()
        # lastmodifieddate moves on every write, even within one clock millisecond.
        return max(now, rec.updated + 1) if rec is not None else now

    def parse_assoc_inputs(self, t: ObjectType, raw: Any) -> list[tuple[AssocType, int]]:
        """Associations of a create payload -> (type, target id), all checked before writing."""
        if raw is None:
            return []
        if not isinstance(raw, list):
            raise bad_request("associations must be a list")
        out = []
        for item in raw:
            try:
                to_id = int(str(item["to"]["id"]))
                specs = item["types"]
            except (KeyError, TypeError, ValueError) as exc:
                raise bad_request(f"Invalid association input: {item!r}") from exc
            for spec in specs:
                type_id = int(spec.get("associationTypeId", -1))
                at = ASSOC_TYPES.get(type_id)
                if at is None:
                    raise bad_request(
                        f"association type id {type_id} doesn't exist",
                        sub_category="INVALID_ASSOCIATION_TYPE",
                    )
                # Raises for a wrong-direction id (e.g. 178 when creating an invoice).
                self.assoc.check_type(
                    t.name, at.to_type, type_id, spec.get("associationCategory", "")
                )
                if self.stores[at.to_type].live(to_id) is None:
                    raise bad_request(
                        f"Association target {at.to_type} {to_id} does not exist",
                        sub_category="INVALID_ASSOCIATION",
                        context={"id": [str(to_id)]},
                    )
                out.append((at, to_id))
        return out

    def create(
        self,
        t: ObjectType,
        raw_props: Any,
        raw_assocs: Any = None,
        *,
        trusted: dict[str, str] | None = None,
    ) -> Rec:
        """Validate, enforce uniqueness and rules, then store. `trusted` skips validation (seed)."""
        props = trusted if trusted is not None else self.validate(t, raw_props, allow_empty=True)
        props = {k: v for k, v in props.items() if v != ""}
        assocs = self.parse_assoc_inputs(t, raw_assocs)
        st = self.stores[t.name]
        self.check_unique(st, props, None)
        commerce.before_create(self, t, props, assocs, api=trusted is None)
        now = self.now_ms()
        rid = self.next_id
        self.next_id += 1
        stamp = iso_ms(now)
        props["hs_object_id"] = str(rid)
        props[t.created_prop] = stamp
        props[t.modified_prop] = stamp
        props.setdefault("hs_object_source", "INTEGRATION" if trusted is None else "CRM_UI")
        rec = Rec(rid, props, now, now)
        if self.search_lag_ms > 0:
            rec.visible_at = now + self.search_lag_ms
        st.add(rec)
        for at, to_id in assocs:
            self.assoc.add(at, rid, to_id)
        self.writes += 1
        commerce.after_write(self, t, rec)
        for at, to_id in assocs:
            commerce.after_association(self, at.from_type, rid, at.to_type, to_id)
        return rec

    def update(self, t: ObjectType, rec: Rec, raw_props: Any) -> Rec:
        props = self.validate(t, raw_props)
        st = self.stores[t.name]
        self.check_unique(st, props, rec.id)
        commerce.before_update(self, t, rec, props)
        self.apply(t, rec, props)
        commerce.after_write(self, t, rec)
        return rec

    def apply(self, t: ObjectType, rec: Rec, props: dict[str, str]) -> None:
        """Store already-checked values and move the modified date."""
        st = self.stores[t.name]
        now = self._stamp(rec)
        if self.search_lag_ms > 0:
            if rec.visible_at <= self.now_ms():
                rec.indexed = dict(rec.props)
                rec.indexed_updated = rec.updated
            rec.visible_at = self.now_ms() + self.search_lag_ms
        st.unindex(rec)
        for k, v in props.items():
            if v == "":
                rec.props.pop(k, None)
            else:
                rec.props[k] = v
        rec.updated = now
        rec.props[t.modified_prop] = iso_ms(now)
        st.index(rec)
        self.writes += 1

    def archive(self, t: ObjectType, rec: Rec) -> None:
        commerce.before_archive(self, t, rec)
        st = self.stores[t.name]
        st.unindex(rec)
        rec.archived = True
        rec.archived_at = self.now_ms()
        rec.updated = self._stamp(rec)
        rec.props[t.modified_prop] = iso_ms(rec.updated)
        self.writes += 1
        commerce.after_archive(self, t, rec)

    def gdpr_delete(self, t: ObjectType, rec: Rec) -> None:
        """A permanent delete (hubspot.md 3.1 `/gdpr-delete`): the record and its
        associations go; unlike an archival it is in no listing afterwards."""
        self.assoc.remove_all(t.name, rec.id)
        self.stores[t.name].remove(rec)
        self.writes += 1

    # ---- reads --------------------------------------------------------------------------
    def resolve(
        self, t: ObjectType, id_value: str, id_property: str | None, archived: bool = False
    ) -> Rec | None:
        """A record by id or by a unique property (`idProperty`)."""
        st = self.stores[t.name]
        if id_property and id_property != "hs_object_id":
            if id_property not in st.unique:
                raise bad_request(
                    f"{id_property} is not a unique property of {t.name}; "
                    "idProperty must name a property with unique values"
                )
            if archived:
                for rec in st.records.values():
                    val = rec.props.get(id_property)
                    if (
                        rec.archived
                        and val
                        and st.norm(id_property, val) == st.norm(id_property, id_value)
                    ):
                        return rec
                return None
            return st.find_unique(id_property, id_value)
        try:
            rid = int(id_value)
        except ValueError:
            return None
        rec = st.records.get(rid)
        if rec is None or rec.archived != archived:
            return None
        return rec

    # ---- associations -------------------------------------------------------------------
    def associate(self, at: AssocType, from_id: int, to_id: int) -> None:
        commerce.check_link(self, at.from_type, from_id, at.to_type, to_id)
        self.assoc.add(at, from_id, to_id)
        self.writes += 1
        commerce.after_association(self, at.from_type, from_id, at.to_type, to_id)

    def disassociate(
        self, ft: str, fid: int, tt: str, tid: int, type_ids: set[int] | None = None
    ) -> None:
        """Remove all links of a pair, or only `type_ids` (and their reverses)."""
        if type_ids is None:
            self.assoc.remove_pair(ft, fid, tt, tid)
        else:
            self.assoc.remove_types(ft, fid, tt, tid, type_ids)
        self.writes += 1
        commerce.after_association(self, ft, fid, tt, tid)

    def live_targets(self, from_type: str, from_id: int, to_type: str) -> dict[int, set[int]]:
        st = self.stores[to_type]
        return {
            tid: types
            for tid, types in self.assoc.targets(from_type, from_id, to_type).items()
            if st.live(tid) is not None
        }

    # ---- persistence --------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        return {
            "next_id": self.next_id,
            "writes": self.writes,
            "custom_defs": copy.deepcopy(self.custom_defs),
            "records": {
                n: [r.to_json() for r in st.records.values()] for n, st in self.stores.items()
            },
            "associations": self.assoc.snapshot(),
            "account": self.account.snapshot(),
        }

    def restore(self, data: dict[str, Any]) -> None:
        self.custom_defs = {n: {} for n in OBJECT_TYPES}
        for n, defs in data.get("custom_defs", {}).items():
            self.custom_defs[n] = dict(defs)
        self.clear()
        self.next_id = int(data.get("next_id", FIRST_ID))
        self.writes = int(data.get("writes", 0))
        for n, rows in data.get("records", {}).items():
            st = self.stores[n]
            for row in rows:
                st.add(Rec.from_json(row))
        self.assoc.restore(data.get("associations", []))
        self.account = Account.from_snapshot(data.get("account"))


def ensure_type(name: str) -> ObjectType:
    t = OBJECT_TYPES.get(name)
    if t is None:
        raise HubSpotError(400, "VALIDATION_ERROR", f"Unable to infer object type from: {name}")
    return t
