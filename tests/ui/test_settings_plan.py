"""Settings > Plan and Meters as a user goes through them: Free → Plus → Pro → Free, each
switch replacing the meters; Remove meter asks first; Cancel takes everything back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktopapp.services import plan, setup
from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui import translations
from desktopapp.ui.settings_dialog import SettingsDialog
from tests.ui.dialog_support import add_free, make_session


@pytest.fixture
def dialog(qtbot: QtBot, tracker: LedgerFile, now: datetime) -> Iterator[SettingsDialog]:
    add_free(tracker, now)
    settings = SettingsDialog(make_session(tracker, now))
    qtbot.addWidget(settings)
    settings.open()
    qtbot.waitExposed(settings)
    yield settings
    translations.install("en")


def preset_now(tracker: LedgerFile, now: datetime) -> str | None:
    found = plan.current_plan(tracker, now).preset
    return found.key if found else None


def switch_to(qtbot: QtBot, dialog: SettingsDialog, key: str) -> None:
    tab = dialog.plan_tab
    tab.preset.setFocus()
    while tab.preset.currentData() != key:  # arrow through the plans, as a user does
        qtbot.keyClick(tab.preset, Qt.Key.Key_Down)
        if tab.preset.currentIndex() == tab.preset.count() - 1 and tab.preset.currentData() != key:
            tab.preset.setCurrentIndex(0)
    tab.switch_button.setFocus()
    qtbot.keyClick(tab.switch_button, Qt.Key.Key_Space)


def test_free_plus_pro_free_each_switch_replaces_the_meters(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile, now: datetime
) -> None:
    tab = dialog.plan_tab
    assert tab.preset.currentData() == "genspark-free"  # the combo follows the meters
    for key in ("genspark-plus", "genspark-pro", "genspark-free"):
        switch_to(qtbot, dialog, key)
        assert preset_now(tracker, now) == key, tab.form.message.text()
        assert len(tracker.meters()) == 1  # replaced, never added next to the old ones
        assert tab.preset.currentData() == key
        assert "different name" not in tab.form.message.text()
        assert "Switched to" in tab.form.message.text()
    assert "Genspark Free" in tab.current.text()


def test_a_downgrade_with_a_live_pack_warns(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile, now: datetime
) -> None:
    switch_to(qtbot, dialog, "genspark-plus")
    tracker.add_pack(3_000, expires_at=now + timedelta(days=40), at=now, now=now)
    switch_to(qtbot, dialog, "genspark-free")
    assert "pack" in dialog.plan_tab.form.message.text()


def test_undo_and_cancel_take_a_switch_back(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile, now: datetime
) -> None:
    tab = dialog.plan_tab
    switch_to(qtbot, dialog, "genspark-plus")
    qtbot.keyClick(tab.undo_button, Qt.Key.Key_Space)
    assert preset_now(tracker, now) == "genspark-free"
    assert tab.preset.currentData() == "genspark-free"
    switch_to(qtbot, dialog, "genspark-pro")
    assert preset_now(tracker, now) == "genspark-pro"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel
    assert not dialog.isVisible()
    assert preset_now(tracker, now) == "genspark-free"
    assert [m.name for m in tracker.meters()] == ["Genspark Free"]


def test_ok_keeps_a_switch(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile, now: datetime
) -> None:
    switch_to(qtbot, dialog, "genspark-plus")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()
    assert preset_now(tracker, now) == "genspark-plus"


def test_remove_meter_asks_first_and_can_be_undone(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile
) -> None:
    tab = dialog.meters_tab
    dialog.tabs.setCurrentWidget(tab)
    qtbot.keyClick(tab.remove_button, Qt.Key.Key_Space)
    assert len(tracker.meters()) == 1  # asked, not removed
    assert "Remove meter Genspark Free?" in tab.fix.label.text()
    qtbot.keyClick(QApplication.focusWidget() or tab, Qt.Key.Key_Return)  # Remove
    assert tracker.meters() == []
    assert tab.fix.button.text() == "&Undo"
    qtbot.keyClick(QApplication.focusWidget() or tab, Qt.Key.Key_Return)  # Undo
    assert [m.name for m in tracker.meters()] == ["Genspark Free"]


def test_cancel_brings_a_removed_meter_back(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile
) -> None:
    tab = dialog.meters_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.remove_button.click()
    tab.fix.button.click()
    assert tracker.meters() == []
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    cancel.click()
    assert [m.name for m in tracker.meters()] == ["Genspark Free"]


def test_cancel_takes_back_rules_added_and_removed(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile, now: datetime
) -> None:
    from desktopapp.domain.rules import TaskCap

    tab = dialog.rules_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.type.setCurrentIndex(tab.type.findData("task_cap"))
    tab.limit.setValue(300)
    tab.add_button.click()
    assert len(tracker.rules()) == 1
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    cancel.click()
    assert tracker.rules() == []

    setup.add_rule(tracker, TaskCap(id="", limit=500), now=now)
    again = SettingsDialog(dialog.session)
    qtbot.addWidget(again)
    again.rules_tab.rules.setCurrentRow(0)
    again.rules_tab.remove_button.click()
    assert tracker.rules() == []
    again.reject()
    [back] = tracker.rules()
    assert isinstance(back, TaskCap) and back.limit == 500


def test_set_balance_from_settings_meters(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile, now: datetime
) -> None:
    tab = dialog.meters_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.balance_button.click()
    from desktopapp.ui.set_balance_dialog import SetBalanceDialog

    [opened] = [w for w in tab.findChildren(SetBalanceDialog) if w.isVisible()]
    opened.amount.setValue(120)
    qtbot.keyClick(opened.amount, Qt.Key.Key_Return)
    from desktopapp.services import balances

    assert [m.balance for m in balances.status(tracker, now).meters] == [120]
    dialog.reject()  # Cancel takes the set balance back too
    assert [m.balance for m in balances.status(tracker, now).meters] == [200]


def test_the_plan_shown_follows_a_switch_made_elsewhere(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile, now: datetime
) -> None:
    dialog.session.mutate(lambda ledger, at: plan.switch(ledger, at, "genspark-pro"))
    assert dialog.plan_tab.preset.currentData() == "genspark-pro"
    assert "Genspark Pro" in dialog.plan_tab.current.text()
