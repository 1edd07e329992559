"""CRM v3 object endpoints: list, read, create, update, archive, batch, search."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .crm import Crm
from .errors import HubSpotError, bad_request, not_found
from .schema import ObjectType, resolve_type
from .search import run_search
from .store import Rec, iso_ms

if TYPE_CHECKING:
    from .service import Ctx, HubSpotSandbox

MAX_LIST = 100
MAX_BATCH = 100


# ---- helpers shared with api_more -------------------------------------------------------
def object_type(request: Request, key: str = "type", v4: bool = False) -> ObjectType:
    seg = request.path_params[key]
    t = resolve_type(seg, v4=v4)
    if t is None:
        raise bad_request(f"Unable to infer object type from: {seg}")
    return t


async def json_body(request: Request) -> Any:
    raw = await request.body()
    if not raw:
        raise bad_request("Invalid input JSON on line 1, column 1: body is empty")
    return json.loads(raw)


def required_fields(body: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """A JSON object body holding every one of `names`, or HubSpot's 400 naming the missing."""
    if not isinstance(body, dict):
        raise bad_request("Invalid input JSON: expected an object")
    missing = [k for k in names if not body.get(k)]
    if missing:
        raise bad_request(
            "Invalid input JSON on line 1, column 2. Some required fields were not set: "
            f"[{', '.join(missing)}]"
        )
    return body


def name_list(values: list[str]) -> list[str]:
    return [n.strip() for v in values for n in v.split(",") if n.strip()]


def render(
    crm: Crm,
    t: ObjectType,
    rec: Rec,
    names: list[str] | None,
    props: dict[str, str] | None = None,
    updated: int | None = None,
    with_history: list[str] | None = None,
    assoc_types: list[ObjectType] | None = None,
) -> dict[str, Any]:
    """A SimplePublicObject: requested (or default) properties, unset ones as null."""
    props = rec.props if props is None else props
    defs = crm.stores[t.name].defs
    wanted = list(t.defaults) if names is None else names
    out_props: dict[str, str | None] = {}
    for n in wanted:
        if n in defs:
            out_props[n] = props.get(n)
    for n in ("hs_object_id", t.created_prop, t.modified_prop):
        out_props[n] = props.get(n)
    out: dict[str, Any] = {
        "id": str(rec.id),
        "properties": out_props,
        "createdAt": iso_ms(rec.created),
        "updatedAt": iso_ms(rec.updated if updated is None else updated),
        "archived": rec.archived,
    }
    if rec.archived and rec.archived_at is not None:
        out["archivedAt"] = iso_ms(rec.archived_at)
    if with_history:
        out["propertiesWithHistory"] = {
            n: [
                {
                    "value": props[n],
                    "timestamp": iso_ms(rec.updated),
                    "sourceType": "INTEGRATION",
                }
            ]
            for n in with_history
            if n in defs and n in props
        }
    if assoc_types:
        assocs: dict[str, Any] = {}
        for to in assoc_types:
            items = [
                {"id": str(tid), "type": f"{t.singular}_to_{to.singular}"}
                for tid in crm.live_targets(t.name, rec.id, to.name)
            ]
            if items:
                assocs[to.name] = {"results": items}
        if assocs:
            out["associations"] = assocs
    return out


def written_names(t: ObjectType, given: Any) -> list[str]:
    extra = [k for k in given] if isinstance(given, dict) else []
    return list(dict.fromkeys([*t.defaults, *extra]))


def batch_response(
    results: list[dict[str, Any]], errors: list[dict[str, Any]], ok_status: int, started: int
) -> Response:
    body: dict[str, Any] = {
        "status": "COMPLETE",
        "results": results,
        "startedAt": iso_ms(started),
        "completedAt": iso_ms(started),
    }
    if errors:
        body["numErrors"] = len(errors)
        body["errors"] = errors
    return JSONResponse(body, status_code=207 if errors else ok_status)


def inputs_of(body: Any, limit: int = MAX_BATCH) -> list[Any]:
    if not isinstance(body, dict) or not isinstance(body.get("inputs"), list):
        raise bad_request(
            "Invalid input JSON on line 1, column 2. Some required fields were not set: [inputs]"
        )
    inputs = body["inputs"]
    if len(inputs) > limit:
        raise bad_request(f"Batch input limit exceeded: {len(inputs)} > {limit} inputs")
    return inputs


def missing_error(t: ObjectType, ids: list[str], verb: str = "get") -> dict[str, Any]:
    return HubSpotError(
        404,
        "OBJECT_NOT_FOUND",
        f"Could not {verb} some {t.label} objects, they may be deleted or not exist. "
        "Check that ids are valid.",
        context={"ids": ids},
    ).standard_error()


