"""Customers (and the shared name namespace): CRUD, SyncToken and QBO's validations."""

from __future__ import annotations

from .conftest import Qbo, fault_code


async def test_create_read_and_server_fields(qbo: Qbo) -> None:
    made = await qbo.create("customer", {"GivenName": "Ada", "FamilyName": "Byron"})
    assert made["DisplayName"] == "Ada Byron"  # generated from the name parts
    assert made["SyncToken"] == "0" and made["Id"].isdigit()
    assert made["MetaData"]["CreateTime"] == made["MetaData"]["LastUpdatedTime"]
    assert made["MetaData"]["CreateTime"].endswith("-07:00")
    read = (await qbo.get(f"customer/{made['Id']}")).json()
    assert read["Customer"] == made
    assert "." in read["time"]  # the envelope time carries milliseconds


async def test_full_update_clears_omitted_fields_and_bumps_sync_token(qbo: Qbo, clock) -> None:
    made = await qbo.create(
        "customer", {"DisplayName": "Full Update Co", "CompanyName": "FU", "Notes": "x"}
    )
    clock.advance(5)
    updated = await qbo.create(
        "customer", {"Id": made["Id"], "SyncToken": "0", "DisplayName": "Full Update Co"}
    )
    assert updated["SyncToken"] == "1"
    assert "CompanyName" not in updated and "Notes" not in updated
    assert updated["MetaData"]["LastUpdatedTime"] > made["MetaData"]["LastUpdatedTime"]
    assert updated["MetaData"]["CreateTime"] == made["MetaData"]["CreateTime"]


async def test_sparse_update_changes_only_sent_fields(qbo: Qbo) -> None:
    made = await qbo.create("customer", {"DisplayName": "Sparse Co", "CompanyName": "Keep"})
    updated = await qbo.create(
        "customer",
        {"Id": made["Id"], "SyncToken": "0", "sparse": True,
         "PrimaryPhone": {"FreeFormNumber": "555"}},
    )  # fmt: skip
    assert updated["CompanyName"] == "Keep"
    assert updated["PrimaryPhone"] == {"FreeFormNumber": "555"}


async def test_stale_sync_token_is_5010(qbo: Qbo) -> None:
    made = await qbo.create("customer", {"DisplayName": "Stale Co"})
    await qbo.create("customer", {"Id": made["Id"], "SyncToken": "0", "sparse": True, "Notes": "a"})
    resp = await qbo.post(
        "customer", {"Id": made["Id"], "SyncToken": "0", "sparse": True, "Notes": "b"}
    )
    assert resp.status_code == 400
    assert fault_code(resp) == "5010"
    assert resp.json()["Fault"]["Error"][0]["Message"] == "Stale Object Error"


async def test_unknown_id_is_610(qbo: Qbo) -> None:
    read = await qbo.get("customer/999999")
    update = await qbo.post("customer", {"Id": "999999", "SyncToken": "0", "DisplayName": "X"})
    assert read.status_code == update.status_code == 400
    assert fault_code(read) == fault_code(update) == "610"


async def test_vendor_name_clash_is_6240_with_the_exact_envelope(qbo: Qbo) -> None:
    resp = await qbo.post("customer", {"GivenName": "Jordan", "FamilyName": "Blake"})
    assert resp.status_code == 400
    assert resp.json()["Fault"] == {
        "Error": [
            {
                "Message": "Duplicate Name Exists Error",
                "Detail": "The name supplied already exists. : Another customer, vendor or "
                "employee is already using this name. Please use a different name.",
                "code": "6240",
                "element": "",
            }
        ],
        "type": "ValidationFault",
    }


async def test_duplicate_names_ignore_case_and_inactive_names_still_count(qbo: Qbo) -> None:
    made = await qbo.create("customer", {"DisplayName": "Harbor Twin"})
    assert fault_code(await qbo.post("customer", {"DisplayName": "harbor twin"})) == "6240"
    await qbo.create(
        "customer", {"Id": made["Id"], "SyncToken": "0", "sparse": True, "Active": False}
    )
    assert fault_code(await qbo.post("customer", {"DisplayName": "Harbor Twin"})) == "6240"


