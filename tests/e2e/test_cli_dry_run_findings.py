"""`qbsync sync --dry-run` says what the window's pre-flight check says: here a saved
custom mapping to a HubSpot property the account does not have (issue 17: the dry run
flags it; `settings set` cannot check fields offline)."""

from __future__ import annotations

from pathlib import Path

from qbsync_desktop.cli import main
from qbsync_desktop.core.paths import AppPaths
from tests.e2e.test_backfill_cli import PROFILE
from tests.e2e.test_cli import _connect_both
from tests.support.sandboxes import RunningSandboxes


def test_a_dry_run_flags_a_mapping_to_a_missing_property(
    sandboxes: RunningSandboxes, tmp_path: Path
) -> None:
    from tests.support.keyrings import memory_credentials

    paths = AppPaths.under(tmp_path / "app")
    creds = memory_credentials()
    _connect_both(sandboxes, paths, creds, PROFILE)
    out: list[str] = []

    def cli(*argv: str) -> int:
        out.clear()
        return main(list(argv), paths=paths, credentials=creds, out=out.append)

    mapping = '[{"hubspot_property": "no_such_property", "qbo_field": "Notes"}]'
    assert cli("settings", "set", "--profile", PROFILE, f"contacts.custom={mapping}") == 0
    assert cli("sync", "--profile", PROFILE, "--dry-run", "--object", "contacts") == 0
    said = [line for line in out if line.startswith("Before syncing:")]
    assert any("no_such_property" in line for line in said), out
