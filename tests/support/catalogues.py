"""Reading the translation catalogues (.ts) in tests."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

# {named} placeholders of str.format, Qt's %n / %Ln counts and %1-style arguments.
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms


def read_ts(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            numerus = m.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in tr.findall("numerusform"))
                if numerus
                else (tr.text or "",)
            )
            out.append(
                Message(
                    name,
                    m.findtext("source") or "",
                    numerus,
                    tr.get("type") in ("unfinished", "vanished", "obsolete"),
                    forms,
                )
            )
    return out


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))
