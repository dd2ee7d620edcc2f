"""The tray icon as a user meets it: tooltip words, the menu, left click, redraws."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from desktopapp.domain.schedule import Daily
from desktopapp.ui import translations
from desktopapp.ui.session import Session
from desktopapp.ui.ticker import Ticker
from desktopapp.ui.tray import TrayController, tooltip_text

RESET = datetime(2026, 11, 24, 0, 0, tzinfo=UTC)  # Tue 09:00 JST
NOW = RESET - timedelta(hours=3, minutes=12)


class Clock:
    def __init__(self) -> None:
        self.at = NOW

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def session(tracker, clock, qapp) -> Session:
    translations.install("en", qapp)
    tracker.set_setting("tz", "Asia/Tokyo")
    tracker.add_meter("Genspark daily", 200, Daily(time(9, 0), "Asia/Tokyo"),
                      now=RESET - timedelta(days=3))
    return Session(tracker, clock)


@pytest.fixture
def tray(session, qtbot):
    ticker = Ticker(session, lambda: 0.0)
    ticker.start()
    controller = TrayController(session, ticker)
    messages: list[tuple[str, str]] = []
    controller.notify = lambda title, text: messages.append((title, text))  # type: ignore[method-assign]
    controller.alerts.notify = controller.notify
    controller.messages = messages  # type: ignore[attr-defined]
    controller.show()
    controller.settle()
    yield controller
    ticker.stop()
    controller.close()


def test_tooltip_says_meter_balance_and_when_it_refills(tray, session) -> None:
    session.log_spend("slides", credits=50)
    assert tray.icon.toolTip() == (
        "Genspark daily, 150/200, refills in 3 h 12 min (Tue 09:00 JST)"
    )


def test_tooltip_in_japanese(session) -> None:
    translations.install("ja")
    try:
        text = tooltip_text(session.status(), "Asia/Tokyo")
    finally:
        translations.install("en")
    assert "Genspark daily" in text and "200" in text
    assert "火" in text  # the weekday comes from QLocale, in Japanese


def test_tooltip_with_no_meter_invites_setup(tracker, clock, qapp) -> None:
    translations.install("en", qapp)
    assert "no meter yet" in tooltip_text(Session(tracker, clock).status(), "UTC")


def test_right_click_menu_has_every_action(tray) -> None:
    tray.menu.aboutToShow.emit()
    texts = [a.text().replace("&", "") for a in tray.menu.actions() if not a.isSeparator()]
    for wanted in ("Quick log…", "Before I start…", "History", "Settings…",
                   "Undo last log", "Redo", "Pause alerts", "Quit CreditFuel"):
        assert wanted in texts
    mnemonics = [a.text().split("&")[1][0].lower() for a in tray.menu.actions()
                 if "&" in a.text()]
    assert len(mnemonics) == len(set(mnemonics)), "each menu item has its own access key"


def test_undo_and_redo_from_the_menu(tray, session, clock) -> None:
    session.log_spend("video", credits=120)
    tray.menu.aboutToShow.emit()
    action = {a.text().replace("&", ""): a for a in tray.menu.actions()}
    clock.at += timedelta(seconds=5)
    action["Undo last log"].trigger()
    assert session.status().meters[0].balance == 200
    clock.at += timedelta(seconds=5)
    action["Redo"].trigger()
    assert session.status().meters[0].balance == 80


def test_pause_alerts_is_remembered(tray, session) -> None:
    tray.menu.aboutToShow.emit()
    pause = next(a for a in tray.menu.actions() if "ause" in a.text())
    assert not pause.isChecked()
    pause.trigger()
    assert session.ledger.get_setting("alerts.paused") is True
    tray.menu.aboutToShow.emit()
    assert next(a for a in tray.menu.actions() if "ause" in a.text()).isChecked()


def test_left_click_toggles_the_panel(tray, qtbot) -> None:
    tray._activated(QSystemTrayIcon.ActivationReason.Trigger)
    panel = tray.panel()
    qtbot.waitUntil(panel.isVisible)
    assert panel.windowTitle() == "CreditFuel"
    tray._activated(QSystemTrayIcon.ActivationReason.Trigger)
    assert not panel.isVisible()


def test_icon_redrawn_only_when_what_it_shows_changes(tray, session, clock) -> None:
    first = tray.redraws
    clock.at += timedelta(minutes=1)
    tray.ticker._on_timeout()  # a minute passes: tooltip changes, icon does not
    assert tray.redraws == first
    assert "3 h 11 min" in tray.icon.toolTip()
    session.log_spend("video", credits=150)  # 200 -> 50: the tank drops and turns red
    assert tray.redraws == first + 1
    session.log_spend("chat", credits=1)  # 50 -> 49: too small to see
    assert tray.redraws == first + 1


def test_low_balance_alert_once_not_on_every_tick(tray, session, clock) -> None:
    session.log_spend("video", credits=180)
    lows = [m for m in tray.messages if "low" in m[0].lower()]
    assert len(lows) == 1 and "20 credits left" in lows[0][1]
    for _ in range(3):
        clock.at += timedelta(minutes=1)
        tray.ticker._on_timeout()
    assert len([m for m in tray.messages if "low" in m[0].lower()]) == 1


def test_refill_notification_says_how_much_came_back(tray, session, clock) -> None:
    session.log_spend("video", credits=150)
    clock.at = RESET + timedelta(milliseconds=10)
    tray.ticker._on_timeout()
    refills = [m for m in tray.messages if m[0].startswith("Credits refilled")]
    assert refills == [("Credits refilled: 200", "Genspark daily")]


def test_switching_language_rewords_tooltip_and_panel(tray, session, qtbot) -> None:
    tray._activated(QSystemTrayIcon.ActivationReason.Trigger)
    panel = tray.panel()
    try:
        translations.install("ja")
        qtbot.waitUntil(lambda: "あと" in tray.icon.toolTip(), timeout=2000)
        assert panel.quick_log.text().startswith("クイック記録")
        assert "今日の使用" in panel.today.text()
    finally:
        translations.install("en")
    qtbot.waitUntil(lambda: "refills in" in tray.icon.toolTip(), timeout=2000)
    assert panel.quick_log.text() == "&Quick log"
