"""Money helpers shared by the commerce rules: two-place strings, lenient number reads."""

from __future__ import annotations

from decimal import Decimal

from .store import parse_number

CENT = Decimal("0.01")


def money(d: Decimal) -> str:
    return str(d.quantize(CENT))


def num(props: dict[str, str], name: str, default: str = "0") -> Decimal:
    return parse_number(props.get(name) or default) or Decimal(0)
