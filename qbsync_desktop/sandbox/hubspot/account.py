"""Account-level settings of the emulated portal: invoice numbering and deletion, tax rates,
custom property groups. Reset with the books; saved in the snapshot.

Defaults are the conservative ones: open invoices can't be deleted (HubSpot has an
account setting for it, off by default [C invoices guide]); numbering prefix and
sequence are account settings [O], the "INV-" prefix and start at 1 are [U].
"""

from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field
from typing import Any

SEEDED_AT = "2025-01-06T09:00:00.000Z"


def default_tax_rates() -> dict[str, dict[str, Any]]:
    """The account's tax rate library: one active non-zero rate at least [C tax rates API]."""
    rows = [
        ("9001", "Sales tax", "Sales tax 8.25%", 8.25, True),
        ("9002", "Reduced rate", "Reduced 5%", 5.0, True),
        ("9003", "Old county tax", "Retired 2%", 2.0, False),
    ]
    return {
        rid: {
            "id": rid,
            "name": name,
            "label": label,
            "percentageRate": pct,
            "active": active,
            "createdAt": SEEDED_AT,
            "updatedAt": SEEDED_AT,
        }
        for rid, name, label, pct, active in rows
    }


@dataclass
class Account:
    invoice_prefix: str = "INV-"
    next_invoice_number: int = 1
    allow_delete_open_invoices: bool = False
    tax_rates: dict[str, dict[str, Any]] = field(default_factory=default_tax_rates)
    # object type -> group name -> group JSON (built-in groups live in properties.py)
    custom_groups: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def snapshot(self) -> dict[str, Any]:
        return copy.deepcopy(asdict(self))

    @classmethod
    def from_snapshot(cls, data: dict[str, Any] | None) -> Account:
        acct = cls()
        for key, value in (data or {}).items():
            if hasattr(acct, key):
                setattr(acct, key, copy.deepcopy(value))
        return acct

    def configure(self, body: dict[str, Any]) -> None:
        """Control-API knobs (`POST /_sandbox/account`)."""
        if "allow_delete_open_invoices" in body:
            self.allow_delete_open_invoices = bool(body["allow_delete_open_invoices"])
        if "invoice_prefix" in body:
            self.invoice_prefix = str(body["invoice_prefix"])
        if "next_invoice_number" in body:
            self.next_invoice_number = int(body["next_invoice_number"])
