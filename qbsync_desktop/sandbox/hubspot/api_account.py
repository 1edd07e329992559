"""Account-level read APIs: deal pipelines, tax rates, property groups.

- `GET /crm/v3/pipelines/deals[/{pipelineId}[/stages]]` (hubspot.md s3.10 [C]); shapes
  follow the SDK's Pipeline / PipelineStage models (hubspot-api-client crm.pipelines).
- `GET /tax-rates/v1/tax-rates[/{taxRateId}]`, scope `tax_rates.read` [C]; fields `id,
  name, label, percentageRate, active, createdAt, updatedAt` as in the tax rates reference.
- `GET/POST /crm/v3/properties/{type}/groups`, `GET /.../groups/{name}` [C]; a group has
  `name, label, displayOrder, archived` (SDK PropertyGroup).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .api_objects import json_body, object_type, required_fields
from .errors import HubSpotError, bad_request
from .pipelines import PIPELINES, pipeline_json
from .properties import builtin_groups
from .schema import ObjectType

if TYPE_CHECKING:
    from .crm import Crm
    from .service import Ctx, HubSpotSandbox

GROUP_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,99}$")
TAX_RATES_MAX = 100


def groups_of(crm: Crm, t: ObjectType) -> dict[str, dict[str, Any]]:
    """Built-in and app-created property groups of `t`, by name."""
    out = {g["name"]: g for g in builtin_groups(t)}
    out.update(crm.account.custom_groups.get(t.name, {}))
    return out


def account_routes(svc: HubSpotSandbox) -> list[BaseRoute]:
    crm = svc.crm

    # ---- pipelines ----------------------------------------------------------------------
    def deal_pipelines(request: Request, ctx: Ctx) -> None:
        t = object_type(request, v4=True)
        if t.name != "deals":
            raise bad_request(f"Pipelines are not available for {t.name} in this account")
        ctx.require(*t.read_scopes, t.schema_read_scope)

    def one_pipeline(pid: str) -> dict[str, Any]:
        if pid not in PIPELINES:
            raise HubSpotError(404, "OBJECT_NOT_FOUND", f"Unable to find pipeline {pid}")
        return pipeline_json(pid)

    async def pipelines(request: Request, ctx: Ctx) -> Response:
        deal_pipelines(request, ctx)
        return JSONResponse({"results": [pipeline_json(pid) for pid in PIPELINES]})

    async def pipeline(request: Request, ctx: Ctx) -> Response:
        deal_pipelines(request, ctx)
        return JSONResponse(one_pipeline(request.path_params["pid"]))

    async def stages(request: Request, ctx: Ctx) -> Response:
        deal_pipelines(request, ctx)
        return JSONResponse({"results": one_pipeline(request.path_params["pid"])["stages"]})

    # ---- tax rates ----------------------------------------------------------------------
    async def tax_rates(request: Request, ctx: Ctx) -> Response:
        ctx.require("tax_rates.read")
        q = request.query_params
        try:
            limit = max(1, min(int(q.get("limit", TAX_RATES_MAX)), TAX_RATES_MAX))
            start = int(q.get("after", "0") or 0)
        except ValueError:
            raise bad_request("limit and after must be numbers") from None
        rows = [r for rid, r in sorted(crm.account.tax_rates.items()) if int(rid) >= start]
        body: dict[str, Any] = {"results": rows[:limit]}
        if len(rows) > limit:
            nxt = rows[limit]["id"]
            body["paging"] = {"next": {"after": nxt, "link": f"?after={nxt}"}}
        return JSONResponse(body)

    async def tax_rate(request: Request, ctx: Ctx) -> Response:
        ctx.require("tax_rates.read")
        rid = request.path_params["rid"]
        rate = crm.account.tax_rates.get(rid)
        if rate is None:
            raise HubSpotError(404, "OBJECT_NOT_FOUND", f"Tax rate {rid} was not found")
        return JSONResponse(rate)

    # ---- property groups ----------------------------------------------------------------
    async def groups(request: Request, ctx: Ctx) -> Response:
        t = object_type(request)
        if request.method == "GET":
            ctx.require_schema(t, write=False)
            return JSONResponse({"results": list(groups_of(crm, t).values())})
        ctx.require_schema(t, write=True)
        body = required_fields(await json_body(request), ("name", "label"))
        name = str(body["name"])
        if not GROUP_NAME_RE.match(name):
            raise bad_request(f"Group name {name!r} must be lower case letters, digits and _")
        if name in groups_of(crm, t):
            raise HubSpotError(409, "CONFLICT", f"A property group named '{name}' already exists.")
        group = {
            "name": name,
            "label": str(body["label"]),
            "displayOrder": int(body.get("displayOrder", -1)),
            "archived": False,
        }
        crm.account.custom_groups.setdefault(t.name, {})[name] = group
        crm.writes += 1
        return JSONResponse(group, status_code=201)

    async def group(request: Request, ctx: Ctx) -> Response:
        t = object_type(request)
        ctx.require_schema(t, write=False)
        name = request.path_params["name"]
        found = groups_of(crm, t).get(name)
        if found is None:
            raise HubSpotError(
                404, "OBJECT_NOT_FOUND", f"Unable to find property group {name} for {t.name}"
            )
        return JSONResponse(found)

    api = svc.api
    pl = "/crm/v3/pipelines/{type}"
    tr = "/tax-rates/v1/tax-rates"
    gr = "/crm/v3/properties/{type}/groups"
    return [
        Route(pl, api("pipelines.collection", pipelines), methods=["GET"]),
        Route(pl + "/{pid}", api("pipelines.item", pipeline), methods=["GET"]),
        Route(pl + "/{pid}/stages", api("pipelines.stages", stages), methods=["GET"]),
        Route(tr, api("tax_rates.collection", tax_rates), methods=["GET"]),
        Route(tr + "/{rid}", api("tax_rates.item", tax_rate), methods=["GET"]),
        Route(gr, api("properties.groups", groups), methods=["GET", "POST"]),
        Route(gr + "/{name}", api("properties.group", group), methods=["GET"]),
    ]
