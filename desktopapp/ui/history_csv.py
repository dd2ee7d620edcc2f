"""The fuel history's CSV export: the spends of the period shown, one row each.

UTF-8 with a BOM, because Excel in Japan reads a BOM-less file as Shift-JIS and turns
Japanese project names into mojibake. A text cell a spreadsheet would run as a formula
(starting with = + - @ tab or CR) gets a leading apostrophe (OWASP's advice for CSV
injection): a client name like "=HYPERLINK(...)" must stay text. Numbers are written
bare so the user can sum them.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from desktopapp.domain.costing import Price, money
from desktopapp.domain.events import Spend

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def escape_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def rows(
    spends: Sequence[Spend],
    *,
    tz: str,
    kind_label: Callable[[str], str],
    outcome_label: Callable[[str], str],
    price: Price | None = None,
) -> list[list[str]]:
    zone = ZoneInfo(tz)
    out: list[list[str]] = []
    for s in spends:
        local = s.origin.at.astimezone(zone)
        row = [
            local.strftime("%Y-%m-%d %H:%M"),
            escape_cell(kind_label(s.kind)),
            "" if s.size is None else f"{s.size:g}",
            str(s.credits),
            escape_cell(outcome_label(s.outcome)),
            escape_cell(s.project or ""),
            escape_cell(s.note or ""),
        ]
        if price is not None:
            row.append(f"{money(s.credits, price):g}")
        out.append(row)
    return out


def write(path: Path, header: Sequence[str], body: Iterable[Sequence[str]]) -> Path:
    """Write atomically (a temporary file renamed over the target): Excel may hold the
    old file open, and a half-written export must never replace a good one."""
    tmp = path.with_name(path.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # a leftover, or a planted symlink (the link goes, never its target)
    # Private from the first byte (it holds projects and notes) and never through a link.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(tmp, flags, 0o600), "w", encoding="utf-8", newline="") as f:
        f.write(BOM)
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow([escape_cell(h) for h in header])
        writer.writerows(body)
    os.replace(tmp, path)
    return path
