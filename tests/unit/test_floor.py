"""The bench's honest floor (bench/floor.py), pinned on hand-computed cases.

Windows start full: a window of L per P lets L calls out at 0, L more at P, and so on.
QBO by t: calls = min(10·(⌊t⌋+1), 500·(⌊t/60⌋+1)); batches = min(calls, 40·(⌊t/60⌋+1));
items = 30·batches + (calls − batches). HubSpot by t: 110·(⌊t/10⌋+1) calls (writes in
batches of 100 first, the rest list pages of 100) plus 5·(⌊t⌋+1) search pages of 200.
"""

from __future__ import annotations

import pytest

from bench.floor import Work, floor_for


def test_nothing_to_do_costs_nothing() -> None:
    assert floor_for(Work(0, 0, 0, 0)).seconds == 0


def test_a_tiny_book_fits_the_first_windows_at_once() -> None:
    # QBO: 1 query + 250 writes = 251 items <= 10 batches × 30 at t=0.
    # HubSpot: 3 write batches + 10 list pages = 13 calls <= 110 at t=0.
    floor = floor_for(Work(qbo_read=900, qbo_written=250, hubspot_read=1_000, hubspot_written=250))
    assert (floor.quickbooks_s, floor.hubspot_s) == (0, 0)


def test_both_qbo_pools_are_used() -> None:
    # t=3: 40 calls, all batches -> 1,200 items. t=4: 50 calls, 40 batches (the batch
    # window is spent) + 10 single calls -> 1,210. Batches alone would need a second minute.
    assert floor_for(Work(qbo_read=1, qbo_written=1_209, hubspot_read=0, hubspot_written=0)) == (
        floor_for(Work(0, 1_210, 0, 0))
    )
    assert floor_for(Work(0, 1_210, 0, 0)).quickbooks_s == 4
    assert floor_for(Work(0, 1_211, 0, 0)).quickbooks_s == 5
    assert floor_for(Work(0, 1_200, 0, 0)).quickbooks_s == 3


def test_the_qbo_minute_limit_binds() -> None:
    # t=49..59: 500 calls (the minute is spent), 40 batches -> 1,200 + 460 = 1,660 items.
    # t=60: min(610, 1,000) = 610 calls, 80 batches -> 2,400 + 530 = 2,930.
    assert floor_for(
        Work(qbo_read=1_000, qbo_written=1_659, hubspot_read=0, hubspot_written=0)
    ) == (floor_for(Work(0, 1_660, 0, 0)))
    assert floor_for(Work(0, 1_660, 0, 0)).quickbooks_s == 49
    assert floor_for(Work(0, 1_661, 0, 0)).quickbooks_s == 60
    assert floor_for(Work(0, 2_930, 0, 0)).quickbooks_s == 60
    assert floor_for(Work(0, 2_931, 0, 0)).quickbooks_s == 61


def test_qbo_reads_cost_one_item_per_thousand_rows() -> None:
    # 1,661 items: 2 queries (1,001 rows) + 1,659 writes -> past the first minute.
    assert floor_for(Work(1_001, 1_659, 0, 0)).quickbooks_s == 60
    assert floor_for(Work(1_000, 1_659, 0, 0)).quickbooks_s == 49


def test_hubspot_binds_with_list_pages_and_search_pages_together() -> None:
    # 10 write batches leave 100 list pages (10,000 records) at t<10; search adds
    # 5·(t+1) pages of 200: 20,000 records need t+1 >= 10.
    floor = floor_for(
        Work(qbo_read=1_000, qbo_written=299, hubspot_read=20_000, hubspot_written=1_000)
    )
    assert (floor.quickbooks_s, floor.hubspot_s, floor.seconds) == (0, 9, 9)
    assert floor_for(Work(0, 0, 19_000, 1_000)).hubspot_s == 8


def test_hubspot_writes_past_the_first_bucket_wait_for_the_next() -> None:
    # 111 write batches > 110 calls at t<10; at t=10 the bucket has 220.
    assert floor_for(Work(0, 0, 0, 11_000)).hubspot_s == 0
    assert floor_for(Work(0, 0, 0, 11_001)).hubspot_s == 10


def test_services_run_side_by_side_so_the_slower_one_is_the_floor() -> None:
    floor = floor_for(
        Work(qbo_read=0, qbo_written=1_661, hubspot_read=20_000, hubspot_written=1_000)
    )
    assert (floor.quickbooks_s, floor.hubspot_s, floor.seconds) == (60, 9, 60)


def test_time_scale_shortens_every_window_alike() -> None:
    work = Work(qbo_read=0, qbo_written=1_661, hubspot_read=20_000, hubspot_written=1_000)
    floor = floor_for(work, time_scale=20)
    assert floor.quickbooks_s == pytest.approx(3.0)
    assert floor.hubspot_s == pytest.approx(0.45)
    assert floor.seconds == pytest.approx(3.0)


def test_the_issue_book_at_10k() -> None:
    # 12 queries + 6,687 writes = 6,699 items. t=199..239: 2,000 calls (4 minutes spent),
    # 160 batches -> 4,800 + 1,840 = 6,640; t=240: 2,410 calls, 200 batches -> 8,210.
    floor = floor_for(Work(12_000, 6_687, 12_000, 5_900), time_scale=20)
    assert floor.quickbooks_s == pytest.approx(12.0)
