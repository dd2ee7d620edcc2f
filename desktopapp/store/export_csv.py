"""The CSV export (spreadsheets) and the cell escaping its import undoes.

One row per event, UTF-8 with a BOM (Excel needs it to read Japanese), and cells of text
that a spreadsheet would run as a formula (starting with = + - @ tab CR) prefixed with
``'`` (OWASP); a text cell that itself starts with ``'`` gets one more, so the escaping
is undone exactly on import. Numbers are written bare so sums work.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import IO, Any
from zoneinfo import ZoneInfo

from desktopapp.domain.undo import cancelled_ids
from desktopapp.store.codec import from_ms
from desktopapp.store.export_json import event_rows, iso, rows, snapshot
from desktopapp.store.handle import Db

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "local_time",
    "id",
    "type",
    "at",
    "recorded_at",
    "device",
    "member",
    "account",
    "meter_id",
    "meter",
    "kind",
    "credits",
    "balance_after",
    "project",
    "outcome",
    "note",
    "size",
    "target_id",
    "expires_at",
    "undone",
)
CSV_NUMBERS = frozenset({"credits", "balance_after", "size"})


def escape_cell(text: str) -> str:
    """Stop a spreadsheet from running a cell as a formula; reversible by unescape_cell."""
    if text.startswith(FORMULA_START) or text.startswith("'"):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _cancelled_ids(db: Db) -> set[str]:
    """Ids an undo in force cancels, resolved by the one resolver (desktopapp.domain.undo):
    by instant, then in the order recorded, never by random id."""
    found = rows(db, "SELECT id, target_id FROM events WHERE type = 'undo' ORDER BY at_ms, seq")
    return cancelled_ids((r["id"], r["target_id"]) for r in found)


def csv_rows(db: Db, *, tz: str) -> Iterator[list[str]]:
    zone = ZoneInfo(tz)
    names = {r["id"]: r["name"] for r in rows(db, "SELECT id, name FROM meters")}
    cancelled = _cancelled_ids(db)
    yield list(CSV_COLUMNS)
    for r in event_rows(db):
        cells: dict[str, Any] = {
            "local_time": from_ms(r["at_ms"]).astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
            "at": iso(r["at_ms"]),
            "recorded_at": iso(r["recorded_ms"]),
            "expires_at": iso(r["expires_ms"]),
            "meter": names.get(r["meter_id"]) if r["meter_id"] else None,
            "undone": "yes" if r["id"] in cancelled else "",
        }
        for col in CSV_COLUMNS:
            if col not in cells:
                cells[col] = r.get(col)
        row = []
        for col in CSV_COLUMNS:
            value = cells[col]
            if value is None:
                row.append("")
            elif col in CSV_NUMBERS:
                row.append(repr(value) if isinstance(value, float) else str(value))
            else:
                row.append(escape_cell(str(value)))
        yield row


def export_csv(db: Db, out: IO[bytes], *, tz: str) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        with snapshot(db):
            for row in csv_rows(db, tz=tz):
                writer.writerow(row)
        text.flush()
    finally:
        text.detach()  # leave ``out`` open for the caller
