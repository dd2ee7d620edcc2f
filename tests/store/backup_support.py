"""What the backup tests share: a ledger to back up, and its logs read back."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktopapp.store import backup_gzip, connection

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def make_db(path: Path, rows: int = 3) -> Path:
    """A CreditFuel database (the real schema) plus a simple table the test can read."""
    connection.connect(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS logs(id TEXT PRIMARY KEY, credits INT)")
    start = conn.execute("SELECT count(*) FROM logs").fetchone()[0]
    for i in range(start, start + rows):
        conn.execute("INSERT INTO logs VALUES (?, ?)", (f"e{i}", i))
    conn.close()
    return path


def log_ids(path: Path) -> list[str]:
    with backup_gzip.plain(path) as readable:  # a backup is stored compressed
        conn = sqlite3.connect(readable)
        try:
            return [r[0] for r in conn.execute("SELECT id FROM logs ORDER BY id")]
        finally:
            conn.close()


def big_db(path: Path, rows: int = 3_000) -> Path:
    make_db(path, rows=0)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS notes(id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany(
        "INSERT INTO notes(text) VALUES (?)",
        [(f'{{"kind": "slides", "project": "client-{i % 12}", "credits": {i % 40}}}',)
         for i in range(rows)],
    )
    conn.close()
    return path


def noisy_db(path: Path, rows: int) -> Path:
    """A ledger whose rows do not compress: each backup costs about the database's size,
    so the 3x cap binds after a few copies (as it does for a million events)."""
    make_db(path, rows=0)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS blobs(id INTEGER PRIMARY KEY, data BLOB)")
    noise = [(os.urandom(400),) for _ in range(rows)]
    conn.executemany("INSERT INTO blobs(data) VALUES (?)", noise)
    conn.close()
    return path
