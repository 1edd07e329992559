"""HubSpot CRM v3/v4 client (one portal / hub).

Batch calls answer 200/201 when every input succeeded and 207 when some failed; both
come back as an `HsBatchResult` whose `errors` carry HubSpot's `context` (ids, input
index), so the caller can attribute each failure to its record.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from .errors import HubSpotApiError
from .faults import hubspot_error_from
from .transport import ApiTransport

MAX_BATCH = 100
MAX_LIST = 100
MAX_SEARCH = 200


@dataclass
class HsObject:
    id: str
    properties: dict[str, str | None]
    created_at: str
    updated_at: str
    archived: bool = False
    associations: dict[str, list[str]] | None = None
    new: bool | None = None  # upsert: True when the record was created


@dataclass
class HsPage:
    results: list[HsObject]
    after: str | None
    total: int | None = None


@dataclass
class HsBatchResult:
    results: list[HsObject]
    errors: list[HubSpotApiError]


def _object(raw: dict[str, Any]) -> HsObject:
    props = raw.get("properties") or {}
    assoc_raw = raw.get("associations")
    assoc: dict[str, list[str]] | None = None
    if isinstance(assoc_raw, dict):
        assoc = {
            k: [str(r.get("id")) for r in (v or {}).get("results", []) if isinstance(r, dict)]
            for k, v in assoc_raw.items()
        }
    return HsObject(
        id=str(raw.get("id")),
        properties={str(k): (None if v is None else str(v)) for k, v in props.items()},
        created_at=str(raw.get("createdAt") or ""),
        updated_at=str(raw.get("updatedAt") or ""),
        archived=bool(raw.get("archived", False)),
        associations=assoc,
        new=raw.get("new") if isinstance(raw.get("new"), bool) else None,
    )


def _after(body: dict[str, Any]) -> str | None:
    nxt = (body.get("paging") or {}).get("next") or {}
    after = nxt.get("after")
    return str(after) if after not in (None, "") else None


_MODIFIED = ("lastmodifieddate", "hs_lastmodifieddate")


class HubSpotClient:
    def __init__(self, transport: ApiTransport, api_base: str) -> None:
        self.transport = transport
        self.base = api_base.rstrip("/")
        # Per object type, id -> the modified stamp our batch write left on the record: the
        # sync tells its own echoes from other people's changes by it.
        self.written: dict[str, dict[str, str]] = {}

    def _note_written(self, object_type: str, results: list[HsObject]) -> None:
        written = self.written.setdefault(object_type, {})
        for obj in results:
            stamp = next((obj.properties[k] for k in _MODIFIED if obj.properties.get(k)), None)
            if stamp or obj.updated_at:
                written[obj.id] = stamp or obj.updated_at

    async def _json(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        kind: str = "default",
        idempotent: bool = True,
    ) -> dict[str, Any]:
        resp = await self.transport.request(
            method,
            f"{self.base}{path}",
            params=params,
            json=json,
            kind=kind,
            idempotent=idempotent,
        )
        if resp.status_code == 204 or not resp.content:
            return {}
        try:
            body = resp.json()
        except ValueError:
            raise HubSpotApiError(
                "HubSpot answered with something that is not JSON",
                http_status=resp.status_code,
                transient=True,
            ) from None
        return body if isinstance(body, dict) else {"results": body}

    # For endpoint modules beside this one (e.g. hubspot_invoices.py): a JSON call with the
    # same transport, limits, retries and error mapping as every call here.
    call = _json

    # ---- objects -------------------------------------------------------------------
    async def list_objects(
        self,
        object_type: str,
        properties: Sequence[str],
        after: str | None = None,
        limit: int = MAX_LIST,
        associations: Sequence[str] = (),
        archived: bool = False,  # the archived records instead (search never returns them)
    ) -> HsPage:
        params: dict[str, Any] = {"limit": max(1, min(limit, MAX_LIST))}
        if archived:
            params["archived"] = "true"
        if properties:
            params["properties"] = ",".join(properties)
        if associations:
            params["associations"] = ",".join(associations)
        if after:
            params["after"] = after
        body = await self._json("GET", f"/crm/v3/objects/{object_type}", params=params)
        return HsPage([_object(r) for r in body.get("results") or []], _after(body))

    async def iter_objects(
        self, object_type: str, properties: Sequence[str]
    ) -> AsyncIterator[HsObject]:
        after: str | None = None
        while True:
            page = await self.list_objects(object_type, properties, after=after)
            for obj in page.results:
                yield obj
            if page.after is None:
                return
            after = page.after

    async def get_object(
        self,
        object_type: str,
        object_id: str,
        properties: Sequence[str],
        id_property: str | None = None,
    ) -> HsObject:
        params: dict[str, Any] = {}
        if properties:
            params["properties"] = ",".join(properties)
        if id_property:
            params["idProperty"] = id_property
        body = await self._json(
            "GET", f"/crm/v3/objects/{object_type}/{quote(object_id, safe='')}", params=params
        )
        return _object(body)

    async def search(
        self,
        object_type: str,
        filter_groups: list[dict[str, Any]],
        properties: Sequence[str],
        sorts: list[dict[str, str]] | None = None,
        after: str | None = None,
        limit: int = MAX_SEARCH,
    ) -> HsPage:
        payload: dict[str, Any] = {
            "filterGroups": filter_groups,
            "properties": list(properties),
            "limit": max(1, min(limit, MAX_SEARCH)),
        }
        if sorts:
            payload["sorts"] = sorts
        if after:
            payload["after"] = after
        body = await self._json(
            "POST", f"/crm/v3/objects/{object_type}/search", json=payload, kind="search"
        )
        total = body.get("total")
        return HsPage(
            [_object(r) for r in body.get("results") or []],
            _after(body),
            int(total) if isinstance(total, int) else None,
        )

    # ---- batch ---------------------------------------------------------------------
    async def _batch(
        self, object_type: str, op: str, payload: dict[str, Any], idempotent: bool
    ) -> HsBatchResult:
        if len(payload.get("inputs", [])) > MAX_BATCH:
            raise ValueError(f"a HubSpot batch holds at most {MAX_BATCH} inputs")
        if not payload.get("inputs"):
            return HsBatchResult([], [])
        body = await self._json(
            "POST",
            f"/crm/v3/objects/{object_type}/batch/{op}",
            json=payload,
            kind="batch",
            idempotent=idempotent,
        )
        errors = [
            hubspot_error_from(e, 207) for e in body.get("errors") or [] if isinstance(e, dict)
        ]
        results = [_object(r) for r in body.get("results") or []]
        if op != "read":
            self._note_written(object_type, results)
        return HsBatchResult(results, errors)

    async def batch_read(
        self,
        object_type: str,
        ids: Sequence[str],
        properties: Sequence[str],
        id_property: str | None = None,
    ) -> HsBatchResult:
        payload: dict[str, Any] = {
            "inputs": [{"id": i} for i in ids],
            "properties": list(properties),
        }
        if id_property:
            payload["idProperty"] = id_property
        return await self._batch(object_type, "read", payload, idempotent=True)

    async def batch_create(self, object_type: str, inputs: list[dict[str, Any]]) -> HsBatchResult:
        """Plain create: not repeated after it may have reached HubSpot (use upsert for that)."""
        return await self._batch(object_type, "create", {"inputs": inputs}, idempotent=False)

    async def batch_update(self, object_type: str, inputs: list[dict[str, Any]]) -> HsBatchResult:
        return await self._batch(object_type, "update", {"inputs": inputs}, idempotent=True)

    async def batch_upsert(
        self, object_type: str, inputs: list[dict[str, Any]], id_property: str
    ) -> HsBatchResult:
        """Create-or-update keyed by a unique property: safe to repeat after any failure.

        Inputs may give the key as `id` or leave it in `properties[id_property]`.
        """
        prepared = []
        for item in inputs:
            key = item.get("id") or (item.get("properties") or {}).get(id_property)
            if not key:
                raise ValueError(f"upsert input without a value for {id_property!r}")
            prepared.append({**item, "id": str(key), "idProperty": id_property})
        return await self._batch(object_type, "upsert", {"inputs": prepared}, idempotent=True)

    async def batch_archive(self, object_type: str, ids: Sequence[str]) -> None:
        await self._batch(
            object_type, "archive", {"inputs": [{"id": i} for i in ids]}, idempotent=True
        )

    # ---- associations (v4) -----------------------------------------------------------
    async def associate_default(
        self, from_type: str, from_id: str, to_type: str, to_id: str
    ) -> None:
        await self._json(
            "PUT",
            f"/crm/v4/objects/{from_type}/{from_id}/associations/default/{to_type}/{to_id}",
        )

    async def associate(
        self,
        from_type: str,
        from_id: str,
        to_type: str,
        to_id: str,
        type_id: int,
        category: str = "HUBSPOT_DEFINED",
    ) -> None:
        await self._json(
            "PUT",
            f"/crm/v4/objects/{from_type}/{from_id}/associations/{to_type}/{to_id}",
            json=[{"associationCategory": category, "associationTypeId": type_id}],
        )

    async def associations(self, from_type: str, from_id: str, to_type: str) -> list[str]:
        """Ids of `to_type` records linked to one record (all pages)."""
        out: list[str] = []
        after: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 500}
            if after:
                params["after"] = after
            body = await self._json(
                "GET",
                f"/crm/v4/objects/{from_type}/{from_id}/associations/{to_type}",
                params=params,
            )
            # toObjectId is a JSON number in real answers although the spec says string.
            out += [str(r.get("toObjectId")) for r in body.get("results") or []]
            after = _after(body)
            if after is None:
                return out

    # ---- properties ------------------------------------------------------------------
    async def properties(self, object_type: str) -> list[dict[str, Any]]:
        body = await self._json("GET", f"/crm/v3/properties/{object_type}")
        return [p for p in body.get("results") or [] if isinstance(p, dict)]

    async def create_property(self, object_type: str, definition: dict[str, Any]) -> bool:
        """Create a property; False when one of that name exists already (409).

        Property names are unique per object type, so a repeat cannot make a second one:
        the call is retried like a read, and the 409 a repeat after a lost answer gets is
        success.
        """
        resp = await self.transport.request(
            "POST",
            f"{self.base}/crm/v3/properties/{object_type}",
            json=definition,
            ok_statuses=(409,),
        )
        return resp.status_code != 409
