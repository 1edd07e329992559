"""Each service's error bodies become typed errors carrying the service's code and text."""

from __future__ import annotations

import httpx

from qbsync_desktop.core.connectors.errors import AuthError, HubSpotApiError, QboFault, RateLimited
from qbsync_desktop.core.connectors.faults import parse_hubspot_error, parse_qbo_error


def test_qbo_json_fault() -> None:
    resp = httpx.Response(
        400,
        json={
            "Fault": {
                "type": "ValidationFault",
                "Error": [
                    {
                        "Message": "Duplicate Name Exists Error",
                        "Detail": "The name supplied already exists.",
                        "code": "6240",
                        "element": "",
                    },
                    {"Message": "Required param missing", "code": "2020", "element": "Line"},
                ],
            },
            "time": "2025-10-02T09:01:44.230-07:00",
        },
    )
    err = parse_qbo_error(resp)
    assert isinstance(err, QboFault) and not err.transient
    assert (err.code, err.message, err.category) == (
        "6240",
        "Duplicate Name Exists Error",
        "ValidationFault",
    )
    assert err.detail == "The name supplied already exists." and err.http_status == 400
    assert err.context["errors"] == ["2020: Required param missing"]


def test_qbo_lowercase_gateway_envelope_401() -> None:
    resp = httpx.Response(
        401,
        json={
            "warnings": None,
            "fault": {
                "error": [
                    {
                        "message": "message=AuthenticationFailed; errorCode=003200; statusCode=401",
                        "detail": "Malformed bearer token: too short or too long",
                        "code": "3200",
                        "element": None,
                    }
                ],
                "type": "AUTHENTICATION",
            },
            "time": 1759420800000,
        },
    )
    err = parse_qbo_error(resp)
    assert isinstance(err, AuthError) and err.code == "3200"
    assert err.detail == "Malformed bearer token: too short or too long"


def test_qbo_xml_fault_even_when_json_was_asked() -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2025-10-02">'
        '<Fault type="AUTHENTICATION"><Error code="100"><Message>General Authentication Error'
        "</Message><Detail>AuthenticationErrorGeneral: SRV-110-Authentication Failure"
        "</Detail></Error></Fault></IntuitResponse>"
    )
    err = parse_qbo_error(httpx.Response(401, text=xml, headers={"content-type": "text/xml"}))
    assert isinstance(err, AuthError) and err.code == "100"
    assert err.message == "General Authentication Error"


def test_qbo_throttle_in_xml_is_rate_limited() -> None:
    xml = (
        "<IntuitResponse><Fault type='SERVICE'><Error code='3001'><Message>"
        "message=ThrottleExceeded; errorCode=003001; statusCode=429</Message>"
        "</Error></Fault></IntuitResponse>"
    )
    err = parse_qbo_error(httpx.Response(429, text=xml, headers={"Retry-After": "12"}))
    assert isinstance(err, RateLimited) and err.retry_after == 12 and err.transient


def test_qbo_server_error_is_transient() -> None:
    err = parse_qbo_error(
        httpx.Response(
            500,
            json={
                "Fault": {
                    "type": "SystemFault",
                    "Error": [{"Message": "An application error has occurred", "code": "10000"}],
                }
            },
        )
    )
    assert err.transient and err.code == "10000"
    assert parse_qbo_error(httpx.Response(503, text="")).transient


def test_hubspot_validation_error() -> None:
    err = parse_hubspot_error(
        httpx.Response(
            400,
            json={
                "status": "error",
                "message": "Property values were not valid",
                "correlationId": "c",
                "category": "VALIDATION_ERROR",
                "errors": [
                    {
                        "message": 'Property "vat" does not exist',
                        "code": "PROPERTY_DOESNT_EXIST",
                        "context": {"propertyName": ["vat"]},
                    }
                ],
            },
        )
    )
    assert isinstance(err, HubSpotApiError)
    assert (err.category, err.code) == ("VALIDATION_ERROR", "PROPERTY_DOESNT_EXIST")
    assert err.context == {"propertyName": ["vat"]} and not err.transient


def test_hubspot_conflict_and_html_404_and_429() -> None:
    conflict = parse_hubspot_error(
        httpx.Response(
            409,
            json={
                "status": "error",
                "message": "Contact already exists. Existing ID: 158",
                "category": "CONFLICT",
                "correlationId": "c",
            },
        )
    )
    assert conflict.category == "CONFLICT" and "Existing ID: 158" in conflict.message
    html = parse_hubspot_error(httpx.Response(404, text="<html>not found</html>"))
    assert html.category == "OBJECT_NOT_FOUND" and html.http_status == 404
    limited = parse_hubspot_error(
        httpx.Response(
            429,
            json={
                "status": "error",
                "message": "You have reached your ten_secondly_rolling limit.",
                "errorType": "RATE_LIMIT",
                "policyName": "TEN_SECONDLY_ROLLING",
            },
        )
    )
    assert isinstance(limited, RateLimited) and limited.code == "TEN_SECONDLY_ROLLING"
    expired = parse_hubspot_error(
        httpx.Response(
            401,
            json={"status": "error", "category": "EXPIRED_AUTHENTICATION", "message": "expired"},
        )
    )
    assert isinstance(expired, AuthError) and expired.category == "EXPIRED_AUTHENTICATION"
