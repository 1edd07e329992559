"""QuickBooks Online Accounting API v3 client (one company / realm).

Every call sends `minorversion=75` and `Accept: application/json`; every write carries
the caller's `requestid`, so repeating it (a retry here, or after a crash) replays the
first answer instead of writing twice. The caller keeps the id with its pending write.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from .errors import QboFault
from .faults import qbo_fault_from_parts, qbo_fault_parts
from .transport import ApiTransport

MINOR_VERSION = "75"
MAX_BATCH = 30
SINGLE_ID_MAX = 50  # a single-entity call's requestid (36 for batch calls)
MAX_PAGE = 1000


@dataclass
class QboBatchItem:
    bid: str
    operation: str  # create | update | delete
    entity: str  # e.g. "Customer"
    body: dict[str, Any]


@dataclass
class QboBatchResult:
    bid: str
    entity: dict[str, Any] | None
    fault: QboFault | None


def new_request_id() -> str:
    """A fresh requestid (32 hex chars: within the 36 allowed for batch calls)."""
    return uuid.uuid4().hex


def quote_literal(value: str) -> str:
    """A QBO query string literal: backslash and quote escaped."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _unbound(resp: httpx.Response) -> httpx.Response:
    """The response freed as soon as we let it go: httpx 0.28 keeps each response in a
    reference cycle with its stream wrapper (encode/httpx#3733), so a page's body (0.75 MB
    of customers) stayed until Python's cyclic collector ran, several at a time. The body is
    read by now; an empty stream in the wrapper's place breaks the cycle."""
    if resp.is_closed:
        resp.stream = httpx.ByteStream(b"")
    return resp


def _body(resp: httpx.Response) -> dict[str, Any]:
    """A QBO answer's JSON body; a `QboFault` for a fault inside a 200 or a body that is
    not a JSON object."""
    try:
        body = resp.json()
    except ValueError:
        raise QboFault(
            "QuickBooks answered with something that is not JSON",
            http_status=resp.status_code,
            transient=True,
        ) from None
    if not isinstance(body, dict):
        raise QboFault("QuickBooks answered with an unexpected shape")
    ftype, errors = qbo_fault_parts(body)
    if errors:  # a Fault inside a 200 (seen on some query failures)
        raise qbo_fault_from_parts(ftype, errors, resp.status_code)
    return body


def _query_rows(body: dict[str, Any]) -> list[dict[str, Any]]:
    qr = body.get("QueryResponse") or {}
    for value in qr.values():
        if isinstance(value, list):
            return [v for v in value if isinstance(v, dict)]
    return []  # no match: QBO leaves the entity key out entirely


