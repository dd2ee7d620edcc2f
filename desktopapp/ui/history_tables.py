"""History's tables: cells that sort by their number, and rows kept in the domain's order
(most credits first) until the user clicks a column to sort otherwise."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class NumberItem(QTableWidgetItem):
    """A table cell shown in locale format that sorts by its number."""

    def __init__(self, text: str, value: float) -> None:
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine = self.data(Qt.ItemDataRole.UserRole)
        theirs = other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        return super().__lt__(other)


def make_table(headers: Sequence[str], parent: QWidget, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
    header.sectionClicked.connect(lambda _c: table.setProperty("user_sorted", True))
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    """Rows in the domain's order (most credits first) until the user sorts otherwise."""
    header = table.horizontalHeader()
    column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)
    if table.property("user_sorted"):
        table.sortItems(column, order)
    table.setSortingEnabled(True)
    if not table.property("user_sorted"):
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
