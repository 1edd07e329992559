"""Properties API (v3) and associations API (v4)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .api_account import groups_of
from .api_objects import (
    MAX_BATCH,
    batch_response,
    inputs_of,
    json_body,
    object_type,
    required_fields,
)
from .errors import HubSpotError, bad_request, not_found
from .properties import prop_def
from .schema import ASSOC_TYPES, AssocType, ObjectType
from .store import iso_ms

if TYPE_CHECKING:
    from .service import Ctx, HubSpotSandbox

PROP_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,99}$")
PROP_TYPES = {"string", "number", "date", "datetime", "enumeration", "bool", "phone_number"}
ASSOC_LIST_MAX = 500
ASSOC_READ_MAX = 1000  # ids in one associations batch read


def more_routes(svc: HubSpotSandbox) -> list[BaseRoute]:
    crm = svc.crm

    # ---- properties ---------------------------------------------------------------------
    def need_group(t: ObjectType, name: str) -> None:
        # A property's group must exist (create it with POST .../groups first) [C].
        if name not in groups_of(crm, t):
            raise bad_request(
                f"Property group {name} does not exist for {t.name}",
                context={"groupName": [name]},
            )

    async def properties(request: Request, ctx: Ctx) -> Response:
        t = object_type(request)
        st = crm.stores[t.name]
        if request.method == "GET":
            ctx.require_schema(t, write=False)
            return JSONResponse({"results": list(st.defs.values())})
        ctx.require_schema(t, write=True)
        body = required_fields(
            await json_body(request), ("name", "label", "type", "fieldType", "groupName")
        )
        name = str(body["name"])
        if not PROP_NAME_RE.match(name):
            raise bad_request(f"Property name {name!r} must be lower case letters, digits and _")
        if name in st.defs:
            raise HubSpotError(409, "CONFLICT", f"A property named '{name}' already exists.")
        if body["type"] not in PROP_TYPES:
            raise bad_request(f"Unknown property type {body['type']}")
        need_group(t, str(body["groupName"]))
        defn = prop_def(
            name,
            str(body["label"]),
            str(body["type"]),
            str(body["fieldType"]),
            str(body["groupName"]),
            unique=bool(body.get("hasUniqueValue", False)),
            hubspot_defined=False,
        )
        defn["options"] = [
            {
                "label": str(o.get("label", o.get("value"))),
                "value": str(o.get("value")),
                "hidden": bool(o.get("hidden", False)),
                "displayOrder": int(o.get("displayOrder", i)),
            }
            for i, o in enumerate(body.get("options") or [])
        ]
        defn["description"] = str(body.get("description", ""))
        defn["formField"] = bool(body.get("formField", False))
        defn["modificationMetadata"] = {
            "archivable": True,
            "readOnlyDefinition": False,
            "readOnlyValue": False,
        }
        stamp = iso_ms(crm.now_ms())
        defn["createdAt"] = defn["updatedAt"] = stamp
        crm.add_property(t.name, defn)
        crm.writes += 1
        return JSONResponse(defn, status_code=201)

    async def one_property(request: Request, ctx: Ctx) -> Response:
        t = object_type(request)
        name = request.path_params["name"]
        defn = crm.stores[t.name].defs.get(name)
        if defn is None:
            raise HubSpotError(
                404, "OBJECT_NOT_FOUND", f"Unable to find property {name} for {t.name}"
            )
        if request.method == "GET":
            ctx.require_schema(t, write=False)
            return JSONResponse(defn)
        ctx.require_schema(t, write=True)
        if defn["hubspotDefined"]:
            raise bad_request(f"{name} is a HubSpot defined property and can't be changed")
        if request.method == "DELETE":
            del crm.custom_defs[t.name][name]
            del crm.stores[t.name].defs[name]
            crm.stores[t.name].rebuild_unique()
            crm.writes += 1
            return Response(status_code=204)
        body = await json_body(request)
        if "hasUniqueValue" in body and bool(body["hasUniqueValue"]) != defn["hasUniqueValue"]:
            raise bad_request("hasUniqueValue can't be changed after a property is created")
        if "groupName" in body:
            need_group(t, str(body["groupName"]))
        for key in ("label", "description", "groupName", "options", "hidden", "displayOrder"):
            if key in body:
                defn[key] = body[key]
        defn["updatedAt"] = iso_ms(crm.now_ms())
        crm.writes += 1
        return JSONResponse(defn)

    async def properties_batch_read(request: Request, ctx: Ctx) -> Response:
        t = object_type(request)
        ctx.require_schema(t, write=False)
        inputs = inputs_of(await json_body(request))
        defs = crm.stores[t.name].defs
        names = [str(i.get("name")) for i in inputs if isinstance(i, dict)]
        found = [defs[n] for n in names if n in defs]
        return batch_response(found, [], 200, crm.now_ms())

    # ---- associations -------------------------------------------------------------------
    def pair(request: Request, ctx: Ctx, write: bool) -> tuple[ObjectType, ObjectType]:
        ft = object_type(request, "from", v4=True)
        tt = object_type(request, "to", v4=True)
        ctx.require(*(ft.write_scopes if write else ft.read_scopes))
        ctx.require(*tt.read_scopes)
        return ft, tt

    def live_id(t: ObjectType, raw: Any) -> int:
        try:
            rid = int(str(raw))
        except ValueError:
            raise not_found(str(raw)) from None
        if crm.stores[t.name].live(rid) is None:
            raise not_found(str(raw))
        return rid

    def spec_types(body: Any, ft: ObjectType, tt: ObjectType) -> list[AssocType]:
        if not isinstance(body, list) or not body:
            raise bad_request("Expected a list of association specs")
        out = []
        for spec in body:
            if not isinstance(spec, dict):
                raise bad_request("Invalid association spec")
            out.append(
                crm.assoc.check_type(
                    ft.name,
                    tt.name,
                    int(spec.get("associationTypeId", -1)),
                    str(spec.get("associationCategory", "")),
                )
            )
        return out

    def default_results(at: AssocType, fid: int, tid: int) -> list[dict[str, Any]]:
        return [
            {
                "from": {"id": str(fid)},
                "to": {"id": str(tid)},
                "associationSpec": {
                    "associationCategory": "HUBSPOT_DEFINED",
                    "associationTypeId": at.type_id,
                },
            },
            {
                "from": {"id": str(tid)},
                "to": {"id": str(fid)},
                "associationSpec": {
                    "associationCategory": "HUBSPOT_DEFINED",
                    "associationTypeId": at.reverse_id,
                },
            },
        ]

    def labels_of(types: set[int]) -> list[dict[str, Any]]:
        return [
            {"category": "HUBSPOT_DEFINED", "typeId": t, "label": ASSOC_TYPES[t].label}
            for t in sorted(types)
            if t in ASSOC_TYPES
        ]

    def pair_result(ft: ObjectType, fid: int, tt: ObjectType, tid: int) -> dict[str, Any]:
        types = crm.assoc.targets(ft.name, fid, tt.name).get(tid, set())
        return {
            "fromObjectTypeId": ft.type_id,
            "fromObjectId": fid,
            "toObjectTypeId": tt.type_id,
            "toObjectId": tid,
            "labels": [ASSOC_TYPES[t].label for t in sorted(types) if ASSOC_TYPES[t].label],
        }

    async def assoc_default(request: Request, ctx: Ctx) -> Response:
        ft, tt = pair(request, ctx, write=True)
        fid = live_id(ft, request.path_params["fid"])
        tid = live_id(tt, request.path_params["tid"])
        at = crm.assoc.default_type(ft.name, tt.name)
        crm.associate(at, fid, tid)
        now = crm.now_ms()
        return batch_response(default_results(at, fid, tid), [], 200, now)

    async def assoc_pair(request: Request, ctx: Ctx) -> Response:
        ft, tt = pair(request, ctx, write=True)
        if request.method == "DELETE":
            try:
                fid, tid = int(request.path_params["fid"]), int(request.path_params["tid"])
            except ValueError:
                raise bad_request("ids must be numeric") from None
            crm.disassociate(ft.name, fid, tt.name, tid)
            return Response(status_code=204)
        fid = live_id(ft, request.path_params["fid"])
        tid = live_id(tt, request.path_params["tid"])
        for at in spec_types(await json_body(request), ft, tt):
            crm.associate(at, fid, tid)
        return JSONResponse(pair_result(ft, fid, tt, tid), status_code=201)

    def list_items(ft: ObjectType, fid: int, tt: ObjectType) -> list[dict[str, Any]]:
        targets = crm.live_targets(ft.name, fid, tt.name)
        # toObjectId is a JSON number in real responses although the spec says string [O].
        return [
            {"toObjectId": tid, "associationTypes": labels_of(types)}
            for tid, types in sorted(targets.items())
        ]

    async def assoc_list(request: Request, ctx: Ctx) -> Response:
        ft, tt = pair(request, ctx, write=False)
        try:
            fid = int(request.path_params["fid"])
            limit = int(request.query_params.get("limit", ASSOC_LIST_MAX))
            start = int(request.query_params.get("after", "0") or 0)
        except ValueError:
            raise bad_request("ids, limit and after must be numeric") from None
        limit = max(1, min(limit, ASSOC_LIST_MAX))
        items = [i for i in list_items(ft, fid, tt) if i["toObjectId"] >= start]
        body: dict[str, Any] = {"results": items[:limit]}
        if len(items) > limit:
            nxt = str(items[limit]["toObjectId"])
            body["paging"] = {"next": {"after": nxt, "link": f"?after={nxt}"}}
        return JSONResponse(body)

    async def assoc_batch(request: Request, ctx: Ctx) -> Response:
        op = request.path_params["op"]
        if op not in ("read", "create", "associate/default", "archive", "labels/archive"):
            raise HubSpotError(404, "OBJECT_NOT_FOUND", f"Unknown batch operation {op}")
        ft, tt = pair(request, ctx, write=op != "read")
        # Reads take up to 1,000 ids (HubSpot changelog "Batch Read Limit for HubSpot
        # Associations API", in force since 2025-02-10); writes keep the 100 of every batch.
        inputs = inputs_of(await json_body(request), ASSOC_READ_MAX if op == "read" else MAX_BATCH)
        now = crm.now_ms()
        results: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        if op == "read":
            for inp in inputs:
                fid_text = str((inp or {}).get("id"))
                try:
                    items = list_items(ft, int(fid_text), tt)
                except ValueError:
                    items = []
                if items:
                    results.append({"from": {"id": fid_text}, "to": items})
                else:
                    errors.append(
                        HubSpotError(
                            404,
                            "OBJECT_NOT_FOUND",
                            f"No {tt.singular} is associated with {ft.singular} {fid_text}.",
                            context={"fromObjectId": [fid_text]},
                        ).standard_error()
                    )
            return batch_response(results, errors, 200, now)
        parsed = []
        for inp in inputs:
            try:
                fid_raw = inp["from"]["id"]
                to_raw = inp["to"]
            except (KeyError, TypeError):
                raise bad_request("Each input needs from.id and to") from None
            parsed.append((inp, fid_raw, to_raw))
        if op in ("archive",):
            for _inp, fid_raw, to_raw in parsed:
                for to in to_raw if isinstance(to_raw, list) else [to_raw]:
                    crm.disassociate(ft.name, int(fid_raw), tt.name, int(to["id"]))
            return Response(status_code=204)
        if op == "labels/archive":
            for inp, fid_raw, to_raw in parsed:
                types = {int(s.get("associationTypeId", -1)) for s in inp.get("types", [])}
                crm.disassociate(ft.name, int(fid_raw), tt.name, int(to_raw["id"]), types)
            return Response(status_code=204)
        for inp, fid_raw, to_raw in parsed:
            try:
                fid = live_id(ft, fid_raw)
                tid = live_id(tt, to_raw["id"])
                if op == "associate/default":
                    at = crm.assoc.default_type(ft.name, tt.name)
                    crm.associate(at, fid, tid)
                    results.extend(default_results(at, fid, tid))
                else:  # create
                    for at in spec_types(inp.get("types"), ft, tt):
                        crm.associate(at, fid, tid)
                    results.append(pair_result(ft, fid, tt, tid))
            except HubSpotError as exc:
                if exc.http_status == 400:
                    raise
                errors.append(exc.standard_error())
        return batch_response(results, errors, 200 if op == "associate/default" else 201, now)

    async def assoc_labels(request: Request, ctx: Ctx) -> Response:
        ft, tt = pair(request, ctx, write=False)
        types = [a for a in ASSOC_TYPES.values() if a.from_type == ft.name and a.to_type == tt.name]
        return JSONResponse(
            {
                "results": [
                    {"category": "HUBSPOT_DEFINED", "typeId": a.type_id, "label": a.label}
                    for a in types
                ]
            }
        )

    api = svc.api
    p3 = "/crm/v3/properties/{type}"
    o4 = "/crm/v4/objects/{from}/{fid}/associations"
    a4 = "/crm/v4/associations/{from}/{to}"
    return [
        Route(
            p3 + "/batch/read",
            api("properties.batch_read", properties_batch_read),
            methods=["POST"],
        ),
        Route(p3, api("properties.collection", properties), methods=["GET", "POST"]),
        Route(
            p3 + "/{name}",
            api("properties.item", one_property),
            methods=["GET", "PATCH", "DELETE"],
        ),
        Route(
            o4 + "/default/{to}/{tid}", api("associations.default", assoc_default), methods=["PUT"]
        ),
        Route(o4 + "/{to}/{tid}", api("associations.pair", assoc_pair), methods=["PUT", "DELETE"]),
        Route(o4 + "/{to}", api("associations.list", assoc_list), methods=["GET"]),
        Route(a4 + "/batch/{op:path}", api("associations.batch", assoc_batch), methods=["POST"]),
        Route(a4 + "/labels", api("associations.labels", assoc_labels), methods=["GET"]),
    ]
