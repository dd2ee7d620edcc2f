"""The ledger window's exports: what it shows (the current filters), every row of it,
as CSV (the history's CSV path: BOM, formula-safe) or as an Excel workbook.

Every matching row goes in, not only the pages the table has loaded, so a big export
reads and writes on a worker thread with its own connection to the ledger file (SQLite
connections belong to their thread; WAL lets it read while the window writes), a page
at a time: the window stays responsive and memory stays flat. The result comes back to
the window's thread as one signal; a bug (not a disk or file problem) also reaches the
app's error hook there. Quitting mid-way stops the export before its end: the
temporary file goes and the target is left as it was (``Exporter.stop``).
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import health
from desktopapp.services import ledger as ledger_files
from desktopapp.services.ledger import LedgerFile
from desktopapp.services.xlsx_export import Column, write_xlsx
from desktopapp.ui import history_csv
from desktopapp.ui.ledger_model import COLUMNS, PAGE_SIZE, FetchPage, LedgerColumn, LedgerRow

FORMATS = ("csv", "xlsx")
EXPORT_PAGE = 5_000  # rows read per query while exporting (memory stays flat)
PROGRESS_EVERY = 10_000
STOP_WAIT_S = 3.0  # quitting waits this long for the export to clean up


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

    try:
        history_csv.write(path, header(zone), body())
    except BaseException:
        # history_csv writes "<name>.part" and renames it: a failed or cancelled export
        # leaves no half file behind, the target stays as it was.
        with contextlib.suppress(OSError):
            path.with_name(path.name + ".part").unlink()
        raise
    return count


@dataclass(frozen=True)
class ExportDone:
    path: Path
    fmt: str
    rows: int
    error: BaseException | None = None
    unexpected: bool = False  # a bug: the error hook has it too


class Cancelled(Exception):
    """The app is quitting: the export stops where it is."""


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
        self._cancel = threading.Event()
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._count.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(
        self, ledger_path: Path, fetch_on: FetchOn, target: Path, fmt: str, zone: str,
        title: str,
    ) -> None:
        if fmt not in FORMATS:
            raise ValueError(fmt)
        args = (ledger_path, fetch_on, target, fmt, zone, title)
        self._cancel = threading.Event()
        self._thread = threading.Thread(
            target=self._work, args=args, name="creditfuel-export", daemon=True
        )
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def stop(self, timeout: float = STOP_WAIT_S) -> None:
        """Quitting: stop at the next row; the writer removes its temporary file."""
        self._cancel.set()
        self.wait(timeout)

    def _work(
        self, ledger_path: Path, fetch_on: FetchOn, target: Path, fmt: str, zone: str,
        title: str,
    ) -> None:
        done: ExportDone
        cancel = self._cancel
        try:
            ledger = ledger_files.open_ledger(ledger_path, create=False, make_folder=False)
            try:
                rows = self._counted(all_rows(fetch_on(ledger)), cancel)
                count = write(target, fmt, rows, zone, title)
            finally:
                ledger.close()
            done = ExportDone(target, fmt, count)
        except Cancelled:
            return  # quitting: nobody to tell
        except (InvalidInput, OSError) as exc:  # told in the window
            done = ExportDone(target, fmt, 0, exc)
        except sqlite3.Error as exc:  # read-only, damaged, busy: named like a write's
            fault = health.storage_problem(exc, ledger_path)
            error = InvalidInput(fault) if fault is not None else exc
            done = ExportDone(target, fmt, 0, error, unexpected=fault is None)
        except Exception as exc:  # a bug: told in the window and the hook, never a dead thread
            done = ExportDone(target, fmt, 0, exc, unexpected=True)
        with contextlib.suppress(RuntimeError):  # the window was deleted meanwhile
            self._done.emit(done)

    def _counted(
        self, rows: Iterable[LedgerRow], cancel: threading.Event
    ) -> Iterator[LedgerRow]:
        # A million rows take minutes in Excel's format: the window says how far it got.
        for count, row in enumerate(rows, 1):
            if cancel.is_set():
                raise Cancelled
            yield row
            if count % PROGRESS_EVERY == 0:
                with contextlib.suppress(RuntimeError):
                    self._count.emit(count)

    def _deliver(self, done: Any) -> None:
        self._thread = None
        self.finished.emit(done)
        error = done.error
        if done.unexpected and error is not None:
            sys.excepthook(type(error), error, error.__traceback__)


def suggested_name(now: datetime, zone: str, fmt: str) -> str:
    day = now.astimezone(ZoneInfo(zone)).date()
    return f"creditfuel-ledger-{day.isoformat()}.{fmt}"


__all__ = ["FORMATS", "PAGE_SIZE", "ExportDone", "Exporter", "all_rows", "header", "write"]
