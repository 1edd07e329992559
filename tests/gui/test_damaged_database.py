"""The window on a profile whose database is damaged: a plain question, never a crash,
and the damaged file kept as a backup when the bookkeeper agrees."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from qbsync_desktop.core.paths import AppPaths
from qbsync_desktop.core.profiles import ProfileStore

TECHNICAL = re.compile(r"peewee|sqlite|DatabaseError|Traceback|malformed", re.IGNORECASE)


def _damaged_profile(paths: AppPaths, name: str) -> Path:
    ProfileStore(paths.profiles_file).get_or_create(name)
    db_file = paths.database_file(name)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    db_file.write_bytes(b"a database torn by a full disk " * 100)
    return db_file


@pytest.mark.parametrize("agree", [True, False])
def test_opening_a_damaged_profile_offers_a_fresh_start(
    qtbot: Any, make_window: Any, app_paths: AppPaths, agree: bool
) -> None:
    window = make_window(profile="Other client")
    db_file = _damaged_profile(app_paths, "Acme")
    asked: list[str] = []

    def confirm(title: str, text: str) -> bool:
        asked.append(text)
        return agree

    window.confirm = confirm
    window.switch_profile("Acme")
    assert window.profile == "Acme" and window.status_page.source is None
    assert len(asked) == 1 and "damaged" in asked[0] and not TECHNICAL.search(asked[0])
    backups = list(db_file.parent.glob("qbsync.db.damaged-*"))
    shown = window.status_line.text()
    assert not TECHNICAL.search(shown)
    if agree:
        assert len(backups) == 1 and str(backups[0]) in shown and not db_file.exists()
    else:
        assert backups == [] and db_file.exists() and "damaged" in shown