# ---- routes -------------------------------------------------------------------------------
def object_routes(svc: HubSpotSandbox) -> list[BaseRoute]:
    crm = svc.crm

    async def collection(request: Request, ctx: Ctx) -> Response:
        t = object_type(request)
        if request.method == "POST":
            ctx.require(*t.write_scopes)
            body = await json_body(request)
            if not isinstance(body, dict):
                raise bad_request("Invalid input JSON: expected an object")
            rec = crm.create(t, body.get("properties", {}), body.get("associations"))
            names = written_names(t, body.get("properties"))
            return JSONResponse(render(crm, t, rec, names), status_code=201)
        ctx.require(*t.read_scopes)
        q = request.query_params
        try:
            limit = int(q.get("limit", "10"))
            start = int(q.get("after", "0") or 0)
        except ValueError as exc:
            raise bad_request("limit and after must be numbers") from exc
        if limit < 1 or limit > MAX_LIST:
            raise bad_request(f"limit must be between 1 and {MAX_LIST}")  # [U] 400 vs clamp
        archived = q.get("archived", "false").lower() == "true"
        names = name_list(q.getlist("properties")) or None
        hist = name_list(q.getlist("propertiesWithHistory")) or None
        assoc = _assoc_types(q.getlist("associations"))
        results: list[dict[str, Any]] = []
        nxt: int | None = None
        for rec in crm.stores[t.name].iter_from(start, archived):
            if len(results) == limit:
                nxt = rec.id
                break
            results.append(render(crm, t, rec, names, with_history=hist, assoc_types=assoc))
        body: dict[str, Any] = {"results": results}
        if nxt is not None:
            link = str(request.url.replace_query_params(**{**dict(q), "after": str(nxt)}))
            body["paging"] = {"next": {"after": str(nxt), "link": link}}
        return JSONResponse(body)

    async def item(request: Request, ctx: Ctx) -> Response:
        t = object_type(request)
        q = request.query_params
        oid = request.path_params["id"]
        id_prop = q.get("idProperty")
        if request.method == "GET":
            ctx.require(*t.read_scopes)
            archived = q.get("archived", "false").lower() == "true"
            rec = crm.resolve(t, oid, id_prop, archived)
            if rec is None:
                raise not_found(oid)
            names = name_list(q.getlist("properties")) or None
            hist = name_list(q.getlist("propertiesWithHistory")) or None
            assoc = _assoc_types(q.getlist("associations"))
            return JSONResponse(render(crm, t, rec, names, with_history=hist, assoc_types=assoc))
        ctx.require(*t.write_scopes)
        rec = crm.resolve(t, oid, id_prop)
        if request.method == "DELETE":
            if rec is not None:  # [U] unknown id: 204 as well
                crm.archive(t, rec)
            return Response(status_code=204)
        if rec is None:
            raise not_found(oid)
        body = await json_body(request)
        given = body.get("properties") if isinstance(body, dict) else None
        crm.update(t, rec, given)
        return JSONResponse(render(crm, t, rec, written_names(t, given)))

    async def search(request: Request, ctx: Ctx) -> Response:
        t = object_type(request)
        ctx.require(*t.read_scopes)
        body = await json_body(request)
        if not isinstance(body, dict):
            raise bad_request("Invalid input JSON: expected an object")
        total, page, nxt = run_search(t, crm.stores[t.name], body, crm.now_ms())
        names = body.get("properties") or None
        results = [render(crm, t, v.rec, names, v.props, v.updated) for v in page]
        out: dict[str, Any] = {"total": total, "results": results}
        if nxt is not None:
            out["paging"] = {"next": {"after": str(nxt), "link": f"?after={nxt}"}}
        return JSONResponse(out)

    async def batch(request: Request, ctx: Ctx) -> Response:
        from .batch import run_batch

        t = object_type(request)
        op = request.path_params["op"]
        if op not in ("read", "create", "update", "upsert", "archive"):
            raise HubSpotError(404, "OBJECT_NOT_FOUND", f"Unknown batch operation {op}")
        ctx.require(*(t.read_scopes if op == "read" else t.write_scopes))
        body = await json_body(request)
        return run_batch(crm, t, op, body, request.query_params)

    async def gdpr_delete(request: Request, ctx: Ctx) -> Response:
        # hubspot.md 3.1: contacts only; {"objectId", "idProperty"?} -> 204, gone for good.
        t = object_type(request)
        if t.name != "contacts":
            raise not_found("gdpr-delete")
        ctx.require(*t.write_scopes)
        body = await json_body(request)
        fields = required_fields(body, ("objectId",))
        rec = crm.resolve(t, str(fields["objectId"]), body.get("idProperty"))
        if rec is None:
            rec = crm.resolve(t, str(fields["objectId"]), body.get("idProperty"), archived=True)
        if rec is None:
            raise not_found(str(fields["objectId"]))
        crm.gdpr_delete(t, rec)
        return Response(status_code=204)

    def ep(name: str, handler: Any, search_: bool = False) -> Any:
        return svc.api(name, handler, search=search_)

    base = "/crm/v3/objects/{type}"
    return [
        Route(base + "/search", ep("objects.search", search, True), methods=["POST"]),
        Route(base + "/batch/{op}", ep("objects.batch", batch), methods=["POST"]),
        Route(base + "/gdpr-delete", ep("objects.gdpr_delete", gdpr_delete), methods=["POST"]),
        Route(base, ep("objects.collection", collection), methods=["GET", "POST"]),
        Route(base + "/{id}", ep("objects.item", item), methods=["GET", "PATCH", "DELETE"]),
    ]


def _assoc_types(values: list[str]) -> list[ObjectType] | None:
    names = name_list(values)
    out = []
    for n in names:
        t = resolve_type(n, v4=True)
        if t is not None:
            out.append(t)
    return out or None
