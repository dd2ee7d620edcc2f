"""An Excel workbook (.xlsx) of a table: real number and date cells, text kept as text.

These users live in Excel, and a CSV loses what a cell *is*: Excel turns a client code
like ``0123`` into the number 123 and a date into whatever the PC's locale guesses. Here
every cell says its type: numbers are numbers (they sum), instants are Excel datetimes
in the user's zone (Excel has no zones; the header names it), everything else is a text
cell, whatever it looks like. A text starting with = + - @ is stored as a string, never
as a formula, so a project named "=HYPERLINK(...)" cannot run anything.

openpyxl is imported only when a workbook is written: the tray never pays for it. The
file is streamed (write-only workbook: memory flat at any row count) into a private
temporary file (0600) next to the target and renamed over it, so a half-written export
never replaces a good one and Excel holding the old file open is told plainly.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo

ColumnType = Literal["text", "int", "number", "datetime"]
Cell = str | int | float | datetime | None

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd hh:mm"
INT_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.##"
TEXT_FORMAT = "@"  # Excel's "Text": a cell the user retypes stays text too
# XML 1.0 cannot hold these; openpyxl refuses them rather than writing a broken file.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_CELL_TEXT = 32_767  # Excel's limit per cell


@dataclass(frozen=True)
class Column:
    title: str
    type: ColumnType = "text"
    width: float = 14


def _text(value: object) -> str:
    return _ILLEGAL.sub("\ufffd", str(value))[:MAX_CELL_TEXT]


def local_naive(at: datetime, zone: str) -> datetime:
    """The instant as the wall clock in ``zone`` shows it, without tzinfo (Excel's kind),
    to the second (Excel's display precision)."""
    return at.astimezone(ZoneInfo(zone)).replace(tzinfo=None, microsecond=0)


def write_xlsx(
    path: Path,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    *,
    zone: str,
    sheet_title: str = "CreditFuel",
) -> int:
    """Write the table to ``path`` atomically (0600); returns how many rows it holds.

    ``rows`` may be a generator: it is consumed once, a row at a time. Aware datetimes
    are shown in ``zone``; naive ones are taken as already local. OSError when the disk
    (or Excel's lock on the target) says no; the target is then left as it was."""
    from openpyxl import Workbook

    target = Path(path)
    # The private file first: a folder that is gone or read-only fails before any work.
    tmp, fd = _private_tmp(target)
    try:
        with os.fdopen(fd, "wb") as sink:
            book = Workbook(write_only=True)
            sheet = book.create_sheet(_text(sheet_title)[:31] or "CreditFuel")
            try:
                count = _fill(sheet, columns, rows, zone)
            except BaseException:
                with contextlib.suppress(Exception):
                    sheet.close()  # ends openpyxl's own temporary part cleanly
                raise
            book.save(sink)
            sink.flush()
            os.fsync(sink.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def _fill(sheet: Any, columns: Sequence[Column], rows: Iterable[Sequence[Cell]], zone: str) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for index, column in enumerate(columns):
        sheet.column_dimensions[get_column_letter(index + 1)].width = column.width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=_text(column.title))
        cell.data_type = "s"
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, column, value, zone, WriteOnlyCell, Alignment)
                      for column, value in zip(columns, row, strict=True)])
        count += 1
    return count


def _cell(sheet: Any, column: Column, value: Cell, zone: str, make: Any, align: Any) -> Any:
    if value is None or value == "":
        return make(sheet, value=None)
    if column.type == "datetime" and isinstance(value, datetime):
        local = local_naive(value, zone) if value.tzinfo is not None else value
        cell = make(sheet, value=local)
        cell.number_format = DATE_FORMAT
        return cell
    if column.type in ("int", "number") and isinstance(value, int | float) and not isinstance(
        value, bool
    ):
        cell = make(sheet, value=value)
        cell.number_format = INT_FORMAT if column.type == "int" else NUMBER_FORMAT
        return cell
    text = _text(value)
    cell = make(sheet, value=text)
    # Whatever openpyxl guessed from the text (a leading "=" reads as a formula to it),
    # the cell is a string: written as an inline string, never evaluated.
    cell.data_type = "s"
    cell.number_format = TEXT_FORMAT
    if text.startswith(FORMULA_START):
        # Excel's own "this is text" mark, so retyping the cell does not run it either.
        cell.alignment = align(horizontal="left")
        cell.quotePrefix = True
    return cell


def _private_tmp(target: Path) -> tuple[Path, int]:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # a leftover, or a planted symlink (the link goes, never its target)
    # Private from the first byte (it holds projects and notes) and never through a link.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    return tmp, os.open(tmp, flags | getattr(os, "O_BINARY", 0), 0o600)
