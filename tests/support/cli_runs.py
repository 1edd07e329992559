"""The CLI run in process against a profile connected to both sandboxes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qbsync_desktop.cli import main
from qbsync_desktop.core.paths import AppPaths
from tests.support.sandboxes import RunningSandboxes


@dataclass
class InProcessCli:
    """`cli(*argv)` runs `qbsync` with these paths and credentials; `out` holds what the
    last command printed."""

    paths: AppPaths
    creds: Any
    out: list[str] = field(default_factory=list)

    def __call__(self, *argv: str) -> int:
        self.out.clear()
        return main(list(argv), paths=self.paths, credentials=self.creds, out=self.out.append)


def connected_cli(sb: RunningSandboxes, tmp_path: Path, profile: str) -> InProcessCli:
    from tests.e2e.test_cli import _connect_both
    from tests.support.keyrings import memory_credentials

    cli = InProcessCli(AppPaths.under(tmp_path / "app"), memory_credentials())
    _connect_both(sb, cli.paths, cli.creds, profile)
    return cli
