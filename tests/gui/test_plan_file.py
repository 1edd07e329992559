"""`PlanFile` reads a plan's rows from the file on demand: the same rows, counts and rows
behind a count as reading the whole CSV, whatever a value holds (line breaks, quotes, a
formula lead), in either separator."""

from __future__ import annotations

from pathlib import Path

import pytest

from qbsync_desktop.core.export import CsvFormat, read_dict_csv, write_dict_csv
from qbsync_desktop.core.sync.dryrun import PLAN_COLUMNS
from qbsync_desktop.core.sync.plan_summary import counted_in, summarize
from qbsync_desktop.gui.plan_file import CACHED_ROWS, PlanFile

SIZE = 2_000
KINDS = [("create", "quickbooks"), ("update", "hubspot"), ("match", ""), ("fail", "hubspot")]


def _rows() -> list[dict[str, str]]:
    rows = []
    for n in range(SIZE):
        action, side = KINDS[n % len(KINDS)]
        rows.append(
            {
                "object": "products" if n % 3 == 0 else "contacts",
                "action": action,
                "side": side,
                "name": f'Two\r\nlines, "quoted" {n}' if n % 97 == 0 else f"Näme {n}",
                "changes": "city: Paris -> Gouda; phone:  -> 555",
                "reason": "=1+1" if n % 13 == 0 else "",
            }
        )
    return rows


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_rows_read_on_demand_are_the_files_rows(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "plan.csv"
    write_dict_csv(path, list(PLAN_COLUMNS), _rows(), fmt=CsvFormat(delimiter=delimiter))
    columns, whole = read_dict_csv(path)
    plan = PlanFile.scan(path)
    assert plan.columns == columns and len(plan) == SIZE
    for n in (0, 1, 97, 98, SIZE // 2, SIZE - 1, -1):
        assert plan[n] == whole[n], n
    assert plan[97]["name"] == 'Two\r\nlines, "quoted" 97' and plan[13]["reason"] == "=1+1"
    assert list(plan) == whole  # an export streams them in order
    assert len(plan._cache) <= CACHED_ROWS
    with pytest.raises(IndexError):
        plan[SIZE]

    counted = [(p.object, dict(p.counts)) for p in plan.summary()]
    assert counted == [(p.object, dict(p.counts)) for p in summarize(whole)]
    for chosen in [("contacts", "match", "hubspot"), ("products", "fail", "hubspot")]:
        assert plan.rows_in(*chosen) == [n for n, r in enumerate(whole) if counted_in(r, *chosen)]


def test_an_empty_plan_has_its_columns_and_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("object,action,name\n", encoding="utf-8")
    plan = PlanFile.scan(path)
    assert (plan.columns, len(plan), list(plan), plan.summary()) == (
        ["object", "action", "name"],
        0,
        [],
        [],
    )
