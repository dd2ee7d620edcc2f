"""Backups of the database file: create, verify, thin, list and restore.

Why these choices:
- Copies go through SQLite's online backup API, never a file copy: a copy of the live file
  can catch a half-checkpointed WAL and be silently corrupt.
- Every backup is written to a private temporary file, checked with ``integrity_check``,
  made durable (fsync) and only then renamed into place, so a listed backup is a good one.
- Backups live in ``<data dir>/backups`` (0700), files 0600: a ledger of a team's work is
  nobody else's business on a shared machine.
- A restore first copies the current file aside (kind ``prerestore``), then writes the
  backup into the live database with the backup API in ONE step: other connections (a
  running tray) see either the old or the restored database, never a mix, and the WAL
  stays consistent (renaming a file under an open WAL would not be).
- Backups are stored compressed (``backup_gzip``): full copies of a large ledger every
  day would fill the disk. Reading one back (restore, checks) decompresses it to a
  private temporary file first, which its CRC and then SQLite verify. The retention
  (7 daily, 4 weekly, 12 monthly) is also capped in total size at ``MAX_TOTAL_FACTOR``
  times the database; the oldest go first and the caller is told
  (``BackupInfo.thinned_by_cap``) so the user can be.

File names: ``<db stem>.<YYYYMMDDTHHMMSSZ>[-n].<kind>.gz`` (``.db``: an uncompressed
copy made by earlier versions; both list and restore); the id a user types is the
timestamp part (``20261125T090000Z``). Kinds: ``daily``, ``manual``, ``premigrate-v<N>``,
``prerestore``, ``preimport`` (an import cannot be undone event by event).
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.store import backup_gzip, connection
from desktopapp.store.paths import move_aside

BACKUP_DIR_NAME = "backups"
DIR_MODE = 0o700
FILE_MODE = 0o600
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_SAFETY = 5  # newest pre-migration / pre-restore copies kept per kind family
MAX_TOTAL_FACTOR = 3.0  # all backups together at most this many times the database
BUSY_TIMEOUT_S = 10.0

_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<id>\d{8}T\d{6}Z(?:-\d+)?)\."
    r"(?P<kind>daily|manual|prerestore|preimport|premigrate-v\d+)\.(?:db|gz)$"
)
_STAMP = "%Y%m%dT%H%M%SZ"


class BackupError(InvalidInput):
    """A backup operation that could not be done; ``problem`` is worded by the caller
    (an InvalidInput like the store's errors, so the CLI and the app word it the same)."""

    def __init__(self, code: str, **params: str) -> None:
        self.problem = Problem(code, dict(params))
        super().__init__(self.problem)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    id: str
    created: datetime  # UTC, from the name (the file's mtime can be changed by copies)
    kind: str
    size: int
    # backups this one's thinning removed to stay under the size cap (tell the user)
    thinned_by_cap: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None  # the pre-restore backup of what was there (None: no file)
    moved_aside: Path | None = None  # the current file was unreadable and moved aside
    removed: list[Path] = field(default_factory=list)


# -- paths and permissions -------------------------------------------------------------


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR_NAME


def _ours(path: Path) -> bool:
    """Made by this user and not a symlink (always true where there are no uids)."""
    if not hasattr(os, "getuid"):
        return True
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return not os.path.islink(path) and st.st_uid == os.getuid()


def _ensure_private_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    # A folder someone else made (or a link to one) is never trusted with our copies:
    # its owner could read them, or swap a backup for a ledger of their own.
    if not _ours(path):
        raise BackupError("backup_folder_not_ours", path=str(path))
    # mkdir's mode is filtered by the umask and ignored for an existing folder.
    with contextlib.suppress(OSError):
        os.chmod(path, DIR_MODE)


def _fsync_dir(path: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open folders, and needs no such step.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_empty_file(path: Path) -> None:
    """Create ``path`` empty with 0600 from the first byte (SQLite treats it as new)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)


# -- SQLite helpers ----------------------------------------------------------------------


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection: it reads the WAL but never checkpoints, truncates or
    deletes it on close, so checking a file cannot change or destroy what is in it."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)


@contextlib.contextmanager
def _open(path: Path, *, read_only: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to an EXISTING file (sqlite3.connect would create a missing one)."""
    if not Path(path).is_file():
        raise BackupError("backup_not_found", path=str(path))
    if read_only:
        conn = connect_read_only(path)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.execute("PRAGMA synchronous = FULL")  # a restore is as durable as a log
    try:
        yield conn
    finally:
        conn.close()


def check(path: Path, *, quick: bool = False) -> bool:
    """True when SQLite reads the whole file as sound (``integrity_check``/``quick_check``)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with backup_gzip.plain(path) as readable, _open(readable) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except (sqlite3.DatabaseError, BackupError, OSError):
        return False
    return rows == [("ok",)]


def content_digest(path: Path) -> str:
    """A hash of every row of every table: equal digests mean logically equal databases.

    Used to tell whether anything changed since the last backup and, in tests and
    campaigns, that a rejected action wrote nothing. Independent of page layout, so a
    backup and its source compare equal.
    """
    import hashlib  # here, not at the top: it maps OpenSSL into the idle tray for good

    h = hashlib.sha256()
    with backup_gzip.plain(path) as readable, _open(readable) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            h.update(b"\x00table\x00" + table.encode())
            quoted = '"' + table.replace('"', '""') + '"'
            try:
                rows = conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
            except sqlite3.OperationalError:  # a WITHOUT ROWID table: primary key order
                rows = conn.execute(f"SELECT * FROM {quoted}")
            for row in rows:
                h.update(repr(row).encode())
    return h.hexdigest()


def _copy(src_path: Path, dst_path: Path) -> None:
    """Online copy with the backup API into a new private file, verified and durable."""
    _private_empty_file(dst_path)
    try:
        with _open(src_path) as src:
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


# -- naming and listing ----------------------------------------------------------------


def _parse(path: Path, stem: str) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if m is None or m["stem"] != stem:
        return None
    stamp = m["id"].split("-")[0]
    created = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return BackupInfo(path=path, id=m["id"], created=created, kind=m["kind"], size=size)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir() or not _ours(folder):
        return []  # another user's folder: nothing in it is offered for a restore
    stem = Path(db_path).stem
    found = [
        info for p in folder.iterdir() if _ours(p) and (info := _parse(p, stem)) is not None
    ]
    return sorted(found, key=_order, reverse=True)


def _order(info: BackupInfo) -> tuple[datetime, int]:
    _, _, n = info.id.partition("-")
    return info.created, int(n or 0)


def _free_name(folder: Path, stem: str, now: datetime, kind: str) -> Path:
    """A new name that sorts after every backup made in the same second (a freed name
    is never reused: the newcomer must not look older than its neighbours)."""
    stamp = now.astimezone(UTC).strftime(_STAMP)
    taken = [-1]
    for p in folder.glob(f"{glob.escape(stem)}.{stamp}*"):
        m = _NAME.match(p.name)
        if m is not None and m["stem"] == stem and m["id"].split("-")[0] == stamp:
            taken.append(int(m["id"].partition("-")[2] or 0))
    n = max(taken) + 1
    ident = stamp if n == 0 else f"{stamp}-{n}"
    return folder / f"{stem}.{ident}.{kind}.gz"




# -- creating ------------------------------------------------------------------------------


def create_backup(
    db_path: Path, *, kind: str = "manual", now: datetime
) -> BackupInfo:
    """Copy the database into the backups folder, verified; thins old backups after."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError("backup_no_database", path=str(db_path))
    folder = backups_dir(db_path)
    _ensure_private_dir(folder)
    final = _free_name(folder, db_path.stem, now, kind)
    copy = folder / f".{final.stem}.db.tmp"  # the verified SQLite copy
    packed = folder / f".{final.name}.tmp"  # ... compressed
    _sweep_leftovers(folder, now)
    try:
        _copy(db_path, copy)
        backup_gzip.compress(copy, packed, marker=change_marker(copy))
    except (sqlite3.DatabaseError, OSError) as exc:
        with contextlib.suppress(OSError):
            packed.unlink()
        raise BackupError("backup_failed", path=str(db_path), reason=str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            copy.unlink()
    os.replace(packed, final)
    _fsync_dir(folder)
    info = _parse(final, db_path.stem)
    assert info is not None
    _, capped = _thin(db_path)  # never removes the newest, which this one is
    return replace(info, thinned_by_cap=tuple(capped)) if capped else info


LEFTOVER_AGE_S = 15 * 60  # older than any backup still running (a copy keeps writing)


def _sweep_leftovers(folder: Path, now: datetime) -> None:
    """Remove what killed backups left (``.<name>.tmp`` and its ``-journal``/``-wal``/
    ``-shm``): full-size copies that nobody will finish. A young one may be another
    process's backup in progress, so it is left alone."""
    limit = now.timestamp() - LEFTOVER_AGE_S
    for pattern in (
        ".*.db.tmp",
        ".*.db.tmp-journal",
        ".*.db.tmp-wal",
        ".*.db.tmp-shm",
        ".*.gz.tmp",
    ):
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if leftover.is_file() and leftover.stat().st_mtime < limit:
                    leftover.unlink()


def backup_before_migration(db_path: Path, from_version: int) -> Path:
    """Called by the store before it migrates an existing file; returns the copy's path.

    Raises ``BackupError`` when no verified copy could be made: the caller must then NOT
    migrate (a migration without a way back is the one risk we refuse to take). The copy
    is named after the file's last write: the state it keeps (and no clock is read here).
    """
    written = datetime.fromtimestamp(Path(db_path).stat().st_mtime, UTC)
    return create_backup(db_path, kind=f"premigrate-v{from_version}", now=written).path


SMALL_TABLE_ROWS = 5_000
DERIVED_TABLES = frozenset({"checkpoints"})  # a cache that a status read may rewrite


def change_marker(path: Path) -> str:
    """Cheap stand-in for ``content_digest`` to tell whether anything changed: small
    tables hashed whole, big ones (the append-only ledger: rows are never updated or
    deleted) by row count and last rowid. Milliseconds on a million events, where a full
    digest takes seconds. A CRC is enough: it only decides whether today's backup is
    due, and it keeps hashlib (and OpenSSL, 3.4 MiB) out of the tray."""
    written = backup_gzip.marker_of(path)
    if written is not None:  # a compressed backup says what it holds
        return written
    crc, size = 0, 0

    def feed(data: bytes) -> None:
        nonlocal crc, size
        crc, size = zlib.crc32(data, crc), size + len(data)

    with backup_gzip.plain(path) as readable, _open(readable) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in names:
            if table in DERIVED_TABLES:
                continue
            quoted = '"' + table.replace('"', '""') + '"'
            try:
                count, last = conn.execute(
                    f"SELECT count(*), coalesce(max(rowid), 0) FROM {quoted}"
                ).fetchone()
            except sqlite3.OperationalError:  # WITHOUT ROWID
                count, last = conn.execute(f"SELECT count(*), 0 FROM {quoted}").fetchone()
            feed(f"\x00{table}\x00{count}\x00{last}".encode())
            if count <= SMALL_TABLE_ROWS:
                for row in conn.execute(f"SELECT * FROM {quoted}"):
                    feed(repr(row).encode())
    return f"{crc:08x}-{size}"


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


# -- thinning --------------------------------------------------------------------------------


def keep_set(backups: list[BackupInfo]) -> set[Path]:
    """Which backups to keep: newest per day for 7 days, per ISO week for 4 weeks, per
    month for 12 months (days/weeks/months that HAVE backups, like borg prune), plus the
    newest few of each other kind (manual, pre-migration, pre-restore: a user who made
    two manual copies today expects both) and the newest one overall.
    """
    keep: set[Path] = set()
    ordered = sorted(backups, key=_order, reverse=True)
    if ordered:
        keep.add(ordered[0].path)
    regular = [b for b in ordered if b.kind in ("daily", "manual")]
    periods = (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    )
    for count, period_of in periods:
        seen: list[object] = []
        for b in regular:
            period = period_of(b.created)
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(period)
            keep.add(b.path)
    safety: dict[str, int] = {}
    for b in ordered:
        family = "premigrate" if b.kind.startswith("premigrate") else b.kind
        if family == "daily":
            continue
        if safety.get(family, 0) < KEEP_SAFETY:
            safety[family] = safety.get(family, 0) + 1
            keep.add(b.path)
    return keep


def over_cap(backups: list[BackupInfo], keep: set[Path], cap: int) -> list[Path]:
    """Of the kept backups, the oldest to drop so all kept fit in ``cap`` bytes (the
    newest is never dropped: one good copy beats none)."""
    kept = sorted((b for b in backups if b.path in keep), key=_order, reverse=True)
    total = sum(b.size for b in kept)
    dropped: list[Path] = []
    for b in reversed(kept[1:]):  # oldest first
        if total <= cap:
            break
        dropped.append(b.path)
        total -= b.size
    return dropped


def _database_size(db_path: Path) -> int | None:
    try:
        size = Path(db_path).stat().st_size
    except OSError:
        return None
    with contextlib.suppress(OSError):
        size += Path(f"{db_path}-wal").stat().st_size
    return size


def thin_backups(db_path: Path) -> list[Path]:
    """Delete backups outside the keep set, then the oldest kept ones beyond the size
    cap (``MAX_TOTAL_FACTOR`` times the database); returns what was removed."""
    return _thin(db_path)[0]


def _thin(db_path: Path) -> tuple[list[Path], list[Path]]:
    """(every backup removed, those of them removed for the size cap, oldest first)."""
    backups = list_backups(db_path)
    keep = keep_set(backups)
    size = _database_size(db_path)
    capped = over_cap(backups, keep, int(size * MAX_TOTAL_FACTOR)) if size else []
    keep -= set(capped)
    removed = []
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
            removed.append(b.path)
    return removed, capped


# -- finding and restoring ---------------------------------------------------------------------


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
    if db_path.exists():
        try:
            safety = create_backup(db_path, kind="prerestore", now=stamp).path
        except BackupError:
            moved = move_aside(db_path, now=stamp)
    if db_path.exists():
        _restore_into_live(readable, db_path)
    else:
        _restore_into_new(readable, db_path)
    _bring_up_to_date(db_path)
    return RestoreResult(restored_from=source, safety_copy=safety, moved_aside=moved)


def _bring_up_to_date(db_path: Path) -> None:
    """Migrate a restored older file at once, so a tray that keeps its connection open
    never reads an old schema (the migration makes its own pre-migration backup)."""
    connection.connect(db_path, before_migration=backup_before_migration).close()


def _restore_into_live(source: Path, db_path: Path) -> None:
    with _open(source) as src, _open(db_path, read_only=False) as dst:
        # pages=-1: the whole copy in one step, so it is one write transaction.
        src.backup(dst, pages=-1)
        if dst.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise BackupError("backup_failed", path=str(db_path), reason="quick_check")


def _restore_into_new(source: Path, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    _copy(source, tmp)
    os.replace(tmp, db_path)
    _fsync_dir(db_path.parent)


def _refuse_foreign(source: Path) -> None:
    """Any SQLite file is not a ledger: restoring one would replace the ledger with it."""
    with _open(source) as conn:
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
    with _open(source) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise BackupError("db_newer", path=str(source), version=str(version))


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
        with _open(db_path) as source:
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
