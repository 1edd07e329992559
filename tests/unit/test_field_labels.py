"""Every registered type's default field mappings have a bookkeeper's word on both sides,
so no type's settings tab shows an API name ("Hs_number ⇄ Invoice number")."""

from __future__ import annotations

import pytest

from qbsync_desktop.core.sync import objects
from qbsync_desktop.core.sync.objects.base import ObjectType
from qbsync_desktop.core.sync.problems import FIELD_LABELS, field_label


def _unlabelled(kind: ObjectType) -> list[str]:
    names = [n for f in kind.spec.defaults for n in (f.hubspot, f.qbo)]
    # A label comes back through `say`; a field without one comes back as its own name.
    return [n for n in names if not field_label(n, lambda _c, text: f"<{text}>").startswith("<")]


@pytest.mark.parametrize("kind", objects.all_types(), ids=lambda k: k.name)
def test_every_default_field_has_a_label_on_both_sides(kind: ObjectType) -> None:
    assert _unlabelled(kind) == []


def test_a_field_without_a_label_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: an invoice field whose label is missing is named."""
    invoices = objects.get("invoices")
    monkeypatch.delitem(FIELD_LABELS, "hs_due_date")
    assert _unlabelled(invoices) == ["hs_due_date"]
