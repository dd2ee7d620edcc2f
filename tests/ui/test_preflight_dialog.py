"""The pre-flight warning: each verdict shows its own buttons, worded from the domain check."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktopapp.domain.rules import RepeatApproval, TaskCap
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.preflight_dialog import PreflightDialog
from tests.ui.dialog_support import add_free, add_plus, make_session


def open_warning(
    qtbot: QtBot, tracker: LedgerFile, now: datetime, kind: str, size: float | None = None,
    project: str | None = None,
) -> PreflightDialog:
    dialog = PreflightDialog(make_session(tracker, now), kind=kind, size=size)
    qtbot.addWidget(dialog)
    if project:
        dialog.set_project(project)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def visible_buttons(dialog: PreflightDialog) -> set[str]:
    return {b.text().replace("&", "") for b in dialog.buttons.buttons() if b.isVisibleTo(dialog)}


def test_ok_offers_start(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    add_plus(tracker, now)
    dialog = open_warning(qtbot, tracker, now, "chat")
    assert dialog.result_check is not None and dialog.result_check.verdict == "ok"
    assert visible_buttons(dialog) == {"Cancel", "Start"}
    assert dialog.verdict.text() == "Fine to start"


def test_warn_offers_start_anyway_and_says_why(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_free(tracker, now)
    tracker.log_spend("chat", credits=100, at=now - timedelta(hours=1), now=now)  # 100 left
    dialog = open_warning(qtbot, tracker, now, "slides")  # defaults 30-150, typically 50
    assert dialog.result_check is not None and dialog.result_check.verdict == "warn"
    assert visible_buttons(dialog) == {"Cancel", "Start anyway"}
    assert "150" in dialog.reasons.text() and "100" in dialog.reasons.text()
    assert "typical figures" in dialog.basis.text()


def test_needs_approval_offers_ask_and_copies_the_request(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_plus(tracker, now)
    tracker.add_rule(RepeatApproval("video-once"), now=now)
    tracker.log_spend("video", credits=320, size=60, project="ACME", at=now - timedelta(days=1),
                      now=now)
    dialog = open_warning(qtbot, tracker, now, "video", size=60, project="ACME")
    assert dialog.result_check is not None and dialog.result_check.verdict == "needs_approval"
    assert visible_buttons(dialog) == {"Cancel", "Ask for approval"}
    assert "ACME" in dialog.reasons.text()

    dialog.approval_button.click()
    request = QApplication.clipboard().text()
    assert "ACME" in request and "Video" in request
    dialog.reject()
    assert dialog.decision == "approval"


def test_blocked_offers_only_cancel(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    add_free(tracker, now)  # 200 credits; a 60 s video usually costs 400
    dialog = open_warning(qtbot, tracker, now, "video", size=60)
    assert dialog.result_check is not None and dialog.result_check.verdict == "blocked"
    assert visible_buttons(dialog) == {"Cancel"}
    assert "200" in dialog.reasons.text()


def test_rules_and_estimate_from_history_are_worded(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_plus(tracker, now)
    tracker.add_rule(TaskCap("cap-300", 300), now=now)
    for day in range(1, 13):
        tracker.log_spend("developer", credits=400 + day, at=now - timedelta(days=day), now=now)
    dialog = open_warning(qtbot, tracker, now, "developer")
    assert dialog.result_check is not None and dialog.result_check.verdict == "needs_approval"
    assert dialog.basis.text() == "From your last 12 AI Developer runs."
    assert "300" in dialog.reasons.text()


def test_cancel_is_the_default_and_the_window_stays_on_top(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    add_plus(tracker, now)
    dialog = open_warning(qtbot, tracker, now, "chat")
    assert dialog.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.decided) as decided:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert decided.args == ["cancel"]


def test_changing_the_size_recomputes(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> None:
    add_plus(tracker, now)
    dialog = open_warning(qtbot, tracker, now, "video", size=30)
    short = dialog.result_check
    dialog.size_box.setValue(90)
    longer = dialog.result_check
    assert short is not None and longer is not None and short.estimate and longer.estimate
    assert longer.estimate.typical > short.estimate.typical
    assert longer.estimate.size == 90


def test_a_task_bigger_than_a_full_refill_advises_a_pack_or_a_plan(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    """A 400-credit video on a 200-a-day plan: waiting for the refill cannot help."""
    add_free(tracker, now)
    dialog = open_warning(qtbot, tracker, now, "video", size=60)
    assert dialog.result_check is not None
    assert "refill_too_small" in [v.code for v in dialog.result_check.reasons]
    text = dialog.reasons.text()
    assert "refill_too_small" not in text  # words, not the code
    assert "pack" in text and "bigger plan" in text
    assert "not be enough" in dialog.refill.text()
