"""Settings > Data off the UI thread: the tray keeps turning while a big import, export,
backup or restore runs, one action at a time, and the result lands as before.

Real SQLite files in tmp_path, a few thousand events (the store's bulk insert builds
them); no sleeps: every wait is for a signal or a condition.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktopapp.cli.main import main as cli_main
from desktopapp.domain.events import Origin, Spend
from desktopapp.domain.schedule import Daily
from desktopapp.services import exchange
from desktopapp.store import backup
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.ui import data_actions, translations
from desktopapp.ui.data_worker import DataJobs, JobDone
from desktopapp.ui.session import Session
from desktopapp.ui.settings_data import DataTab
from desktopapp.ui.settings_dialog import SettingsDialog
from desktopapp.ui.ticker import Ticker
from tests.ui.dialog_support import add_free, make_session

EVENTS = 4_000
WAIT_MS = 60_000


def bulk(path: Path, now: datetime, count: int = EVENTS) -> None:
    """A ledger of ``count`` spends on a meter named "Imported", one every 5 minutes."""
    with LedgerFile.open(path, Identity("other-desk", "aiko")) as t:
        t.set_setting("tz", "Asia/Tokyo")
        start = now - timedelta(minutes=5 * (count + 1))
        t.add_meter("Imported", 10**9, Daily(time(9), "Asia/Tokyo"), now=start)
        t.append_many(
            (Spend(origin=Origin(str(uuid.uuid4()), start + timedelta(minutes=5 * i),
                                 "other-desk", "aiko"), kind="chat", credits=1)
             for i in range(1, count + 1)),
            now=now,
        )


@pytest.fixture
def big_export(tmp_path: Path, now: datetime) -> Path:
    """The app's own JSON export of a ledger with a few thousand logs."""
    source = tmp_path / "other" / "creditfuel.sqlite3"
    source.parent.mkdir()
    bulk(source, now)
    out = tmp_path / "big.json"
    with LedgerFile.open(source, Identity("other-desk", "aiko")) as t:
        assert exchange.export_to_file(t, now, out, "json") == EVENTS
    return out


@pytest.fixture
def session(tracker: LedgerFile, now: datetime) -> Iterator[Session]:
    add_free(tracker, now)
    tracker.log_spend("slides", credits=50, at=now - timedelta(hours=2), now=now)
    yield make_session(tracker, now)
    translations.install("en")


@pytest.fixture
def dialog(qtbot: QtBot, session: Session) -> SettingsDialog:
    settings = SettingsDialog(session)
    qtbot.addWidget(settings)
    settings.open()
    settings.show_data()
    return settings


@pytest.fixture
def tab(dialog: SettingsDialog) -> DataTab:
    return dialog.data_tab


def buttons(tab: DataTab) -> list[QPushButton]:
    return [tab.backup_button, tab.restore_button, tab.export_json_button,
            tab.export_csv_button, tab.import_button]


def meter_names(ticker: Ticker) -> list[str]:
    assert ticker.status is not None
    return [m.name for m in ticker.status.meters]


def test_a_big_import_runs_while_the_tray_keeps_turning(
    qtbot: QtBot, tab: DataTab, session: Session, big_export: Path
) -> None:
    ticker = Ticker(session, lambda: 0.0)  # what the tray icon and panel draw from
    ticker.start(arm=False)
    assert meter_names(ticker) == ["Genspark Free"]
    fires: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: fires.append(1))
    timer.start()
    try:
        with qtbot.waitSignal(tab.finished, timeout=WAIT_MS) as got:
            assert tab.import_from(big_export)
            assert tab.import_button.text() == "Importing…"
            assert not any(b.isEnabled() for b in buttons(tab))
            assert not tab.import_from(big_export)  # a second click does nothing
            assert not tab.export_to(big_export.with_name("meanwhile.json"), "json")
            fired_before = len(fires)
    finally:
        timer.stop()
    done = got.args[0]
    assert isinstance(done, JobDone) and done.error is None
    # The event loop ran the timer many times while the worker imported.
    assert len(fires) - fired_before > 3
    assert tab.import_button.text() == "&Import…"
    assert all(b.isEnabled() for b in buttons(tab) if b is not tab.restore_button)
    assert tab.message.text().startswith(f"New logs added: {EVENTS:,}. Already here: 0.")
    assert "Meters added: 1." in tab.message.text()
    # The tray heard of it (its figures may come from its own worker a moment later).
    qtbot.waitUntil(lambda: meter_names(ticker) == ["Genspark Free", "Imported"],
                    timeout=WAIT_MS)
    assert len(session.ledger.events()) == EVENTS + 1
    assert not big_export.with_name("meanwhile.json").exists()


