"""Reading a CSV export (the spreadsheet one) as import records, one row at a time.

A CSV row names its meter (``meter``) beside the id: an event for a meter this file has
no record of is attached to the live meter of that name here, if there is one.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from typing import IO, Any

from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.store.export_csv import CSV_COLUMNS, unescape_cell

Record = tuple[Any, str | None]  # (event record, the meter's name a CSV row carries)


def _fail(code: str, **params: str) -> InvalidInput:
    return InvalidInput(Problem(code, dict(params)))


def is_csv_header(text: str) -> bool:
    first_line = text.split("\n", 1)[0].strip().strip("\r")
    return first_line.split(",")[:3] == list(CSV_COLUMNS[:3])


def csv_records(text: IO[str]) -> Iterator[Record]:
    reader = csv.DictReader(text)
    try:
        for row in reader:
            if None in row or any(value is None for value in row.values()):
                # a row with missing/extra cells
                raise _fail("import_bad_csv", line=str(reader.line_num))
            yield _csv_event(row), unescape_cell(row.get("meter") or "") or None
    except csv.Error as exc:  # a cell longer than csv.field_size_limit, a stray quote
        raise _fail("import_bad_csv", line=str(reader.line_num)) from exc


def _csv_number(text: str) -> Any:
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text  # validation reports the field


def _csv_event(row: Mapping[str, str]) -> dict[str, Any]:
    def text(col: str) -> str | None:
        value = row.get(col) or ""
        return unescape_cell(value) if value != "" else None

    rec: dict[str, Any] = {
        "id": text("id"),
        "type": text("type"),
        "at": text("at"),
        "recorded_at": text("recorded_at"),
        "device": text("device") or "",
        "member": text("member") or "",
        "note": text("note"),
    }
    t = rec["type"]
    credits = _csv_number(row.get("credits", ""))
    if t == "spend":
        rec.update(
            account=text("account"),
            meter_id=text("meter_id"),
            kind=text("kind"),
            credits=credits,
            balance_after=_csv_number(row.get("balance_after", "")),
            project=text("project"),
            outcome=text("outcome"),
            size=_csv_number(row.get("size", "")),
        )
    elif t == "observation":
        rec.update(meter_id=text("meter_id"), balance=_csv_number(row.get("balance_after", "")))
    elif t == "pack":
        rec.update(account=text("account"), credits=credits, expires_at=text("expires_at"))
    elif t == "correction":
        rec.update(meter_id=text("meter_id"), delta=credits)
    else:
        rec = {k: rec[k] for k in ("id", "type", "at", "recorded_at", "device", "member")}
        rec["target_id"] = text("target_id")
    return rec
