"""Records with lines and references: references resolve through the referenced type's
links (an invoice's customer through the contacts links, a line's item through products')."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from qbsync_desktop.core.store import open_database
from qbsync_desktop.core.sync import record
from qbsync_desktop.core.sync.mirror import StoredLinks
from qbsync_desktop.core.sync.objects import contacts, products
from qbsync_desktop.core.sync.vocabulary import (
    Line,
    Reference,
    Side,
    SideRecord,
    resolve_references,
)

CUSTOMERS, ITEMS = contacts.SPEC.name, products.SPEC.name


def _invoice(side: Side, customer: str, items: list[str]) -> SideRecord:
    lines = [Line({"amount": "10"}, {"item": Reference(ITEMS, side, item_id)}) for item_id in items]
    return SideRecord(
        side,
        f"inv-{customer}",
        {"number": "1001"},
        "Invoice 1001",
        lines=lines,
        references={"customer": Reference(CUSTOMERS, side, customer)},
    )


class CountingLinks:
    """Links in memory, counting look-ups (one per referenced type and side is the rule)."""

    def __init__(self, pairs: dict[str, dict[str, str]]) -> None:  # obj -> hubspot -> qbo
        self.pairs, self.calls = pairs, 0

    def other_ids(self, obj: str, side: Side, ids: Iterable[str]) -> dict[str, str]:
        self.calls += 1
        pairs = self.pairs.get(obj, {})
        if side == "quickbooks":
            pairs = {q: h for h, q in pairs.items()}
        return {i: pairs[i] for i in ids if i in pairs}


def test_references_of_a_record_and_its_lines_resolve_through_each_types_links() -> None:
    links = CountingLinks({CUSTOMERS: {"c1": "Q1"}, ITEMS: {"p1": "I1", "p2": "I2"}})
    first, second = _invoice("hubspot", "c1", ["p1", "p2"]), _invoice("hubspot", "c1", ["p2"])
    assert resolve_references([first, second], links) == []
    assert first.references["customer"].resolved == "Q1"
    assert [ln.references["item"].resolved for ln in first.lines] == ["I1", "I2"]
    assert links.calls == 2  # customers once, items once, for both invoices

    # From the QuickBooks side the same links resolve the other way.
    back = _invoice("quickbooks", "Q1", ["I2"])
    assert resolve_references([back], links) == []
    assert back.references["customer"].resolved == "c1"
    assert back.lines[0].references["item"].resolved == "p2"


def test_a_reference_to_a_record_not_linked_yet_stays_unresolved() -> None:
    invoice = _invoice("hubspot", "c9", ["p1", "p7"])
    missing = resolve_references([invoice], CountingLinks({ITEMS: {"p1": "I1"}}))
    assert [(r.object, r.id) for r in missing] == [(CUSTOMERS, "c9"), (ITEMS, "p7")]
    assert invoice.lines[0].references["item"].resolved == "I1"


def test_references_resolve_through_the_stored_links(tmp_path: Path) -> None:
    db = open_database(tmp_path / "qbsync.db")
    try:
        record.save_link(CUSTOMERS, "c1", "Q1", "a@x.test", {"email": "a@x.test"})
        record.save_link(ITEMS, "p1", "I1", "sku-1", {"hs_sku": "sku-1"})
        record.save_link(CUSTOMERS, "p1", "Q7", "b@x.test", {"email": "b@x.test"})
        invoice = _invoice("hubspot", "c1", ["p1"])
        assert resolve_references([invoice], StoredLinks()) == []
        assert invoice.references["customer"].resolved == "Q1"
        # the item resolves through the products links, not a contact with the same id
        assert invoice.lines[0].references["item"].resolved == "I1"
    finally:
        db.close()
