"""Backups of the database file: what the app, the CLI and the store call, and the daily
backup's rule (one a UTC day, only when something changed).

The work is done in one module per job, whose public names this module is the face of:
- ``backup_create``: a verified copy (SQLite's backup API, ``integrity_check``, fsync,
  rename), stored compressed (``backup_gzip``); ``copy_out`` to a file of the user's;
- ``backup_retention``: 7 daily, 4 weekly, 12 monthly, a few safety copies, and all of
  them within ``MAX_TOTAL_FACTOR`` times the database (oldest first; the caller is told
  in ``BackupInfo.thinned_by_cap``);
- ``backup_restore``: finding a backup and restoring it, verified, the current data kept
  as a ``prerestore`` backup first;
- ``backup_inspect``: soundness check, content digest, change marker;
- ``backup_names`` / ``backup_folder``: names, listing, the private folder;
- ``backup_sweep``: what killed backups left.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktopapp.store.backup_create import backup_before_migration, copy_out, create_backup
from desktopapp.store.backup_folder import BackupError, backups_dir
from desktopapp.store.backup_inspect import change_marker, check, content_digest
from desktopapp.store.backup_names import BackupInfo, list_backups
from desktopapp.store.backup_restore import (
    RestoreResult,
    find_backup,
    newest_good_backup,
    restore,
)
from desktopapp.store.backup_retention import thin_backups

__all__ = [
    "BackupError",
    "BackupInfo",
    "RestoreResult",
    "backup_before_migration",
    "backups_dir",
    "change_marker",
    "changed_since_last_backup",
    "check",
    "content_digest",
    "copy_out",
    "create_backup",
    "daily_backup_if_due",
    "find_backup",
    "list_backups",
    "newest_good_backup",
    "restore",
    "thin_backups",
]


def changed_since_last_backup(db_path: Path) -> bool:
    newest = next(iter(list_backups(db_path)), None)
    if newest is None:
        return True
    try:
        return change_marker(db_path) != change_marker(newest.path)
    except (sqlite3.DatabaseError, BackupError):
        return True


def daily_backup_if_due(db_path: Path, *, now: datetime) -> BackupInfo | None:
    """One backup per UTC day, and only when something changed since the newest one.

    The app calls this at start-up and after midnight; it is cheap when nothing is due.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        return None
    today = now.astimezone(UTC).date()
    done_today = (
        b.created.date() == today and b.kind in ("daily", "manual") for b in list_backups(db_path)
    )
    if any(done_today):
        return None
    if not changed_since_last_backup(db_path):
        return None
    return create_backup(db_path, kind="daily", now=now)


def thinned_summary(db_path: Path, info: BackupInfo) -> tuple[int, int, datetime] | None:
    """For telling the user what the size cap removed while ``info`` was made: (how
    many backups, the cap in bytes, when the oldest of them was made); None: nothing."""
    from desktopapp.store.backup_names import made_at
    from desktopapp.store.backup_retention import MAX_TOTAL_FACTOR, database_size

    if not info.thinned_by_cap:
        return None
    made = [at for p in info.thinned_by_cap if (at := made_at(p)) is not None]
    size = database_size(db_path) or 0
    oldest = min(made) if made else info.created
    return len(info.thinned_by_cap), int(size * MAX_TOTAL_FACTOR), oldest
