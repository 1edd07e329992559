"""`POST /crm/v3/objects/{type}/batch/{read,create,update,upsert,archive}` (hubspot.md s2.8).

Validation problems (bad values, unknown properties, duplicate unique values) fail the
whole request, as HubSpot does for a duplicate contact email in batch create [O];
missing ids give 207 with per-input errors. Batch create whose every input carries an
`objectWriteTraceId` answers 207 instead: valid inputs are created, each invalid one is
an error naming its trace id (error-handling guide, "Multi-status errors" [C]).
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import QueryParams
from starlette.responses import Response

from .api_objects import batch_response, inputs_of, missing_error, render, written_names
from .crm import Crm
from .errors import HubSpotError, bad_request
from .schema import ObjectType
from .store import ObjectStore, Rec


def run_batch(crm: Crm, t: ObjectType, op: str, body: Any, query: QueryParams) -> Response:
    started = crm.now_ms()
    inputs = inputs_of(body)
    if op == "read":
        return _read(crm, t, body, inputs, query, started)
    if op == "create":
        return _create(crm, t, inputs, started)
    if op == "update":
        return _update(crm, t, inputs, started)
    if op == "upsert":
        return _upsert(crm, t, inputs, body, started)
    for inp in inputs:  # archive
        rec = crm.resolve(t, str(_id(inp)), None)
        if rec is not None:
            crm.archive(t, rec)
    return Response(status_code=204)


def _id(inp: Any) -> str:
    if not isinstance(inp, dict) or "id" not in inp:
        raise bad_request("Each input needs an id")
    return str(inp["id"])


def _read(
    crm: Crm, t: ObjectType, body: dict[str, Any], inputs: list[Any], q: QueryParams, started: int
) -> Response:
    names = body.get("properties") or None
    hist = body.get("propertiesWithHistory") or None
    if hist and len(inputs) > 50:
        raise bad_request(
            "The maximum number of inputs supported in a batch request for property histories "
            "is 50."
        )
    id_prop = body.get("idProperty")
    archived = q.get("archived", "false").lower() == "true"
    results, missing = [], []
    seen: set[int] = set()
    for inp in inputs:
        oid = _id(inp)
        rec = crm.resolve(t, oid, id_prop, archived)
        if rec is None:
            missing.append(oid)
        elif rec.id not in seen:
            seen.add(rec.id)
            results.append(render(crm, t, rec, names, with_history=hist))
    errors = [missing_error(t, missing)] if missing else []
    return batch_response(results, errors, 200, started)


def _no_duplicates(st: ObjectStore, prop: str, values: list[str]) -> None:
    seen: set[str] = set()
    for v in values:
        key = st.norm(prop, v)
        if key in seen:
            raise bad_request(f"Duplicate IDs found in batch input: [{v}]")
        seen.add(key)


def _trace_ids(inputs: list[Any]) -> list[str] | None:
    """The inputs' objectWriteTraceIds when every input has one (multi-status mode), else None."""
    ids = [inp.get("objectWriteTraceId") if isinstance(inp, dict) else None for inp in inputs]
    if not inputs or not all(isinstance(i, str) and i for i in ids):
        return None
    dup = [i for i in ids if ids.count(i) > 1]
    if dup:
        raise bad_request(f"Duplicate objectWriteTraceId values in batch input: [{dup[0]}]")
    return [str(i) for i in ids]


def _create_multi_status(
    crm: Crm, t: ObjectType, inputs: list[dict[str, Any]], trace_ids: list[str], started: int
) -> Response:
    """Each input on its own: created ones in `results`, failed ones in `errors` with their
    trace id (error-handling guide, "Multi-status errors" [C]; the error's
    `context.objectWriteTraceId` and the result's `objectWriteTraceId` as integrations read
    them [O]; the error's `id` set to the trace id is [U]). Duplicates within the batch:
    the first wins, later ones fail [U]."""
    results, errors = [], []
    for inp, trace in zip(inputs, trace_ids, strict=True):
        given = inp.get("properties") or {}
        try:
            rec = crm.create(t, given, inp.get("associations"))
        except HubSpotError as exc:
            err = exc.standard_error()
            err["id"] = trace
            err["context"] = {**err["context"], "objectWriteTraceId": [trace]}
            errors.append(err)
            continue
        out = render(crm, t, rec, written_names(t, given))
        out["objectWriteTraceId"] = trace
        results.append(out)
    return batch_response(results, errors, 201, started)


