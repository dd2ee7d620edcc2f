"""Backups: verified copies made with the backup API, private, thinned, restorable."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import desktopapp.store.backup as backup
from desktopapp.store import backup_gzip, backup_retention, connection
from desktopapp.store.backup import BackupError, BackupInfo

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


def _fake(created: datetime, kind: str = "daily") -> BackupInfo:
    ident = created.strftime("%Y%m%dT%H%M%SZ")
    return BackupInfo(Path(f"db.{ident}.{kind}.db"), ident, created, kind, 1)


def test_thinning_keeps_7_daily_4_weekly_12_monthly() -> None:
    # One backup a day for two years, newest first.
    days = [T0 - timedelta(days=d) for d in range(730)]
    keep = backup_retention.keep_set([_fake(d) for d in days])
    kept = sorted((p for p in keep), reverse=True)
    kept_dates = sorted(
        (datetime.strptime(p.name.split(".")[1], "%Y%m%dT%H%M%SZ").date() for p in kept),
        reverse=True,
    )
    # The last 7 days, each kept.
    assert kept_dates[:7] == [(T0 - timedelta(days=d)).date() for d in range(7)]
    # 12 distinct months are covered, nothing older than a year.
    months = {(d.year, d.month) for d in kept_dates}
    assert len(months) == 12
    assert min(kept_dates) > (T0 - timedelta(days=366)).date()
    # 7 daily + up to 4 weekly + up to 12 monthly, overlapping: far fewer than 730.
    assert 12 <= len(kept) <= 7 + 4 + 12


def test_thinning_keeps_safety_copies_and_the_newest() -> None:
    daily = [_fake(T0 - timedelta(days=d)) for d in range(40)]
    pre = [_fake(T0 - timedelta(days=d, hours=1), "prerestore") for d in range(8)]
    mig = [_fake(T0 - timedelta(days=400), "premigrate-v1")]
    keep = backup_retention.keep_set(daily + pre + mig)
    assert sum(1 for p in keep if "prerestore" in p.name) == backup_retention.KEEP_SAFETY
    assert mig[0].path in keep
    assert daily[0].path in keep


def test_thinning_runs_after_each_backup(tmp_path: Path) -> None:
    db = make_db(tmp_path / "creditfuel.db")
    for d in range(20):
        make_db(db, rows=1)
        backup.create_backup(db, kind="daily", now=T0 + timedelta(days=d))
    kept = backup.list_backups(db)
    assert len(kept) < 20
    assert kept[0].created == T0 + timedelta(days=19)


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


# -- compressed backups, a size cap, leftovers (issues 10 and 11) ---------------------------


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


def test_the_total_size_is_capped_oldest_first_and_the_caller_is_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = big_db(tmp_path / "creditfuel.db")
    infos = [backup.create_backup(db, kind="daily", now=T0 + timedelta(days=d))
             for d in range(3)]
    assert all(not i.thinned_by_cap for i in infos)
    one = infos[-1].size
    monkeypatch.setattr(backup_retention, "MAX_TOTAL_FACTOR", 2.5 * one / db.stat().st_size)
    newest = backup.create_backup(db, kind="daily", now=T0 + timedelta(days=3))
    assert newest.thinned_by_cap == (infos[0].path, infos[1].path)
    left = backup.list_backups(db)
    assert [b.path for b in left] == [newest.path, infos[2].path]
    monkeypatch.setattr(backup_retention, "MAX_TOTAL_FACTOR", 0.01)  # not even one fits: keep one
    again = backup.create_backup(db, kind="daily", now=T0 + timedelta(days=4))
    assert [b.path for b in backup.list_backups(db)] == [again.path]


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


def test_a_year_of_daily_backups_stays_within_the_cap_and_every_copy_it_drops_is_reported(
    tmp_path: Path,
) -> None:
    from desktopapp.store.backup_retention import MAX_TOTAL_FACTOR, database_size, keep_set

    db = noisy_db(tmp_path / "creditfuel.db", rows=200)
    reported = 0
    for d in range(0, 365, 13):
        noisy_db(db, rows=20)  # the ledger grows: older copies are smaller
        before = {b.path: b for b in backup.list_backups(db)}
        info = backup.create_backup(db, kind="daily", now=T0 + timedelta(days=d))
        after = backup.list_backups(db)
        size = database_size(db)
        assert size is not None
        assert after[0].path == info.path  # the newest is always kept
        assert sum(b.size for b in after) <= MAX_TOTAL_FACTOR * size
        retained = keep_set([*before.values(), info])
        dropped_for_cap = set(before) & retained - {b.path for b in after}
        assert set(info.thinned_by_cap) == dropped_for_cap  # each one, no more
        assert all(before[p].created < min(b.created for b in after)
                   for p in info.thinned_by_cap)  # oldest first
        reported += len(info.thinned_by_cap)
    assert reported > 0  # the cap did bind, so the assertions above were exercised


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


def test_a_restore_says_which_backups_the_size_cap_removed_for_its_safety_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = noisy_db(tmp_path / "creditfuel.db", rows=200)
    infos = []
    for d in range(3):
        noisy_db(db, rows=20)
        infos.append(backup.create_backup(db, kind="daily", now=T0 + timedelta(days=d)))
    wanted = backup.content_digest(infos[0].path)
    size = backup_retention.database_size(db)
    assert size is not None
    monkeypatch.setattr(  # room for three copies, not four
        backup_retention, "MAX_TOTAL_FACTOR", 3.5 * infos[-1].size / size
    )
    result = backup.restore(db, infos[0].path, now=T0 + timedelta(days=3))
    assert result.removed == [infos[0].path]  # the oldest: here the one restored from
    assert not infos[0].path.exists()
    assert backup.content_digest(db) == wanted  # the restore itself is whole
    assert [b.path for b in backup.list_backups(db)] == [
        result.safety_copy, infos[2].path, infos[1].path
    ]
