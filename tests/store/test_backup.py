"""Backups: verified copies made with the backup API, private, compressed, named and
listed, due once a day when something changed; what killed backups left is swept."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

import desktopapp.store.backup as backup
from desktopapp.store import backup_gzip
from desktopapp.store.backup import BackupError
from tests.store.backup_support import T0, big_db, log_ids, make_db


def test_backup_copies_a_live_wal_database_and_verifies_it(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    # A writer holding the WAL open with un-checkpointed frames: a file copy could miss them.
    live = sqlite3.connect(db, isolation_level=None)
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("INSERT INTO logs VALUES ('late', 99)")
    info = backup.create_backup(db, now=T0)
    live.close()
    assert info.path.parent == tmp_path / "backups"
    assert "late" in log_ids(info.path)
    assert backup.check(info.path)
    assert backup.content_digest(info.path) == backup.content_digest(db)
    # A standalone file: no -wal beside it.
    assert not Path(str(info.path) + "-wal").exists()


def test_backups_are_private(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    info = backup.create_backup(db, now=T0)
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600


def test_backup_of_a_missing_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError) as err:
        backup.create_backup(tmp_path / "nothing.db", now=T0)
    assert err.value.problem.code == "backup_no_database"
    assert not (tmp_path / "nothing.db").exists()


def test_backup_of_a_corrupt_database_fails_and_leaves_no_file(tmp_path: Path) -> None:
    db = tmp_path / "creditfuel.db"
    db.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(BackupError) as err:
        backup.create_backup(db, now=T0)
    assert err.value.problem.code == "backup_failed"
    assert backup.list_backups(db) == []
    assert [p.name for p in (tmp_path / "backups").iterdir()] == []


def test_premigration_backup_is_named_after_the_old_version(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    os.utime(db, (T0.timestamp(), T0.timestamp()))  # last written at T0
    path = backup.backup_before_migration(db, 3)  # named after that write: no clock read
    [info] = backup.list_backups(db)
    assert info.path == path and info.kind == "premigrate-v3" and info.id == "20261125T090000Z"


def test_two_backups_in_one_second_get_distinct_ids_newest_first(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    a = backup.create_backup(db, now=T0)
    b = backup.create_backup(db, now=T0)
    assert a.id != b.id
    assert [i.id for i in backup.list_backups(db)] == [b.id, a.id]


def test_backups_of_another_database_in_the_same_folder_are_not_listed(tmp_path: Path) -> None:
    one = make_db(tmp_path / "one.db")
    two = make_db(tmp_path / "two.db")
    backup.create_backup(one, now=T0)
    assert backup.list_backups(two) == []


def test_daily_backup_only_when_something_changed_and_once_a_day(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    first = backup.daily_backup_if_due(db, now=T0)
    assert first is not None and first.kind == "daily"
    assert backup.daily_backup_if_due(db, now=T0 + timedelta(hours=2)) is None  # same day
    # Next day, nothing changed: no new copy.
    assert backup.daily_backup_if_due(db, now=T0 + timedelta(days=1)) is None
    make_db(db, rows=1)
    second = backup.daily_backup_if_due(db, now=T0 + timedelta(days=1))
    assert second is not None
    assert len(backup.list_backups(db)) == 2


def test_a_meter_edit_counts_as_a_change_a_status_read_does_not(tmp_path: Path) -> None:
    from datetime import time

    from desktopapp.domain.schedule import Daily
    from desktopapp.store.ledger_file import Identity, LedgerFile

    db = tmp_path / "creditfuel.sqlite3"
    with LedgerFile.open(db, Identity("laptop", "aiko")) as t:
        t.add_meter("Genspark", 200, Daily(time(9), "Asia/Tokyo"), now=T0)
        for i in range(30):
            t.log_spend("chat", credits=1, at=T0 + timedelta(minutes=i), now=T0)
    assert backup.daily_backup_if_due(db, now=T0) is not None
    with LedgerFile.open(db, Identity("laptop", "aiko")) as t:
        t.status(T0 + timedelta(days=3))  # may leave a cached checkpoint behind
    assert not backup.changed_since_last_backup(db)
    with LedgerFile.open(db, Identity("laptop", "aiko")) as t:
        t.edit_meter("Genspark", grant=100, now=T0)  # same rows, one value changed
    assert backup.changed_since_last_backup(db)


def test_backups_are_compressed_and_read_back_whole(tmp_path: Path) -> None:
    db = big_db(tmp_path / "creditfuel.db")
    info = backup.create_backup(db, now=T0)
    assert info.path.name.endswith(".daily.gz") or info.path.name.endswith(".manual.gz")
    assert backup_gzip.is_compressed(info.path)
    assert info.size < db.stat().st_size / 2
    assert backup.check(info.path)
    assert backup.content_digest(info.path) == backup.content_digest(db)
    # "anything changed?" reads the marker in the header, never decompresses
    assert backup_gzip.marker_of(info.path) == backup.change_marker(db)
    assert not backup.changed_since_last_backup(db)
    assert [p.name for p in info.path.parent.iterdir()] == [info.path.name]  # no temp left


def test_a_killed_backups_temp_files_are_removed_at_the_next_backup(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    folder = backup.backups_dir(db)
    folder.mkdir(mode=0o700)
    old = T0.timestamp() - 3600
    names = [
        ".creditfuel.20261124T090000Z.daily.db.tmp",
        ".creditfuel.20261124T090000Z.daily.db.tmp-journal",
        ".creditfuel.20261124T090000Z.daily.gz.tmp",
        ".creditfuel.gz.abc123.db.tmp",  # a decompressed copy a killed restore left
    ]
    for name in names:
        (folder / name).write_bytes(b"x" * 1000)
        os.utime(folder / name, (old, old))
    young = folder / ".creditfuel.20261125T085959Z.daily.gz.tmp"  # another process's
    young.write_bytes(b"x")
    os.utime(young, (T0.timestamp(), T0.timestamp()))
    backup.create_backup(db, now=T0)
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == [young.name]
