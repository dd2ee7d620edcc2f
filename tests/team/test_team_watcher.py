"""The tray hears another PC's lines arrive through a file watcher (no polling)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktopapp.domain.schedule import Daily
from desktopapp.platform.team_watcher import TeamFolderWatcher
from desktopapp.services import balances, team
from desktopapp.store.ledger_file import Identity, LedgerFile

NOW = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)


def test_a_log_on_one_pc_reaches_the_other_through_the_watcher(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from datetime import time

    folder = tmp_path / "team"
    folder.mkdir()
    a = LedgerFile.open(tmp_path / "a.sqlite3", Identity("pc-a", "Ann"))
    b = LedgerFile.open(tmp_path / "b.sqlite3", Identity("pc-b", "Ben"))
    try:
        a.add_meter("free", 200, Daily(at=time(0), tz="UTC"), now=NOW)
        team.create(a, folder, "Ann", now=NOW)
        team.join(b, folder, "Ben", now=NOW)
        seen: list[int] = []

        def refresh() -> None:
            team.sync(b, now=NOW)
            seen.append(balances.status(b, NOW).meters[0].balance)

        watcher = TeamFolderWatcher(folder, refresh, debounce_ms=50)
        a.log_spend("chat", credits=15, meter="free", at=NOW, now=NOW)
        team.after_write(a, now=NOW)
        qtbot.waitUntil(lambda: 185 in seen, timeout=5000)
        watcher.stop()
    finally:
        a.close()
        b.close()
