"""First run, as a new user goes through it: language, plan, details, done."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktopapp.domain.schedule import Daily, Monthly
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui.first_run import FirstRunWizard
from tests.ui.dialog_support import make_session


def start(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> FirstRunWizard:
    session = make_session(tracker, now, zone="Asia/Tokyo")
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.open()
    qtbot.waitExposed(wizard)
    return wizard


def next_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_genspark_free_with_200_in_the_chosen_zone(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    wizard = start(qtbot, tracker, now)
    next_page(qtbot, wizard)  # welcome -> plan (Genspark Free is preselected)
    assert wizard.plan.key() == "genspark-free"
    next_page(qtbot, wizard)  # plan -> details
    form = wizard.details.form
    assert form.chosen_grant() == 200  # the default when unsure
    assert not form.billing_day.isVisibleTo(wizard)  # a free plan has no billing day
    line = form.zone.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Europe/Berlin")
    next_page(qtbot, wizard)  # details -> done: the meter exists now

    [meter] = tracker.meters()
    assert meter.grant == 200 and meter.account == "Genspark"
    assert isinstance(meter.rule, Daily) and meter.rule.tz == "Europe/Berlin"
    assert tracker.get_setting("tz") == "Europe/Berlin"
    assert "Genspark daily: 200 credits now." in wizard.done_page.summary.text()
    assert "CET" in wizard.done_page.summary.text()


def test_choosing_100_and_a_paid_plan_asks_the_billing_day(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    wizard = start(qtbot, tracker, now)
    next_page(qtbot, wizard)
    wizard.plan.plans.setFocus()
    qtbot.keyClick(wizard.plan.plans, Qt.Key.Key_Down)  # Genspark Plus
    assert wizard.plan.key() == "genspark-plus"
    next_page(qtbot, wizard)
    form = wizard.details.form
    assert form.billing_day.isVisibleTo(wizard) and not form.choice_row.isVisibleTo(wizard)
    form.billing_day.setValue(31)
    next_page(qtbot, wizard)
    [meter] = tracker.meters()
    assert meter.grant == 10_000
    assert isinstance(meter.rule, Monthly) and meter.rule.day == 31


def test_the_lower_free_grant_can_be_picked(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    wizard = start(qtbot, tracker, now)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    form = wizard.details.form
    hundred = form.choice_buttons[1]
    assert hundred.text() == "100 credits"
    hundred.click()
    next_page(qtbot, wizard)
    assert tracker.meters()[0].grant == 100


def test_a_bad_zone_is_explained_and_nothing_is_created(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    wizard = start(qtbot, tracker, now)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    line = wizard.details.form.zone.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "Mars/Olympus")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.details
    assert "Mars/Olympus" in wizard.details.form.message.text()
    assert tracker.meters() == []


def test_switching_the_language_retranslates_the_wizard(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    wizard = start(qtbot, tracker, now)
    assert wizard.welcome.title() == "Welcome to CreditFuel"
    try:
        wizard.welcome.language.setCurrentIndex(wizard.welcome.language.findData("ja"))
        assert tracker.get_setting("lang") == "ja"
        qtbot.waitUntil(lambda: wizard.welcome.title() == "CreditFuel へようこそ")
        assert wizard.windowTitle() == "CreditFuel — ようこそ"
    finally:
        make_session(tracker, now)


def test_a_paid_plan_asks_how_many_credits_there_are_now(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    """Half-way through the month a Plus user does not have 10,000: the gauge starts true."""
    wizard = start(qtbot, tracker, now)
    next_page(qtbot, wizard)
    wizard.plan.plans.setFocus()
    qtbot.keyClick(wizard.plan.plans, Qt.Key.Key_Down)  # Genspark Plus
    next_page(qtbot, wizard)
    form = wizard.details.form
    assert form.balance.isVisibleTo(wizard) and form.balance.value() == 10_000
    form.balance.setFocus()
    qtbot.keyClick(form.balance, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.balance, "6000")
    next_page(qtbot, wizard)
    from desktopapp.services import balances, log

    [row] = balances.status(tracker, now).meters
    assert row.balance == 6_000
    assert log.last_spend(tracker, now) is None  # an observation, not a 4,000-credit task
    assert "6,000" in wizard.done_page.summary.text()


def test_a_free_plan_does_not_ask_the_balance(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    wizard = start(qtbot, tracker, now)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert not wizard.details.form.balance.isVisibleTo(wizard)


def test_the_welcome_offers_automatic_readings_and_opens_sources_when_asked(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    wizard = start(qtbot, tracker, now)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)  # done: a Genspark meter exists
    offer = wizard.done_page.readings
    assert offer.isVisibleTo(wizard) and not offer.isChecked()  # off unless asked
    offer.setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    settings = wizard.settings
    assert settings is not None
    qtbot.addWidget(settings)
    assert settings.tabs.currentWidget() is settings.sources_tab
    assert tracker.get_setting("sources") in (None, [], {})  # nothing connected yet


def test_finishing_without_the_offer_connects_nothing(
    qtbot: QtBot, tracker: LedgerFile, now: datetime
) -> None:
    wizard = start(qtbot, tracker, now)
    for _ in range(3):
        next_page(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.settings is None
