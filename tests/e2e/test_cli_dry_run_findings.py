"""`qbsync sync --dry-run` says what the window's pre-flight check says: here a saved
custom mapping to a HubSpot property the account does not have (issue 17: the dry run
flags it; `settings set` cannot check fields offline)."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli_runs import connected_cli
from tests.support.sandboxes import RunningSandboxes

PROFILE = "Acme"


def test_a_dry_run_flags_a_mapping_to_a_missing_property(
    sandboxes: RunningSandboxes, tmp_path: Path
) -> None:
    cli = connected_cli(sandboxes, tmp_path, PROFILE)
    mapping = '[{"hubspot_property": "no_such_property", "qbo_field": "Notes"}]'
    assert cli("settings", "set", "--profile", PROFILE, f"contacts.custom={mapping}") == 0
    assert cli("sync", "--profile", PROFILE, "--dry-run", "--object", "contacts") == 0
    said = [line for line in cli.out if line.startswith("Before syncing:")]
    assert any("no_such_property" in line for line in said), cli.out
