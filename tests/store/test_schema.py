"""The database file: created private, migrated step by step, refused when foreign."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktopapp.store import SCHEMA_VERSION, StoreError, connect
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.store.schema import STEP_NAMES, is_newer_than_app, migrations

ME = Identity(device="d1", member="tester")


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_fresh_file_is_private_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new-folder" / "creditfuel.sqlite3"
    db = connect(path)
    try:
        assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert {"meters", "events", "settings", "checkpoints", "rules"} <= set(db.table_names())
        assert [m.name for m in migrations.applied(db.sqlite_utils())] == STEP_NAMES
    finally:
        db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    connect(path).close()
    db = connect(path)
    try:
        assert len(migrations.applied(db.sqlite_utils())) == len(STEP_NAMES)
    finally:
        db.close()


def test_file_at_an_older_version_is_backed_up_then_migrated_keeping_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    old = Database(path)
    migrations.apply(old, stop_before=STEP_NAMES[-1])  # as an older app left it
    old.execute(
        'INSERT INTO meters (id, name, account, "grant", rule, mode, unit, created_ms) '
        "VALUES ('m1', 'daily', 'default', 200, "
        '\'{"family": "daily", "at": "09:00", "tz": "Asia/Tokyo"}\', '
        "'overwrite', 'credits', 1764000000000)"
    )
    assert old.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
    old.close()

    with LedgerFile.open(path, ME) as t:
        assert [m.name for m in t.meters()] == ["daily"]
        assert t.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "checkpoints" in t.db.table_names()
    copies = [p for p in (tmp_path / "backups").iterdir() if "premigrate" in p.name]
    assert len(copies) == 1
    from desktopapp.store.backup_gzip import plain  # backups are stored compressed

    with plain(copies[0]) as readable:
        conn = sqlite3.connect(readable)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
        conn.close()


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    connect(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = dump(path)
    with pytest.raises(StoreError) as err:
        LedgerFile.open(path, ME)
    assert err.value.code == "db_newer"
    assert dump(path) == before
    assert is_newer_than_app(path)


def test_a_migration_this_app_does_not_know_means_newer(tmp_path: Path) -> None:
    path = tmp_path / "newer2.sqlite3"
    connect(path).close()
    db = Database(path)
    db.table("_sqlite_migrations").insert(
        {"migration_set": "creditfuel", "name": "0099_future", "applied_at": "2030"}
    )
    db.close()
    with pytest.raises(StoreError) as err:
        connect(path)
    assert err.value.code == "db_newer"


@pytest.mark.parametrize("content", [b"hello, not a database\n", b"\x00" * 200, b"{}"])
def test_a_file_that_is_not_sqlite_is_refused_and_not_changed(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        LedgerFile.open(path, ME)
    assert err.value.code == "db_not_sqlite"
    assert path.read_bytes() == content
    assert not (tmp_path / "notes.txt-wal").exists()


def test_a_folder_given_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        connect(tmp_path)
    assert err.value.code == "db_not_regular"  # a folder is never a ledger


def test_events_are_append_only(tracker: LedgerFile, now) -> None:  # type: ignore[no-untyped-def]
    tracker.log_spend("chat", credits=3, at=now, now=now)
    conn = tracker.db.conn
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE events SET credits = 0")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM events")
    assert conn.execute("SELECT credits FROM events").fetchall() == [(3,)]


def test_live_meter_names_are_unique_at_the_database_level(tracker: LedgerFile) -> None:
    row = (
        "INSERT INTO meters (id, name, account, \"grant\", rule, mode, unit, created_ms) "
        "VALUES (?, 'same', 'default', 1, '{\"family\": \"never\"}', 'overwrite', 'credits', 0)"
    )
    tracker.db.conn.execute(row, ["a"])
    with pytest.raises(sqlite3.IntegrityError):
        tracker.db.conn.execute(row, ["b"])


def test_default_path_follows_the_environment(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktopapp.store import default_path

    monkeypatch.setenv("CREDITFUEL_DB", str(tmp_path / "env.sqlite3"))
    assert default_path() == tmp_path / "env.sqlite3"
    monkeypatch.delenv("CREDITFUEL_DB")
    assert default_path().name == "creditfuel.sqlite3"
    assert "CreditFuel" in str(default_path())
