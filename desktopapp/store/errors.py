"""Store failures a user can act on, as problem codes (worded by desktopapp.i18n).

``storage_problem`` turns what SQLite or the operating system raised into the one code
that names the real cause (read-only, disk full, damaged, locked by another program), so
the CLI prints one plain line and the tray shows one plain dialog instead of a traceback.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from desktopapp.domain.problems import InvalidInput, Problem

# SQLite primary result codes (the low byte of an extended code).
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN = 10, 11, 13, 14
SQLITE_NOTADB = 26
# The codes a damaged file produces: the tray answers them with its restore offer.
DAMAGE_CODES = frozenset({"db_corrupt_now"})


class StoreError(InvalidInput):
    """The database file cannot be used as it is (not SQLite, made by a newer app...).

    A subclass of InvalidInput so the CLI and UI word it like any other bad input.
    """

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(Problem(code, dict(params)))
        self.code = code


def _code_of(exc: BaseException) -> str | None:
    """The problem code for an exception SQLite or the OS raised; None if not storage."""
    if isinstance(exc, sqlite3.Error):
        primary = int(getattr(exc, "sqlite_errorcode", -1) or -1) & 0xFF
        words = str(exc).lower()
        if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in words or "busy" in words:
            return "db_busy"
        if primary == SQLITE_READONLY or "readonly" in words or "read-only" in words:
            return "db_read_only"
        if primary == SQLITE_FULL or "disk is full" in words:
            return "db_disk_full"
        if primary in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in words:
            return "db_corrupt_now"
        if "not a database" in words:
            return "db_corrupt_now"
        if primary in (SQLITE_IOERR, SQLITE_CANTOPEN) or "unable to open" in words:
            return "db_unreadable"
        return None
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return "db_disk_full"
        if exc.errno == errno.EROFS:
            return "db_read_only"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return "db_read_only"
        if exc.errno == errno.EIO:
            return "db_unreadable"
    return None


NO_ROOM_BYTES = 1 << 20


def no_room(path: Path | str | None) -> bool:
    """True when the ledger's folder has (almost) no free space left, or a file-size
    limit (quota, ``ulimit -f``) stops the file growing: SQLite reports either as a
    plain I/O error, which must not be worded as "cannot be read"."""
    if path is None:
        return False
    import shutil  # here, on a storage fault: shutil (bz2, lzma) is not needed to open

    folder = Path(path).parent
    try:
        if shutil.disk_usage(folder).free < NO_ROOM_BYTES:
            return True
    except OSError:
        return False
    try:
        import resource  # Unix only
    except ImportError:
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    if soft == resource.RLIM_INFINITY:
        return False
    try:
        size = max(os.stat(path).st_size, os.stat(f"{path}-wal").st_size)
    except OSError:
        size = 0
    return size + NO_ROOM_BYTES >= soft


def _writable(path: Path) -> bool:
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def storage_problem(exc: BaseException, path: Path | str | None) -> Problem | None:
    """One problem naming the cause of a storage fault, or None for any other error."""
    code = _code_of(exc)
    if code is None:
        return None
    if code == "db_unreadable" and no_room(path):
        code = "db_disk_full"
    elif code == "db_unreadable" and path is not None and not _writable(Path(path)):
        code = "db_read_only"  # e.g. a WAL ledger in a read-only folder cannot even open
    return Problem(code, {"path": str(path) if path is not None else ""})


def is_damage(exc: BaseException) -> bool:
    """True when the file itself is damaged (malformed page, not a database any more)."""
    return _code_of(exc) in DAMAGE_CODES


def as_store_error(exc: BaseException, path: Path | str | None) -> StoreError | None:
    found = storage_problem(exc, path)
    if found is None:
        return None
    return StoreError(found.code, **found.params)
