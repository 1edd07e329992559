"""The errors catalogue: service faults become a code + parameters, rendered when shown."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from qbsync_desktop.core.sync.errors import explain, explain_hubspot_error, explain_qbo_fault


def test_duplicate_name_is_e2_and_names_the_holder() -> None:
    p = explain_qbo_fault(
        "6240",
        "Duplicate Name Exists Error",
        "The name supplied already exists.",
        name="Jordan Blake",
        holder="the vendor “Jordan Blake” (id 7)",
    )
    assert p.code == "name_taken"
    assert "Jordan Blake" in p.reason and "vendor" in p.reason
    assert "naming rule" in p.fix or "display-name rule" in p.fix


def test_qbo_codes_map_to_the_catalogue() -> None:
    assert explain_qbo_fault("6140", "Duplicate Document Number Error").code == "doc_number_taken"
    e3 = explain_qbo_fault("6000", "A business validation error", "Enter a service date for x")
    assert e3.code == "service_date_needed"
    long = explain_qbo_fault(
        "2050", "String length", "Min:0 Max:100 supported. Supplied length:120", "GivenName"
    )
    assert long.code == "too_long" and long.field == "GivenName"
    assert "first name" in long.title and "100" in long.reason
    assert explain_qbo_fault("2210", "Invalid Email Address Format").field == "PrimaryEmailAddr"
    assert explain_qbo_fault("5010", "Stale Object Error").transient
    assert explain_qbo_fault("3001", "ThrottleExceeded").code == "rate_limited"
    assert explain_qbo_fault("100", "General Authentication Error").code == "connection"
    assert explain_qbo_fault("3100", "AuthorizationFailed").code == "permission"


def test_hubspot_errors_map_to_the_catalogue() -> None:
    message = "Property values were not valid: " + json.dumps(
        [
            {
                "isValid": False,
                "message": "Email address x is invalid",
                "error": "INVALID_EMAIL",
                "name": "email",
            }
        ]
    )
    p = explain_hubspot_error("VALIDATION_ERROR", message, http_status=400)
    assert p.code == "email_refused" and p.field == "email"
    scopes = explain_hubspot_error(
        "MISSING_SCOPES", "no", context={"requiredScopes": ["crm.objects.contacts.write"]}
    )
    assert scopes.code == "permission" and "crm.objects.contacts.write" in scopes.reason
    assert explain_hubspot_error("CONFLICT", "Contact already exists").code == "email_taken"
    assert explain_hubspot_error("EXPIRED_AUTHENTICATION").code == "connection"


@dataclass
class FakeApiError(Exception):
    service: str
    code: str | None
    message: str
    detail: str = ""
    element: str | None = None
    category: str | None = None
    http_status: int | None = 400
    context: dict[str, Any] | None = None


def test_explain_reads_api_errors_by_their_attributes() -> None:
    qbo = FakeApiError("quickbooks", "6240", "Duplicate Name Exists Error")
    assert explain(qbo, name="X").code == "name_taken"
    hub = FakeApiError(
        "hubspot", None, "Contact already exists", category="CONFLICT", http_status=409
    )
    assert explain(hub).code == "email_taken"
    assert explain(ConnectionError("down"), service="hubspot").code == "network"
    assert explain(ValueError("boom")).code == "internal"


def test_a_name_holder_is_kept_as_parts_and_worded_in_the_readers_language() -> None:
    from qbsync_desktop.core.sync import problems
    from qbsync_desktop.core.sync.errors import holder_params

    p = explain_qbo_fault(
        "6240",
        "Duplicate Name Exists Error",
        name="Jordan Blake",
        holder=holder_params("Vendor", "Jordan Blake", "7", active=False),
    )
    assert p.params["holder_entity"] == "Vendor" and "holder" not in p.params
    assert "the inactive vendor “Jordan Blake” (QuickBooks id 7)" in problems.render(p).explanation
    german = {
        "the inactive vendor “{holder_name}” (QuickBooks id {holder_id})": (
            "dem inaktiven Lieferanten „{holder_name}“ (QuickBooks-ID {holder_id})"
        )
    }
    words = problems.render(p, lambda ctx, text: german.get(text, text)).explanation
    assert "dem inaktiven Lieferanten „Jordan Blake“ (QuickBooks-ID 7)" in words


def test_a_document_holding_a_number_is_named_by_its_kind_not_its_api_name() -> None:
    from qbsync_desktop.core.sync import problems
    from qbsync_desktop.core.sync.problems import Problem, ProblemCode

    held = {"number": "HS-1003", "holder_entity": "CreditMemo", "holder_id": "1"}
    words = problems.render(Problem(ProblemCode.INVOICE_DOC_NUMBER_HELD, held)).explanation
    assert "the QuickBooks document credit memo 1 already has number HS-1003" in words
    assert "CreditMemo" not in words
