"""Batch and change data capture (qbo.md 2.7, 2.8)."""

from __future__ import annotations

from .conftest import Qbo, fault_code


async def test_batch_items_are_independent_with_per_item_faults(qbo: Qbo) -> None:
    cust = (await qbo.rows("select * from Customer maxresults 1"))[0]
    resp = await qbo.post(
        "batch",
        {"BatchItemRequest": [
            {"bId": "c1", "operation": "create", "Customer": {"DisplayName": "Batch One"}},
            {"bId": "c2", "operation": "create", "Customer": {"DisplayName": "Jordan Blake"}},
            {"bId": "u1", "operation": "update",
             "Customer": {"Id": cust["Id"], "SyncToken": cust["SyncToken"], "sparse": True,
                          "Notes": "batched"}},
            {"bId": "q1", "Query": "select * from Customer where DisplayName = 'Batch One'"},
        ]},
    )  # fmt: skip
    assert resp.status_code == 200
    items = {i["bId"]: i for i in resp.json()["BatchItemResponse"]}
    assert items["c1"]["Customer"]["DisplayName"] == "Batch One"
    assert items["c2"]["Fault"]["Error"][0]["code"] == "6240"
    assert items["c2"]["Fault"]["type"] == "ValidationFault"
    assert items["u1"]["Customer"]["Notes"] == "batched"
    assert "QueryResponse" in items["q1"]


async def test_batch_over_30_items_is_1040(qbo: Qbo) -> None:
    items = [
        {"bId": str(i), "operation": "create", "Customer": {"DisplayName": f"B{i}"}}
        for i in range(31)
    ]
    resp = await qbo.post("batch", {"BatchItemRequest": items})
    assert resp.status_code == 400 and fault_code(resp) == "1040"
    assert await qbo.rows("select * from Customer where DisplayName = 'B1'") == []


async def test_batch_delete_and_void(qbo: Qbo) -> None:
    inv = await qbo.rows("select * from Invoice where Balance > '0' maxresults 50")
    unpaid = [i for i in inv if i["Balance"] == i["TotalAmt"]]
    target = unpaid[0]
    resp = await qbo.post(
        "batch",
        {"BatchItemRequest": [
            {"bId": "d1", "operation": "delete",
             "Invoice": {"Id": target["Id"], "SyncToken": target["SyncToken"]}},
            {"bId": "d2", "operation": "delete", "Invoice": {"Id": "99999", "SyncToken": "0"}},
        ]},
    )  # fmt: skip
    items = {i["bId"]: i for i in resp.json()["BatchItemResponse"]}
    assert items["d1"]["Invoice"]["status"] == "Deleted"
    assert items["d2"]["Fault"]["Error"][0]["code"] == "610"


async def test_cdc_returns_changes_and_deleted_stubs(qbo: Qbo, clock) -> None:
    since = "2026-05-01T00:00:00-07:00"
    clock.now = 1_780_000_000.0  # 2026-05-28
    start = clock.now
    clock.advance(60)
    made = await qbo.create("customer", {"DisplayName": "CDC New"})
    unpaid = [
        i
        for i in await qbo.rows("select * from Invoice maxresults 100")
        if i["Balance"] == i["TotalAmt"]
    ]
    await qbo.post(
        "invoice", {"Id": unpaid[0]["Id"], "SyncToken": unpaid[0]["SyncToken"]}, operation="delete"
    )
    from qbsync_desktop.sandbox.qbo.faults import iso_seconds

    resp = await qbo.get("cdc", entities="Customer,Invoice", changedSince=iso_seconds(start + 1))
    blocks = resp.json()["CDCResponse"][0]["QueryResponse"]
    by_entity = {k: b[k] for b in blocks for k in b if k[0].isupper()}
    assert [c["Id"] for c in by_entity["Customer"]] == [made["Id"]]
    assert by_entity["Invoice"] == [
        {"Id": unpaid[0]["Id"], "status": "Deleted", "domain": "QBO",
         "MetaData": {"LastUpdatedTime": iso_seconds(clock.now)}}
    ]  # fmt: skip
    assert since  # documented example format is accepted too:
    assert (await qbo.get("cdc", entities="Customer", changedSince="2026-05-01")).status_code == 200


async def test_cdc_empty_shape(qbo: Qbo, clock) -> None:
    clock.advance(10)
    from qbsync_desktop.sandbox.qbo.faults import iso_seconds

    resp = await qbo.get("cdc", entities="Payment", changedSince=iso_seconds(clock.now))
    assert resp.json()["CDCResponse"] == [{"QueryResponse": [{}]}]


async def test_cdc_window_is_30_days(qbo: Qbo, clock) -> None:
    from qbsync_desktop.sandbox.qbo.faults import iso_seconds

    old = iso_seconds(clock.now - 31 * 86400)
    resp = await qbo.get("cdc", entities="Customer", changedSince=old)
    assert resp.status_code == 400
    assert (
        fault_code(await qbo.get("cdc", entities="TaxCode", changedSince=iso_seconds(clock.now)))
        == "2010"
    )


async def test_cdc_caps_at_1000_objects(svc, qbo: Qbo, clock) -> None:
    from qbsync_desktop.sandbox.qbo.faults import iso_seconds

    since = iso_seconds(clock.now - 1)
    svc.seed(1500, 3)  # 1200 customers, all changed "now"
    resp = await qbo.get("cdc", entities="Customer,Item", changedSince=since)
    blocks = resp.json()["CDCResponse"][0]["QueryResponse"]
    assert sum(b["maxResults"] for b in blocks) == 1000
