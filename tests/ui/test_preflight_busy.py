"""The pre-task check on a busy ledger (issue 11): the verdict comes from a worker, the
dialog says "Checking…" meanwhile with nothing to act on, and a verdict never shows
(or can be acted on) for another task than the one in the field.

``LARGE_WINDOW`` is lowered so a few logs make the 90-day window "busy".
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktopapp.services import estimates
from desktopapp.store import catch_up
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.preflight_dialog import PreflightDialog
from tests.ui.dialog_support import add_free, make_session
from tests.ui.test_preflight_dialog import open_warning, visible_buttons


def seen(dialog: PreflightDialog) -> tuple[object, ...]:
    """What the user reads and can press."""
    labels = (dialog.verdict, dialog.estimate, dialog.basis, dialog.after, dialog.refill,
              dialog.reasons)
    usable = {b.text().replace("&", "") for b in dialog.buttons.buttons()
              if b.isVisibleTo(dialog) and b.isEnabled()}
    return (*(label.text() for label in labels), usable)


def checking(dialog: PreflightDialog) -> bool:
    usable = {b.text().replace("&", "") for b in dialog.buttons.buttons()
              if b.isVisibleTo(dialog) and b.isEnabled()}
    return (dialog.verdict.text() == "Checking…" and dialog.result_check is None
            and usable == {"Cancel"} and dialog.estimate.text() == "")


@pytest.fixture
def busy(tracker: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch) -> LedgerFile:
    add_free(tracker, now)  # 200 a day: a long video is more than a full refill
    for hours in range(1, 7):
        at = now - timedelta(hours=hours * 7)
        tracker.log_spend("chat", credits=3 + hours % 2, at=at, now=at)
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)
    return tracker


def synchronous(qtbot: QtBot, tracker: LedgerFile, now: datetime, kind: str,
                monkeypatch: pytest.MonkeyPatch, size: float | None = None) -> tuple[object, ...]:
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 10_000)
    dialog = open_warning(qtbot, tracker, now, kind, size=size)
    found = seen(dialog)
    dialog.reject()
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)
    return found


def test_the_verdict_arrives_and_equals_the_small_ledger_one(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = synchronous(qtbot, busy, now, "video", monkeypatch, size=60)
    dialog = open_warning(qtbot, busy, now, "video", size=60)
    assert dialog.session.computing and dialog.checking  # not on the UI thread
    assert checking(dialog)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert seen(dialog) == expected
    assert dialog.result_check is not None and dialog.result_check.verdict == "blocked"
    assert visible_buttons(dialog) == {"Cancel"}


def test_another_task_never_gets_the_last_tasks_verdict(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = synchronous(qtbot, busy, now, "chat", monkeypatch)
    video = synchronous(qtbot, busy, now, "video", monkeypatch, size=60)
    dialog = PreflightDialog(make_session(busy, now))  # opened on its own: the task field
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    dialog.kind.setCurrentIndex(dialog.kind.findData("chat"))
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert seen(dialog) == chat and "Start" in seen(dialog)[-1]  # type: ignore[operator]

    dialog.kind.setCurrentIndex(dialog.kind.findData("video"))  # "Start" was for the chat
    dialog.size_box.setValue(60)
    assert checking(dialog)
    assert not dialog.start_button.isEnabled()
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Space)  # a disabled button does nothing
    assert dialog.isVisible() and dialog.decision == "cancel"
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert seen(dialog) == video


def test_enter_while_checking_cancels_as_ever(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = estimates.run_check

    def held(*args: Any) -> Any:  # the verdict waits until the test has pressed Enter
        release.wait(10)
        return real(*args)

    monkeypatch.setattr(estimates, "run_check", held)
    dialog = open_warning(qtbot, busy, now, "chat")
    qtbot.waitUntil(dialog.isActiveWindow)
    assert checking(dialog) and dialog.cancel_button.hasFocus()
    with qtbot.waitSignal(dialog.decided) as decided:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert decided.args == ["cancel"]
    release.set()
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    assert dialog.decision == "cancel"


def test_a_log_while_it_is_open_checks_again(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_warning(qtbot, busy, now, "chat")
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    before = dialog.after.text()
    dialog.session.log_spend("chat", credits=150)  # 200 a day: little is left now
    assert checking(dialog)
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert dialog.after.text() != before
    assert seen(dialog) == synchronous(qtbot, busy, now, "chat", monkeypatch)


def test_clearing_the_task_leaves_no_verdict_to_act_on(
    qtbot: QtBot, busy: LedgerFile, now: datetime
) -> None:
    dialog = open_warning(qtbot, busy, now, "chat")
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10_000)
    assert dialog.start_button.isEnabled()
    line = dialog.kind.lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert dialog.verdict.text() == "Name the task to check it."
    assert dialog.result_check is None and not dialog.start_button.isEnabled()
    line.setFocus()
    qtbot.keyClicks(line, "Chat")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.start_button.isEnabled(), timeout=10_000)
    assert dialog.result_check is not None and dialog.result_check.kind == "chat"
