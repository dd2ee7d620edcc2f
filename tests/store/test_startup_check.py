"""The start-up check reads a few pages; the whole-file check finds what it cannot."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from desktopapp.domain.events import Origin, Spend
from desktopapp.domain.schedule import Daily
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.store.startup_check import fast_check, full_check

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def ledger(path: Path, count: int = 20_000) -> Path:
    with LedgerFile.open(path, Identity("d", "m")) as t:
        t.add_meter("daily", 200, Daily(time(9), "UTC"), now=T0)
        t.append_many(
            (
                Spend(
                    origin=Origin(id=str(uuid.uuid4()), at=T0 + timedelta(minutes=i),
                                  device="d", member="m"),
                    kind="chat",
                    credits=1,
                    note="a note long enough to fill pages " * 3,
                )
                for i in range(count)
            ),
            now=T0,
        )
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return path


def scribble(path: Path, offset: int, size: int = 4096) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(bytes([0x5A]) * size)


def test_a_sound_file_passes_both(tmp_path: Path) -> None:
    path = ledger(tmp_path / "ok.sqlite3")
    assert fast_check(path) == (None, None)
    assert full_check(path) == (None, None)


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.write_bytes(b"")
    assert fast_check(path) == (None, None)


@pytest.mark.parametrize("check", [fast_check, full_check])
def test_a_file_that_is_not_sqlite_is_damaged(tmp_path: Path, check: object) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"hello, this is not a database" * 10)
    assert callable(check)
    assert check(path)[0] == "db_corrupt"


def test_a_damaged_schema_page_is_found_at_start_up(tmp_path: Path) -> None:
    path = ledger(tmp_path / "s.sqlite3", 2_000)
    scribble(path, 100, 3000)  # page 1 after the header: sqlite_master
    assert fast_check(path)[0] == "db_corrupt"


def test_damage_deep_in_history_is_left_to_the_full_check(tmp_path: Path) -> None:
    path = ledger(tmp_path / "d.sqlite3")
    size = path.stat().st_size
    scribble(path, (size // 2) // 4096 * 4096)  # one page in the middle of the events
    assert fast_check(path) == (None, None)  # the icon is not held back for it ...
    assert full_check(path)[0] == "db_corrupt"  # ... the worker's check finds it
