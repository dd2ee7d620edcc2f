"""Why didn't my credits come back? The dialog words the meter's rule and its hints."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from pytestqt.qtbot import QtBot

from desktopapp.domain.schedule import Daily, Monthly
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.why_dialog import WhyDialog
from tests.ui.dialog_support import make_session

# NOW (conftest) is 2026-11-25 09:00 UTC = 18:00 in Tokyo = 10:00 in Berlin.


def open_why(qtbot: QtBot, tracker: LedgerFile, now: datetime, zone: str = "Asia/Tokyo",
             lang: str = "en") -> WhyDialog:
    session = make_session(tracker, now, zone=zone, lang=lang)
    meter = tracker.meters()[0]
    dialog = WhyDialog(session, meter.id)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_daily_overwrite_is_explained_in_both_zones(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    tracker.add_meter("Genspark daily", 200, Daily(time(9), "Asia/Tokyo"), account="Genspark",
                      now=now - timedelta(days=3))
    tracker.log_spend("slides", credits=170, at=now - timedelta(hours=2), now=now)
    dialog = open_why(qtbot, tracker, now, zone="Europe/Berlin")
    body = dialog.body.text()
    assert dialog.headline.text() == "Genspark daily: 30 of 200 credits left."
    assert "every day at 09:00 (Asia/Tokyo time)" in body
    # Next refill: 2026-11-26 00:00 UTC = 01:00 in Berlin = 09:00 in Tokyo.
    assert "Thu 11/26 01:00 CET (Thu 11/26 09:00 JST in the plan's zone), in 15 h 0 min" in body
    assert "Leftover is not added: at Thu 09:00 JST the balance becomes 200 whatever was left" \
        in body
    assert "30 credits you have now will be gone" in body
    assert "Spent since then: 170 credits." in body
    assert not dialog.hints.isVisible()


def test_monthly_carry_and_a_wrong_billing_day_hint(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    # The rule says the 20th; the platform really refills later (the user's balance on the
    # 21st is still what it was before).
    tracker.add_meter("Plus", 10_000, Monthly(20, time(0), "Asia/Tokyo"), account="Genspark",
                      mode="carry", cap=15_000, now=now - timedelta(days=30))
    tracker.log_spend("video", credits=9_000, at=now - timedelta(days=10), now=now)
    tracker.observe("Plus", 1_000, at=now - timedelta(days=4), now=now)
    dialog = open_why(qtbot, tracker, now)
    body = dialog.body.text()
    assert "once a month, on day 20 at 00:00" in body and "no daily top-up" in body
    assert "Leftover carries over" in body and "up to 15,000 credits" in body
    assert dialog.explanation is not None
    [hint] = dialog.explanation.hints
    assert hint.code == "refill_missing"
    text = dialog.hints.text()
    assert "as if the refill this meter expected" in text and "billing day" in text
    assert dialog.hints.isVisibleTo(dialog)


def test_japanese_text_after_the_translator_is_installed(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    tracker.add_meter("Genspark daily", 200, Daily(time(9), "Asia/Tokyo"), account="Genspark",
                      now=now - timedelta(days=3))
    dialog = open_why(qtbot, tracker, now, lang="ja")
    try:
        assert "毎日" in dialog.body.text()
        assert "(木)" in dialog.body.text()  # weekday from QLocale
        assert "クレジット" in dialog.windowTitle() or "CreditFuel" in dialog.windowTitle()
    finally:
        make_session(tracker, now)  # back to English for the other tests
