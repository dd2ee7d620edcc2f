"""Opening the database file: permissions, pragmas, refusal of foreign files, migrations.

One connection per LedgerFile. ``transaction`` wraps every user action in one
``BEGIN IMMEDIATE`` so two processes (tray + CLI) never interleave half an action:
the second one waits up to ``busy_timeout`` for the first.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktopapp.domain.problems import InvalidInput
from desktopapp.store.errors import StoreError, as_store_error
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


def check_regular(path: Path, *, missing_ok: bool = True) -> bool:
    """StoreError unless ``path`` is a regular file (or absent, when ``missing_ok``);
    True if it exists. Checked before any open: a FIFO would hang the reader forever, a
    device or folder is never a ledger."""
    try:
        st = os.stat(path)  # follows a symlink: what it points at must be a file
    except FileNotFoundError:
        if missing_ok:
            return False
        raise StoreError("db_missing", path=str(path)) from None
    except (NotADirectoryError, ValueError) as exc:
        raise StoreError("db_not_regular", path=str(path)) from exc
    except OSError as exc:  # a symlink loop, a name too long, a folder we may not enter
        raise StoreError("db_unreadable", path=str(path)) from exc
    if not stat.S_ISREG(st.st_mode):
        raise StoreError("db_not_regular", path=str(path))
    return True


def _read_head(path: Path) -> bytes:
    # O_NONBLOCK: if the file was swapped for a FIFO since the check, we do not hang.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise StoreError("db_not_regular", path=str(path))
        return os.read(fd, len(SQLITE_HEADER))
    finally:
        os.close(fd)


def _create_private(path: Path) -> None:
    """A new empty file, mode 0600 whatever the umask or the path (a dangling symlink
    is created at its target, still 0600, never through a second link)."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except FileExistsError:  # another process won the race; it made the same file
        return
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _prepare_file(path: Path, *, create: bool = True, make_folder: bool = True) -> bool:
    """Make the folder (0700) and an empty file (0600) if missing; True if it is new.

    The ledger says what a team spends and on which client: private by default. A folder
    that does not exist is made only for the default data folder (``make_folder``): a
    ``--db`` typo is refused with its path, never turned into an empty ledger; so is a
    missing file when ``create`` is False (read-only commands).
    """
    folder = path.parent
    if not folder.exists():
        if not make_folder:
            raise StoreError("db_folder_missing", path=str(path), folder=str(folder))
        if not create:
            raise StoreError("db_missing", path=str(path))
        os.makedirs(folder, mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)  # makedirs' mode is masked by the umask
    if not folder.is_dir():
        raise StoreError("db_folder_missing", path=str(path), folder=str(folder))
    if check_regular(path):
        head = _read_head(path)
        if head and head != SQLITE_HEADER:
            raise StoreError("db_not_sqlite", path=str(path))
        return not head
    if not create:
        raise StoreError("db_missing", path=str(path))
    _create_private(path)
    return True


BeforeMigration = Callable[[Path, int], object]


def connect(
    path: Path,
    *,
    create: bool = True,
    make_folder: bool = True,
    before_migration: BeforeMigration | None = None,
) -> Db:
    """Open (creating or migrating) the database at ``path``; StoreError if unusable.

    ``create=False``: a missing file is refused (``db_missing``) instead of made.
    ``make_folder=False``: a missing folder is refused (``db_folder_missing``).
    ``before_migration(path, version)``: makes a verified copy before an existing file
    is migrated (``store.backup`` passes its own; this module never imports it, so the
    store's imports go one way). Without it a plain copy is made next to the file.
    Every SQLite or OS fault is a StoreError naming its cause (read-only, disk full,
    damaged, busy); nothing else escapes but programming errors.
    """
    path = Path(path).expanduser()
    try:
        _prepare_file(path, create=create, make_folder=make_folder)
    except OSError as exc:
        raise as_store_error(exc, path) or StoreError("db_unreadable", path=str(path)) from exc
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError("db_unreadable", path=str(path)) from exc
    db = Db(conn)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        _set_durability(conn)
        # Every step bumps user_version and versions count steps, so a current version
        # with no extra step recorded means nothing to do: the common launch skips the
        # migration machinery (and its imports).
        if version != SCHEMA_VERSION or _steps_recorded(db) != SCHEMA_VERSION:
            _refuse_newer(db, version, path)
            _migrate(db, version, path, before_migration)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if "file is not a database" in str(exc) and not _has_content(path):
            raise StoreError("db_not_sqlite", path=str(path)) from exc
        raise as_store_error(exc, path) or StoreError(
            "db_unreadable", path=str(path)
        ) from exc
    except OSError as exc:
        conn.close()
        raise as_store_error(exc, path) or StoreError("db_unreadable", path=str(path)) from exc
    except BaseException:
        conn.close()
        raise
    return db


def _has_content(path: Path) -> bool:
    try:
        return os.stat(path).st_size > 0
    except OSError:
        return False


def _set_durability(conn: sqlite3.Connection) -> None:
    """WAL with synchronous=FULL on every connection the app opens: an acknowledged log
    survives a power cut, not only a killed process (tests/robustness pins it)."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


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


def _migrate(db: Db, version: int, path: Path, before: BeforeMigration | None) -> None:
    from desktopapp.store.schema import migrations

    if not migrations.pending(db.sqlite_utils()):
        return
    if version > 0:
        _backup_before_migration(db, path, version, before)
    with transaction(db):
        # Re-read inside the lock: another process may have migrated meanwhile.
        migrations.apply(db.sqlite_utils())
        # Every step is applied now, whatever order an old or restored file had them in.
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _backup_before_migration(
    db: Db, path: Path, version: int, before: BeforeMigration | None
) -> None:
    """A verified copy first: a migration without a way back is a risk we refuse."""
    try:
        if before is None:
            copy_database(db, path.with_name(f"{path.name}.before-v{SCHEMA_VERSION}.bak"))
        else:
            before(path, version)
    except (InvalidInput, OSError, sqlite3.Error) as exc:
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
    import shutil  # here: shutil (bz2, lzma) is not needed to open a ledger

    shutil.move(str(tmp), str(target))
    return target


def is_sound(db: Db) -> bool:
    """SQLite's ``quick_check`` on the open file: False when a page is damaged. Busy
    (another writer past busy_timeout) is not damage: True, the command meets it itself."""
    try:
        rows = db.conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as exc:
        return "malformed" not in str(exc) and "not a database" not in str(exc)
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def checkpoint_wal(db: Db) -> bool:
    """Move every committed write from the WAL into the main file and empty the WAL
    (``PRAGMA wal_checkpoint(TRUNCATE)``). After it, a plain copy of the ``.sqlite3`` file
    alone (a file manager, a backup tool) holds every log. False when a reader or writer
    kept it from finishing (it is simply tried again later); never raises for that."""
    try:
        row = db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError:  # busy or locked past busy_timeout
        return False
    return bool(row) and int(row[0]) == 0


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
    "checkpoint_wal",
    "connect",
    "copy_database",
    "default_path",
    "is_sound",
    "transaction",
]
