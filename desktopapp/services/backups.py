"""Backups and restore for both faces (Settings > Data and ``creditfuel backup``).

These work on the database's path, not an open LedgerFile: listing and restoring must
work even when the ledger cannot be opened. A restore keeps the current data first as a
"prerestore" backup and refuses a damaged, foreign or newer-version file before touching
anything; whoever holds a LedgerFile on that path reopens it afterwards.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktopapp.store import backup
from desktopapp.store.backup import BackupInfo, RestoreResult
from desktopapp.store.integrity import IntegrityResult

__all__ = [
    "BackupInfo",
    "IntegrityResult",
    "RestoreResult",
    "create",
    "find",
    "folder",
    "listing",
    "restore",
    "safety_copy_id",
    "thinned_notice",
]


def listing(db_path: Path) -> list[BackupInfo]:
    """This ledger's backups, newest first."""
    return backup.list_backups(db_path)


def folder(db_path: Path) -> Path:
    return backup.backups_dir(db_path)


def create(db_path: Path, now: datetime, kind: str = "manual") -> BackupInfo:
    """A verified copy ("manual": thinning never removes the newest)."""
    return backup.create_backup(db_path, kind=kind, now=now)


def copy_out(db_path: Path, out: Path) -> Path:
    """The whole ledger, checked, as one plain file at ``out`` (to move or keep)."""
    return backup.copy_out(db_path, out)


def find(db_path: Path, ref: str | None) -> Path:
    """A backup by id or path; the newest good one when ``ref`` is None."""
    return backup.find_backup(db_path, ref)


def restore(db_path: Path, source: Path, now: datetime) -> RestoreResult:
    return backup.restore(db_path, source, now=now)


def safety_copy_id(result: RestoreResult) -> str | None:
    """The id of the "prerestore" copy (what ``backup restore ID`` takes to go back)."""
    if result.safety_copy is None:
        return None
    return result.safety_copy.name.split(".")[-3]


def thinned_notice(db_path: Path, info: BackupInfo, lang: str, zone: str) -> str | None:
    """What to tell the user when making ``info`` made the size cap (3 times the data
    file) remove older backups: how many, the cap, the oldest's day in ``zone``."""
    from zoneinfo import ZoneInfo

    from desktopapp.i18n import text

    found = backup.thinned_summary(db_path, info)
    if found is None:
        return None
    count, limit, oldest = found
    day = oldest.astimezone(ZoneInfo(zone)).date().isoformat()
    mb = limit / 1e6
    return text("text.backup.thinned", lang, count=count, oldest=day,
                limit=f"{mb:,.1f} MB" if mb < 10 else f"{mb:,.0f} MB")
