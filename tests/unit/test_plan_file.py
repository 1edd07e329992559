"""The plan file is written as the plan is decided (issue 15, and small): each object's
parts go to a part file as they come, and the file at the end is the one the whole plan
would have made, objects in the run's order, cells safe for spreadsheets."""

from __future__ import annotations

from pathlib import Path

from qbsync_desktop.core.export import read_dict_csv
from qbsync_desktop.core.sync import errors
from qbsync_desktop.core.sync.dryrun import PlanFile, write_plan_csv
from qbsync_desktop.core.sync.vocabulary import PairPlan, Plan, SideRecord, Skip


def _part(obj: str, start: int, n: int) -> Plan:
    plan = Plan(obj)
    for i in range(start, start + n):
        rec = SideRecord("hubspot", f"{obj}-{i}", {"email": f"p{i}@x.test"}, f"=Person {i}")
        plan.pairs.append(PairPlan(rec, None, to_qbo={"email": f"p{i}@x.test"}, new_link=True))
    rec = SideRecord("hubspot", f"{obj}-skip-{start}", {"firstname": "No"}, "No Mail")
    plan.skips.append(Skip(rec, errors.no_email(), "excluded"))
    return plan


def test_parts_as_they_come_make_the_file_the_whole_plan_makes(tmp_path: Path) -> None:
    contacts = [_part("contacts", i * 10, 10) for i in range(3)]
    products = [_part("products", i * 10, 5) for i in range(2)]
    own_run = _part("invoices", 0, 2)  # a type running its own sync: its plan, held whole

    streamed = PlanFile(tmp_path / "streamed.csv")
    for part in (contacts[0], products[0], contacts[1], products[1], contacts[2]):
        streamed.add(part)  # two objects side by side: their parts interleave
    # The run's order: products finished first, then contacts; the plans it holds for
    # streamed objects are empty (their rows are in the part files).
    rows = streamed.finish([Plan("products"), Plan("contacts"), own_run])

    # Each object's rows in its parts' order (a page's pairs, then its left-out records).
    expected = write_plan_csv([*products, *contacts, own_run], tmp_path / "w.csv")
    assert (tmp_path / "streamed.csv").read_bytes() == (tmp_path / "w.csv").read_bytes()
    assert rows == expected == 3 * 11 + 2 * 6 + 3
    _, read = read_dict_csv(tmp_path / "streamed.csv")
    assert [r["object"] for r in read[:1]] == ["products"] and read[-1]["object"] == "invoices"
    assert read[0]["name"] == "=Person 0"  # neutralised in the file, restored on reading
    assert "'=Person 0" in (tmp_path / "streamed.csv").read_text(encoding="utf-8-sig")
    assert not streamed.parts


def test_a_run_that_ends_early_leaves_no_plan_file(tmp_path: Path) -> None:
    plan_file = PlanFile(tmp_path / "plan.csv")
    plan_file.add(_part("contacts", 0, 3))
    (part,) = plan_file.parts.values()
    plan_file.close()
    assert part.closed and not (tmp_path / "plan.csv").exists()
