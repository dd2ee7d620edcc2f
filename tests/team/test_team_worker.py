"""The tray's team folder work runs on a worker thread (issue 11): a merge of thousands
of events leaves the event loop turning, the tray then shows them, a log saved meanwhile
reaches this PC's file once, a vanished folder is said as plainly as before, a bug
reaches the error hook, and quitting mid-sync neither waits for it nor loses a line.

Real SQLite files and a real folder in tmp_path; "another PC" is a second ledger.
"""

from __future__ import annotations

import gc
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from pytestqt.qtbot import QtBot

from desktopapp.app import App, make_clock
from desktopapp.domain.events import Event, Origin, Spend
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.schedule import Daily
from desktopapp.i18n import describe
from desktopapp.services import team
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.ui import team_worker
from desktopapp.ui.session import Session
from desktopapp.ui.team_link import TeamLink

NOW = datetime(2026, 11, 23, 20, 48, tzinfo=UTC)


@pytest.fixture(autouse=True)
def collect_here() -> Iterator[None]:
    """Windows and links a test made are freed on this (the UI) thread when it ends:
    left to the garbage collector, they could be freed on a team worker thread that
    happens to allocate, and a file watcher freed off its thread corrupts Qt's state."""
    yield
    gc.collect()
BEN = Identity("pc-ben", "Ben")
HISTORY = 3_000  # a few thousand: a second or so of merging, on this PC's worker
WAIT_MS = 60_000


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    """This PC (the tray, the team's lead) and Ben's PC, both in one team folder."""
    folder = tmp_path / "OneDrive" / "team"
    folder.mkdir(parents=True)
    mine = tmp_path / f"cf-{uuid.uuid4().hex[:8]}.sqlite3"
    other = tmp_path / "other.sqlite3"
    with LedgerFile.open(mine) as t:
        t.set_setting("lang", "en")
        t.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"),
                    now=NOW - timedelta(days=30))
        team.create(t, folder, "Ann", now=NOW - timedelta(hours=1))
    with LedgerFile.open(other, BEN) as b:
        team.join(b, folder, "Ben", now=NOW - timedelta(hours=1))
    return folder, mine, other


def bens_history(other: Path, n: int = HISTORY) -> int:
    """Ben's weeks of logs before today's refill plus one of 30 credits today, written
    to his file in the folder. The number of events Ben's ledger holds."""
    with LedgerFile.open(other, BEN) as b:
        meter = b.meter("Genspark daily").id
        start = NOW - timedelta(days=3) - timedelta(minutes=5 * n)

        def logs() -> Iterator[Event]:
            for i in range(n):
                at = start + timedelta(minutes=5 * i)
                yield Spend(origin=Origin(str(uuid.uuid4()), at, "pc-ben", "Ben"),
                            kind="chat", credits=1 + i % 3, meter_id=meter)

        b.append_many(logs(), now=NOW)
        b.log_spend("video", credits=30, at=NOW - timedelta(hours=1), now=NOW)
        team.after_write(b, now=NOW)
        return len(b.events())


def lines_with(folder: Path, device: str, event_id: str) -> int:
    return sum(event_id in line
               for path in (folder / "devices" / device).glob("*.jsonl")
               for line in path.read_text(encoding="utf-8").splitlines())


@pytest.fixture
def running(setup: tuple[Path, Path, Path], qapp: Any, qtbot: QtBot, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    ready = tmp_path / "ready"
    monkeypatch.setenv("CREDITFUEL_READY_FILE", str(ready))
    app = App(qapp, setup[1], make_clock(NOW.isoformat()))
    assert app.start() == -1
    qtbot.waitUntil(ready.exists, timeout=5000)
    qtbot.waitUntil(lambda: not app.team.busy, timeout=WAIT_MS)  # the sync at start
    yield app
    # Let what the merge set off (the figures' workers, the database watcher's debounce,
    # which App.stop() leaves armed) settle before the ledger is closed.
    qtbot.waitUntil(lambda: not (app.team.busy or app.session.computing
                                 or app.session.updating
                                 or app.watcher._timer.isActive()), timeout=WAIT_MS)
    app.stop()


def test_a_big_merge_leaves_the_event_loop_turning_and_the_panel_then_shows_it(
    running: App, setup: tuple[Path, Path, Path], qtbot: QtBot
) -> None:
    _folder, _mine, other = setup
    card = running.shell.panel._cards[0]
    assert card.balance.text() == "200 / 200 credits"
    total = bens_history(other)
    fires: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: fires.append(1))
    timer.start()
    fires_at_answer: list[int] = []
    running.team.synced.connect(lambda _report: fires_at_answer.append(len(fires)))
    with qtbot.waitSignal(running.team.synced, timeout=WAIT_MS) as got:
        running.team.refresh()
        assert running.team.busy  # asked, not done here
    timer.stop()
    assert got.args[0] is not None and got.args[0]["merged"] >= 1
    # On the UI thread the loop would not have turned once until the merge was done.
    assert fires_at_answer and fires_at_answer[0] >= 10, fires_at_answer
    qtbot.waitUntil(lambda: card.balance.text() == "170 / 200 credits", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not running.team.busy, timeout=WAIT_MS)
    assert len(running.session.ledger.events()) == total
    assert running.team.last_problem is None