def _create(crm: Crm, t: ObjectType, inputs: list[Any], started: int) -> Response:
    traces = _trace_ids(inputs)
    if traces is not None:
        return _create_multi_status(crm, t, inputs, traces, started)
    # Without trace ids a bad input fails the whole batch, as before the multi-status option.
    st = crm.stores[t.name]
    checked: list[tuple[dict[str, str], Any, Any]] = []
    for inp in inputs:
        if not isinstance(inp, dict):
            raise bad_request("Each input must be an object")
        props = crm.validate(t, inp.get("properties", {}), allow_empty=True)
        crm.check_unique(st, props, None)
        checked.append((props, inp.get("properties"), inp.get("associations")))
    for prop in st.unique:
        values = [p[prop] for p, _, _ in checked if p.get(prop)]
        seen: dict[str, int] = {}
        for v in values:
            key = st.norm(prop, v)
            if key in seen:
                raise bad_request(f"Duplicate {prop} values in batch input: [{v}]")
            seen[key] = 1
    results, errors = [], []
    for _props, given, assocs in checked:
        try:
            rec = crm.create(t, given or {}, assocs)
        except HubSpotError as exc:
            errors.append(exc.standard_error())
            continue
        results.append(render(crm, t, rec, written_names(t, given)))
    return batch_response(results, errors, 201, started)


def _update(crm: Crm, t: ObjectType, inputs: list[Any], started: int) -> Response:
    st = crm.stores[t.name]
    plans: list[tuple[Rec, dict[str, str], Any]] = []
    missing: list[str] = []
    seen: set[int] = set()
    for inp in inputs:
        oid = _id(inp)
        rec = crm.resolve(t, oid, inp.get("idProperty"))
        given = inp.get("properties")
        props = crm.validate(t, given)
        if rec is None:
            missing.append(oid)
            continue
        if rec.id in seen:
            raise bad_request(f"Duplicate IDs found in batch input: [{oid}]")
        seen.add(rec.id)
        crm.check_unique(st, props, rec.id)
        plans.append((rec, props, given))
    results, errors = [], []
    for rec, _props, given in plans:
        try:
            crm.update(t, rec, given)
        except HubSpotError as exc:
            errors.append(exc.standard_error())
            continue
        results.append(render(crm, t, rec, written_names(t, given)))
    if missing:
        errors.append(missing_error(t, missing, "update"))
    return batch_response(results, errors, 200, started)


def _upsert(
    crm: Crm, t: ObjectType, inputs: list[Any], body: dict[str, Any], started: int
) -> Response:
    st = crm.stores[t.name]
    default_prop = body.get("idProperty")
    plans: list[tuple[str, str, Rec | None, Any]] = []
    for inp in inputs:
        oid = _id(inp)
        id_prop = (inp.get("idProperty") if isinstance(inp, dict) else None) or default_prop
        if not id_prop or id_prop not in st.unique:
            raise bad_request(
                f"Upsert needs idProperty naming a unique property of {t.name} (got {id_prop!r})"
            )
        given = inp.get("properties", {})
        props = crm.validate(t, {**given, id_prop: oid} if isinstance(given, dict) else given)
        rec = st.find_unique(id_prop, oid)
        # A unique value given in properties must not belong to someone else.
        crm.check_unique(st, props, rec.id if rec is not None else None)
        plans.append((id_prop, oid, rec, given))
    for prop in {p for p, _, _, _ in plans}:
        _no_duplicates(st, prop, [oid for p, oid, _, _ in plans if p == prop])
    results, errors = [], []
    for id_prop, oid, rec, given in plans:
        try:
            if rec is None:
                rec = crm.create(t, {**given, id_prop: oid})
                new = True
            else:
                # The id property itself is not rewritten (keeps the stored spelling).
                rest = {k: v for k, v in given.items() if k != id_prop}
                if rest:
                    crm.update(t, rec, rest)
                else:
                    crm.apply(t, rec, {})
                new = False
        except HubSpotError as exc:
            errors.append(exc.standard_error())
            continue
        out = render(crm, t, rec, written_names(t, given))
        out["new"] = new
        results.append(out)
    return batch_response(results, errors, 200, started)
