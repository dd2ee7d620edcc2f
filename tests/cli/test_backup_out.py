"""`creditfuel backup create --out FILE`: the safe way to copy the ledger while the tray
runs. Copying the .sqlite3 file alone misses what still sits in the WAL; this does not."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, time
from pathlib import Path

from desktopapp.cli.main import main
from desktopapp.domain.schedule import Daily
from desktopapp.store.ledger_file import LedgerFile

NOW = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)


def spends_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM events WHERE type = 'spend'").fetchone()[0])
    finally:
        conn.close()


def test_the_copy_holds_every_log_still_in_the_wal(tmp_path: Path, capsys) -> None:
    db = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(db) as tray:  # the tray keeps its connection open: the WAL stays
        tray.add_meter("Free", 200, Daily(time(9), "Asia/Tokyo"), now=NOW)
        for i in range(5):
            tray.log_spend("chat", credits=1, at=NOW, now=NOW, note=f"n{i}")
        assert Path(f"{db}-wal").stat().st_size > 0
        out = tmp_path / "copy.sqlite3"
        assert main(["--db", str(db), "--now", NOW.isoformat(), "backup", "create",
                     "--out", str(out)]) == 0
        assert str(out) in capsys.readouterr().out
    assert spends_in(out) == 5
    assert not Path(f"{out}-wal").exists()  # one self-contained file to carry
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_a_pipe_or_a_missing_folder_is_refused_and_nothing_is_written(
    tmp_path: Path, capsys
) -> None:
    db = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(db) as t:
        t.add_meter("Free", 200, Daily(time(9), "Asia/Tokyo"), now=NOW)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main(["--db", str(db), "backup", "create", "--out", str(fifo)]) == 2
    assert main(["--db", str(db), "backup", "create", "--out",
                 str(tmp_path / "nope" / "x.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert "not a regular file" in err and "does not exist" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["ledger.sqlite3", "ledger.sqlite3-wal", "ledger.sqlite3-shm", "pipe"]
        if Path(f"{db}-wal").exists() else ["ledger.sqlite3", "pipe"]
    )


def test_backup_create_says_when_the_size_cap_removed_older_backups(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from datetime import timedelta

    from desktopapp.store import backup_retention

    db = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(db) as t:
        t.add_meter("Free", 200, Daily(time(9), "Asia/Tokyo"), now=NOW - timedelta(days=9))
        for i in range(200):
            t.log_spend("chat", credits=0, at=NOW - timedelta(days=9), now=NOW,
                        note=f"a note that takes room {i}" * 4)
    run = ["--db", str(db), "--lang", "en"]
    for d in (3, 2, 1):
        assert main([*run, "--now", (NOW - timedelta(days=d)).isoformat(),
                     "backup", "create"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(backup_retention, "MAX_TOTAL_FACTOR", 0.01)  # room for one only
    assert main([*run, "--now", NOW.isoformat(), "backup", "create"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert said[0].startswith("Backup saved and checked: ")
    assert said[1].startswith("To keep all backups within ")
    assert said[1].endswith("3 older backups were removed; the oldest was from 2026-11-22.")