def test_a_log_saved_while_a_sync_runs_reaches_this_pcs_file_once(
    running: App, setup: tuple[Path, Path, Path], qtbot: QtBot
) -> None:
    folder, _mine, other = setup
    bens_history(other)
    device = running.session.ledger.identity.device
    running.team.refresh()
    assert running.team.busy
    spend = running.session.log_spend("chat", credits=5)  # shared after the merge
    qtbot.waitUntil(lambda: not running.team.busy, timeout=WAIT_MS)
    assert lines_with(folder, device, spend.origin.id) == 1
    running.team.refresh()  # later syncs and shares do not write it again
    running.session.log_spend("chat", credits=1)
    qtbot.waitUntil(lambda: not running.team.busy, timeout=WAIT_MS)
    assert lines_with(folder, device, spend.origin.id) == 1
    with LedgerFile.open(other, BEN) as b:
        team.sync(b, now=NOW)
        assert b.status(NOW).meters[0].balance == 200 - 30 - 5 - 1


@pytest.fixture
def ann(setup: tuple[Path, Path, Path]) -> Iterator[Session]:
    ledger = LedgerFile.open(setup[1])
    try:
        yield Session(ledger, lambda: NOW)
    finally:
        ledger.close()


def said_before(session: Session) -> str:
    """What the tray said when it synced on the UI thread: the same words now."""
    try:
        team.sync(session.ledger, now=NOW)
    except InvalidInput as exc:
        return " / ".join(describe(p, session.lang(), app=True) for p in exc.problems)
    except OSError as exc:
        return str(exc)
    raise AssertionError("the sync went through")


def test_a_folder_gone_is_said_as_plainly_as_before(
    ann: Session, setup: tuple[Path, Path, Path], qtbot: QtBot
) -> None:
    folder = setup[0]
    link = TeamLink(ann)
    with qtbot.waitSignal(link.synced, timeout=WAIT_MS) as got:
        link.refresh()
    assert got.args[0] is not None and link.last_problem is None
    # This PC's own folder in the team folder is replaced by a file mid-way (a sync
    # engine's conflict): writing its card fails with the system's words.
    mine = folder / "devices" / ann.ledger.identity.device
    shutil.rmtree(mine)
    mine.write_text("not a folder")
    expected = said_before(ann)
    with qtbot.waitSignal(link.synced, timeout=WAIT_MS) as got:
        link.refresh()
    assert got.args[0] is None and link.last_problem == expected
    shutil.rmtree(folder)  # the whole folder gone (a USB disk unplugged)
    expected = said_before(ann)
    assert "cannot be found" in expected
    with qtbot.waitSignal(link.synced, timeout=WAIT_MS) as got:
        link.refresh()
    assert got.args[0] is None and link.last_problem == expected
    ann.log_spend("chat", credits=1)  # a share meanwhile fails quietly: it waits
    qtbot.waitUntil(lambda: not link.busy, timeout=WAIT_MS)
    link.stop()


