"""Why didn't my credits come back? on a busy ledger (issue 11): the explanation comes
from a worker, the dialog says it is working it out meanwhile, never shows one meter's
explanation under another's name, and what arrives is what a small ledger shows.
``LARGE_WINDOW`` is lowered so a few logs make the 90-day window "busy".
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktopapp.domain.schedule import Daily, Monthly
from desktopapp.store import catch_up
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.why_dialog import WhyDialog
from tests.ui.dialog_support import make_session

WAITING = "Working out when its credits come back…"


@pytest.fixture
def busy(tracker: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch) -> LedgerFile:
    tracker.add_meter("Genspark daily", 200, Daily(time(9), "Asia/Tokyo"), account="Genspark",
                      now=now - timedelta(days=3))
    tracker.add_meter("Plus", 10_000, Monthly(20, time(0), "Asia/Tokyo"), account="Other",
                      mode="carry", cap=15_000, now=now - timedelta(days=30))
    for hours in (2, 5, 8):
        tracker.log_spend("slides", credits=50, meter="Genspark daily",
                          at=now - timedelta(hours=hours), now=now)
    tracker.observe("Plus", 1_000, at=now - timedelta(days=4), now=now)
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)
    return tracker


def open_why(qtbot: QtBot, tracker: LedgerFile, now: datetime, meter: str) -> WhyDialog:
    session = make_session(tracker, now)
    found = next(m for m in tracker.meters() if m.name == meter)
    dialog = WhyDialog(session, found.id)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def seen(dialog: WhyDialog) -> tuple[str, str, str, bool]:
    return (dialog.headline.text(), dialog.body.text(), dialog.hints.text(),
            dialog.hints.isVisibleTo(dialog))


def synchronous(qtbot: QtBot, tracker: LedgerFile, now: datetime, meter: str,
                monkeypatch: pytest.MonkeyPatch) -> tuple[str, str, str, bool]:
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 10_000)
    dialog = open_why(qtbot, tracker, now, meter)
    found = seen(dialog)
    dialog.reject()
    monkeypatch.setattr(catch_up, "LARGE_WINDOW", 2)
    return found


def test_the_explanation_arrives_and_equals_the_small_ledger_one(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = synchronous(qtbot, busy, now, "Genspark daily", monkeypatch)
    dialog = open_why(qtbot, busy, now, "Genspark daily")
    assert dialog.session.computing  # not on the UI thread
    assert (dialog.headline.text(), dialog.body.text()) == ("Genspark daily", WAITING)
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    assert seen(dialog) == expected
    assert expected[0] == "Genspark daily: 50 of 200 credits left."


def test_another_meter_never_shows_the_last_meters_explanation(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = (m.name for m in busy.meters())  # in the dialog's order
    expected = synchronous(qtbot, busy, now, second, monkeypatch)
    dialog = open_why(qtbot, busy, now, first)
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    dialog.meter_box.setFocus()
    qtbot.keyClick(dialog.meter_box, Qt.Key.Key_Down)  # the keyboard: the next meter
    assert dialog.meter_box.currentText() == second
    assert (dialog.headline.text(), dialog.body.text()) == (second, WAITING)
    assert dialog.explanation is None and not dialog.hints.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    assert seen(dialog) == expected and expected[0].startswith(second + ": ")
    assert dialog.meter_box.hasFocus()


def test_after_a_log_the_last_explanation_stays_until_the_new_one(
    qtbot: QtBot, busy: LedgerFile, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_why(qtbot, busy, now, "Genspark daily")
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    before = seen(dialog)
    dialog.session.log_spend("chat", credits=20, meter="Genspark daily")
    assert dialog.session.computing and seen(dialog) == before  # never a blank dialog
    qtbot.waitUntil(lambda: not dialog.session.computing, timeout=10_000)
    assert dialog.headline.text() == "Genspark daily: 30 of 200 credits left."
    assert seen(dialog) == synchronous(qtbot, busy, now, "Genspark daily", monkeypatch)
