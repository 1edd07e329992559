"""Throttling, requestid, control API, realism knobs, persistence and the service contract."""

from __future__ import annotations

import json

import httpx

from qbsync_desktop.sandbox.common import SandboxService, SandboxSettings, build_app
from qbsync_desktop.sandbox.qbo.service import QboSandbox

from .conftest import FakeClock, Qbo, connect, fault_code


async def test_ten_per_second_then_429_with_throttle_fault(svc, qbo: Qbo, clock) -> None:
    svc.settings.rate_limits = True
    for _ in range(10):
        assert (await qbo.get("preferences")).status_code == 200
    resp = await qbo.get("preferences")
    assert resp.status_code == 429
    fault = resp.json()["Fault"]
    assert fault["type"] == "SERVICE" and fault["Error"][0]["code"] == "3001"
    assert int(resp.headers["Retry-After"]) >= 1
    clock.advance(1.01)
    assert (await qbo.get("preferences")).status_code == 200
    assert svc.inspect()["throttled"] == 1


async def test_500_per_minute_per_realm(svc, qbo: Qbo, clock) -> None:
    svc.settings.rate_limits = True
    for _ in range(50):
        for _ in range(10):
            assert (await qbo.get("preferences")).status_code == 200
        clock.advance(1.0)
    assert (await qbo.get("preferences")).status_code == 429
    clock.advance(10)
    assert (await qbo.get("preferences")).status_code == 200


async def test_batch_40_per_minute_and_time_scale(svc, qbo: Qbo, clock) -> None:
    svc.settings.rate_limits = True
    svc.settings.time_scale = 60.0  # a minute lasts one second, a second lasts 1/60
    body = {"BatchItemRequest": [{"bId": "q", "Query": "select count(*) from Customer"}]}
    for _ in range(40):
        assert (await qbo.post("batch", body)).status_code == 200
        clock.advance(0.02)
    assert (await qbo.post("batch", body)).status_code == 429
    clock.advance(1.0)
    assert (await qbo.post("batch", body)).status_code == 200


async def test_requestid_replays_without_a_second_write(svc, qbo: Qbo) -> None:
    before = svc.books.count("Customer")
    first = await qbo.post("customer", {"DisplayName": "Idem Co"}, requestid="req-1")
    again = await qbo.post("customer", {"DisplayName": "Idem Co"}, requestid="req-1")
    assert first.status_code == again.status_code == 200
    assert first.content == again.content
    assert svc.books.count("Customer") == before + 1
    failed = await qbo.post("customer", {"DisplayName": "Jordan Blake"}, requestid="req-2")
    replay = await qbo.post("customer", {"DisplayName": "Other"}, requestid="req-2")
    assert fault_code(replay) == fault_code(failed) == "6240"


async def test_a_throttled_requestid_is_not_replayed_as_the_answer(svc, qbo: Qbo, clock) -> None:
    # QuickBooks did not process a 429'd request, so a client resends it with the same
    # requestid: that resend must be written, not answered with the stored 429.
    svc.settings.rate_limits = True
    for _ in range(10):
        assert (await qbo.get("preferences")).status_code == 200
    before = svc.books.count("Customer")
    throttled = await qbo.post("customer", {"DisplayName": "Resent Co"}, requestid="req-429")
    assert throttled.status_code == 429
    clock.advance(1.01)
    resent = await qbo.post("customer", {"DisplayName": "Resent Co"}, requestid="req-429")
    assert resent.status_code == 200, resent.text
    assert svc.books.count("Customer") == before + 1
    assert svc.inspect()["requests"].get("requestid replays", 0) == 0


async def test_company_knob_sets_preferences_and_company_info(http, qbo: Qbo) -> None:
    resp = await http.post(
        "/_sandbox/company",
        json={"CompanyInfo": {"CompanyName": "Fjord Ltd", "Country": "GB"}},
    )
    assert resp.json()["CompanyInfo"]["Country"] == "GB"
    info = (await qbo.get(f"companyinfo/{qbo.realm}")).json()["CompanyInfo"]
    assert info["CompanyName"] == "Fjord Ltd" and info["SyncToken"] == "1"


