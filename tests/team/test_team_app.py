"""The running app and the team folder: another PC's log reaches the panel through the
folder watcher (no polling), and this app's own logs go to its file."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktopapp.app import App, make_clock
from desktopapp.domain.schedule import Daily
from desktopapp.services import team
from desktopapp.store.ledger_file import Identity, LedgerFile

NOW = datetime(2026, 11, 23, 20, 48, tzinfo=UTC)


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder = tmp_path / "OneDrive" / "team"
    folder.mkdir(parents=True)
    mine = tmp_path / f"cf-{uuid.uuid4().hex[:8]}.sqlite3"
    other = tmp_path / "other.sqlite3"
    with LedgerFile.open(mine) as t:
        t.set_setting("lang", "en")
        t.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"),
                    now=NOW - timedelta(days=1))
        team.create(t, folder, "Ann", now=NOW - timedelta(hours=1))
    with LedgerFile.open(other, Identity("pc-ben", "Ben")) as b:
        team.join(b, folder, "Ben", now=NOW - timedelta(hours=1))
    return folder, mine, other


@pytest.fixture
def running(setup: tuple[Path, Path, Path], qapp: Any, qtbot: QtBot, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    ready = tmp_path / "ready"
    monkeypatch.setenv("CREDITFUEL_READY_FILE", str(ready))
    app = App(qapp, setup[1], make_clock(NOW.isoformat()))
    assert app.start() == -1
    qtbot.waitUntil(ready.exists, timeout=5000)
    yield app
    app.stop()


def test_another_pcs_log_reaches_the_panel_and_ours_reach_the_folder(
    running: App, setup: tuple[Path, Path, Path], qtbot: QtBot
) -> None:
    _folder, _, other = setup
    card = running.shell.panel._cards[0]
    assert card.balance.text() == "200 / 200 credits"
    assert running.team.watcher is not None
    with LedgerFile.open(other, Identity("pc-ben", "Ben")) as b:
        b.log_spend("video", credits=120, at=NOW, now=NOW)
        team.after_write(b, now=NOW)
    qtbot.waitUntil(lambda: card.balance.text() == "80 / 200 credits", timeout=5000)
    running.session.log_spend("chat", credits=5)
    qtbot.waitUntil(lambda: not running.team.busy, timeout=5000)  # shared on a worker
    with LedgerFile.open(other, Identity("pc-ben", "Ben")) as b:
        team.sync(b, now=NOW)
        assert b.status(NOW).meters[0].balance == 75
