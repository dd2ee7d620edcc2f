"""The ledger window's table: every log, newest first, a page at a time.

The model never holds history: it asks for one page (``PAGE_SIZE`` rows) when it opens,
and the next one only when the view scrolls to its end (Qt's ``canFetchMore`` /
``fetchMore``), through a keyset cursor the service hands back, so a million logs open
as fast as ten. The columns are shared with the exports, so a file holds exactly the
columns the window shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktopapp.services.ledger_list import LedgerRow
from desktopapp.services.xlsx_export import ColumnType
from desktopapp.ui.formatting import fmt_int, kind_label, outcome_label, to_qdatetime, zone_abbrev

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


Cursor = object
# (cursor of the page to read or None for the first, how many) -> (rows, next cursor or
# None when there is nothing older)
FetchPage = Callable[[Cursor | None, int], tuple[Sequence[LedgerRow], Cursor | None]]

__all__ = ["COLUMNS", "PAGE_SIZE", "FetchPage", "LedgerColumn", "LedgerModel", "LedgerRow"]


def type_label(row: LedgerRow) -> str:
    if row.type == "spend":
        return kind_label(row.kind or "")
    if row.type == "observation" and row.source:
        return QCoreApplication.translate("LedgerWindow", "Balance read")
    return {
        "observation": QCoreApplication.translate("LedgerWindow", "Balance set"),
        "pack": QCoreApplication.translate("LedgerWindow", "Pack bought"),
        "correction": QCoreApplication.translate("LedgerWindow", "Correction"),
    }.get(row.type, row.type)


@dataclass(frozen=True)
class LedgerColumn:
    key: str
    type: ColumnType  # how the Excel export types its cells
    width: float

    def title(self) -> str:
        return {
            "at": QCoreApplication.translate("LedgerWindow", "When"),
            "kind": QCoreApplication.translate("LedgerWindow", "Kind"),
            "size": QCoreApplication.translate("LedgerWindow", "Size"),
            "credits": QCoreApplication.translate("LedgerWindow", "Credits"),
            "balance": QCoreApplication.translate("LedgerWindow", "Balance"),
            "meter": QCoreApplication.translate("LedgerWindow", "Meter"),
            "project": QCoreApplication.translate("LedgerWindow", "Project / client"),
            "outcome": QCoreApplication.translate("LedgerWindow", "Outcome"),
            "member": QCoreApplication.translate("LedgerWindow", "Member"),
            "note": QCoreApplication.translate("LedgerWindow", "Note"),
            "edited": QCoreApplication.translate("LedgerWindow", "Edited"),
        }[self.key]

    def value(self, row: LedgerRow) -> Any:
        """The cell's value for an export (numbers as numbers, instants as instants)."""
        return _VALUES[self.key](row)


_VALUES: dict[str, Callable[[LedgerRow], Any]] = {
    "at": lambda r: r.at,
    "kind": type_label,
    "size": lambda r: r.size,
    "credits": lambda r: r.credits,
    "balance": lambda r: r.balance,
    "meter": lambda r: r.meter or r.account or "",
    "project": lambda r: r.project or "",
    "outcome": lambda r: outcome_label(r.outcome) if r.outcome else "",
    "member": lambda r: r.member,
    "note": lambda r: r.note or "",
    "edited": lambda r: QCoreApplication.translate("LedgerWindow", "Edited") if r.edited else "",
}

COLUMNS: tuple[LedgerColumn, ...] = (
    LedgerColumn("at", "datetime", 18),
    LedgerColumn("kind", "text", 14),
    LedgerColumn("size", "number", 8),
    LedgerColumn("credits", "int", 10),
    LedgerColumn("balance", "int", 10),
    LedgerColumn("meter", "text", 16),
    LedgerColumn("project", "text", 18),
    LedgerColumn("outcome", "text", 10),
    LedgerColumn("member", "text", 12),
    LedgerColumn("edited", "text", 10),
    LedgerColumn("note", "text", 30),  # last: it takes the room that is left
)
NUMERIC = {i for i, c in enumerate(COLUMNS) if c.type in ("int", "number")}


def fmt_when(at: datetime, zone: str) -> str:
    """'2026/11/25 10:00 JST': the locale's short date, the clock, the zone's letters."""
    locale = QLocale()
    qdt = to_qdatetime(at, zone)
    day = locale.toString(qdt.date(), QLocale.FormatType.ShortFormat)
    return f"{day} {locale.toString(qdt.time(), 'HH:mm')} {zone_abbrev(at, zone)}"


def display(column: LedgerColumn, row: LedgerRow, zone: str) -> str:
    value = column.value(row)
    if value is None:
        return ""
    if column.type == "datetime":
        return fmt_when(value, zone)
    if column.type == "int":
        return fmt_int(value)
    if column.type == "number":
        return QLocale().toString(float(value), "g", 6)
    return str(value)


class LedgerModel(QAbstractTableModel):
    """Rows of the current query, loaded a page at a time, newest first."""

    def __init__(self, zone: str, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.zone = zone
        self.page_size = page_size
        self._fetch: FetchPage | None = None
        self._rows: list[LedgerRow] = []
        self._cursor: Cursor | None = None
        self._more = False
        self.pages_read = 0

    # -- loading ---------------------------------------------------------------------------
    def load(self, fetch: FetchPage, zone: str | None = None) -> None:
        """Start over with a new query: its first page only. A query the service refuses
        raises before anything changes (the rows shown stay those of the last one)."""
        rows, cursor = fetch(None, self.page_size)
        self.beginResetModel()
        self._fetch = fetch
        self.zone = zone or self.zone
        self._rows, self._cursor = list(rows), cursor
        self._more = self._cursor is not None
        self.pages_read = 1
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        rows, cursor = self._fetch(self._cursor, self.page_size)
        self._cursor, self._more = cursor, cursor is not None
        self.pages_read += 1
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # -- reading ---------------------------------------------------------------------------
    def row_at(self, row: int) -> LedgerRow:
        return self._rows[row]

    def rows(self) -> list[LedgerRow]:
        return list(self._rows)

    def row_of(self, event_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == event_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display(column, row, self.zone)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "edited" and row.edited:
                return QCoreApplication.translate(
                    "LedgerWindow", "Edited: this log was corrected; Undo brings back what it was."
                )
            if column.key == "note" and row.note:
                return row.note
        if role == Qt.ItemDataRole.FontRole and row.edited and column.key == "edited":
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = COLUMNS[section]
            if column.key == "at":
                return f"{column.title()} ({self.zone})"
            return column.title()
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))
