"""Looking inside a database or a backup without changing it: a read-only connection,
SQLite's soundness check, a digest of every row and the cheap change marker.

A compressed backup is read through ``backup_gzip.plain`` (a private decompressed copy,
checked by its CRC first), so every function here takes either kind of file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path

from desktopapp.store import backup_gzip
from desktopapp.store.backup_folder import BackupError
from desktopapp.store.read_only import BUSY_TIMEOUT_S, connect_read_only

SMALL_TABLE_ROWS = 5_000
DERIVED_TABLES = frozenset({"checkpoints"})  # a cache that a status read may rewrite


@contextlib.contextmanager
def open_existing(path: Path, *, read_only: bool = True) -> Iterator[sqlite3.Connection]:
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
        with backup_gzip.plain(path) as readable, open_existing(readable) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except (sqlite3.DatabaseError, BackupError, OSError):
        return False
    return rows == [("ok",)]


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def _quoted(table: str) -> str:
    return '"' + table.replace('"', '""') + '"'


def content_digest(path: Path) -> str:
    """A hash of every row of every table: equal digests mean logically equal databases.

    Used to tell, in tests and campaigns, that a rejected action wrote nothing.
    Independent of page layout, so a backup and its source compare equal.
    """
    import hashlib  # here, not at the top: it maps OpenSSL into the idle tray for good

    h = hashlib.sha256()
    with backup_gzip.plain(path) as readable, open_existing(readable) as conn:
        for table in _tables(conn):
            h.update(b"\x00table\x00" + table.encode())
            quoted = _quoted(table)
            try:
                rows = conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
            except sqlite3.OperationalError:  # a WITHOUT ROWID table: primary key order
                rows = conn.execute(f"SELECT * FROM {quoted}")
            for row in rows:
                h.update(repr(row).encode())
    return h.hexdigest()


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

    with backup_gzip.plain(path) as readable, open_existing(readable) as conn:
        for table in _tables(conn):
            if table in DERIVED_TABLES:
                continue
            quoted = _quoted(table)
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
