"""Keep the translation catalogues in step with the code (Qt's own toolchain).

    python -m qbsync_desktop.tools.translations update    # code -> .ts (new strings unfinished)
    python -m qbsync_desktop.tools.translations compile   # .ts -> .qm (shipped in the package)

`update` runs pyside6-lupdate over the package's Python files; it finds `self.tr(...)`,
`translate(context, ...)` / `QCoreApplication.translate(...)` and the core's
`QT_TRANSLATE_NOOP(context, ...)` markers. Catalogues keep no source locations, so a
moved line does not change them. English has a plural-only catalogue ("%n record(s)"
becomes "1 record" / "2 records"); de, nl and es have every message.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("en", "de", "nl", "es")
SKIPPED = ("sandbox", "tools")  # test servers and this script: nothing a bookkeeper reads


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the running Python (the venv's)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt tools)")
    return found


def source_files(package: Path = PACKAGE) -> list[Path]:
    return sorted(
        p for p in package.rglob("*.py") if not set(p.relative_to(package).parts) & set(SKIPPED)
    )


def ts_file(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"qbsync_{lang}.ts"


def update(folder: Path = TRANSLATIONS, languages: Sequence[str] = LANGUAGES) -> None:
    """Extract the messages into `folder`'s .ts files (created when missing)."""
    files = [str(p) for p in source_files()]
    for lang in languages:
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
             "-source-language", "en", "-target-language", lang, *extra,
             *files, "-ts", str(ts_file(lang, folder))],
            check=True,
        )  # fmt: skip


def compile_catalogues(
    folder: Path = TRANSLATIONS, out: Path | None = None, languages: Sequence[str] = LANGUAGES
) -> None:
    """Compile each .ts in `folder` to its .qm in `out` (default: beside it)."""
    for lang in languages:
        target = (out or folder) / f"qbsync_{lang}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_file(lang, folder)), "-qm", str(target)],
            check=True,
        )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["update"]:
        update()
    elif args == ["compile"]:
        compile_catalogues()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