async def test_renaming_to_own_name_is_fine(qbo: Qbo) -> None:
    made = await qbo.create("customer", {"DisplayName": "Self Name"})
    again = await qbo.create(
        "customer", {"Id": made["Id"], "SyncToken": "0", "DisplayName": "Self Name"}
    )
    assert again["SyncToken"] == "1"


async def test_colon_tab_newline_are_rejected(qbo: Qbo) -> None:
    for name in ("Parent:Child", "Tab\tName", "New\nLine"):
        resp = await qbo.post("customer", {"DisplayName": name})
        assert resp.status_code == 400
        assert fault_code(resp) == "6000"
    resp = await qbo.post("customer", {"GivenName": "A:B"})
    assert resp.json()["Fault"]["Error"][0]["element"] == "GivenName"


async def test_too_long_is_2050_naming_the_field(qbo: Qbo) -> None:
    resp = await qbo.post("customer", {"DisplayName": "Long", "GivenName": "x" * 101})
    error = resp.json()["Fault"]["Error"][0]
    assert error["code"] == "2050" and error["element"] == "GivenName"
    assert "Max:100" in error["Detail"] and "Supplied length:101" in error["Detail"]


async def test_no_name_is_6080(qbo: Qbo) -> None:
    resp = await qbo.post("customer", {"CompanyName": "Only Company"})
    assert fault_code(resp) == "6080"


async def test_bad_email_is_2210(qbo: Qbo) -> None:
    resp = await qbo.post(
        "customer", {"DisplayName": "Mail", "PrimaryEmailAddr": {"Address": "not-an-email"}}
    )
    assert fault_code(resp) == "2210"


async def test_sparse_update_cannot_blank_display_name(qbo: Qbo) -> None:
    made = await qbo.create("customer", {"DisplayName": "Keep Name"})
    resp = await qbo.post(
        "customer", {"Id": made["Id"], "SyncToken": "0", "sparse": True, "DisplayName": ""}
    )
    assert fault_code(resp) == "2020"


async def test_read_only_inputs_are_ignored(qbo: Qbo) -> None:
    made = await qbo.create(
        "customer", {"DisplayName": "RO", "Balance": 999, "FullyQualifiedName": "zzz"}
    )
    assert made["Balance"] == 0 and made["FullyQualifiedName"] == "RO"


async def test_name_lists_cannot_be_deleted(qbo: Qbo) -> None:
    made = await qbo.create("customer", {"DisplayName": "No Delete"})
    resp = await qbo.post("customer", {"Id": made["Id"], "SyncToken": "0"}, operation="delete")
    assert resp.status_code == 400 and fault_code(resp) == "500"


async def test_customer_with_balance_cannot_be_made_inactive(qbo: Qbo) -> None:
    owing = [c for c in await qbo.rows("select * from Customer where Balance > '0'")]
    assert owing, "demo books have unpaid invoices"
    cust = owing[0]
    resp = await qbo.post(
        "customer",
        {"Id": cust["Id"], "SyncToken": cust["SyncToken"], "sparse": True, "Active": False},
    )
    assert fault_code(resp) == "6220"


async def test_seeded_customers_keep_demo_emails_exactly(qbo: Qbo) -> None:
    rows = await qbo.rows("select * from Customer maxresults 1000")
    emails = [r["PrimaryEmailAddr"]["Address"] for r in rows if "PrimaryEmailAddr" in r]
    assert any(e != e.strip() for e in emails), "stray spaces survive seeding"
    assert any(e.strip() != e.strip().lower() for e in emails), "upper case survives seeding"
    names = [r["DisplayName"].casefold() for r in rows]
    assert len(names) == len(set(names))
    assert any("(" in r["DisplayName"] for r in rows), "same-company people are disambiguated"


async def test_vendor_and_item_creates(qbo: Qbo) -> None:
    vendor = await qbo.create("vendor", {"DisplayName": "Paper Supplier"})
    assert vendor["Active"] is True
    assert fault_code(await qbo.post("customer", {"DisplayName": "Paper Supplier"})) == "6240"
