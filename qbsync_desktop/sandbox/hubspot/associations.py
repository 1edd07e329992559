"""Association links between records (v4 model): directional type ids, reverse kept in step."""

from __future__ import annotations

from typing import Any

from .errors import HubSpotError, bad_request
from .schema import ASSOC_TYPES, AssocType, default_assoc_type

Key = tuple[str, int]


class AssocStore:
    def __init__(self) -> None:
        # (from_type, from_id) -> to_type -> to_id -> {type ids}
        self.links: dict[Key, dict[str, dict[int, set[int]]]] = {}

    def check_type(self, from_type: str, to_type: str, type_id: int, category: str) -> AssocType:
        """The type for this direction; wrong direction or unknown id -> 400 [O]."""
        if category not in ("HUBSPOT_DEFINED", "USER_DEFINED", "INTEGRATOR_DEFINED"):
            raise bad_request(f"Invalid association category {category}")
        at = ASSOC_TYPES.get(type_id)
        if at is None or category != "HUBSPOT_DEFINED":
            raise bad_request(
                f"association type id {type_id} doesn't exist between {from_type} and {to_type}",
                sub_category="INVALID_ASSOCIATION_TYPE",
            )
        if at.from_type != from_type or at.to_type != to_type:
            raise HubSpotError(
                400,
                "VALIDATION_ERROR",
                f"{type_id} is not a valid association type from {from_type} to {to_type}; "
                f"it goes from {at.from_type} to {at.to_type}",
                sub_category="INVALID_FROM_OBJECT",
            )
        return at

    def default_type(self, from_type: str, to_type: str) -> AssocType:
        at = default_assoc_type(from_type, to_type)
        if at is None:
            raise bad_request(
                f"No association types are defined between {from_type} and {to_type}",
                sub_category="INVALID_ASSOCIATION_TYPE",
            )
        return at

    def add(self, at: AssocType, from_id: int, to_id: int) -> None:
        self._put(at.from_type, from_id, at.to_type, to_id, at.type_id)
        self._put(at.to_type, to_id, at.from_type, from_id, at.reverse_id)

    def _put(self, ft: str, fid: int, tt: str, tid: int, type_id: int) -> None:
        self.links.setdefault((ft, fid), {}).setdefault(tt, {}).setdefault(tid, set()).add(type_id)

    def remove_pair(self, ft: str, fid: int, tt: str, tid: int) -> bool:
        found = self._drop(ft, fid, tt, tid)
        self._drop(tt, tid, ft, fid)
        return found

    def remove_types(self, ft: str, fid: int, tt: str, tid: int, type_ids: set[int]) -> None:
        for t in type_ids:
            self._discard(ft, fid, tt, tid, t)
            at = ASSOC_TYPES.get(t)
            if at is not None:
                self._discard(tt, tid, ft, fid, at.reverse_id)

    def _discard(self, ft: str, fid: int, tt: str, tid: int, type_id: int) -> None:
        ids = self.links.get((ft, fid), {}).get(tt, {}).get(tid)
        if ids is None:
            return
        ids.discard(type_id)
        if not ids:
            self._drop(ft, fid, tt, tid)

    def _drop(self, ft: str, fid: int, tt: str, tid: int) -> bool:
        by_type = self.links.get((ft, fid))
        if not by_type or tt not in by_type or tid not in by_type[tt]:
            return False
        del by_type[tt][tid]
        if not by_type[tt]:
            del by_type[tt]
        if not by_type:
            del self.links[(ft, fid)]
        return True

    def remove_all(self, ft: str, fid: int) -> None:
        """Every link of one record, both directions (it is deleted for good)."""
        for tt, ids in list(self.links.get((ft, fid), {}).items()):
            for tid in list(ids):
                self.remove_pair(ft, fid, tt, tid)

    def targets(self, ft: str, fid: int, tt: str) -> dict[int, set[int]]:
        return self.links.get((ft, fid), {}).get(tt, {})

    def count(self) -> int:
        return sum(len(ids) for by in self.links.values() for ids in by.values()) // 2

    # ---- persistence ----------------------------------------------------------------
    def snapshot(self) -> list[list[Any]]:
        return [
            [ft, fid, tt, tid, sorted(types)]
            for (ft, fid), by in self.links.items()
            for tt, ids in by.items()
            for tid, types in ids.items()
        ]

    def restore(self, rows: list[list[Any]]) -> None:
        self.links = {}
        for ft, fid, tt, tid, types in rows:
            for t in types:
                self._put(ft, fid, tt, tid, t)

    def clear(self) -> None:
        self.links = {}
