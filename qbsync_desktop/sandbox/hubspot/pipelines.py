"""Deal pipelines of the emulated account and the deal rules that follow from them.

hubspot.md s3.3/s3.10 [C]: every account starts with one deal pipeline whose id is
`default`; a deal created without `pipeline` gets it; `dealstage` must be the internal id
of a stage of that pipeline (a label such as "Closed Won" is a 400 "was not one of the
allowed options"). The stage ids and labels below are HubSpot's default sales pipeline [C
pipelines guide]; the probabilities are the UI defaults [U].
"""

from __future__ import annotations

from typing import Any

from .errors import PropertyIssue, validation_error

DEFAULT_PIPELINE = "default"
PIPELINE_CREATED = "2019-08-06T02:41:52.000Z"  # a fixed instant: the account's default data

# (id, label, probability, closed)
DEFAULT_STAGES: tuple[tuple[str, str, str, bool], ...] = (
    ("appointmentscheduled", "Appointment Scheduled", "0.2", False),
    ("qualifiedtobuy", "Qualified To Buy", "0.4", False),
    ("presentationscheduled", "Presentation Scheduled", "0.6", False),
    ("decisionmakerboughtin", "Decision Maker Bought-In", "0.8", False),
    ("contractsent", "Contract Sent", "0.9", False),
    ("closedwon", "Closed Won", "1.0", True),
    ("closedlost", "Closed Lost", "0.0", True),
)
PIPELINES: dict[str, tuple[str, tuple[tuple[str, str, str, bool], ...]]] = {
    DEFAULT_PIPELINE: ("Sales Pipeline", DEFAULT_STAGES),
}


def stage_ids(pipeline: str) -> list[str]:
    return [s[0] for s in PIPELINES[pipeline][1]] if pipeline in PIPELINES else []


def all_stage_ids() -> list[str]:
    return list(dict.fromkeys(sid for p in PIPELINES for sid in stage_ids(p)))


def stage_json(index: int, stage: tuple[str, str, str, bool]) -> dict[str, Any]:
    sid, label, probability, closed = stage
    return {
        "id": sid,
        "label": label,
        "displayOrder": index,
        "metadata": {"isClosed": "true" if closed else "false", "probability": probability},
        "archived": False,
        "createdAt": PIPELINE_CREATED,
        "updatedAt": PIPELINE_CREATED,
        "writePermissions": "CRM_PERMISSIONS_ENFORCEMENT",
    }


def pipeline_json(pid: str) -> dict[str, Any]:
    label, stages = PIPELINES[pid]
    return {
        "id": pid,
        "label": label,
        "displayOrder": 0,
        "stages": [stage_json(i, s) for i, s in enumerate(stages)],
        "archived": False,
        "createdAt": PIPELINE_CREATED,
        "updatedAt": PIPELINE_CREATED,
    }


def check_deal(props: dict[str, str], *, creating: bool, current: dict[str, str]) -> None:
    """Default the pipeline on create; the stage must belong to the deal's pipeline."""
    if creating:
        props.setdefault("pipeline", DEFAULT_PIPELINE)
    pipeline = props.get("pipeline") or current.get("pipeline") or DEFAULT_PIPELINE
    stage = props.get("dealstage")
    if stage is None and "pipeline" in props and current.get("dealstage"):
        stage = current["dealstage"]  # moving pipelines: the old stage must fit the new one
    if stage and stage not in stage_ids(pipeline):
        allowed = ", ".join(stage_ids(pipeline))
        raise validation_error(
            [
                PropertyIssue(
                    "dealstage",
                    "INVALID_OPTION",
                    f"{stage} was not one of the allowed options: [{allowed}]",
                )
            ]
        )
