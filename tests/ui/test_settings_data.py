"""The Settings "Data" tab as a user meets it: back up, restore, export, import.

Real SQLite files in tmp_path, the real store underneath; file dialogs are skipped by
calling the methods their buttons call once a file is chosen. The actions run on a
worker thread: each test waits for the tab's ``finished`` signal (``run``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktopapp.store import backup
from desktopapp.store.ledger_file import Identity, LedgerFile
from desktopapp.ui import data_actions, translations
from desktopapp.ui.data_worker import JobDone
from desktopapp.ui.session import Session
from desktopapp.ui.settings_data import DataTab
from desktopapp.ui.settings_dialog import SettingsDialog
from desktopapp.ui.ticker import Ticker
from desktopapp.ui.tray import TrayController
from tests.ui.dialog_support import Clock, add_free, make_session


@pytest.fixture
def session(tracker: LedgerFile, now: datetime) -> Iterator[Session]:
    add_free(tracker, now)
    tracker.log_spend("slides", credits=50, at=now - timedelta(hours=2), now=now)
    tracker.log_spend("image", credits=30, at=now - timedelta(hours=1), now=now)
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


def clock_of(session: Session) -> Clock:
    clock = session._now
    assert isinstance(clock, Clock)
    return clock


def run(qtbot: QtBot, tab: DataTab, start: Callable[[], bool]) -> JobDone:
    """Start an action as its button does and wait until its message is shown."""
    with qtbot.waitSignal(tab.finished, timeout=30_000) as got:
        assert start()
    done = got.args[0]
    assert isinstance(done, JobDone)
    return done


def kinds_listed(tab: DataTab) -> list[str]:
    return [tab.table.item(row, 1).text() for row in range(tab.table.rowCount())]


def notes(tracker: LedgerFile) -> list[str | None]:
    return [e.note for e in tracker.events()]  # type: ignore[attr-defined]


def test_back_up_now_adds_a_checked_backup_to_the_list(
    qtbot: QtBot, tab: DataTab, session: Session
) -> None:
    assert tab.table.rowCount() == 0
    assert not tab.restore_button.isEnabled()  # nothing chosen: nothing restored by accident

    info = run(qtbot, tab, tab.back_up_now).result

    assert info is not None and info.path.is_file() and backup.check(info.path)
    assert kinds_listed(tab) == ["Made by you"]
    assert str(info.path) in tab.message.text()  # says where
    assert "checked" in tab.message.text()
    assert str(backup.backups_dir(session.ledger.path)) in tab.backup_intro.text()
    assert tab.selected() == info and tab.restore_button.isEnabled()


def test_restore_shows_the_backed_up_ledger_at_once(
    qtbot: QtBot, tab: DataTab, session: Session
) -> None:
    tracker = session.ledger
    clock = clock_of(session)
    ticker = Ticker(session, lambda: 0.0)  # what the tray icon and panel draw from
    ticker.start(arm=False)
    session.log_spend("image", credits=30, note="before the backup")
    clock.advance(minutes=5)
    made = run(qtbot, tab, tab.back_up_now).result
    clock.advance(hours=1)
    session.log_spend("video", credits=60, note="after the backup")  # 200 - 170: fits
    balance_after = session.status().meters[0].balance

    tab.select(made)
    tab.restore_button.click()
    box = tab.confirm_box
    assert box is not None and box.isVisible()
    assert box.windowTitle().startswith("CreditFuel")
    assert "Go back to the backup from" in box.text()
    text = box.informativeText()
    assert "“Before a restore” backup" in text and "Nothing is deleted" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    confirm = tab.confirm_button
    assert confirm is not None

    def click_restore() -> bool:
        confirm.click()
        return True

    with qtbot.waitSignal(session.changed, timeout=30_000):
        run(qtbot, tab, click_restore)

    # The same LedgerFile object (the app's watcher and shutdown hold it), the restored data.
    assert session.ledger is tracker
    assert "before the backup" in notes(tracker)
    assert "after the backup" not in notes(tracker)
    assert session.status().meters[0].balance == balance_after + 60
    assert ticker.status is not None and ticker.status.meters[0].balance == balance_after + 60
    assert kinds_listed(tab)[0] == "Before a restore"
    assert "Restored the backup" in tab.message.text()

    # Nothing was deleted: the "before restore" copy brings the later log back.
    [safety] = [b for b in backup.list_backups(tracker.path) if b.kind == "prerestore"]
    assert run(qtbot, tab, lambda: tab.restore(safety)).error is None
    assert "after the backup" in notes(tracker)


def test_cancelling_the_restore_question_changes_nothing(
    qtbot: QtBot, tab: DataTab, session: Session
) -> None:
    made = run(qtbot, tab, tab.back_up_now).result
    session.log_spend("video", credits=60, note="after the backup")  # 200 - 170: fits
    tab.select(made)
    tab.ask_restore()
    box = tab.confirm_box
    assert box is not None
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    cancel.click()
    assert "after the backup" in notes(session.ledger)
    assert kinds_listed(tab) == ["Made by you"]


def test_export_json_then_import_into_a_fresh_file_gives_the_same_status(
    qtbot: QtBot, tab: DataTab, session: Session, tmp_path: Path, now: datetime
) -> None:
    target = tmp_path / "out" / "creditfuel-2026-11-25.json"
    target.parent.mkdir()
    run(qtbot, tab, lambda: tab.export_to(target, "json"))
    assert str(target) in tab.message.text() and "Log entries in the file: 2" in tab.message.text()
    assert json.loads(target.read_text(encoding="utf-8"))["events"]

    with LedgerFile.open(tmp_path / "other" / "creditfuel.sqlite3", Identity("desk", "aiko")) as t:
        other = make_session(t, now)
        fresh = DataTab(other)
        qtbot.addWidget(fresh)
        with qtbot.waitSignal(other.changed, timeout=30_000):
            run(qtbot, fresh, lambda: fresh.import_from(target))
        assert fresh.message.text().startswith("New logs added: 2. Already here: 0.")
        assert "Meters added: 1." in fresh.message.text()
        assert "“Before an import”" in fresh.message.text()
        assert kinds_listed(fresh) == ["Before an import"]
        assert other.status() == session.status()


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    qtbot: QtBot, tab: DataTab, session: Session, tmp_path: Path
) -> None:
    target = tmp_path / "export.json"
    run(qtbot, tab, lambda: tab.export_to(target, "json"))
    count = len(session.ledger.events())

    # this very ledger's export: everything is here
    run(qtbot, tab, lambda: tab.import_from(target))
    assert tab.message.text().startswith("New logs added: 0. Already here: 2.")
    assert "Nothing was changed." in tab.message.text()
    assert len(session.ledger.events()) == count
    assert backup.list_backups(session.ledger.path) == []  # no pointless "before import"


def test_csv_export_opens_in_a_spreadsheet_and_imports_back(
    qtbot: QtBot, tab: DataTab, session: Session, tmp_path: Path
) -> None:
    target = tmp_path / "sheet.csv"
    run(qtbot, tab, lambda: tab.export_to(target, "csv"))
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Japanese
    assert b"slides" in data
    run(qtbot, tab, lambda: tab.import_from(target))
    assert tab.message.text().startswith("New logs added: 0. Already here: 2.")


def test_a_broken_import_shows_one_message_and_changes_nothing(
    qtbot: QtBot, tab: DataTab, session: Session, tmp_path: Path
) -> None:
    good = tmp_path / "good.json"
    run(qtbot, tab, lambda: tab.export_to(good, "json"))
    broken = tmp_path / "broken.json"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    before = backup.content_digest(session.ledger.path)

    assert run(qtbot, tab, lambda: tab.import_from(broken)).error is not None

    assert tab.message.isVisibleTo(tab)
    text = tab.message.text()
    assert "Nothing was imported" in text and "\n" not in text
    assert backup.content_digest(session.ledger.path) == before
    assert backup.list_backups(session.ledger.path) == []


def test_an_export_that_cannot_be_written_says_so(
    qtbot: QtBot, tab: DataTab, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "export.json"
    assert run(qtbot, tab, lambda: tab.export_to(target, "json")).error is not None
    assert "Could not write" in tab.message.text() and str(target) in tab.message.text()
    assert not target.parent.exists()


def test_default_export_name_is_dated_in_the_users_zone(session: Session) -> None:
    clock_of(session).now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)  # 26th in Tokyo
    path = data_actions.default_export_path(session, "json")
    assert path.name == "creditfuel-2026-11-26.json"
    assert path.parent == data_actions.documents_folder()
    assert data_actions.with_suffix(Path("/tmp/mine"), "csv") == Path("/tmp/mine.csv")
    assert data_actions.with_suffix(Path("/tmp/a.txt"), "csv") == Path("/tmp/a.txt")


def test_every_button_has_its_own_access_key(tab: DataTab) -> None:
    buttons = (tab.backup_button, tab.restore_button, tab.export_json_button,
               tab.export_csv_button, tab.import_button)
    keys = [b.text().split("&")[1][0].lower() for b in buttons]
    assert len(keys) == len(set(keys))


def test_japanese_after_the_translator_is_installed(
    qtbot: QtBot, dialog: SettingsDialog, tab: DataTab
) -> None:
    run(qtbot, tab, tab.back_up_now)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "Data"
    translations.install("ja")  # what Settings > General > Language does
    qtbot.waitUntil(lambda: dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "データ")
    assert "バックアップ" in tab.backup_button.text()
    assert "復元" in tab.restore_button.text()
    assert "書き出す" in tab.export_json_button.text()
    assert "取り込" in tab.import_button.text()
    assert kinds_listed(tab) == ["手動"]
    assert "バックアップ" in tab.backup_intro.text()
    missing = tab.session.ledger.path.with_name("missing.json")
    run(qtbot, tab, lambda: tab.import_from(missing))
    assert "見つかりません" in tab.message.text()


def test_tray_menu_opens_the_data_tab(qtbot: QtBot, session: Session) -> None:

    ticker = Ticker(session, lambda: 0.0)
    tray = TrayController(session, ticker)
    try:
        tray.menu.aboutToShow.emit()
        [action] = [a for a in tray.menu.actions()
                    if a.text().replace("&", "") == "Backups and export…"]
        action.trigger()
        window = tray.windows.open_windows["settings"]
        qtbot.addWidget(window)
        assert isinstance(window, SettingsDialog)
        assert window.tabs.currentWidget() is window.data_tab
    finally:
        tray.close()
