"""Quick log driven from the keyboard, against a real ledger file."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.quick_log import QuickLogDialog, parse_count
from tests.ui.dialog_support import add_free, make_session


def open_dialog(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> QuickLogDialog:
    session = make_session(tracker, now)
    dialog = QuickLogDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_into(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def ime_commit(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Text arriving the way an input method delivers it (QTest cannot type non-ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def todays_spends(tracker: LedgerFile, now: datetime):  # type: ignore[no-untyped-def]
    return tracker.spends(since=now - timedelta(days=1), until=now)


def test_keyboard_log_creates_a_spend_with_every_field(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    tracker.log_spend("research", credits=20, project="Tanaka Foods", at=now - timedelta(hours=3),
                      now=now)
    dialog = open_dialog(qtbot, tracker, now)
    type_into(qtbot, dialog.kind.lineEdit(), "Slides")
    qtbot.keyClick(dialog.kind.lineEdit(), Qt.Key.Key_Tab)
    assert dialog.size_box.isVisible()  # slides have pages
    qtbot.keyClicks(dialog.size_box, "12")
    type_into(qtbot, dialog.amount, "55")
    type_into(qtbot, dialog.project, "Tanaka Foods")
    dialog.outcome.setFocus()
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # Done -> Failed
    type_into(qtbot, dialog.note, "first draft")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    spend = todays_spends(tracker, now)[-1]
    assert (spend.kind, spend.credits, spend.size) == ("slides", 55, 12.0)
    assert (spend.project, spend.outcome, spend.note) == ("Tanaka Foods", "failed", "first draft")
    assert dialog.confirmation.isVisible()
    assert "55" in dialog.confirmation.label.text()


def test_balance_now_derives_the_cost(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    add_free(tracker, now)  # 200 at 09:00 Tokyo; now is 18:00 Tokyo
    dialog = open_dialog(qtbot, tracker, now)
    type_into(qtbot, dialog.kind.lineEdit(), "Research")
    dialog.balance_now.setFocus()
    qtbot.keyClick(dialog.balance_now, Qt.Key.Key_Space)
    assert dialog.balance_now.isChecked()
    type_into(qtbot, dialog.amount, "")
    ime_commit(dialog.amount, "１５８")  # full-width digits, as a Japanese IME commits them
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    [spend] = todays_spends(tracker, now)
    assert (spend.kind, spend.credits, spend.balance_after) == ("research", 42, 158)
    assert tracker.status(now).meters[0].balance == 158


def test_undo_from_the_confirmation_removes_the_log(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    type_into(qtbot, dialog.amount, "3")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert len(todays_spends(tracker, now)) == 1

    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # Un&do
    # A mnemonic "animates" the click: the button fires a moment later.
    qtbot.waitUntil(lambda: todays_spends(tracker, now) == [])
    assert tracker.status(now).meters[0].balance == 200
    assert not dialog.confirmation.undo_button.isEnabled()


def test_bad_input_shows_a_plain_message_and_writes_nothing(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    type_into(qtbot, dialog.amount, "fifty")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.message.isVisible()
    assert "whole number" in dialog.message.text()
    assert dialog.isVisible()

    type_into(qtbot, dialog.amount, "")  # nothing typed: the tracker says what is missing
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.message.isVisible() and dialog.message.text()
    assert "credits_or_balance" not in dialog.message.text()  # words, not codes
    assert todays_spends(tracker, now) == []


def test_repeat_last_takes_two_keystrokes(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    add_free(tracker, now)
    tracker.log_spend("slides", credits=48, project="ACME", size=10, at=now - timedelta(hours=2),
                      now=now)
    dialog = open_dialog(qtbot, tracker, now)
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    first, second = todays_spends(tracker, now)
    assert (second.kind, second.credits, second.project, second.size) == ("slides", 48, "ACME", 10)
    assert second.origin.id != first.origin.id
    # A second Enter on the untouched form closes the dialog.
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(todays_spends(tracker, now)) == 2


def test_recent_kinds_come_first_and_projects_complete(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    tracker.log_spend("image", credits=30, project="Sato Design", at=now - timedelta(hours=2),
                      now=now)
    dialog = open_dialog(qtbot, tracker, now)
    assert dialog.kind.itemData(0) == "image"
    assert dialog.current_kind() == "image"
    completer = dialog.project.completer()
    completer.setCompletionPrefix("sato")
    assert completer.currentCompletion() == "Sato Design"


def test_escape_cancels_without_writing(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    add_free(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    type_into(qtbot, dialog.amount, "10")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert todays_spends(tracker, now) == []


def test_a_high_octane_kind_shows_its_cost_inline_and_logs_without_a_warning(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    """A finished task is logged: "Before I start…" is for before, never in the way."""
    add_free(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    type_into(qtbot, dialog.kind.lineEdit(), "Video")
    qtbot.keyClick(dialog.kind.lineEdit(), Qt.Key.Key_Tab)
    assert dialog.cost_note.isVisible() and "credits" in dialog.cost_note.text()
    type_into(qtbot, dialog.amount, "150")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() in (None, dialog)
    [spend] = todays_spends(tracker, now)
    assert (spend.kind, spend.credits) == ("video", 150)


def test_parse_count_reads_what_people_type() -> None:
    assert parse_count(" 1,234 ") == 1234
    assert parse_count("５０") == 50
    assert parse_count("") is None
    for bad in ("12.5", "abc", "1e3"):
        try:
            parse_count(bad)
        except ValueError:
            continue
        raise AssertionError(bad)
