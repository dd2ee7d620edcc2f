"""Start-up check: a damaged file is moved aside (never deleted) and a backup offered."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import desktopapp.store.backup as backup
import desktopapp.store.integrity as integrity
from desktopapp.store import connection

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def make_db(path: Path, rows: int = 3) -> Path:
    """A CreditFuel database (the real schema) plus a simple table the test can read."""
    connection.connect(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS logs(id TEXT PRIMARY KEY, note TEXT)")
    start = conn.execute("SELECT count(*) FROM logs").fetchone()[0]
    for i in range(start, start + rows):
        conn.execute("INSERT INTO logs VALUES (?, ?)", (f"e{i}", "x" * 2000))
    conn.close()
    return path


def smash_pages(path: Path) -> None:
    """Overwrite everything after the first page: the header reads, the tables do not."""
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data)):
        data[i] = (i * 7) % 251
    path.write_bytes(bytes(data))


def test_a_sound_file_passes(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    result = integrity.check_at_startup(db, now=T0)
    assert result.ok and result.status == "ok" and result.moved_to is None
    assert db.exists()


def test_no_file_yet_is_fine_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "creditfuel.db"
    result = integrity.check_at_startup(db, now=T0)
    assert result.status == "missing" and result.ok
    assert not db.exists()


def test_garbage_file_is_moved_aside_never_deleted(tmp_path: Path) -> None:
    db = tmp_path / "creditfuel.db"
    junk = b"not a database, a holiday photo" * 200
    db.write_bytes(junk)
    result = integrity.check_at_startup(db, now=T0)
    assert not result.ok and result.problem == "db_corrupt"
    assert result.moved_to == tmp_path / "creditfuel.db.corrupt-20261125T090000Z"
    assert result.moved_to.read_bytes() == junk
    assert not db.exists()
    assert result.newest_backup is None


def test_damaged_tables_are_caught_and_the_newest_good_backup_offered(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db", rows=40)
    older = backup.create_backup(db, now=T0 - timedelta(days=2))
    newest = backup.create_backup(db, now=T0 - timedelta(days=1))
    smash_pages(db)
    result = integrity.check_at_startup(db, now=T0)
    assert result.status == "moved_aside"
    assert result.newest_backup is not None
    assert result.newest_backup.path == newest.path
    assert older.path.exists()


def test_the_wal_goes_aside_with_the_file(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    wal = Path(str(db) + "-wal")
    wal.write_bytes(b"leftover")
    db.write_bytes(b"garbage" * 1000)
    result = integrity.check_at_startup(db, now=T0)
    assert result.moved_to is not None
    assert not wal.exists()
    assert Path(str(result.moved_to) + "-wal").read_bytes() == b"leftover"


def test_moving_aside_twice_in_one_second_keeps_both(tmp_path: Path) -> None:
    db = tmp_path / "creditfuel.db"
    db.write_bytes(b"first")
    a = integrity.move_aside(db, now=T0)
    db.write_bytes(b"second")
    b = integrity.move_aside(db, now=T0)
    assert a != b
    assert a.read_bytes() == b"first" and b.read_bytes() == b"second"


def test_corrupt_then_restore_brings_yesterdays_logs_back(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db", rows=5)
    backup.create_backup(db, kind="daily", now=T0 - timedelta(days=1))
    smash_pages(db)
    result = integrity.check_at_startup(db, now=T0)
    assert result.newest_backup is not None
    restored = backup.restore(db, result.newest_backup.path, now=T0)
    assert restored.safety_copy is None  # nothing sound was there to copy
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM logs").fetchone()[0] == 5
    conn.close()
    assert integrity.check_at_startup(db, now=T0).status == "ok"
