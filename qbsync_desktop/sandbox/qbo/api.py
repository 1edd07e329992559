"""The HTTP surface under /v3/company/{realmId}/: auth, throttling, requestid, dispatch.

Batch and CDC live here too because they are thin layers over `Operations`.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import faults
from .faults import QboError, iso_millis
from .oauth import tid
from .operations import RESOURCES

if TYPE_CHECKING:
    from .service import QboSandbox

BATCH_MAX_ITEMS = 30
REQUEST_ID_MAX = 50


def _json(payload: Any, status: int = 200, extra: dict[str, str] | None = None) -> Response:
    headers = {"intuit_tid": tid(), **(extra or {})}
    body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=status, media_type="application/json", headers=headers)


class CompanyApi:
    def __init__(self, svc: QboSandbox) -> None:
        self.svc = svc

    def routes(self) -> list[BaseRoute]:
        return [Route("/v3/company/{realm}/{rest:path}", self.handle, methods=["GET", "POST"])]

    def fault(self, err: QboError) -> Response:
        extra = {}
        if err.status == 429:
            extra["Retry-After"] = str(max(1, math.ceil(self.svc.throttle_wait)))
        return _json(err.body(self.svc.clock()), err.status, extra)

    async def handle(self, request: Request) -> Response:
        svc = self.svc
        realm = request.path_params["realm"]
        rest = request.path_params["rest"].strip("/")
        try:
            self._authenticate(request, realm)
            svc.throttle("batch" if rest == "batch" else "api")
        except QboError as err:
            if err.status == 401:
                return self._auth_response(err)
            return self.fault(err)
        resource = rest.split("/", 1)[0].lower()
        svc.count(f"{request.method} {resource}")
        mv = request.query_params.get("minorversion")
        svc.minorversions.add(mv or "")
        request_id = request.query_params.get("requestid")
        replay_key = None
        if request.method == "POST" and request_id and len(request_id) <= REQUEST_ID_MAX:
            replay_key = f"{realm}:{request_id}"
            stored = svc.idempotency.get(replay_key)
            if stored is not None:
                svc.count("requestid replays")
                status, body = stored
                return Response(body, status, media_type="application/json",
                                headers={"intuit_tid": tid()})  # fmt: skip
        try:
            payload = await self._dispatch(request, rest)
            status = 200
        except QboError as err:
            payload, status = err.body(svc.clock()), err.status
        body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        if request.method == "POST" and resource != "query":
            svc.revision += 1
            if status == 200:
                svc.count("writes")
        if replay_key is not None:
            svc.idempotency[replay_key] = (status, body)
        return Response(body, status, media_type="application/json", headers={"intuit_tid": tid()})

    # ---- auth -------------------------------------------------------------------
    def _authenticate(self, request: Request, realm: str) -> None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise faults.auth_failed("Authorization header is missing or not a bearer token")
        status, grant, _tok = self.svc.grants.check_access(token.strip())
        if status == "unknown":
            raise faults.auth_failed("Malformed bearer token: token is not recognised")
        if status == "expired":
            raise faults.auth_failed("Token expired: the access token has expired")
        if status == "revoked":
            raise faults.auth_failed("Token revoked: the app was disconnected from this company")
        if grant is None or grant.account_id != realm or realm != self.svc.realm_id:
            raise faults.auth_forbidden("The access token is not valid for this company (realm)")

    def _auth_response(self, err: QboError) -> Response:
        style = str(self.svc.settings.extra.get("auth_fault_style", "fault"))
        if style == "gateway":
            # The lowercase gateway envelope some 401s arrive in (qbo.md 4.1).
            body = {
                "warnings": None,
                "intuitObject": None,
                "fault": {
                    "error": [{"message": err.message, "detail": err.detail,
                               "code": err.code, "element": None}],
                    "type": "AUTHENTICATION",
                },
                "report": None,
                "queryResponse": None,
                "batchItemResponse": [],
                "attachableResponse": [],
                "syncErrorResponse": None,
                "requestId": None,
                "time": int(self.svc.clock() * 1000),
                "status": None,
                "cdcresponse": [],
            }  # fmt: skip
            return _json(body, 401)
        if style == "xml":
            xml = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" '
                f'time="{iso_millis(self.svc.clock())}"><Fault type="AUTHENTICATION">'
                '<Error code="100"><Message>General Authentication Error</Message>'
                "<Detail>AuthenticationErrorGeneral: SRV-110-Authentication Failure , "
                "statusCode: 401</Detail></Error></Fault></IntuitResponse>"
            )
            return Response(xml, 401, media_type="application/xml", headers={"intuit_tid": tid()})
        return self.fault(err)

    # ---- dispatch -----------------------------------------------------------------
    async def _dispatch(self, request: Request, rest: str) -> dict[str, Any]:
        ops = self.svc.ops
        parts = rest.split("/")
        resource = parts[0].lower()
        params = request.query_params
        time_now = ops.now_iso()
        if resource == "query":
            if request.method == "GET":
                text = params.get("query", "")
            else:
                text = (await request.body()).decode("utf-8", errors="replace")
            return {"QueryResponse": ops.query(text), "time": time_now}
        if resource == "cdc" and request.method == "GET":
            blocks = ops.cdc(params.get("entities", ""), params.get("changedSince", ""))
            return {"CDCResponse": [{"QueryResponse": blocks}], "time": time_now}
        if resource == "batch" and request.method == "POST":
            return {"BatchItemResponse": self._batch(await _body(request)), "time": time_now}
        entity = RESOURCES.get(resource)
        if entity is None:
            raise faults.unsupported(f"Unsupported resource path: {rest}")
        if request.method == "GET":
            if entity == "Preferences" and len(parts) == 1:
                return {"Preferences": self.svc.books.singletons["Preferences"], "time": time_now}
            if entity == "CompanyInfo" and len(parts) == 2:
                if parts[1] != self.svc.realm_id:
                    raise faults.not_found("CompanyInfo", parts[1])
                return {"CompanyInfo": self.svc.books.singletons["CompanyInfo"], "time": time_now}
            if len(parts) == 2 and entity not in ("Preferences", "CompanyInfo"):
                return {entity: ops.read(entity, parts[1]), "time": time_now}
            raise faults.unsupported(f"Unsupported resource path: {rest}")
        if len(parts) != 1:
            raise faults.unsupported(f"Operation {rest} is not supported.")
        body = await _body(request)
        operation = params.get("operation", "").lower()
        include = params.get("include", "")
        return {entity: self._write(entity, operation, include, body), "time": time_now}

    def _write(self, entity: str, operation: str, include: str, body: Any) -> dict[str, Any]:
        ops = self.svc.ops
        if operation == "delete":
            return ops.delete(entity, body)
        if operation == "void":
            return ops.void(entity, body)
        if operation in ("", "create", "update"):
            if operation == "update" and "void" in include.lower() and entity != "Payment":
                return ops.void(entity, body)
            return ops.save(entity, body, include)
        raise faults.unsupported(f"Operation {operation} is not supported.")

    def _batch(self, body: Any) -> list[dict[str, Any]]:
        items = body.get("BatchItemRequest") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise faults.required("BatchItemRequest")
        if len(items) > BATCH_MAX_ITEMS:
            raise QboError(
                1040,
                "Batch size exceeds allowed limit",
                f"Batch size {len(items)} exceeds the allowed limit of {BATCH_MAX_ITEMS}.",
            )
        out: list[dict[str, Any]] = []
        for item in items:
            bid = str(item.get("bId", "")) if isinstance(item, dict) else ""
            try:
                out.append({"bId": bid, **self._batch_item(item)})
            except QboError as err:
                out.append({"bId": bid, "Fault": err.fault()})
        return out

    def _batch_item(self, item: Any) -> dict[str, Any]:
        if not isinstance(item, dict):
            raise faults.invalid_property("BatchItemRequest")
        if "Query" in item:
            return {"QueryResponse": self.svc.ops.query(str(item["Query"]))}
        entity = next((k for k in item if k in RESOURCES.values()), None)
        if entity is None:
            raise faults.required("BatchItemRequest.entity")
        options = item.get("optionsData") or ""
        include = options if isinstance(options, str) else json.dumps(options)
        operation = str(item.get("operation", "create")).lower()
        return {entity: self._write(entity, operation, include, item[entity])}


async def _body(request: Request) -> Any:
    raw = await request.body()
    try:
        return json.loads(raw.decode("utf-8")) if raw else {}
    except (UnicodeDecodeError, ValueError) as exc:
        raise QboError(
            500,
            "Unsupported Operation",
            "Request body is not valid UTF-8 JSON (MalformedByteSequenceException)",
        ) from exc
