"""The ledger window on a real SQLite ledger: every log newest first, filters and search,
paging as the user scrolls, an edit and a delete by keyboard with Undo, and exports of
what it shows (CSV and an Excel workbook read back with openpyxl)."""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktopapp.domain.events import Origin, Spend
from desktopapp.store import connection
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.ledger_export import ExportDone
from desktopapp.ui.ledger_model import COLUMNS, PAGE_SIZE
from desktopapp.ui.ledger_window import LedgerWindow
from tests.ui.dialog_support import add_plus, make_session

TOKYO = ZoneInfo("Asia/Tokyo")
COL = {c.key: i for i, c in enumerate(COLUMNS)}


def jst(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TOKYO)


def small_ledger(tracker: LedgerFile, now: datetime) -> None:
    """Plus (10,000) and five tasks; newest: the Japanese one on the 25th at 12:00 JST."""
    add_plus(tracker, now)
    log = tracker.log_spend
    log("slides", credits=60, project="0123", note="deck for the client", size=12,
        at=jst(23, 10), now=now)
    log("research", credits=40, project="=HYPERLINK(\"http://x\")", note="@risky",
        at=jst(23, 23, 30), now=now)
    log("research", credits=30, project="0123", outcome="failed", note="client retry",
        at=jst(24, 0, 30), now=now)
    log("video", credits=300, project="Beta", size=30, outcome="retake", at=jst(25, 11),
        now=now)
    log("video", credits=320, project="東京の案件", note="納品用の動画", size=30,
        at=jst(25, 12), now=now)


