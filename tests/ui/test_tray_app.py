"""The app as a whole, in-process: no tray -> a window that says why; a CLI write shows up
without polling; a second launch hands over to the first."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from desktopapp.app import App, make_clock
from desktopapp.domain.schedule import Daily
from desktopapp.platform.db_watcher import DbWatcher
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.fallback_window import FallbackWindow

NOW = datetime(2026, 11, 23, 20, 48, tzinfo=UTC)


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / f"cf-{uuid.uuid4().hex[:8]}.sqlite3"
    with LedgerFile.open(path) as t:
        t.set_setting("lang", "en")
        t.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"),
                    now=NOW - timedelta(days=1))
    return path


@pytest.fixture
def running(db, qapp, qtbot, tmp_path, monkeypatch):
    ready = tmp_path / "ready"
    monkeypatch.setenv("CREDITFUEL_READY_FILE", str(ready))
    app = App(qapp, db, make_clock(NOW.isoformat()))
    assert app.start() == -1
    qtbot.waitUntil(ready.exists, timeout=5000)
    yield app
    app.stop()


def test_no_system_tray_opens_a_window_that_says_why(running) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has none
    window = running.shell
    assert isinstance(window, FallbackWindow) and window.isVisible()
    assert window.windowTitle() == "CreditFuel"
    assert "no system tray" in window.why.text()
    assert window.panel._cards[0].name.text() == "Genspark daily"


def test_a_cli_write_refreshes_without_polling(running, db, qtbot) -> None:
    card = running.shell.panel._cards[0]
    assert card.balance.text() == "200 / 200 credits"
    # Another connection, as the CLI process would be.
    with LedgerFile.open(db) as cli, qtbot.waitSignal(running.session.changed, timeout=5000):
        cli.log_spend("video", credits=120, at=NOW, now=NOW)
    qtbot.waitUntil(lambda: card.balance.text() == "80 / 200 credits", timeout=3000)
    assert running.watcher.refreshes == 1


def test_own_writes_do_not_trigger_a_second_refresh(running, qtbot) -> None:
    running.session.log_spend("chat", credits=2)
    qtbot.wait(400)  # longer than the debounce
    assert running.watcher.refreshes == 0


def test_second_launch_asks_the_first_to_show_itself(running, db, qapp, qtbot) -> None:
    running.shell.hide()
    second = App(qapp, db, make_clock(NOW.isoformat()))
    assert second.start() == 0  # steps aside
    qtbot.waitUntil(running.shell.isVisible, timeout=3000)


def test_fixed_clock_from_the_environment() -> None:
    assert make_clock("2026-11-23T20:48:00Z")() == NOW
    assert make_clock("2026-11-24T05:48:00+09:00")() == NOW
    assert make_clock(None)().tzinfo is not None


def test_watcher_debounces_a_burst_into_one_check(tmp_path, qtbot, qapp) -> None:
    path = tmp_path / "w.sqlite3"
    path.write_bytes(b"")
    versions = iter([1, 2, 2, 2])
    seen: list[int] = []
    watcher = DbWatcher(path, lambda: next(versions), lambda: seen.append(1))
    for _ in range(3):
        path.write_bytes(b"x")
    qtbot.waitUntil(lambda: seen == [1], timeout=3000)
    qtbot.wait(300)
    assert seen == [1]
    del watcher


def test_damaged_file_at_start_offers_the_backup_and_the_panel_shows_it(
    tmp_path, qapp, qtbot, monkeypatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktopapp.store import backup
    from desktopapp.ui.restore_dialog import RestoreDialog

    db = tmp_path / "damaged.sqlite3"
    yesterday = NOW - timedelta(days=1)
    with LedgerFile.open(db) as t:
        t.set_setting("lang", "en")
        t.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"), now=yesterday)
        t.log_spend("slides", credits=50, at=NOW - timedelta(hours=2), now=NOW)
    backup.create_backup(db, now=NOW - timedelta(hours=1))
    data = bytearray(db.read_bytes())
    data[:100] = b"\x00" * 100  # SQLite no longer recognises the file
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)

    offered: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(50, answer)
            return
        offered.append(dialog.offer.text())
        assert dialog.restore_button is not None
        dialog.restore_button.click()

    QTimer.singleShot(50, answer)
    monkeypatch.setenv("CREDITFUEL_READY_FILE", str(tmp_path / "ready"))
    app = App(qapp, db, make_clock(NOW.isoformat()))
    try:
        assert app.start() == -1
        assert offered and "newest good backup" in offered[0]
        assert list(tmp_path.glob("damaged.sqlite3.corrupt-*")), "the damaged file is kept"
        assert app.shell.panel._cards[0].balance.text() == "150 / 200 credits"
    finally:
        app.stop()


def test_the_daily_backup_is_made_off_the_ui_thread(running, db) -> None:
    import threading

    from desktopapp.store.backup import list_backups

    running._daily_backup()  # what the start-up timer and the first tick of a day call
    worker = running._backup_thread
    assert worker is not threading.current_thread()
    worker.join(timeout=30)
    assert [b.kind for b in list_backups(db)] == ["daily"]


def test_damage_deep_in_history_found_by_the_daily_check_is_shown(tmp_path, qtbot) -> None:
    """The whole-file check runs on the backup worker (never before the icon); a damaged
    page deep in history reaches the UI thread as one plain warning."""
    from desktopapp.app import Housekeeping, _back_up
    from desktopapp.domain.events import Origin, Spend

    path = tmp_path / "deep.sqlite3"
    with LedgerFile.open(path) as t:
        t.add_meter("daily", 200, Daily(time(9), "UTC"), now=NOW - timedelta(days=30))
        t.append_many(
            (
                Spend(origin=Origin(id=str(uuid.uuid4()), at=NOW - timedelta(minutes=i),
                                    device="d", member="m"),
                      kind="chat", credits=0, note="a note long enough to fill pages " * 3)
                for i in range(3000)
            ),
            now=NOW,
        )
    middle = (path.stat().st_size // 2) // 4096 * 4096
    with open(path, "r+b") as f:  # one page deep in history, as a failing disk would
        f.seek(middle)
        f.write(b"\x5a" * 4096)
    report = Housekeeping()
    found: list[str] = []
    report.damage_found.connect(found.append)
    _back_up(path, NOW, report)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found[0]


def test_the_wal_is_folded_into_the_file_once_writes_settle(running, db, qtbot) -> None:
    """Copying only the .sqlite3 file (a file manager, a backup tool) then misses nothing."""
    import sqlite3

    running._wal_timer.setInterval(50)
    running.session.log_spend("chat", credits=3)
    qtbot.waitUntil(lambda: not running._wal_timer.isActive(), timeout=3000)
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = db.parent / "copy.sqlite3"
    copy.write_bytes(db.read_bytes())  # the main file alone
    conn = sqlite3.connect(copy)
    try:
        kinds = [r[0] for r in conn.execute("SELECT kind FROM events WHERE type = 'spend'")]
    finally:
        conn.close()
    assert kinds == ["chat"]


def test_the_tray_says_when_the_size_cap_removed_older_backups(
    tmp_path, qtbot, monkeypatch
) -> None:
    """Backups of a big ledger are capped at 3x its size: the user hears once which older
    ones made room, in plain words, instead of finding them gone."""
    from desktopapp.app import Housekeeping, _back_up
    from desktopapp.store import backup, backup_retention
    from tests.store.backup_support import big_db

    db = big_db(tmp_path / "creditfuel.sqlite3")
    first = [backup.create_backup(db, kind="daily", now=NOW - timedelta(days=d))
             for d in (3, 2, 1)]
    one = first[-1].size
    monkeypatch.setattr(backup_retention, "MAX_TOTAL_FACTOR", 2.5 * one / db.stat().st_size)
    with LedgerFile.open(db) as t:  # a change since: today's backup is due
        t.add_meter("extra", 50, Daily(time(9), "UTC"), now=NOW)
    report = Housekeeping()
    told: list[object] = []
    report.backups_thinned.connect(told.append)
    _back_up(db, NOW, report)  # today's daily backup
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    from desktopapp.services.backups import thinned_notice

    words = thinned_notice(db, told[0], "en", "UTC")
    limit = int(db.stat().st_size * backup_retention.MAX_TOTAL_FACTOR)
    assert words == (
        f"To keep all backups within {limit / 1e6:,.1f} MB (3 times your data file), 2 older "
        f"backups were removed; the oldest was from {first[0].created.date().isoformat()}."
    )
    ja = thinned_notice(db, told[0], "ja", "Asia/Tokyo")
    assert ja is not None and "2件削除しました" in ja
