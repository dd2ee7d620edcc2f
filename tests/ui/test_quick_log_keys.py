"""Quick log's keyboard traps (issue 9), each driven by keys as a user types them."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktopapp.services import set_balance as set_balance_service
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.quick_log import QuickLogDialog
from tests.ui.dialog_support import add_free, add_plus, make_session


def open_dialog(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> QuickLogDialog:
    session = make_session(tracker, now)
    dialog = QuickLogDialog(session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def spends(tracker: LedgerFile, now: datetime) -> list:  # type: ignore[type-arg]
    return tracker.spends(since=now - timedelta(days=1), until=now + timedelta(seconds=1))


def keys_go_to() -> QWidget:
    """Where a real key press lands: an open popup keeps the keyboard, else the focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None
    return target


def type_kind(qtbot: QtBot, dialog: QuickLogDialog, text: str) -> None:
    line = dialog.kind.lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, text)


def test_alt_e_then_a_number_goes_into_credits_not_the_kind(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    type_kind(qtbot, dialog, "Research")
    assert dialog.kind.completer().popup().isVisible()  # the completion popup is open
    qtbot.keyClick(keys_go_to(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(keys_go_to(), "95")
    assert dialog.amount.text() == "95"
    assert dialog.kind.currentText() == "Research"
    qtbot.keyClick(keys_go_to(), Qt.Key.Key_Return)
    [spend] = spends(tracker, now)
    assert (spend.kind, spend.credits) == ("research", 95)


def test_arrowing_through_the_kinds_never_opens_a_modal(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    dialog.kind.setFocus()
    for _ in range(dialog.kind.count()):
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
        assert QApplication.activeModalWidget() in (None, dialog)
        assert dialog.kind.hasFocus() or dialog.kind.lineEdit().hasFocus()
    dialog.kind.setCurrentIndex(dialog.kind.findData("video"))
    assert dialog.cost_note.isVisible()  # the cost context, inline
    assert "Video" in dialog.cost_note.text() or "video" in dialog.cost_note.text()


def test_logging_a_finished_video_is_one_enter_and_no_warning(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    type_kind(qtbot, dialog, "Video")
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "150")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() in (None, dialog)
    [spend] = spends(tracker, now)
    assert (spend.kind, spend.credits) == ("video", 150)
    assert dialog.isVisible()  # the confirmation shows; a second Enter closes
    qtbot.keyClick(keys_go_to(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert len(spends(tracker, now)) == 1


def test_the_project_completer_does_not_eat_the_first_enter(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    tracker.log_spend("image", credits=30, project="Sato Design", at=now - timedelta(hours=2),
                      now=now)
    dialog = open_dialog(qtbot, tracker, now)
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "20")
    dialog.project.setFocus()
    qtbot.keyClicks(dialog.project, "Sato")
    qtbot.keyClick(keys_go_to(), Qt.Key.Key_Return)
    assert len(spends(tracker, now)) == 2
    assert spends(tracker, now)[-1].project == "Sato"


def test_a_new_kind_is_confirmed_before_it_is_created(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    type_kind(qtbot, dialog, "Podcast edit")
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "30")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert spends(tracker, now) == []
    assert dialog.fix.isVisible() and "new kind" in dialog.fix.label.text()
    qtbot.keyClick(keys_go_to(), Qt.Key.Key_Return)  # Create it
    [spend] = spends(tracker, now)
    assert spend.credits == 30 and "podcast" in spend.kind


def test_balance_now_with_two_meters_names_its_meter_and_never_sums(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    add_plus(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    assert dialog.meter.isVisible()
    type_kind(qtbot, dialog, "Research")
    qtbot.keyClick(keys_go_to(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Balance now
    qtbot.waitUntil(dialog.balance_now.isChecked)  # a mnemonic clicks after a short flash
    dialog.meter.setCurrentIndex(dialog.meter.findData("Genspark Free"))
    assert dialog.amount_label.text() == "Balanc&e now on Genspark Free:"  # whose balance
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "150")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    [spend] = spends(tracker, now)
    assert spend.credits == 50  # 200 -> 150 on Free, not 10,200 - 150


def test_a_balance_not_lower_offers_set_balance_in_one_click(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    tracker.log_spend("research", credits=60, at=now - timedelta(hours=1), now=now)
    dialog = open_dialog(qtbot, tracker, now)
    qtbot.keyClick(keys_go_to(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.balance_now.isChecked)
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "180")  # 140 expected: 180 is no task's cost
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert len(spends(tracker, now)) == 1
    assert dialog.fix.isVisible() and "180" in dialog.fix.button.text()
    qtbot.keyClick(keys_go_to(), Qt.Key.Key_Return)
    status = {m.name: m.balance for m in dialog.session.status().meters}
    assert status == {"Genspark Free": 180}
    assert len(spends(tracker, now)) == 1  # no 0-credit task
    assert set_balance_service  # the fix goes through services.set_balance


def test_a_spend_above_the_balance_offers_to_set_the_balance(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    tracker.log_spend("research", credits=60, at=now - timedelta(hours=1), now=now)
    dialog = open_dialog(qtbot, tracker, now)
    type_kind(qtbot, dialog, "Slides")
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "250")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert len(spends(tracker, now)) == 1
    assert dialog.fix.isVisible()
    assert "-110" not in dialog.message.text()


def test_balance_now_without_a_meter_asks_which_one(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    add_plus(tracker, now)
    dialog = open_dialog(qtbot, tracker, now)
    assert dialog.meter.currentData() is None  # "Usual order"
    qtbot.keyClick(keys_go_to(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.balance_now.isChecked)
    dialog.amount.setFocus()
    qtbot.keyClicks(dialog.amount, "150")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert spends(tracker, now) == []
    assert "meter" in dialog.message.text()
    assert dialog.meter.hasFocus()  # pick it, then Enter again
    while dialog.meter.currentData() != "Genspark Free":
        qtbot.keyClick(dialog.meter, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.meter, Qt.Key.Key_Return)
    [spend] = spends(tracker, now)
    assert spend.credits == 50