def open_window(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> LedgerWindow:
    window = LedgerWindow(make_session(tracker, now))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def cells(window: LedgerWindow, key: str) -> list[str]:
    model, col = window.model, COL[key]
    return [model.index(r, col).data() for r in range(model.rowCount())]


def balance(window: LedgerWindow) -> int:
    return int(window.session.status().meters[0].balance)


def test_every_log_newest_first_in_the_users_zone(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    assert cells(window, "kind") == ["Video", "Video", "Research", "Research", "Slides"]
    assert cells(window, "credits") == ["320", "300", "30", "40", "60"]
    assert cells(window, "project")[0] == "東京の案件"
    when = cells(window, "at")
    assert when[0].endswith("12:00 JST") and when[2].endswith("00:30 JST")
    assert "(Asia/Tokyo)" in window.model.headerData(COL["at"], Qt.Orientation.Horizontal)
    assert "Genspark Plus 9,250 / 10,000" in window.balances.text()
    # Every control can be named by a screen reader.
    for widget in (window.view, window.filters.search, window.filters.kind,
                   window.open_button, window.delete_button, window.undo_button,
                   window.csv_button, window.xlsx_button, window.close_button):
        assert widget.accessibleName(), widget


def test_filters_and_search_in_notes(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    bar = window.filters
    bar.kind.setCurrentIndex(bar.kind.findData("research"))
    assert cells(window, "credits") == ["30", "40"]
    bar.outcome.setCurrentIndex(bar.outcome.findData("failed"))
    assert cells(window, "credits") == ["30"]
    bar.kind.setCurrentIndex(0)
    bar.outcome.setCurrentIndex(0)
    bar.project.setCurrentIndex(bar.project.findData("0123"))
    assert cells(window, "credits") == ["30", "60"]
    bar.project.setCurrentIndex(0)

    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.search.hasFocus()
    qtbot.keyClicks(bar.search, "client")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)  # Enter: search now, go to the list
    assert cells(window, "note") == ["client retry", "deck for the client"]
    assert window.view.hasFocus() and window.selected_rows() == [0]

    bar.search.clear()
    bar.flush()
    bar.period.setCurrentIndex(bar.period.findData(7))
    assert len(cells(window, "kind")) == 5  # all within the week before now
    window.session.log_spend("chat", credits=5, meter="Genspark Plus", at=jst(25, 13))
    assert len(cells(window, "kind")) == 6  # the window follows the session's writes
    bar.meter.setCurrentIndex(bar.meter.findData("Genspark Plus"))
    # Its account's only meter: the logs that named no meter drew from it, so they show.
    assert len(cells(window, "kind")) == 6
    assert cells(window, "meter")[0] == "Genspark Plus"  # the one that named it


def many_spends(count: int, now: datetime) -> Iterator[Spend]:
    start = now - timedelta(days=300)
    step = timedelta(days=299) / count
    for i in range(count):
        origin = Origin(str(uuid.UUID(int=i + 1)), start + step * i, "test-device", "tester")
        yield Spend(origin, "chat", 1, project=f"P{i % 7}", note=f"n{i}")


def test_scrolling_to_the_end_fetches_the_next_page(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_plus(tracker, now, grant=100_000)
    tracker.append_many(many_spends(PAGE_SIZE * 2 + 50, now), now=now)
    window = open_window(qtbot, tracker, now)
    assert window.model.rowCount() == PAGE_SIZE
    window.view.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > PAGE_SIZE)
    assert window.model.rowCount() == PAGE_SIZE * 2
    window.view.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() == PAGE_SIZE * 2 + 50)
    assert not window.model.canFetchMore()
    notes = cells(window, "note")
    assert notes[0] == f"n{PAGE_SIZE * 2 + 49}" and notes[-1] == "n0"  # newest first, no gap
    assert len(set(notes)) == len(notes)


def test_edit_one_by_keyboard_is_marked_edited_and_moves_the_balance(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    before = balance(window)
    window.view.setFocus()
    window.view.selectRow(1)  # the 300-credit retake
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    dialog = window.dialog
    assert dialog.isVisible() and dialog.credits is not None
    assert dialog.credits.value() == 300
    qtbot.waitUntil(dialog.credits.hasFocus)  # the cost, ready to type over
    for field in (dialog.when, dialog.kind, dialog.credits, dialog.size_box, dialog.project,
                  dialog.outcome, dialog.note):
        assert field is not None and field.accessibleName(), field
    qtbot.keyClicks(dialog.credits, "250")
    qtbot.keyClick(dialog.credits, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert cells(window, "credits") == ["320", "250", "30", "40", "60"]
    assert cells(window, "edited") == ["", "Edited", "", "", ""]
    assert balance(window) == before + 50
    assert "Edited" in window.message.text()

    qtbot.waitUntil(window.isActiveWindow)  # back in the list when the form closes
    assert window.view.hasFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cells(window, "credits") == ["320", "300", "30", "40", "60"]
    assert cells(window, "edited") == ["", "", "", "", ""]
    assert balance(window) == before


def test_clearing_a_project_and_a_refused_edit(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    window.open_row(0)
    dialog = window.dialog
    assert dialog.project is not None
    dialog.project.setCurrentText("")
    dialog.accept()
    assert cells(window, "project")[0] == ""

    window.open_row(0)
    dialog = window.dialog
    assert dialog.credits is not None
    dialog.credits.setValue(50_000)  # more than the whole plan holds
    dialog.accept()
    assert dialog.isVisible(), "a refused edit keeps the form open"
    assert dialog.message.text()
    assert cells(window, "credits")[0] == "320"


def answer(window: LedgerWindow, qtbot: QtBot, key: Qt.Key) -> None:
    box = window.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.keyClick(box, key)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_delete_two_at_once_then_undo(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    before = balance(window)
    window.view.setFocus()
    window.view.selectRow(0)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_rows() == [0, 1]

    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert "2 logs" in window.confirm.text()
    answer(window, qtbot, Qt.Key.Key_Escape)  # Esc keeps them
    assert len(cells(window, "kind")) == 5

    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    answer(window, qtbot, Qt.Key.Key_Return)  # Enter: the plain "Delete"
    assert cells(window, "credits") == ["30", "40", "60"]
    assert balance(window) == before + 620

    assert window.undo_button.isEnabled()
    window.undo_button.click()
    assert cells(window, "credits") == ["320", "300", "30", "40", "60"]
    assert balance(window) == before


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel in Japan reads UTF-8
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def export(window: LedgerWindow, qtbot: QtBot, target: Path, fmt: str) -> ExportDone:
    with qtbot.waitSignal(window.exporter.finished, timeout=20_000) as blocker:
        window.export(target, fmt)
    done = blocker.args[0]
    assert isinstance(done, ExportDone) and done.error is None, done
    return done


def test_exports_hold_what_the_window_shows(
    qtbot: QtBot, tracker: LedgerFile, now: datetime, tmp_path: Path
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    bar = window.filters
    bar.outcome.setCurrentIndex(bar.outcome.findData("ok"))  # the three finished tasks
    assert cells(window, "credits") == ["320", "40", "60"]

    done = export(window, qtbot, tmp_path / "ledger.csv", "csv")
    assert done.rows == 3 and "Saved 3 logs" in window.message.text()
    rows = read_csv(tmp_path / "ledger.csv")
    assert rows[0][COL["at"]] == "When (Asia/Tokyo)"
    assert [r[COL["credits"]] for r in rows[1:]] == ["320", "40", "60"]
    assert rows[1][COL["at"]] == "2026-11-25 12:00"
    assert rows[1][COL["project"]] == "東京の案件"
    assert rows[2][COL["project"]].startswith("'=")  # never a formula in a spreadsheet
    assert rows[2][COL["note"]] == "'@risky"
    assert oct(os.stat(tmp_path / "ledger.csv").st_mode & 0o777) == "0o600"

    target = tmp_path / "ledger.xlsx"
    done = export(window, qtbot, target, "xlsx")
    assert done.rows == 3
    assert oct(os.stat(target).st_mode & 0o777) == "0o600"
    sheet = openpyxl.load_workbook(target).active
    table = [list(r) for r in sheet.iter_rows()]
    assert [c.value for c in table[0]][COL["at"]] == "When (Asia/Tokyo)"
    body = table[1:]
    assert [r[COL["credits"]].value for r in body] == [320, 40, 60]
    assert all(r[COL["credits"]].data_type == "n" for r in body)
    assert body[0][COL["at"]].value == datetime(2026, 11, 25, 12, 0)  # Tokyo wall clock
    assert body[0][COL["at"]].is_date
    assert body[0][COL["project"]].value == "東京の案件"
    assert body[0][COL["note"]].value == "納品用の動画"
    assert body[1][COL["project"]].value == '=HYPERLINK("http://x")'
    assert body[1][COL["note"]].value == "@risky"
    assert body[2][COL["project"]].value == "0123"  # a client code, not the number 123
    assert body[2][COL["size"]].value == 12
    assert not any(c.data_type == "f" for r in table for c in r), "no cell is a formula"

    bar.outcome.setCurrentIndex(bar.outcome.findData("failed"))
    done = export(window, qtbot, target, "xlsx")  # replaces the file it made
    sheet = openpyxl.load_workbook(target).active
    assert done.rows == 1 and sheet.max_row == 2
    assert sheet.cell(2, COL["project"] + 1).value == "0123"
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_export_to_a_folder_that_is_gone_says_so(
    qtbot: QtBot, tracker: LedgerFile, now: datetime, tmp_path: Path
) -> None:
    small_ledger(tracker, now)
    window = open_window(qtbot, tracker, now)
    with qtbot.waitSignal(window.exporter.finished, timeout=20_000):
        window.export(tmp_path / "missing" / "ledger.xlsx", "xlsx")
    assert "Could not save the file" in window.message.text()
    assert window.xlsx_button.isEnabled()


def bulk_spends(tracker: LedgerFile, count: int, now: datetime) -> None:
    """``count`` one-credit chats over the last 300 days, written by SQLite itself: the
    same rows ``append_many`` writes, in a second instead of ten (no Python objects)."""
    start_ms = int((now - timedelta(days=300)).timestamp() * 1000)
    step_ms = 299 * 86_400_000 // count
    with connection.transaction(tracker.db):
        tracker.db.conn.execute(
            """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
               INSERT INTO events (id, type, at_ms, recorded_ms, device, member, account,
                                   kind, credits, project, outcome, note)
               SELECT printf('00000000-0000-4000-8000-%012d', i), 'spend', ? + i * ?, ?,
                      'test-device', 'tester', 'Genspark', 'chat', 1, 'P' || (i % 7), 'ok',
                      'n' || (i - 1)
               FROM n""",
            [count, start_ms, step_ms, int(now.timestamp() * 1000)],
        )


def test_a_large_ledger_opens_with_one_page(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_plus(tracker, now, grant=1_000_000)
    bulk_spends(tracker, 100_000, now)
    assert tracker.spends(since=now - timedelta(days=2), until=now)[-1].note == "n99999"
    window = open_window(qtbot, tracker, now)
    assert window.model.rowCount() <= PAGE_SIZE
    assert window.model.pages_read == 1
    assert window.model.canFetchMore()


def test_escape_closes_and_the_tray_and_history_open_it(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    from desktopapp.ui.history_window import HistoryWindow
    from desktopapp.ui.ticker import Ticker
    from desktopapp.ui.tray import TrayController

    small_ledger(tracker, now)
    session = make_session(tracker, now)
    ticker = Ticker(session, lambda: 0.0)
    tray = TrayController(session, ticker)
    try:
        tray.rebuild_menu()
        action = next(a for a in tray.menu.actions() if a.text() == "Le&dger…")
        action.trigger()
        opened = tray.windows.open_windows["ledger"]
        assert isinstance(opened, LedgerWindow) and opened.isVisible()
        qtbot.addWidget(opened)
    finally:
        tray.close()

    history = HistoryWindow(session)
    qtbot.addWidget(history)
    history.show()
    history.ledger_button.click()
    window = history.open_ledger()
    assert isinstance(window, LedgerWindow) and window.isVisible()
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_a_set_balance_is_listed_and_opening_it_says_how_to_change_it(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    from desktopapp.services import set_balance

    small_ledger(tracker, now)
    set_balance.set_balance(tracker, now, 8_000, at=jst(25, 13))
    window = open_window(qtbot, tracker, now)
    assert cells(window, "kind")[0] == "Balance set"
    assert cells(window, "balance")[0] == "8,000" and cells(window, "credits")[0] == ""
    window.view.setFocus()
    window.view.selectRow(0)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert "Only tasks can be edited" in window.message.text()

    qtbot.keyClick(window.view, Qt.Key.Key_Delete)  # but it can be deleted, and come back
    answer(window, qtbot, Qt.Key.Key_Return)
    assert cells(window, "kind")[0] == "Video"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cells(window, "kind")[0] == "Balance set"
    assert balance(window) == 8_000


def test_the_window_speaks_japanese(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    small_ledger(tracker, now)
    window = LedgerWindow(make_session(tracker, now, lang="ja"))
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == "CreditFuel — 記録の一覧"
        header = window.model.headerData(COL["at"], Qt.Orientation.Horizontal)
        assert header == "日時 (Asia/Tokyo)"
        assert cells(window, "kind")[0] == "動画"
        assert cells(window, "at")[0].endswith("12:00 JST")
        assert window.filters.kind.itemText(0) == "すべての種類"
        assert window.xlsx_button.text() == "Excel でエクスポート(&E)…"
    finally:
        make_session(tracker, now, lang="en")  # the next test's words


def test_in_a_team_each_members_logs_can_be_picked(
    qtbot: QtBot, tracker: LedgerFile, now: datetime, tmp_path: Path
) -> None:
    from desktopapp.services import team
    from desktopapp.store.ledger_file import Identity

    folder = tmp_path / "OneDrive" / "team"
    folder.mkdir(parents=True)
    add_plus(tracker, now)
    tracker.log_spend("slides", credits=60, at=jst(24, 10), now=now)
    team.create(tracker, folder, "Ann", now=now)
    with LedgerFile.open(tmp_path / "ben.sqlite3", Identity("pc-ben", "Ben")) as ben:
        team.join(ben, folder, "Ben", now=now)
        ben.log_spend("video", credits=300, at=jst(25, 11), now=now)
        team.after_write(ben, now=now)
    team.sync(tracker, now=now)

    window = open_window(qtbot, tracker, now)
    bar = window.filters
    names = [bar.member.itemText(i) for i in range(bar.member.count())]
    # The team's members, then a name seen in the rows: this PC's before it joined.
    assert names == ["Everyone", "Ann", "Ben", "tester"]
    assert cells(window, "member") == ["Ben", "tester"]
    bar.member.setCurrentIndex(bar.member.findData("Ben"))
    assert cells(window, "kind") == ["Video"]
    bar.member.setCurrentIndex(bar.member.findData("tester"))
    assert cells(window, "kind") == ["Slides"]
    window.session.log_spend("chat", credits=2, at=jst(25, 12))  # a write: lists afresh
    assert bar.member.currentData() == "tester"  # a name seen stays offered and chosen