def test_the_workers_own_writes_are_not_taken_for_another_process(
    ann: Session, setup: tuple[Path, Path, Path], qtbot: QtBot
) -> None:
    from desktopapp.platform.db_watcher import DbWatcher

    bens_history(setup[2], 10)
    external: list[int] = []
    watcher = DbWatcher(ann.ledger.path, ann.ledger.data_version, lambda: external.append(1))
    link = TeamLink(ann)
    link.wrote.connect(watcher.absorb)  # as the app wires it
    with qtbot.waitSignal(link.synced, timeout=WAIT_MS):
        link.refresh()
    ann.log_spend("chat", credits=1)
    qtbot.waitUntil(lambda: not link.busy, timeout=WAIT_MS)
    assert not watcher.check() and external == []
    with LedgerFile.open(setup[1]) as cli:  # another process's write still counts
        cli.set_setting("alerts.paused", True)
    assert watcher.check() and external == [1]
    link.stop()
    shiboken6.delete(watcher)  # its debounce must not outlive the ledger


def test_a_bug_in_the_sync_reaches_the_error_hook(
    ann: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_ledger: LedgerFile, *, now: datetime) -> object:
        raise ZeroDivisionError("a bug in the merge")

    monkeypatch.setattr(team_worker.team, "sync", broken)
    link = TeamLink(ann)
    reports: list[object] = []
    link.synced.connect(reports.append)
    with qtbot.captureExceptions() as caught:
        link.refresh()
        qtbot.waitUntil(lambda: not link.busy, timeout=WAIT_MS)
    assert [type(e[1]) for e in caught] == [ZeroDivisionError]
    assert reports == []  # neither "synced" nor "failed": the error hook says it
    link.stop()


def test_syncs_asked_while_one_waits_are_one(
    ann: Session, setup: tuple[Path, Path, Path], qtbot: QtBot
) -> None:
    bens_history(setup[2])
    link = TeamLink(ann)
    reports: list[Any] = []
    link.synced.connect(reports.append)
    for _ in range(4):  # the watcher, a resume, "Sync now"... while the first runs
        link.refresh()
    qtbot.waitUntil(lambda: not link.busy, timeout=WAIT_MS)
    assert 1 <= len(reports) <= 2 and reports[0]["merged"] == HISTORY + 1
    link.stop()


def test_quitting_mid_sync_returns_at_once_and_loses_nothing(
    ann: Session, setup: tuple[Path, Path, Path], qtbot: QtBot
) -> None:
    folder, _mine, other = setup
    total = bens_history(other, 6_000)
    link = TeamLink(ann)
    reports: list[object] = []
    link.synced.connect(reports.append)
    link.refresh()
    spend = ann.log_spend("chat", credits=5)  # its share waits behind the sync
    link.stop()
    worker = link._worker
    assert not link.busy
    assert worker._thread is not None and worker._thread.is_alive()  # not waited for
    assert worker.join(WAIT_MS / 1000)  # the process would end here
    QCoreApplication.processEvents()
    assert reports == []  # an answer after quitting is nobody's
    # The next start: its sync shares what the dropped share did not, once.
    again = TeamLink(ann)
    with qtbot.waitSignal(again.synced, timeout=WAIT_MS) as got:
        again.start()
    assert got.args[0] is not None
    qtbot.waitUntil(lambda: not again.busy, timeout=WAIT_MS)
    device = ann.ledger.identity.device
    assert lines_with(folder, device, spend.origin.id) == 1
    assert len(ann.ledger.events()) == total + 1
    again.stop()
    with LedgerFile.open(other, BEN) as b:
        team.sync(b, now=NOW)
        assert b.status(NOW).meters[0].balance == 200 - 30 - 5


def test_a_copied_pc_takes_its_own_id_in_the_tray_too(
    setup: tuple[Path, Path, Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder, mine, _other = setup
    twin_path = tmp_path / "twin" / "cf.sqlite3"
    twin_path.parent.mkdir()
    shutil.copyfile(mine, twin_path)  # a PC set up by copying this one's data folder
    twin = LedgerFile.open(twin_path)
    try:
        session = Session(twin, lambda: NOW)
        copied = twin.identity.device
        link = TeamLink(session)
        with qtbot.waitSignal(link.synced, timeout=WAIT_MS) as got:
            link.refresh()
        assert [p["code"] for p in got.args[0]["problems"]] == ["team_device_clash"]
        assert twin.identity.device != copied  # the tray's own connection knows it
        spend = session.log_spend("chat", credits=2)
        qtbot.waitUntil(lambda: not link.busy, timeout=WAIT_MS)
        assert spend.origin.device == twin.identity.device
        assert lines_with(folder, twin.identity.device, spend.origin.id) == 1
        assert lines_with(folder, copied, spend.origin.id) == 0
        link.stop()
    finally:
        twin.close()
