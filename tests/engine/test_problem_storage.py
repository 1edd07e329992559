"""A sync that fails and excludes records stores codes and parameters, never our English:
the words are rendered when shown (issue 13, problems as codes)."""

from __future__ import annotations

import json
import re
import sqlite3

from qbsync_desktop.core.store.queries import record_rows
from qbsync_desktop.core.sync.problems import TEMPLATES, ProblemCode
from tests.engine.conftest import Synced


def _our_sentences() -> set[str]:
    """The fixed stretches of every template (between placeholders), long enough to be words."""
    pieces: set[str] = set()
    for template in TEMPLATES.values():
        for text in template:
            pieces |= {p.strip() for p in re.split(r"\{[^}]*\}", text) if len(p.strip()) >= 15}
    return pieces


def test_failed_and_excluded_records_keep_codes_not_words(synced: Synced) -> None:
    summary, _ = synced.sync()
    assert summary.failed and summary.excluded  # the demo book's name clash and no-email contact

    raw = sqlite3.connect(synced.paths.database_file(synced.profile))
    raw.row_factory = sqlite3.Row
    try:
        states = [dict(r) for r in raw.execute("SELECT * FROM record_state")]
        activity = [dict(r) for r in raw.execute("SELECT * FROM activity")]
    finally:
        raw.close()
    problems = [r for r in states if r["state"] != "synced"]
    assert {r["code"] for r in problems} == {"name_taken", "no_email"}
    for row in problems:
        assert isinstance(json.loads(row["params"]), dict)
    clash = next(r for r in problems if r["code"] == "name_taken")
    held = json.loads(clash["params"])  # who holds the name, as parts worded when shown
    assert clash["field"] == "DisplayName"
    assert (held["holder_entity"], held["holder_name"]) == ("Vendor", "Jordan Blake")
    fails = [a for a in activity if a["action"] == "fail"]
    assert fails and all(a["code"] == "name_taken" and a["detail"] == "" for a in fails)

    stored = [str(v) for row in states + activity for v in row.values() if v is not None]
    sentences = _our_sentences()
    assert not [(s, v) for v in stored for s in sentences if s in v]

    # ...and the words are there when shown.
    shown = {r["code"]: r for r in record_rows(synced.paths.database_file(synced.profile))}
    assert shown[ProblemCode.NAME_TAKEN]["explanation"].startswith("Display name is a duplicate")
    assert "display-name rule" in shown[ProblemCode.NAME_TAKEN]["fix"]
    assert shown[ProblemCode.NO_EMAIL]["problem"] == "No email address"