async def test_preferences_update_through_the_api_checks_sync_token(qbo: Qbo) -> None:
    prefs = (await qbo.get("preferences")).json()["Preferences"]
    ok = await qbo.post(
        "preferences",
        {"SyncToken": prefs["SyncToken"], "sparse": True,
         "SalesFormsPrefs": {"CustomTxnNumbers": False}},
    )  # fmt: skip
    assert ok.json()["Preferences"]["SalesFormsPrefs"]["CustomTxnNumbers"] is False
    assert ok.json()["Preferences"]["SalesFormsPrefs"]["AllowServiceDate"] is True
    stale = await qbo.post("preferences", {"SyncToken": prefs["SyncToken"], "sparse": True})
    assert fault_code(stale) == "5010"


async def test_fault_injection_hits_the_api_but_not_oauth(http, svc, qbo: Qbo) -> None:
    await http.post("/_sandbox/settings", json={"fault_rate": 1.0})
    resp = await qbo.get("preferences")
    assert resp.status_code in (500, 503)
    page = await http.get("/.well-known/openid_configuration")
    assert page.status_code == 200
    assert svc.is_unlimited_path("/oauth2/v1/tokens/bearer")
    assert not svc.is_unlimited_path(f"/v3/company/{qbo.realm}/query")


async def test_unknown_path_is_fault_500(qbo: Qbo) -> None:
    resp = await qbo.get("nonsense/1")
    assert resp.status_code == 400 and fault_code(resp) == "500"


async def test_inspect_counts_requests_and_writes(svc, qbo: Qbo) -> None:
    await qbo.query("select * from Customer")
    await qbo.post("customer", {"DisplayName": "Counted"})
    data = svc.inspect()
    assert data["requests"]["GET query"] == 1
    assert data["writes"] == 1
    assert data["counts"]["Customer"] == 41
    assert data["minorversions"] == ["75"]


async def test_snapshot_restore_round_trips_through_json(svc, qbo: Qbo, clock) -> None:
    await qbo.post("customer", {"DisplayName": "Persisted"}, requestid="r-9")
    snap = json.loads(json.dumps(svc.snapshot()))
    other = QboSandbox(settings=SandboxSettings(rate_limits=False), clock=clock)
    other.restore(snap)
    assert json.loads(json.dumps(other.snapshot())) == snap
    assert (other.client_id, other.client_secret, other.realm_id) == (
        svc.client_id, svc.client_secret, svc.realm_id,
    )  # fmt: skip
    transport = httpx.ASGITransport(app=build_app(other))
    async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as http2:
        # The old access token still works, and the name index came back.
        resp = await http2.post(
            f"/v3/company/{qbo.realm}/customer", json={"DisplayName": "persisted"},
            headers=qbo.headers,
        )  # fmt: skip
        assert fault_code(resp) == "6240"
        replay = await http2.post(
            f"/v3/company/{qbo.realm}/customer?requestid=r-9", json={}, headers=qbo.headers
        )
        assert replay.json()["Customer"]["DisplayName"] == "Persisted"


async def test_state_file_survives_a_restart(tmp_path, clock: FakeClock) -> None:
    state = tmp_path / "qbo.json"
    svc = QboSandbox(settings=SandboxSettings(rate_limits=False), clock=clock)
    app = build_app(svc, state_file=state)
    async with app.router.lifespan_context(app):
        svc.seed(50, 1)
        svc.revision += 1
    again = QboSandbox(clock=clock)
    build_app(again, state_file=state)
    assert again.client_id == svc.client_id
    assert again.books.count("Customer") == 40


async def test_reset_empties_books_and_grants_but_keeps_credentials(http, svc, qbo: Qbo) -> None:
    ids = (svc.client_id, svc.client_secret, svc.realm_id)
    await http.post("/_sandbox/reset")
    assert (svc.client_id, svc.client_secret, svc.realm_id) == ids
    assert svc.books.count("Customer") == 0 and svc.books.count("Account") > 0
    assert (await qbo.get("preferences")).status_code == 401
    fresh = await connect(http, svc)
    assert (await fresh.rows("select * from Customer")) == []


def test_contract_attributes_and_distinct_credentials() -> None:
    a, b = QboSandbox(), QboSandbox()
    service: SandboxService = a
    assert service.name == "quickbooks"
    assert a.client_id != b.client_id and a.client_secret != b.client_secret
    assert a.settings.extra["rotate_refresh_tokens"] is True
    counts = a.seed(50, 1)
    assert counts["customers"] == 40 and counts["vendors"] == 1 and counts["invoices"] >= 4
    assert a.seed(50, 1) == counts  # seed replaces, it does not add
