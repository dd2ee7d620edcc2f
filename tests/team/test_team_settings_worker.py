"""Settings → Team in the running tray (issue 11): joining a team with a long history
saves the settings at once and leaves the merge to the tray's team worker, so the event
loop keeps turning; the merged events then show, and "Sync now" goes the same way.

Real SQLite files and a real folder in tmp_path; "another PC" is a second ledger.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktopapp.app import App, make_clock
from desktopapp.domain.events import Event, Origin, Spend
from desktopapp.domain.schedule import Daily
from desktopapp.services import team
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.ui.settings_team import TeamTab

NOW = datetime(2026, 11, 23, 20, 48, tzinfo=UTC)
BEN = Identity("pc-ben", "Ben")
HISTORY = 3_000  # a few thousand events: a second or so of merging
WAIT_MS = 60_000


@pytest.fixture(autouse=True)
def collect_here() -> Iterator[None]:
    """Freed on the UI thread, never by a worker thread's garbage collection."""
    yield
    gc.collect()


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, int]:
    """This PC: solo, one meter of its own. Ben's PC: the team's lead, with weeks of
    logs in the team folder. The number of events Ben's ledger holds."""
    folder = tmp_path / "OneDrive" / "team"
    folder.mkdir(parents=True)
    mine = tmp_path / f"cf-{uuid.uuid4().hex[:8]}.sqlite3"
    with LedgerFile.open(mine) as t:
        t.set_setting("lang", "en")
        t.add_meter("Mine", 50, Daily(time(9, 0), "Asia/Tokyo"), now=NOW - timedelta(days=30))
    with LedgerFile.open(tmp_path / "ben.sqlite3", BEN) as b:
        b.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"),
                    now=NOW - timedelta(days=30))
        meter = b.meter("Genspark daily").id
        start = NOW - timedelta(days=3) - timedelta(minutes=5 * HISTORY)

        def logs() -> Iterator[Event]:
            for i in range(HISTORY):
                at = start + timedelta(minutes=5 * i)
                yield Spend(origin=Origin(str(uuid.uuid4()), at, "pc-ben", "Ben"),
                            kind="chat", credits=1 + i % 3, meter_id=meter)

        b.append_many(logs(), now=NOW)
        b.log_spend("video", credits=30, at=NOW - timedelta(hours=1), now=NOW)
        team.create(b, folder, "Ben", now=NOW)  # shares all of it to Ben's file
        ben_events = len(b.events())
    return folder, mine, ben_events


@pytest.fixture
def running(setup: tuple[Path, Path, int], qapp: Any, qtbot: QtBot, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    ready = tmp_path / "ready"
    monkeypatch.setenv("CREDITFUEL_READY_FILE", str(ready))
    app = App(qapp, setup[1], make_clock(NOW.isoformat()))
    assert app.start() == -1
    qtbot.waitUntil(ready.exists, timeout=5000)
    yield app
    qtbot.waitUntil(lambda: not (app.team.busy or app.session.computing
                                 or app.session.updating
                                 or app.watcher._timer.isActive()), timeout=WAIT_MS)
    app.stop()


def card_named(app: App, name: str) -> Any:
    return next((c for c in app.shell.panel._cards if c.name.text() == name), None)


def test_joining_from_settings_leaves_the_loop_turning_and_then_shows_the_team(
    running: App, setup: tuple[Path, Path, int], qtbot: QtBot
) -> None:
    folder, _mine, ben_events = setup
    mine_before = len(running.session.ledger.events())
    tab = TeamTab(running.session)
    qtbot.addWidget(tab)
    tab.show()
    tab.name.setText("Ann")
    fires: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: fires.append(1))
    timer.start()
    fires_at_answer: list[int] = []
    running.session.team_synced.connect(lambda *_: fires_at_answer.append(len(fires)))
    with qtbot.waitSignal(running.session.team_synced, timeout=WAIT_MS) as got:
        assert tab.join_team(folder)
        # Back here before the merge: the settings are saved, the sync is under way.
        assert team.config(running.session.ledger) is not None
        assert tab.message.text() == "Joined the team."
        assert not tab.sync_button.isEnabled() and tab.sync_button.text() == "Syncing…"
        assert running.team.busy
    timer.stop()
    assert got.args[0] is not None and got.args[0]["merged"] >= ben_events
    # Merged on the UI thread, the loop would not have turned once until it was done.
    assert fires_at_answer and fires_at_answer[0] >= 10, fires_at_answer
    assert tab.sync_button.isEnabled() and tab.sync_button.text() == "Sync now"
    assert tab.message.text() == "Joined the team."
    assert tab.members.rowCount() == 2
    qtbot.waitUntil(lambda: card_named(running, "Genspark daily") is not None
                    and card_named(running, "Genspark daily").balance.text()
                    == "170 / 200 credits", timeout=WAIT_MS)
    assert len(running.session.ledger.events()) == mine_before + ben_events

    with qtbot.waitSignal(running.session.team_synced, timeout=WAIT_MS):
        assert tab.sync_now()
        assert not tab.sync_button.isEnabled()
    assert tab.message.text() == "Synced with the team folder."
    assert tab.sync_button.isEnabled()
