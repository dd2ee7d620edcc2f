"""Making a backup: a verified copy, compressed, renamed into place, then thinning.

Why these choices:
- Copies go through SQLite's online backup API, never a file copy: a copy of the live file
  can catch a half-checkpointed WAL and be silently corrupt.
- Every backup is written to a private temporary file, checked with ``integrity_check``,
  made durable (fsync) and only then renamed into place, so a listed backup is a good one.
- It is then stored compressed (``backup_gzip``) with its change marker in the header:
  full copies of a large ledger every day would fill the disk.
- ``copy_out`` is the same checked copy as one plain file where the user asks for it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from desktopapp.store import backup_gzip
from desktopapp.store.backup_folder import (
    BackupError,
    backups_dir,
    ensure_private_dir,
    fsync_dir,
    private_empty_file,
)
from desktopapp.store.backup_inspect import change_marker, open_existing
from desktopapp.store.backup_names import BackupInfo, free_name, parse
from desktopapp.store.backup_retention import thin
from desktopapp.store.backup_sweep import sweep_leftovers


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verified_copy(src_path: Path, dst_path: Path) -> None:
    """Online copy with the backup API into a new private file, verified and durable."""
    private_empty_file(dst_path)
    try:
        with open_existing(src_path) as src:
            dst = sqlite3.connect(str(dst_path), isolation_level=None)
            try:
                src.backup(dst)
                # A backup of a WAL database is itself in WAL mode; a standalone copy
                # should be one self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
                ok = dst.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            finally:
                dst.close()
        if not ok:
            raise BackupError("backup_unverified", path=str(src_path))
        _fsync_file(dst_path)
    except BaseException:
        with contextlib.suppress(OSError):
            dst_path.unlink()
        raise


def create_backup(
    db_path: Path, *, kind: str = "manual", now: datetime
) -> BackupInfo:
    """Copy the database into the backups folder, verified; thins old backups after."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError("backup_no_database", path=str(db_path))
    folder = backups_dir(db_path)
    ensure_private_dir(folder)
    final = free_name(folder, db_path.stem, now, kind)
    copy = folder / f".{final.stem}.db.tmp"  # the verified SQLite copy
    packed = folder / f".{final.name}.tmp"  # ... compressed
    sweep_leftovers(folder, now)
    try:
        verified_copy(db_path, copy)
        backup_gzip.compress(copy, packed, marker=change_marker(copy))
    except (sqlite3.DatabaseError, OSError) as exc:
        with contextlib.suppress(OSError):
            packed.unlink()
        raise BackupError("backup_failed", path=str(db_path), reason=str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            copy.unlink()
    os.replace(packed, final)
    fsync_dir(folder)
    info = parse(final, db_path.stem)
    assert info is not None
    _, capped = thin(db_path)  # never removes the newest, which this one is
    return replace(info, thinned_by_cap=tuple(capped)) if capped else info


def backup_before_migration(db_path: Path, from_version: int) -> Path:
    """Called by the store before it migrates an existing file; returns the copy's path.

    Raises ``BackupError`` when no verified copy could be made: the caller must then NOT
    migrate (a migration without a way back is the one risk we refuse to take). The copy
    is named after the file's last write: the state it keeps (and no clock is read here).
    """
    written = datetime.fromtimestamp(Path(db_path).stat().st_mtime, UTC)
    return create_backup(db_path, kind=f"premigrate-v{from_version}", now=written).path


def copy_out(db_path: Path, out: Path) -> Path:
    """A checked copy of the whole ledger as one plain SQLite file at ``out`` (0600).

    What a user copying the ledger by hand should use instead of the live ``.sqlite3``
    file: the SQLite backup API includes what still sits in the WAL, the copy passes
    ``integrity_check`` before it replaces ``out``, and the result opens anywhere
    (``creditfuel --db FILE status``)."""
    from desktopapp.store import paths

    db_path, out = Path(db_path), Path(out).expanduser()
    paths.check_output_file(out, not_regular="export_not_regular")
    if not out.parent.is_dir():
        raise BackupError("db_folder_missing", folder=str(out.parent), path=str(out))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open_existing(db_path) as source:
            dest = sqlite3.connect(str(tmp))
            try:
                dest.execute("PRAGMA synchronous = FULL")  # on disk before it is renamed
                source.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                ok = dest.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            finally:
                dest.close()
        if not ok:
            raise BackupError("backup_corrupt", path=str(db_path))
        os.chmod(tmp, 0o600)
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return out
