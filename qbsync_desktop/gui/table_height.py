"""The height at which a table shows its header and every row, none cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def full_height(table: QTableView) -> int:
    """After `resizeRowsToContents`: header, rows and frame, without scrolling."""
    rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    header = table.horizontalHeader().sizeHint().height()
    return header + rows + 2 * table.frameWidth()
