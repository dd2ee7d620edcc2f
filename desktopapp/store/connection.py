"""Opening the database file: permissions, pragmas, refusal of foreign files, migrations.

One connection per LedgerFile. ``transaction`` wraps every user action in one
``BEGIN IMMEDIATE`` so two processes (tray + CLI) never interleave half an action:
the second one waits up to ``busy_timeout`` for the first.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktopapp.store.errors import StoreError
from desktopapp.store.handle import Db
from desktopapp.store.version import SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
# Busy past busy_timeout, or a read-only file: callers outside the store catch this.
OperationalError = sqlite3.OperationalError
BUSY_TIMEOUT_MS = 5000
APP_DIR_NAME = "CreditFuel"
DB_FILE_NAME = "creditfuel.sqlite3"


def default_path() -> Path:
    """CREDITFUEL_DB if set, else the per-user data folder (never the working folder)."""
    env = os.environ.get("CREDITFUEL_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / DB_FILE_NAME


def _prepare_file(path: Path) -> bool:
    """Make the folder (0700) and an empty file (0600) if missing; True if it is new.

    The ledger says what a team spends and on which client: private by default.
    """
    folder = path.parent
    if not folder.exists():
        os.makedirs(folder, mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)  # makedirs' mode is masked by the umask
    if path.is_dir():
        raise StoreError("db_not_sqlite", path=str(path))
    if path.exists():
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
        if head and head != SQLITE_HEADER:
            raise StoreError("db_not_sqlite", path=str(path))
        return not head
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    except FileExistsError:  # another process won the race; it made the same file
        pass
    return True


def connect(path: Path) -> Db:
    """Open (creating or migrating) the database at ``path``; StoreError if unusable."""
    path = Path(path).expanduser()
    try:
        _prepare_file(path)
    except PermissionError as exc:
        raise StoreError("db_unreadable", path=str(path)) from exc
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError("db_unreadable", path=str(path)) from exc
    db = Db(conn)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Every step bumps user_version and versions count steps, so a current version
        # with no extra step recorded means nothing to do: the common launch skips the
        # migration machinery (and its imports).
        if version != SCHEMA_VERSION or _steps_recorded(db) != SCHEMA_VERSION:
            _refuse_newer(db, version, path)
            _migrate(db, version, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise StoreError("db_not_sqlite", path=str(path)) from exc
        raise
    except BaseException:
        conn.close()
        raise
    return db


def _steps_recorded(db: Db) -> int:
    try:
        row = db.execute(
            "SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set = 'creditfuel'"
        ).fetchone()
    except sqlite3.OperationalError:  # no such table: a new or foreign file
        return 0
    return int(row[0])


def _refuse_newer(db: Db, version: int, path: Path) -> None:
    from desktopapp.store.schema import STEP_NAMES, migrations

    applied = {m.name for m in migrations.applied(db.sqlite_utils())}
    if version > SCHEMA_VERSION or applied - set(STEP_NAMES):
        raise StoreError("db_newer", path=str(path), version=str(version))


def _migrate(db: Db, version: int, path: Path) -> None:
    from desktopapp.store.schema import migrations

    if not migrations.pending(db.sqlite_utils()):
        return
    if version > 0:
        _backup_before_migration(db, path, version)
    with transaction(db):
        # Re-read inside the lock: another process may have migrated meanwhile.
        migrations.apply(db.sqlite_utils())
        # Every step is applied now, whatever order an old or restored file had them in.
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _backup_before_migration(db: Db, path: Path, version: int) -> None:
    """A verified copy first: a migration without a way back is a risk we refuse."""
    try:
        backups: Any = importlib.import_module("desktopapp.store.backup")
    except ImportError:  # the backups module is optional in this layer
        copy_database(db, path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}.bak"))
        return
    try:
        backups.backup_before_migration(path, version)
    except backups.BackupError as exc:
        raise StoreError("db_backup_failed", path=str(path)) from exc


def copy_database(db: Db, target: Path) -> Path:
    """A consistent copy of the database (SQLite online backup), mode 0600."""
    tmp = target.with_name(target.name + ".tmp")
    dest = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    os.chmod(tmp, 0o600)
    shutil.move(str(tmp), str(target))
    return target


@contextmanager
def transaction(db: Db) -> Iterator[Db]:
    """One user action = one ``BEGIN IMMEDIATE`` transaction; nested calls join it."""
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def applied_migrations(db: Db) -> list[str]:
    from desktopapp.store.schema import migrations

    return [m.name for m in migrations.applied(db.sqlite_utils())]


__all__ = [
    "SCHEMA_VERSION",
    "applied_migrations",
    "connect",
    "copy_database",
    "default_path",
    "transaction",
]