def test_an_export_written_by_the_worker_is_the_clis_file(
    qtbot: QtBot, tab: DataTab, session: Session, tmp_path: Path, now: datetime,
    capsys: pytest.CaptureFixture[str],
) -> None:
    session.ledger.append_many(
        (Spend(origin=Origin(str(uuid.uuid4()), now - timedelta(minutes=i), "d", "m"),
               kind="chat", credits=1) for i in range(3, EVENTS)),
        now=now,
    )
    for fmt in ("json", "csv"):
        from_app = tmp_path / f"app.{fmt}"
        with qtbot.waitSignal(tab.finished, timeout=WAIT_MS) as got:
            assert tab.export_to(from_app, fmt)
            assert not tab.message.isVisibleTo(tab)  # not the last export's "Saved to"
            shown = {"json": tab.export_json_button, "csv": tab.export_csv_button}[fmt]
            assert shown.text() == "Exporting…"
        assert got.args[0].error is None
        assert f"Log entries in the file: {EVENTS - 2:,}." in tab.message.text()
        from_cli = tmp_path / f"cli.{fmt}"
        code = cli_main(["--db", str(session.ledger.path), "--now", now.isoformat(),
                         "--lang", "en", "export", "--format", fmt, "--out", str(from_cli)])
        capsys.readouterr()
        assert code == 0
        assert from_app.read_bytes() == from_cli.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "app.csv", "app.json", "cli.csv", "cli.json"]  # no temporary file left


