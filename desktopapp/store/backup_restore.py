"""Finding a backup and restoring it: verified first, the current data kept, one step.

A restore first copies the current file aside (kind ``prerestore``), then writes the
backup into the live database with the backup API in ONE step: other connections (a
running tray) see either the old or the restored database, never a mix, and the WAL
stays consistent (renaming a file under an open WAL would not be). A damaged (cut, bad
CRC, fails ``integrity_check``), foreign or newer-version file is refused before
anything is touched.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktopapp.store import backup_gzip, connection
from desktopapp.store.backup_create import backup_before_migration, create_backup, verified_copy
from desktopapp.store.backup_folder import BackupError, fsync_dir
from desktopapp.store.backup_inspect import check, open_existing
from desktopapp.store.backup_names import BackupInfo, list_backups
from desktopapp.store.paths import move_aside


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the pre-restore backup of what was there (None: no file)
    moved_aside: Path | None = None  # the current file was unreadable and moved aside
    # backups the size cap removed to make room for the safety copy (tell the user; it
    # can be the one restored from: its data is in the ledger by then)
    removed: list[Path] = field(default_factory=list)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that SQLite still reads as sound (checked now, not trusted)."""
    for info in list_backups(db_path):
        if check(info.path, quick=True):
            return info
    return None


def find_backup(db_path: Path, ref: str | None) -> Path:
    """A backup by id (``20261125T090000Z``), by file name, or any SQLite file path.

    Without ``ref``: the newest good backup.
    """
    if ref is None or ref == "":
        newest = newest_good_backup(db_path)
        if newest is None:
            raise BackupError("backup_none")
        return newest.path
    for info in list_backups(db_path):
        if ref in (info.id, info.path.name):
            return info.path
    try:
        candidate = Path(ref).expanduser()
        if candidate.is_file():
            return candidate
    except (OSError, ValueError):  # a NUL byte, a name too long for the file system
        pass
    raise BackupError("backup_not_found", path=ref)


def restore(db_path: Path, source: Path, *, now: datetime) -> RestoreResult:
    """Replace the database's content with ``source``'s, keeping a copy of the current one.

    Order: verify the source; copy the current file to a ``prerestore`` backup (or, if it
    cannot be read, move it aside as ``.corrupt-<time>``; nothing is deleted); then write
    the source into the live file in one backup-API step.
    """
    db_path, source = Path(db_path), Path(source)
    try:
        with backup_gzip.plain(source) as readable:
            return _restore_from(db_path, source, readable, now)
    except OSError as exc:  # cut short, bad CRC, no room to decompress
        raise BackupError("backup_corrupt", path=str(source)) from exc


def _restore_from(db_path: Path, source: Path, readable: Path, now: datetime) -> RestoreResult:
    if not check(readable):
        raise BackupError("backup_corrupt", path=str(source))
    _refuse_foreign(readable)
    _refuse_newer(readable)
    stamp = now
    safety: Path | None = None
    moved: Path | None = None
    removed: list[Path] = []
    if db_path.exists():
        try:
            made = create_backup(db_path, kind="prerestore", now=stamp)
            safety, removed = made.path, list(made.thinned_by_cap)
        except BackupError:
            moved = move_aside(db_path, now=stamp)
    if db_path.exists():
        _restore_into_live(readable, db_path)
    else:
        _restore_into_new(readable, db_path)
    _bring_up_to_date(db_path)
    return RestoreResult(
        restored_from=source, safety_copy=safety, moved_aside=moved, removed=removed
    )


def _bring_up_to_date(db_path: Path) -> None:
    """Migrate a restored older file at once, so a tray that keeps its connection open
    never reads an old schema (the migration makes its own pre-migration backup)."""
    connection.connect(db_path, before_migration=backup_before_migration).close()


def _restore_into_live(source: Path, db_path: Path) -> None:
    with open_existing(source) as src, open_existing(db_path, read_only=False) as dst:
        # pages=-1: the whole copy in one step, so it is one write transaction.
        src.backup(dst, pages=-1)
        if dst.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise BackupError("backup_failed", path=str(db_path), reason="quick_check")


def _restore_into_new(source: Path, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    verified_copy(source, tmp)
    os.replace(tmp, db_path)
    fsync_dir(db_path.parent)


def _refuse_foreign(source: Path) -> None:
    """Any SQLite file is not a ledger: restoring one would replace the ledger with it."""
    with open_existing(source) as conn:
        found = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'events'"
        ).fetchone()[0]
    if not found:
        raise BackupError("backup_not_creditfuel", path=str(source))


def _refuse_newer(source: Path) -> None:
    """A backup written by a newer app version would be damaged by this one."""
    try:
        from desktopapp.store.version import SCHEMA_VERSION
    except ImportError:  # the store's schema has not landed yet
        return
    with open_existing(source) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise BackupError("db_newer", path=str(source), version=str(version))
