"""Durability is pinned (WAL + synchronous=FULL on every connection that writes the
ledger), the WAL can be folded into the main file so a plain copy misses nothing, killed
backups leave nothing behind for good, and the store's imports go one way."""

from __future__ import annotations

import ast
import os
import re
import shutil
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktopapp.domain.schedule import Never
from desktopapp.services import health
from desktopapp.services.ledger import open_ledger
from desktopapp.store import backup
from desktopapp.store.ledger_file import Identity, LedgerFile

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktopapp"
T = datetime(2026, 11, 25, 9, tzinfo=UTC)
ME = Identity(device="d1", member="tester")
FULL = 2


def pragmas(led: LedgerFile) -> tuple[str, int]:
    mode = led.db.conn.execute("PRAGMA journal_mode").fetchone()[0]
    sync = led.db.conn.execute("PRAGMA synchronous").fetchone()[0]
    return str(mode).lower(), int(sync)


def test_every_ledger_connection_runs_wal_with_synchronous_full(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(path, ME) as led:  # a new file
        assert pragmas(led) == ("wal", FULL)
        led.add_meter("a", 100, Never(), now=T)
        led.reopen()  # what the tray does after a restore
        assert pragmas(led) == ("wal", FULL)
    led2 = open_ledger(path)  # an existing file, the way both faces open it
    try:
        assert pragmas(led2) == ("wal", FULL)
    finally:
        led2.close()


def _functions_with_connect(source: str) -> list[tuple[str, str]]:
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            body = ast.get_source_segment(source, node) or ""
            if "sqlite3.connect(" in body:
                found.append((node.name, body))
    return found


def test_no_other_module_opens_a_writable_connection_without_durability() -> None:
    """Every sqlite3.connect outside store/connection.py is read-only, or sets
    synchronous=FULL, or writes a standalone copy it fsyncs itself."""
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "store" / "connection.py":
            continue
        source = path.read_text(encoding="utf-8")
        for name, body in _functions_with_connect(source):
            for call in re.findall(r"sqlite3\.connect\([^\n]*", body):
                durable = (
                    "mode=ro" in call
                    or "mode=ro" in body  # the URI is built on the line above
                    or "synchronous = FULL" in body
                    or "_fsync_file" in body
                )
                assert durable, f"{path.relative_to(ROOT)}:{name} opens {call!r}"


def test_after_a_wal_checkpoint_a_plain_copy_of_the_file_has_every_log(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(path, ME) as led:
        led.add_meter("a", 10**6, Never(), now=T)
        for i in range(50):
            at = T + timedelta(minutes=i)
            led.log_spend("chat", credits=1, at=at, now=at)
        # What a file manager does while the tray runs: copy the .sqlite3 alone.
        before = tmp_path / "before.sqlite3"
        shutil.copyfile(path, before)
        assert health.checkpoint_wal(led)
        after = tmp_path / "after.sqlite3"
        shutil.copyfile(path, after)
        assert os.path.getsize(f"{path}-wal") == 0

    def logs(copy: Path) -> int:
        conn = sqlite3.connect(copy)
        try:
            return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
        except sqlite3.DatabaseError:
            return 0
        finally:
            conn.close()

    assert logs(before) < 50  # the bug the checkpoint fixes
    assert logs(after) == 50


def test_a_killed_backups_leftovers_are_removed_at_the_next_backup(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(path, ME) as led:
        led.add_meter("a", 100, Never(), now=T)
    folder = backup.backups_dir(path)
    folder.mkdir(mode=0o700)
    old = [folder / ".ledger.20261120T000000Z.manual.db.tmp",
           folder / ".ledger.20261120T000000Z.manual.db.tmp-journal"]
    young = folder / ".ledger.20261125T085959Z.daily.db.tmp"
    for leftover in (*old, young):
        leftover.write_bytes(b"\0" * 4096)
    an_hour_ago = T.timestamp() - 3600
    for leftover in old:
        os.utime(leftover, (an_hour_ago, an_hour_ago))
    os.utime(young, (T.timestamp() - 30, T.timestamp() - 30))  # maybe another backup's
    backup.create_backup(path, now=T)
    assert not any(p.exists() for p in old)
    assert young.exists()
    assert not any(p.name.endswith(".tmp") for p in folder.iterdir() if p != young)


def _store_imports(module: Path) -> set[str]:
    """Every store module ``module`` imports, at the top or inside a function, or by name
    through importlib: a lazy import still makes a cycle."""
    source = module.read_text(encoding="utf-8")
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "desktopapp.store":
                found |= {a.name for a in node.names}
            elif node.module.startswith("desktopapp.store."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[2] for a in node.names
                      if a.name.startswith("desktopapp.store.")}
    found |= set(re.findall(r"['\"]desktopapp\.store\.(\w+)['\"]", source))
    return found - {module.stem}


def test_the_stores_imports_go_one_way() -> None:
    store = PACKAGE / "store"
    graph = {p.stem: _store_imports(p) & {q.stem for q in store.glob("*.py")}
             for p in store.glob("*.py") if p.stem != "__init__"}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(m for m in graph if reaches(m, m, {m}))
    assert not {"connection", "backup", "integrity"} & set(cycles), cycles


def test_a_status_read_does_not_wait_for_a_checkpoint(tmp_path: Path) -> None:
    """The checkpoint gives up at once when busy (the tray retries later)."""
    path = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(path, ME) as led:
        led.add_meter("a", 100, Never(), now=T)
        reader = sqlite3.connect(path, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM events").fetchone()  # holds a read snapshot
        led.log_spend("chat", credits=1, at=T, now=T)
        started = time.monotonic()
        done = health.checkpoint_wal(led)
        reader.execute("COMMIT")
        reader.close()
        assert done is False or time.monotonic() - started < 30


def test_a_backups_folder_owned_by_another_user_is_not_trusted(tmp_path: Path) -> None:
    import pytest

    from desktopapp.domain.problems import InvalidInput

    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("giving a folder to another user needs root")
    path = tmp_path / "ledger.sqlite3"
    with LedgerFile.open(path, ME) as led:
        led.add_meter("a", 100, Never(), now=T)
    folder = backup.backups_dir(path)
    folder.mkdir(mode=0o777)
    planted = folder / "ledger.20261120T000000Z.manual.db"
    shutil.copyfile(path, planted)  # what the folder's owner offers us to restore
    os.chown(planted, 65534, 65534)
    os.chown(folder, 65534, 65534)
    assert backup.list_backups(path) == []
    with pytest.raises(InvalidInput) as refused:
        backup.create_backup(path, now=T)
    assert [p.code for p in refused.value.problems] == ["backup_folder_not_ours"]