def test_a_failing_import_shows_its_plain_message_and_changes_nothing(
    qtbot: QtBot, tab: DataTab, session: Session, big_export: Path
) -> None:
    broken = big_export.with_name("broken.json")
    data = big_export.read_bytes()
    broken.write_bytes(data[: len(data) * 3 // 4])  # cut short deep inside the logs
    before = backup.content_digest(session.ledger.path)
    changes: list[object] = []
    session.changed.connect(changes.append)

    with qtbot.waitSignal(tab.finished, timeout=WAIT_MS) as got:
        assert tab.import_from(broken)

    assert got.args[0].error is not None and not got.args[0].unexpected
    text = tab.message.text()
    assert "Nothing was imported" in text and "\n" not in text and "Traceback" not in text
    assert backup.content_digest(session.ledger.path) == before
    assert backup.list_backups(session.ledger.path) == []  # no "Before an import" kept
    assert changes == []  # nothing announced: nothing changed
    assert tab.import_button.isEnabled() and tab.import_button.text() == "&Import…"


def test_closing_settings_mid_import_still_lands_and_a_new_window_shows_it_running(
    qtbot: QtBot, session: Session, big_export: Path
) -> None:
    ticker = Ticker(session, lambda: 0.0)
    ticker.start(arm=False)
    first = SettingsDialog(session)
    first.open()
    first.show_data()
    assert first.data_tab.import_from(big_export)
    first.reject()  # closed: hidden, as the tray's windows are
    shiboken6.delete(first.data_tab)  # ... and its Data tab gone for good

    again = SettingsDialog(session)  # opened from the tray while the import runs
    qtbot.addWidget(again)
    again.open()
    again.show_data()
    tab = again.data_tab
    assert tab.import_button.text() == "Importing…" and not tab.import_button.isEnabled()
    assert not tab.back_up_now()
    with qtbot.waitSignal(tab.finished, timeout=WAIT_MS):
        pass
    assert tab.message.text().startswith(f"New logs added: {EVENTS:,}.")
    qtbot.waitUntil(lambda: meter_names(ticker) == ["Genspark Free", "Imported"],
                    timeout=WAIT_MS)
    assert tab.import_button.isEnabled()


def test_a_restore_on_the_worker_reopens_the_trays_file(
    qtbot: QtBot, tab: DataTab, session: Session, big_export: Path
) -> None:
    with qtbot.waitSignal(tab.finished, timeout=WAIT_MS) as got:
        assert tab.back_up_now()
        assert tab.backup_button.text() == "Backing up…"
    made = got.args[0].result
    with qtbot.waitSignal(tab.finished, timeout=WAIT_MS):
        assert tab.import_from(big_export)
    assert len(session.ledger.events()) == EVENTS + 1

    with qtbot.waitSignal(tab.finished, timeout=WAIT_MS):
        assert tab.restore(made)
        assert tab.restore_button.text() == "Restoring…"
    assert len(session.ledger.events()) == 1  # the tray's own connection sees the backup
    assert "Restored the backup" in tab.message.text()
    assert backup.list_backups(session.ledger.path)[0].kind == "prerestore"


def test_quitting_mid_export_leaves_no_partial_file(
    qtbot: QtBot, tab: DataTab, session: Session, tmp_path: Path, now: datetime
) -> None:
    session.ledger.append_many(
        (Spend(origin=Origin(str(uuid.uuid4()), now - timedelta(minutes=i), "d", "m"),
               kind="chat", credits=1) for i in range(3, 4 * EVENTS)),
        now=now,
    )
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "all.json"
    jobs = data_actions.jobs(session)
    assert tab.export_to(target, "json")
    worker = jobs._thread
    assert worker is not None
    # Quit once the export is writing its temporary file (or, on a fast machine, done).
    writing = folder / ".all.json.tmp"
    qtbot.waitUntil(lambda: writing.exists() or not worker.is_alive(), timeout=WAIT_MS)
    jobs.stop()  # what the app's aboutToQuit calls
    assert not worker.is_alive()
    # Stopped before the end: no file at all; or it had just finished: the whole file.
    left = list(folder.iterdir())
    assert left in ([], [target])
    if left:
        assert target.read_bytes().rstrip().endswith(b"}")


def test_quitting_mid_import_rolls_it_back(
    qtbot: QtBot, tab: DataTab, session: Session, big_export: Path
) -> None:
    path = session.ledger.path
    before = backup.content_digest(path)
    jobs = data_actions.jobs(session)
    assert tab.import_from(big_export)
    worker = jobs._thread
    assert worker is not None
    # Quit once its "Before an import" copy is made, i.e. while it writes (or is done).
    qtbot.waitUntil(lambda: bool(backup.list_backups(path)) or not worker.is_alive(),
                    timeout=WAIT_MS)
    jobs.stop()  # what the app's aboutToQuit calls
    assert not worker.is_alive()
    if backup.content_digest(path) == before:  # rolled back: no copy of nothing kept
        assert backup.list_backups(path) == []
    else:  # it had just committed: all of it, with its way back
        assert len(session.ledger.events()) == EVENTS + 1
        assert [b.kind for b in backup.list_backups(path)] == ["preimport"]


def test_an_unexpected_error_reaches_the_error_hook_and_frees_the_buttons(
    qtbot: QtBot, tab: DataTab, session: Session
) -> None:
    def broken(_context: object) -> None:
        raise ZeroDivisionError("a bug in an action")

    jobs = DataJobs.of(session)
    assert jobs is data_actions.jobs(session)  # one runner per session
    with qtbot.captureExceptions() as caught, qtbot.waitSignal(tab.finished, timeout=WAIT_MS):
        assert jobs.start("export-json", broken)
    assert [type(e[1]) for e in caught] == [ZeroDivisionError]
    assert all(b.isEnabled() for b in buttons(tab) if b is not tab.restore_button)
    assert not tab.message.isVisibleTo(tab)  # no second, vaguer message
