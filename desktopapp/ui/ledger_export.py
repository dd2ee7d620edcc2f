"""The ledger window's exports: what it shows (the current filters), every row of it,
as CSV (the history's CSV path: BOM, formula-safe) or as an Excel workbook.

Every matching row goes in, not only the pages the table has loaded, so a big export
reads and writes on a worker thread with its own connection to the ledger file (SQLite
connections belong to their thread; WAL lets it read while the window writes), a page
at a time: the window stays responsive and memory stays flat. The result comes back to
the window's thread as one signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, Signal

from desktopapp.services import ledger as ledger_files
from desktopapp.services.ledger import LedgerFile
from desktopapp.services.xlsx_export import Column, write_xlsx
from desktopapp.ui import history_csv
from desktopapp.ui.ledger_model import COLUMNS, PAGE_SIZE, FetchPage, LedgerColumn, LedgerRow

FORMATS = ("csv", "xlsx")
EXPORT_PAGE = 5_000  # rows read per query while exporting (memory stays flat)
PROGRESS_EVERY = 10_000


def header(zone: str, columns: Iterable[LedgerColumn] = COLUMNS) -> list[str]:
    """The columns' titles; the time's names the zone (a whole zone, not an abbreviation
    that changes with daylight saving)."""
    return [f"{c.title()} ({zone})" if c.type == "datetime" else c.title() for c in columns]


def all_rows(fetch: FetchPage, page: int = EXPORT_PAGE) -> Iterator[LedgerRow]:
    cursor: object | None = None
    while True:
        rows, cursor = fetch(cursor, page)
        yield from rows
        if cursor is None:
            return


def csv_cells(row: LedgerRow, zone: str) -> list[str]:
    """Bare "2026-11-25 10:00" times (Excel reads them as dates), bare numbers (they sum),
    texts escaped so none runs as a formula."""
    cells: list[str] = []
    for column in COLUMNS:
        value = column.value(row)
        if value is None:
            cells.append("")
        elif column.type == "datetime":
            cells.append(value.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M"))
        elif column.type == "int":
            cells.append(str(value))
        elif column.type == "number":
            cells.append(f"{value:g}")
        else:
            cells.append(history_csv.escape_cell(str(value)))
    return cells


def write(path: Path, fmt: str, rows: Iterable[LedgerRow], zone: str, title: str) -> int:
    """Write the rows as ``fmt`` atomically (0600); how many rows it holds."""
    if fmt == "xlsx":
        columns = [Column(h, c.type, c.width) for h, c in zip(header(zone), COLUMNS, strict=True)]
        return write_xlsx(path, columns, ([c.value(r) for c in COLUMNS] for r in rows),
                          zone=zone, sheet_title=title)
    count = 0

    def body() -> Iterator[list[str]]:
        nonlocal count
        for row in rows:
            count += 1
            yield csv_cells(row, zone)

    history_csv.write(path, header(zone), body())
    return count


@dataclass(frozen=True)
class ExportDone:
    path: Path
    fmt: str
    rows: int
    error: BaseException | None = None


# (ledger opened on the worker's thread) -> the query's pages on that ledger
FetchOn = Callable[[LedgerFile], FetchPage]


class Exporter(QObject):
    """Runs one export at a time off the window's thread; ``finished(ExportDone)``."""

    finished = Signal(object)
    progressed = Signal(int)  # rows written so far, every PROGRESS_EVERY rows
    _done = Signal(object)
    _count = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._count.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(
        self, ledger_path: Path, fetch_on: FetchOn, target: Path, fmt: str, zone: str,
        title: str,
    ) -> None:
        if fmt not in FORMATS:
            raise ValueError(fmt)
        args = (ledger_path, fetch_on, target, fmt, zone, title)
        self._thread = threading.Thread(
            target=self._work, args=args, name="creditfuel-export", daemon=True
        )
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _work(
        self, ledger_path: Path, fetch_on: FetchOn, target: Path, fmt: str, zone: str,
        title: str,
    ) -> None:
        done: ExportDone
        try:
            ledger = ledger_files.open_ledger(ledger_path, create=False, make_folder=False)
            try:
                count = write(target, fmt, self._counted(all_rows(fetch_on(ledger))), zone,
                              title)
            finally:
                ledger.close()
            done = ExportDone(target, fmt, count)
        except Exception as exc:  # told in the window, never a dead thread
            done = ExportDone(target, fmt, 0, exc)
        self._done.emit(done)

    def _counted(self, rows: Iterable[LedgerRow]) -> Iterator[LedgerRow]:
        # A million rows take minutes in Excel's format: the window says how far it got.
        for count, row in enumerate(rows, 1):
            yield row
            if count % PROGRESS_EVERY == 0:
                self._count.emit(count)

    def _deliver(self, done: Any) -> None:
        self._thread = None
        self.finished.emit(done)


def suggested_name(now: datetime, zone: str, fmt: str) -> str:
    day = now.astimezone(ZoneInfo(zone)).date()
    return f"creditfuel-ledger-{day.isoformat()}.{fmt}"


__all__ = ["FORMATS", "PAGE_SIZE", "ExportDone", "Exporter", "all_rows", "header", "write"]
