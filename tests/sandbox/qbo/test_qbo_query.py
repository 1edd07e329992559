"""The query language: operators, paging, defaults and parser faults (qbo.md 2.6)."""

from __future__ import annotations

from .conftest import Qbo, fault_code


async def test_select_star_envelope_and_default_page(qbo: Qbo) -> None:
    resp = await qbo.query("select * from Customer")
    body = resp.json()["QueryResponse"]
    assert body["startPosition"] == 1
    assert body["maxResults"] == len(body["Customer"]) == 40  # all, under the default 100
    ids = [int(c["Id"]) for c in body["Customer"]]
    assert ids == sorted(ids)  # default order is Id ascending


async def test_post_form_with_application_text(qbo: Qbo) -> None:
    resp = await qbo.http.post(
        qbo.url("query"),
        content="SELECT COUNT(*) FROM Customer",
        headers={**qbo.headers, "Content-Type": "application/text"},
    )
    assert resp.json()["QueryResponse"] == {"totalCount": 40}


async def test_no_match_has_no_entity_key(qbo: Qbo) -> None:
    resp = await qbo.query("select * from Customer where DisplayName = 'Nobody Here'")
    assert resp.json()["QueryResponse"] == {}


async def test_equality_is_case_insensitive_on_keywords_names_and_values(qbo: Qbo) -> None:
    first = (await qbo.rows("select * from Customer maxresults 1"))[0]
    name = first["DisplayName"].upper().replace("'", "\\'")
    rows = await qbo.rows(f"SeLeCt * FROM customer WHERE displayname = '{name}'")
    assert [r["Id"] for r in rows] == [first["Id"]]


async def test_like_with_percent(qbo: Qbo) -> None:
    rows = await qbo.rows("select * from Item where Name like 'basic%'")
    assert rows and all(r["Name"].lower().startswith("basic") for r in rows)
    rows = await qbo.rows("select * from Customer where PrimaryEmailAddr like '%.test%'")
    assert rows


async def test_in_and_id_operators(qbo: Qbo) -> None:
    rows = await qbo.rows("select * from Customer where Id in ('1', '3', '5')")
    assert [r["Id"] for r in rows] == ["1", "3", "5"]
    resp = await qbo.query("select * from Customer where Id > '3'")
    assert fault_code(resp) == "4001"


async def test_comparisons_on_numbers_and_dates(qbo: Qbo) -> None:
    rows = await qbo.rows(
        "select * from Invoice where TotalAmt >= '1000' and TxnDate < '2026-06-01'"
    )
    assert rows
    assert all(r["TotalAmt"] >= 1000 and r["TxnDate"] < "2026-06-01" for r in rows)
    rows = await qbo.rows("select * from Invoice where Balance = '0'")
    assert all(r["Balance"] == 0 for r in rows)


async def test_or_is_a_parser_fault(qbo: Qbo) -> None:
    resp = await qbo.query("select * from Customer where Id = '1' or Id = '2'")
    assert resp.status_code == 400
    error = resp.json()["Fault"]["Error"][0]
    assert error["code"] == "4000" and error["Detail"].startswith("QueryParserError:")


async def test_garbage_is_a_parser_fault(qbo: Qbo) -> None:
    for text in (
        "select from Customer",
        "select * Customer",
        "delete from Customer",
        "",
        "select * from Nope",
    ):
        assert fault_code(await qbo.query(text)) == "4000", text


async def test_orderby_both_spellings_and_desc(qbo: Qbo) -> None:
    a = await qbo.rows("select * from Customer orderby DisplayName desc")
    b = await qbo.rows("select * from Customer ORDER BY DisplayName DESC")
    names = [r["DisplayName"].casefold() for r in a]
    assert names == sorted(names, reverse=True)
    assert [r["Id"] for r in a] == [r["Id"] for r in b]


async def test_startposition_and_maxresults_page(qbo: Qbo) -> None:
    page1 = await qbo.rows("select * from Customer startposition 1 maxresults 15")
    page2 = await qbo.rows("select * from Customer startposition 16 maxresults 15")
    page3 = (await qbo.query("select * from Customer startposition 31 maxresults 15")).json()
    assert len(page1) == len(page2) == 15
    assert page3["QueryResponse"]["maxResults"] == 10
    ids = [r["Id"] for r in page1 + page2 + page3["QueryResponse"]["Customer"]]
    assert len(set(ids)) == 40


async def test_maxresults_above_1000_is_clamped(svc, qbo: Qbo) -> None:
    svc.seed(1500, 2)
    body = (await qbo.query("select * from Customer maxresults 5000")).json()["QueryResponse"]
    assert body["maxResults"] == 1000


async def test_inactive_rows_are_hidden_by_default(qbo: Qbo) -> None:
    made = await qbo.create("customer", {"DisplayName": "Gone Inactive"})
    await qbo.create(
        "customer", {"Id": made["Id"], "SyncToken": "0", "sparse": True, "Active": False}
    )
    q = "select * from Customer where DisplayName = 'Gone Inactive'"
    assert await qbo.rows(q) == []
    assert len(await qbo.rows(q + " and Active in (true, false)")) == 1
    assert len(await qbo.rows(q + " and Active = false")) == 1


async def test_dotted_metadata_last_updated_time(qbo: Qbo, clock) -> None:
    clock.advance(120)
    made = await qbo.create("customer", {"DisplayName": "Recently Changed"})
    stamp = made["MetaData"]["LastUpdatedTime"]
    for prop in ("MetaData.LastUpdatedTime", "Metadata.LastUpdatedTime"):
        rows = await qbo.rows(f"select * from Customer where {prop} >= '{stamp}'")
        assert [r["DisplayName"] for r in rows] == ["Recently Changed"]


async def test_ref_fields_compare_by_id(qbo: Qbo) -> None:
    invoice = (await qbo.rows("select * from Invoice maxresults 1"))[0]
    cust = invoice["CustomerRef"]["value"]
    rows = await qbo.rows(f"select * from Invoice where CustomerRef = '{cust}'")
    assert rows and all(r["CustomerRef"]["value"] == cust for r in rows)


async def test_non_queryable_property_is_4001(qbo: Qbo) -> None:
    resp = await qbo.query("select * from Customer where Notes = 'x'")
    assert fault_code(resp) == "4001"
    resp = await qbo.query("select * from Invoice where Line.Amount = '1'")
    assert fault_code(resp) == "4001"


async def test_escaped_quote_in_literal(qbo: Qbo) -> None:
    await qbo.create("customer", {"DisplayName": "O'Brien Bakery"})
    rows = await qbo.rows("select * from Customer where DisplayName = 'O\\'Brien Bakery'")
    assert len(rows) == 1


async def test_select_star_sku_and_singletons(qbo: Qbo) -> None:
    sku = next(r["Sku"] for r in await qbo.rows("select * from Item") if "Sku" in r)
    rows = await qbo.rows(f"select *, Sku from Item where Sku = '{sku.lower()}'")
    assert [r["Sku"] for r in rows] == [sku]
    prefs = await qbo.rows("select * from Preferences")
    assert prefs[0]["SalesFormsPrefs"]["CustomTxnNumbers"] is True
    info = await qbo.rows("select * from CompanyInfo")
    assert info[0]["Country"] == "US"


async def test_income_accounts_query(qbo: Qbo) -> None:
    rows = await qbo.rows("select * from Account where AccountType = 'Income'")
    assert {r["Name"] for r in rows} >= {"Services", "Sales of Product Income"}