class QboClient:
    def __init__(self, transport: ApiTransport, company_base: str, realm_id: str) -> None:
        self.transport = transport
        self.base = company_base.rstrip("/")
        self.realm_id = realm_id
        # Per entity, Id -> (LastUpdatedTime, SyncToken) as our batch writes left the record:
        # the sync tells its own echoes from other people's changes by them.
        self.written: dict[str, dict[str, tuple[str, str]]] = {}

    async def _call(self, method: str, path: str, **options: Any) -> dict[str, Any]:
        """A call's decoded body (`_send`'s options)."""
        return _body(await self._send(method, path, **options))

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        content: str | None = None,
        headers: dict[str, str] | None = None,
        kind: str = "default",
        idempotent: bool = True,
    ) -> httpx.Response:
        query = {"minorversion": MINOR_VERSION, **(params or {})}
        resp = await self.transport.request(
            method,
            f"{self.base}/{path}",
            params=query,
            json=json,
            content=content,
            headers=headers,
            kind=kind,
            idempotent=idempotent,
        )
        return _unbound(resp)

    # ---- reads -------------------------------------------------------------------
    async def query(self, sql: str) -> list[dict[str, Any]]:
        return _query_rows(_body(await self._send_query(sql)))

    async def _send_query(self, sql: str) -> httpx.Response:
        return await self._send(
            "POST", "query", content=sql, headers={"Content-Type": "application/text"}
        )

    async def count(self, entity: str, where: str = "") -> int:
        clause = f" WHERE {where}" if where else ""
        body = await self._call(
            "POST",
            "query",
            content=f"SELECT COUNT(*) FROM {entity}{clause}",
            headers={"Content-Type": "application/text"},
        )
        return int((body.get("QueryResponse") or {}).get("totalCount", 0))

    async def iter_query(
        self, entity: str, where: str = "", page_size: int = MAX_PAGE
    ) -> AsyncIterator[dict[str, Any]]:
        """Every row of `entity` matching `where`, one page at a time (STARTPOSITION paging).

        The next page is asked for while the caller takes in this one (the same calls as
        asking after it): QBO writes a page while we read the last one (a 10k first sync's
        reads before its first writes, 10 pages of 1,000). The page read ahead waits as its
        body and is decoded when its turn comes, and each row is let go once the caller
        moves on: a page of customers is about 0.75 MB as a body and 2.7 MB decoded, so
        holding two decoded pages made a big book's run peak higher than a small one's."""
        page_size = max(1, min(page_size, MAX_PAGE))
        clause = f" WHERE {where}" if where else ""

        def page(start: int) -> asyncio.Task[httpx.Response]:
            sql = f"SELECT * FROM {entity}{clause} STARTPOSITION {start} MAXRESULTS {page_size}"
            return asyncio.ensure_future(self._send_query(sql))

        start = 1
        ahead = page(start)
        try:
            while True:
                rows = _query_rows(_body(await ahead))
                full = len(rows) == page_size
                if full:
                    start += page_size
                    ahead = page(start)
                rows.reverse()
                while rows:
                    yield rows.pop()
                if not full:
                    return
        finally:
            if not ahead.done():  # the caller stopped early: the page asked for is not wanted
                ahead.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await ahead

    async def read(self, entity: str, entity_id: str) -> dict[str, Any]:
        body = await self._call("GET", f"{entity.lower()}/{entity_id}")
        return _entity(body, entity)

    async def company_info(self) -> dict[str, Any]:
        body = await self._call("GET", f"companyinfo/{self.realm_id}")
        return _entity(body, "CompanyInfo")

    async def preferences(self) -> dict[str, Any]:
        body = await self._call("GET", "preferences")
        return _entity(body, "Preferences")

    async def cdc(
        self, entities: Sequence[str], changed_since: datetime
    ) -> dict[str, list[dict[str, Any]]]:
        """Changed (and `status: Deleted` stub) objects per entity since `changed_since`."""
        if changed_since.tzinfo is None:
            raise ValueError("changed_since must carry a time zone")
        body = await self._call(
            "GET",
            "cdc",
            params={
                "entities": ",".join(entities),
                "changedSince": changed_since.isoformat(timespec="seconds"),
            },
        )
        out: dict[str, list[dict[str, Any]]] = {e: [] for e in entities}
        for block in body.get("CDCResponse") or []:
            for qr in (block or {}).get("QueryResponse") or []:
                for key, value in (qr or {}).items():
                    if isinstance(value, list):
                        out.setdefault(key, []).extend(v for v in value if isinstance(v, dict))
        return out

    # ---- writes ------------------------------------------------------------------
    async def create(self, entity: str, body: dict[str, Any], request_id: str) -> dict[str, Any]:
        answer = await self._call(
            "POST", entity.lower(), params={"requestid": request_id}, json=body
        )
        return _entity(answer, entity)

    async def update(
        self, entity: str, body: dict[str, Any], request_id: str, sparse: bool = True
    ) -> dict[str, Any]:
        payload = {**body, "sparse": sparse}
        answer = await self._call(
            "POST", entity.lower(), params={"requestid": request_id}, json=payload
        )
        return _entity(answer, entity)

    async def delete(
        self, entity: str, entity_id: str, sync_token: str, request_id: str
    ) -> dict[str, Any]:
        """Hard-delete a transaction (name lists are made inactive with `update` instead)."""
        answer = await self._call(
            "POST",
            entity.lower(),
            params={"operation": "delete", "requestid": request_id},
            json={"Id": entity_id, "SyncToken": sync_token},
        )
        return _entity(answer, entity)

    async def void(
        self, entity: str, entity_id: str, sync_token: str, request_id: str
    ) -> dict[str, Any]:
        """Void an Invoice (`operation=void`) or a Payment (`operation=update&include=void`)."""
        if entity.lower() == "payment":
            params = {"operation": "update", "include": "void", "requestid": request_id}
            payload: dict[str, Any] = {"Id": entity_id, "SyncToken": sync_token, "sparse": True}
        else:
            params = {"operation": "void", "requestid": request_id}
            payload = {"Id": entity_id, "SyncToken": sync_token}
        answer = await self._call("POST", entity.lower(), params=params, json=payload)
        return _entity(answer, entity)

    async def batch(
        self, items: list[QboBatchItem], request_id: str | None = None
    ) -> list[QboBatchResult]:
        """Up to 30 independent operations in one call; faults come back per item.

        Without a `request_id` the batch is not retried after it may have been sent.
        """
        if len(items) > MAX_BATCH:
            raise ValueError(f"a QBO batch holds at most {MAX_BATCH} items")
        if not items:
            return []
        payload = {
            "BatchItemRequest": [
                {"bId": it.bid, "operation": it.operation, it.entity: it.body} for it in items
            ]
        }
        params = {"requestid": request_id} if request_id else None
        body = await self._call(
            "POST",
            "batch",
            params=params,
            json=payload,
            kind="batch",
            idempotent=request_id is not None,
        )
        by_bid = {it.bid: it for it in items}
        results: list[QboBatchResult] = []
        for resp in body.get("BatchItemResponse") or []:
            bid = str(resp.get("bId", ""))
            ftype, errors = qbo_fault_parts(resp)
            if errors:
                results.append(QboBatchResult(bid, None, qbo_fault_from_parts(ftype, errors, None)))
                continue
            item = by_bid.get(bid)
            name = (
                item.entity
                if item
                else next((k for k, v in resp.items() if k != "bId" and isinstance(v, dict)), "")
            )
            entity = resp.get(name)
            self._note_written(name, entity)
            results.append(QboBatchResult(bid, entity if isinstance(entity, dict) else None, None))
        return results

    async def singles(self, items: list[QboBatchItem], request_id: str) -> list[QboBatchResult]:
        """The items of a batch as single-entity calls: QBO's other write pool (its 500 calls
        a minute, beside the 40 batch calls). Answered as `batch` answers: a fault QBO gives
        about one record (400) is that item's result; any other failure is raised. Each
        call's requestid is `request_id` plus the item's bId, so sending the same items with
        the same id again replays each answer. One after another, in the caller's task: a
        cancel sees in that task whether any of them went out (the rate limiter paces them,
        and a caller runs several of these side by side)."""
        if len(request_id) + 1 + max((len(it.bid) for it in items), default=0) > SINGLE_ID_MAX:
            raise ValueError("requestid too long for a single-entity call")
        results: list[QboBatchResult] = []
        for item in items:
            rid = f"{request_id}-{item.bid}"
            body = {k: v for k, v in item.body.items() if k != "sparse"}
            try:
                if item.operation == "create":
                    entity = await self.create(item.entity, body, rid)
                elif item.operation == "update":
                    sparse = bool(item.body.get("sparse", True))
                    entity = await self.update(item.entity, body, rid, sparse)
                else:
                    raise ValueError(f"no single-entity call for {item.operation}")
            except QboFault as fault:
                if fault.http_status != 400:
                    raise
                results.append(QboBatchResult(item.bid, None, fault))
                continue
            self._note_written(item.entity, entity)
            results.append(QboBatchResult(item.bid, entity, None))
        return results

    def _note_written(self, name: str, entity: object) -> None:
        """Remember the version our write left (the sync tells its echoes by it)."""
        if isinstance(entity, dict) and entity.get("Id") is not None:
            stamp = (entity.get("MetaData") or {}).get("LastUpdatedTime")
            if stamp and entity.get("SyncToken") is not None:
                written = self.written.setdefault(name, {})
                written[str(entity["Id"])] = (str(stamp), str(entity["SyncToken"]))


def _entity(body: dict[str, Any], entity: str) -> dict[str, Any]:
    value = body.get(entity)
    if isinstance(value, dict):
        return value
    for key, val in body.items():  # tolerate a differently cased key
        if key.lower() == entity.lower() and isinstance(val, dict):
            return val
    raise QboFault(f"QuickBooks answer carried no {entity}", transient=False)
