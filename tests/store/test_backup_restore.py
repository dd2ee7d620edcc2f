"""Restoring a backup: verified first (CRC, integrity_check, a ledger, not from a newer
version), the current data kept as a safety copy, seen at once by open connections."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import desktopapp.store.backup as backup
from desktopapp.store import backup_gzip
from desktopapp.store.backup import BackupError
from tests.store.backup_support import T0, big_db, log_ids, make_db


def test_restore_brings_back_the_old_logs_and_keeps_a_copy_of_the_current(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db", rows=2)
    yesterday = backup.create_backup(db, now=T0)
    make_db(db, rows=5)  # today's work, then the user restores yesterday's copy anyway
    today_ids = log_ids(db)
    result = backup.restore(db, yesterday.path, now=T0 + timedelta(days=1))
    assert log_ids(db) == ["e0", "e1"]
    assert result.safety_copy is not None
    assert log_ids(result.safety_copy) == today_ids  # nothing is lost by restoring
    assert backup.check(db)


def test_restore_is_seen_by_a_connection_that_stays_open(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db", rows=2)
    old = backup.create_backup(db, now=T0)
    make_db(db, rows=3)
    tray = sqlite3.connect(db, isolation_level=None)  # e.g. the running tray
    assert tray.execute("SELECT count(*) FROM logs").fetchone()[0] == 5
    backup.restore(db, old.path, now=T0 + timedelta(hours=1))
    assert tray.execute("SELECT count(*) FROM logs").fetchone()[0] == 2
    assert tray.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tray.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    before = backup.content_digest(db)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(BackupError) as err:
        backup.restore(db, bad, now=T0)
    assert err.value.problem.code == "backup_corrupt"
    assert backup.content_digest(db) == before
    assert backup.list_backups(db) == []


def test_restore_when_the_database_is_gone(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    saved = backup.create_backup(db, now=T0)
    db.unlink()
    Path(str(db) + "-wal").unlink(missing_ok=True)
    Path(str(db) + "-shm").unlink(missing_ok=True)
    result = backup.restore(db, saved.path, now=T0)
    assert result.safety_copy is None
    assert log_ids(db) == ["e0", "e1", "e2"]


def test_find_backup_by_id_name_path_or_newest(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    a = backup.create_backup(db, now=T0)
    b = backup.create_backup(db, now=T0 + timedelta(hours=1))
    assert backup.find_backup(db, a.id) == a.path
    assert backup.find_backup(db, a.path.name) == a.path
    assert backup.find_backup(db, str(a.path)) == a.path
    assert backup.find_backup(db, None) == b.path
    with pytest.raises(BackupError) as err:
        backup.find_backup(db, "20000101T000000Z")
    assert err.value.problem.code == "backup_not_found"


def test_newest_good_backup_skips_a_damaged_one(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    good = backup.create_backup(db, now=T0)
    broken = backup.create_backup(db, now=T0 + timedelta(hours=1))
    broken.path.write_bytes(b"\x00" * 4096)
    newest = backup.newest_good_backup(db)
    assert newest is not None and newest.path == good.path


def test_restoring_some_other_sqlite_file_is_refused(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    before = backup.content_digest(db)
    other = tmp_path / "photos.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos(name TEXT)")
    conn.close()
    with pytest.raises(BackupError) as err:
        backup.restore(db, other, now=T0)
    assert err.value.problem.code == "backup_not_creditfuel"
    assert backup.content_digest(db) == before


def test_an_older_backup_is_brought_up_to_date_as_it_is_restored(tmp_path: Path) -> None:
    from desktopapp.store.schema import SCHEMA_VERSION

    assert SCHEMA_VERSION >= 3
    db = make_db(tmp_path / "creditfuel.db")
    made = backup.create_backup(db, now=T0)
    old = tmp_path / "old-copy.db"  # a plain SQLite copy, as earlier versions wrote them
    with backup_gzip.plain(made.path) as readable:
        shutil.copy(readable, old)
    conn = sqlite3.connect(old)
    # As if made by the version before the third migration.
    conn.execute("PRAGMA user_version = 2")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name LIKE '0003%'")
    conn.execute("DROP TABLE rules")
    conn.execute("DROP TABLE checkpoints")
    conn.commit()
    conn.close()
    backup.restore(db, old, now=T0 + timedelta(hours=1))
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM rules").fetchone()[0] == 0
    conn.close()


def test_a_cut_or_damaged_compressed_backup_is_refused_and_changes_nothing(
    tmp_path: Path,
) -> None:
    db = make_db(tmp_path / "creditfuel.db", rows=2)
    info = backup.create_backup(db, now=T0)
    make_db(db, rows=3)
    data = info.path.read_bytes()
    cut = tmp_path / "cut.gz"
    cut.write_bytes(data[: len(data) - 20])
    flipped = tmp_path / "flipped.gz"
    flipped.write_bytes(data[:-12] + bytes([data[-12] ^ 0xFF]) + data[-11:])
    before = backup.content_digest(db)
    for bad in (cut, flipped):
        assert not backup.check(bad)
        with pytest.raises(BackupError) as err:
            backup.restore(db, bad, now=T0 + timedelta(hours=1))
        assert err.value.problem.code == "backup_corrupt"
    assert backup.content_digest(db) == before
    assert backup.newest_good_backup(db) == backup.list_backups(db)[0]


def test_restore_from_a_compressed_backup_is_verified_and_leaves_no_temp(
    tmp_path: Path,
) -> None:
    db = make_db(tmp_path / "creditfuel.db", rows=2)
    first = backup.create_backup(db, now=T0)
    make_db(db, rows=4)
    backup.restore(db, first.path, now=T0 + timedelta(hours=1))
    assert log_ids(db) == ["e0", "e1"]
    leftovers = [p.name for p in first.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_an_uncompressed_backup_from_an_earlier_version_lists_and_restores(
    tmp_path: Path,
) -> None:
    db = make_db(tmp_path / "creditfuel.db", rows=2)
    made = backup.create_backup(db, now=T0)
    old = made.path.with_name(made.path.name.replace(".gz", ".db"))
    with backup_gzip.plain(made.path) as readable:
        shutil.copy(readable, old)
    made.path.unlink()
    make_db(db, rows=3)
    [listed] = backup.list_backups(db)
    assert listed.path == old and backup.check(old)
    backup.restore(db, backup.find_backup(db, listed.id), now=T0 + timedelta(hours=1))
    assert log_ids(db) == ["e0", "e1"]


def test_a_compressed_backup_with_a_sound_crc_but_a_damaged_page_is_not_restored(
    tmp_path: Path,
) -> None:
    db = big_db(tmp_path / "creditfuel.db", rows=6_000)
    made = backup.create_backup(db, now=T0)
    plain_copy = tmp_path / "damaged.db"
    with backup_gzip.plain(made.path) as readable:
        shutil.copy(readable, plain_copy)
    data = bytearray(plain_copy.read_bytes())
    page = 4096
    assert len(data) > 20 * page
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\x00" * page  # a table page in the middle, zeroed
    plain_copy.write_bytes(bytes(data))
    damaged = tmp_path / "creditfuel.20261125T100000Z.manual.gz"
    backup_gzip.compress(plain_copy, damaged, marker="x")  # its CRC is right
    make_db(db, rows=2)
    before = backup.content_digest(db)
    assert not backup.check(damaged)
    with pytest.raises(BackupError) as err:
        backup.restore(db, damaged, now=T0 + timedelta(hours=1))
    assert err.value.problem.code == "backup_corrupt"
    assert backup.content_digest(db) == before
    assert [b.path for b in backup.list_backups(db)] == [made.path]  # no prerestore made


def test_a_restore_dated_ahead_of_the_file_times_keeps_its_own_decompressed_copy(
    tmp_path: Path,
) -> None:
    """The pre-restore backup sweeps old temp files; the restore's own decompressed copy
    (made moments ago) is not old, whatever date the app's clock gives (a fake clock, a
    benchmark's simulated year)."""
    db = make_db(tmp_path / "creditfuel.db", rows=2)
    made = backup.create_backup(db, now=T0)
    make_db(db, rows=3)
    far_ahead = datetime(2126, 1, 1, tzinfo=UTC)
    result = backup.restore(db, made.path, now=far_ahead)
    assert log_ids(db) == ["e0", "e1"]
    assert result.safety_copy is not None and len(log_ids(result.safety_copy)) == 5
