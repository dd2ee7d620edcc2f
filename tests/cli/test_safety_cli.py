"""`creditfuel backup|export|import` against real database files, as a user types them."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

import desktopapp.store.backup as backup
from desktopapp.cli.main import main

DAY1 = "2026-11-24T10:00:00+09:00"
DAY2 = "2026-11-25T10:00:00+09:00"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir(mode=0o700)  # a missing --db folder is refused (a typo)
    return tmp_path / "data" / "creditfuel.sqlite3"


def run(db: Path, *args: str, now: str = DAY2) -> int:
    return main(["--db", str(db), "--now", now, "--lang", "en", *args])


def status(db: Path, capsys: pytest.CaptureFixture[str], now: str = DAY2) -> dict:
    capsys.readouterr()
    assert run(db, "status", "--json", now=now) == 0
    return json.loads(capsys.readouterr().out)


def setup_ledger(db: Path) -> None:
    assert run(db, "meter", "add", "Genspark", "--grant", "10000", "--reset", "monthly",
               "--day", "1", "--at", "00:00", "--tz", "Asia/Tokyo", now=DAY1) == 0
    assert run(db, "log", "slides", "--credits", "120", "--project", "ACME", now=DAY1) == 0


def test_backup_create_list_and_restore_bring_back_yesterdays_logs(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_ledger(db)
    assert run(db, "backup", "create", now=DAY1) == 0
    assert "checked" in capsys.readouterr().out
    assert run(db, "log", "video", "--credits", "800") == 0
    assert status(db, capsys)["total"] == 10_000 - 120 - 800

    assert run(db, "backup", "list", "--json") == 0
    [made] = json.loads(capsys.readouterr().out)
    assert made["kind"] == "manual"

    assert run(db, "backup", "restore", made["id"]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept as backup" in out
    assert status(db, capsys)["total"] == 10_000 - 120
    # Today's state was kept: restoring is never a way to lose data.
    assert run(db, "backup", "list", "--json") == 0
    kinds = [b["kind"] for b in json.loads(capsys.readouterr().out)]
    assert kinds == ["prerestore", "manual"]


def test_restore_without_an_id_takes_the_newest_good_backup(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_ledger(db)
    assert run(db, "backup", "create", now=DAY1) == 0
    assert run(db, "log", "chat", "--credits", "3") == 0
    assert run(db, "backup", "create") == 0
    assert run(db, "log", "video", "--credits", "500") == 0
    assert run(db, "backup", "restore") == 0
    assert status(db, capsys)["total"] == 10_000 - 120 - 3


def test_restore_with_no_backup_says_how_to_make_one(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_ledger(db)
    capsys.readouterr()
    assert run(db, "backup", "restore") == 2
    err = capsys.readouterr().err
    assert "creditfuel backup create" in err and err.count("\n") == 1


def test_backup_list_in_japanese(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    setup_ledger(db)
    run(db, "backup", "create")
    capsys.readouterr()
    assert main(["--db", str(db), "--lang", "ja", "backup", "list"]) == 0
    assert "手動" in capsys.readouterr().out


def test_db_and_backups_are_readable_by_the_user_only(db: Path) -> None:
    setup_ledger(db)
    assert run(db, "backup", "create") == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    folder = db.parent / "backups"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())


def test_export_json_import_into_a_fresh_file_same_status(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_ledger(db)
    run(db, "log", "video", "--credits", "300", "--outcome", "retake")
    run(db, "undo")
    capsys.readouterr()
    assert run(db, "export", "--format", "json") == 0
    exported = capsys.readouterr().out
    assert json.loads(exported)["format"] == "creditfuel-export"
    file = tmp_path / "ledger.json"
    file.write_text(exported, "utf-8")

    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / "creditfuel.sqlite3"
    assert run(other, "import", str(file)) == 0
    assert "Imported 3 new log entries" in capsys.readouterr().out
    assert status(other, capsys) == status(db, capsys)


def test_importing_the_same_file_twice_doubles_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_ledger(db)
    file = tmp_path / "ledger.json"
    assert run(db, "export", "--out", str(file)) == 0
    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / "creditfuel.sqlite3"
    assert run(other, "import", str(file)) == 0
    first = status(other, capsys)
    assert run(other, "import", str(file)) == 0
    assert "0 new log entries (1 already here)" in capsys.readouterr().out
    assert status(other, capsys) == first
    # The second import wrote nothing, so it left no extra "before import" copy behind.
    kinds = [b.kind for b in backup.list_backups(other)]
    assert kinds.count("preimport") == 1


def test_a_half_broken_import_file_changes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_ledger(db)
    file = tmp_path / "ledger.json"
    run(db, "export", "--out", str(file))
    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / "creditfuel.sqlite3"
    run(other, "meter", "add", "Mine", "--grant", "5", "--reset", "rolling", "--hours", "5")
    before = backup.content_digest(other)
    data = file.read_bytes()
    file.write_bytes(data[: len(data) - 40])
    capsys.readouterr()
    assert run(other, "import", str(file)) == 2
    err = capsys.readouterr().err
    assert "Nothing was imported" in err and err.count("\n") == 1
    assert backup.content_digest(other) == before
    assert backup.list_backups(other) == []


def test_import_of_a_missing_file_creates_no_database(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db, "import", str(tmp_path / "nope.json")) == 2
    assert "was not found" in capsys.readouterr().err
    assert not db.exists()


def test_csv_export_to_a_file_is_spreadsheet_safe(db: Path, tmp_path: Path) -> None:
    setup_ledger(db)
    run(db, "log", "research", "--credits", "30", "--note", "=IMPORTXML(\"http://x\")")
    out = tmp_path / "ledger.csv"
    assert run(db, "export", "--format", "csv", "--out", str(out)) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"'=IMPORTXML" in data
    assert b",=" not in data and b',"=' not in data
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_into_a_missing_folder_is_a_plain_error(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_ledger(db)
    capsys.readouterr()
    assert run(db, "export", "--out", str(tmp_path / "no" / "such" / "x.json")) == 2
    assert "Could not write" in capsys.readouterr().err


def test_a_file_from_a_newer_app_version_is_refused_clearly(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_ledger(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = backup.content_digest(db)
    capsys.readouterr()
    assert run(db, "export") == 2
    err = capsys.readouterr().err
    assert "newer version" in err and err.count("\n") == 1
    # A backup of it cannot be restored by this version either.
    assert run(db, "backup", "create") == 0
    newest = backup.list_backups(db)[0]
    other = tmp_path / "other.sqlite3"
    assert run(other, "backup", "restore", str(newest.path)) == 2
    assert "newer version" in capsys.readouterr().err
    assert backup.content_digest(db) == before


def test_arguments_that_are_not_utf8_are_refused_plainly(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_ledger(db)
    before = backup.content_digest(db)
    capsys.readouterr()
    # A Latin-1 terminal: Python hands such bytes over as lone surrogates.
    assert run(db, "meter", "remove", "caf\udce9") == 2
    assert run(db, "log", "slides", "--credits", "5", "--note", "\udcff") == 2
    err = capsys.readouterr().err
    assert err.count("not UTF-8") == 2
    assert backup.content_digest(db) == before
