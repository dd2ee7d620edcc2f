"""Set balance from the panel, by keyboard; the gauge never shows negative fuel as fact."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktopapp.domain.status import Status
from desktopapp.services import log
from desktopapp.ui.panel import Panel
from desktopapp.ui.set_balance_dialog import SetBalanceDialog
from desktopapp.ui.tray import tooltip_text
from tests.ui.dialog_support import add_free, add_plus, make_session

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


@pytest.fixture
def session(tracker, qapp):
    add_free(tracker, NOW)
    return make_session(tracker, NOW)


def balances(session) -> dict[str, int]:
    return {m.name: m.balance for m in session.status().meters}


def test_set_balance_from_the_panel_by_keyboard(session, qtbot) -> None:
    panel = Panel(session)
    qtbot.addWidget(panel)
    panel.refresh()
    asked: list[str] = []
    panel.set_balance_requested.connect(asked.append)
    card = panel._cards[0]
    card.set_balance.setFocus()
    QTest.keyClick(card.set_balance, Qt.Key.Key_Space)
    assert asked == ["Genspark Free"]

    dialog = SetBalanceDialog(session, asked[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.meter.isHidden()  # one meter: nothing to pick
    QTest.keyClicks(dialog.amount, "140")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert balances(session) == {"Genspark Free": 140}
    assert log.last_spend(session.ledger, NOW) is None  # an observation, never a task


def test_set_balance_above_capacity_is_said_and_nothing_written(session, qtbot) -> None:
    dialog = SetBalanceDialog(session, "Genspark Free")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.amount, "500")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "more than" in dialog.message.text()
    assert balances(session) == {"Genspark Free": 200}


def test_with_two_meters_the_dialog_asks_which_and_sets_only_that_one(session, qtbot) -> None:
    add_plus(session.ledger, NOW)
    dialog = SetBalanceDialog(session, "Genspark Plus")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.meter.isHidden()
    assert dialog.chosen_meter() == "Genspark Plus"
    QTest.keyClicks(dialog.amount, "500")
    QTest.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert balances(session) == {"Genspark Free": 200, "Genspark Plus": 500}


def _negative(session) -> Status:
    status = session.status()
    meter = replace(status.meters[0], balance=-110)
    return replace(status, meters=(meter,))


def test_negative_balance_from_old_data_is_never_shown_as_fuel(session, qtbot) -> None:
    status = _negative(session)
    panel = Panel(session)
    qtbot.addWidget(panel)
    panel.refresh(status)
    card = panel._cards[0]
    assert "-110" not in card.balance.text()
    assert card.balance.text() == "doesn't add up"
    assert "set the balance" in card.set_balance.text()
    tip = tooltip_text(status, "Asia/Tokyo")
    assert "-110" not in tip and "doesn't add up" in tip


def test_alert_for_a_negative_balance_asks_for_the_balance(session, qtbot) -> None:
    from desktopapp.domain.alerts import Alert
    from desktopapp.ui.alerts_view import AlertsView

    view = AlertsView(session, lambda t, b: None)
    title, text = view.words(Alert("low_balance", "k", "Genspark Free", -110,
                                   NOW + timedelta(hours=3)))
    assert "-110" not in title + text
    assert "Set the balance" in text


def test_a_refill_more_than_six_days_away_shows_its_date(tracker, qapp, qtbot) -> None:
    from datetime import time

    from desktopapp.domain.schedule import Monthly

    # Mon 23 Nov 2026 in Tokyo; the plan renews on the 15th: 22 days away.
    tracker.add_meter("Genspark Plus", 10_000, Monthly(15, time(0), "Asia/Tokyo"),
                      now=NOW - timedelta(days=40))
    session = make_session(tracker, NOW)
    panel = Panel(session)
    qtbot.addWidget(panel)
    panel.refresh()
    line = panel._cards[0].countdown.text()
    assert "12/15" in line, line
    tip = tooltip_text(session.status(), "Asia/Tokyo")
    assert "12/15" in tip, tip


def test_a_refill_within_six_days_keeps_the_weekday_only(session, qtbot) -> None:
    panel = Panel(session)
    qtbot.addWidget(panel)
    panel.refresh()
    assert "/" not in panel._cards[0].countdown.text()
