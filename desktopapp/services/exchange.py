"""Export and import, the same for Settings > Data and ``creditfuel export|import``.

The CSV's ``local_time`` column is in the user's zone (``preferences.user_zone``), like
every time the faces show; the JSON is exact instants with offsets. An import is checked
whole before anything is written, then a "preimport" backup is the way back (an import
cannot be undone log by log); that copy is dropped again when the import added nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.services import preferences
from desktopapp.services.backups import BackupInfo
from desktopapp.store import backup, exchange, queries
from desktopapp.store.exchange import ImportResult, ImportSource
from desktopapp.store.ledger_file import LedgerFile

__all__ = [
    "FORMATS",
    "ImportOutcome",
    "ImportResult",
    "event_count",
    "export_stream",
    "export_to_file",
    "import_document",
    "read_import",
]

FORMATS = ("json", "csv")


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise InvalidInput(Problem("bad_choice", {"value": fmt, "choices": ", ".join(FORMATS)}))


def event_count(ledger: LedgerFile) -> int:
    """Every event the export holds (undos included: the export is lossless)."""
    return queries.event_count(ledger.db)


def export_stream(ledger: LedgerFile, now: datetime, sink: IO[bytes], fmt: str) -> None:
    """The whole ledger as JSON or CSV (UTF-8; the CSV with a BOM for Excel)."""
    _check_format(fmt)
    if fmt == "json":
        exchange.export_json(ledger.db, sink, now=now)
    else:
        exchange.export_csv(ledger.db, sink, tz=preferences.user_zone(ledger))


def export_to_file(ledger: LedgerFile, now: datetime, target: Path, fmt: str) -> int:
    """Write the whole ledger to ``target`` (never half-written); returns how many events
    it holds. InvalidInput("export_unwritable") when the disk says no."""
    _check_format(fmt)
    try:
        exchange.export_to_file(
            ledger.db, target, fmt=fmt, now=now, tz=preferences.user_zone(ledger)
        )
    except (OSError, ValueError) as exc:  # no such folder, read-only, NUL in the name
        raise InvalidInput(Problem("export_unwritable", {"path": str(target)})) from exc
    return event_count(ledger)


def default_export_name(ledger: LedgerFile, now: datetime, fmt: str) -> str:
    """creditfuel-2026-11-25.json, dated in the user's own zone."""
    day = now.astimezone(preferences.zone_info(ledger)).date()
    return f"creditfuel-{day.isoformat()}.{fmt}"


@dataclass(frozen=True)
class ImportOutcome:
    result: ImportResult
    safety: BackupInfo | None  # the "preimport" backup, kept only when the import wrote


def read_import(source: Path) -> ImportSource:
    """The file's head, checked before the ledger is touched (InvalidInput if it is not
    an export: missing, unreadable, not UTF-8, not ours); its events stream in when
    ``import_document`` writes them."""
    return exchange.read_import_file(Path(source))


def import_document(
    ledger: LedgerFile, now: datetime, doc: Mapping[str, Any]
) -> ImportOutcome:
    """Merge a checked export into the ledger: all of it or, on any problem, none."""
    safety = backup.create_backup(ledger.path, kind="preimport", now=now)
    try:
        result = exchange.import_document(ledger.db, doc)
    except BaseException:
        safety.path.unlink(missing_ok=True)
        raise
    if not result.changed:
        safety.path.unlink(missing_ok=True)
        return ImportOutcome(result, None)
    return ImportOutcome(result, safety)


def import_file(ledger: LedgerFile, now: datetime, source: Path) -> ImportOutcome:
    return import_document(ledger, now, read_import(source))
