"""`qbsync activity`: the runs of a profile synced through both sandboxes, one run's
records, --json (codes and English) and --csv."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qbsync_desktop.cli import main
from qbsync_desktop.core.export import read_dict_csv
from tests.engine.conftest import PROFILE, Synced, synced  # noqa: F401 - the fixture
from tests.support.keyrings import memory_credentials


def _activity(synced: Synced, *args: str) -> tuple[int, list[str]]:  # noqa: F811
    lines: list[str] = []
    code = main(
        ["activity", "--profile", PROFILE, *args],
        paths=synced.paths,
        credentials=memory_credentials(),
        out=lines.append,
    )
    return code, lines


def test_activity_lists_runs_records_json_and_csv(
    synced: Synced,  # noqa: F811
    tmp_path: Path,
) -> None:
    code, lines = _activity(synced)
    assert (code, lines) == (0, [f"Profile {PROFILE}: no syncs yet."])

    first, _ = synced.sync()
    contact = next(c for c, _ in synced.linked_contacts())
    synced.edit_contact(contact.id, city="Utrecht")
    second, _ = synced.sync()

    code, lines = _activity(synced)
    assert code == 0
    assert lines[0].startswith(f"Sync {second.run_id} at ")
    assert lines[0].endswith(": Finished; new 0, updated 1, matched 0, left out 0, failed 0")
    assert lines[1] == "    Contacts ⇄ Customers: 1 updated in QuickBooks"
    assert lines[2].startswith(f"Sync {first.run_id} at ")
    assert f"failed {first.failed}" in lines[2]

    code, lines = _activity(synced, "--run", str(second.run_id))
    (line,) = lines
    assert f" — Contacts: {contact.properties['firstname']} " in line
    assert "Updated in QuickBooks — city: Utrecht" in line

    code, lines = _activity(synced, "--json")
    runs = json.loads(lines[0])["runs"]
    assert [r["id"] for r in runs] == [second.run_id, first.run_id]
    assert runs[0]["moved"] == [
        {
            "object": "contacts",
            "created": {"hubspot": 0, "quickbooks": 0},
            "updated": {"hubspot": 0, "quickbooks": 1},
            "matched": 0,
            "failed": 0,
        }
    ]
    code, lines = _activity(synced, "--run", str(first.run_id), "--json")
    records = json.loads(lines[0])["records"]
    failed = [r for r in records if r["action"] == "fail"]
    assert len(failed) == first.failed and all(r["code"] for r in failed)

    target = tmp_path / "activity.csv"
    code, lines = _activity(synced, "--csv", str(target))
    total = len(records) + 1
    assert (code, lines) == (0, [f"Records written to {target}: {total}"])
    columns, rows = read_dict_csv(target)
    assert columns[0] == "Run" and len(rows) == total


def test_activity_csv_follows_the_terminals_locale(
    synced: Synced,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    synced.sync()
    target = tmp_path / "activity.csv"
    monkeypatch.setenv("LANGUAGE", "de")  # a decimal comma: cells separated by ";"
    code, _ = _activity(synced, "--csv", str(target))
    assert code == 0
    header = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.count(";") == 9 and "," not in header
