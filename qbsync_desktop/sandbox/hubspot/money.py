"""Money helpers shared by the commerce rules: two-place strings, lenient number reads."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .store import parse_number

CENT = Decimal("0.01")


def money(d: Decimal) -> str:
    # Half-up, as invoices show money [U]; Decimal's default would round 9.625 to 9.62.
    return str(d.quantize(CENT, rounding=ROUND_HALF_UP))


def num(props: dict[str, str], name: str, default: str = "0") -> Decimal:
    return parse_number(props.get(name) or default) or Decimal(0)
