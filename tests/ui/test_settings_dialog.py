"""Settings as a user changes them: language, rules, alerts, meters, packs, start at login."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktopapp.domain.rules import TaskCap
from desktopapp.domain.schedule import Daily
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
    yield settings
    translations.install("en")


def press(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = dialog.buttons.button(which)
    assert button is not None
    button.click()


def test_language_switch_changes_the_visible_text(
    qtbot: QtBot, dialog: SettingsDialog, tracker: LedgerFile
) -> None:
    assert dialog.tabs.tabText(0) == "Plan"
    assert dialog.windowTitle() == "CreditFuel — Settings"
    general = dialog.general_tab
    general.language.setCurrentIndex(general.language.findData("ja"))
    press(dialog, QDialogButtonBox.StandardButton.Apply)

    assert tracker.get_setting("lang") == "ja"
    # The translator posts a LanguageChange event to every window.
    qtbot.waitUntil(lambda: dialog.windowTitle() == "CreditFuel — 設定")
    assert "プラン" in dialog.tabs.tabText(0)
    assert "ルール" in dialog.tabs.tabText(3)
    assert dialog.general_tab.language.itemText(0) == "システムの言語"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok is not None and cancel is not None
    assert cancel.text() != "Cancel"  # Qt's own buttons speak Japanese too (qtbase_ja)


def test_rules_are_added_and_removed(dialog: SettingsDialog, tracker: LedgerFile) -> None:
    tab = dialog.rules_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.type.setCurrentIndex(tab.type.findData("task_cap"))
    tab.limit.setValue(300)
    tab.add_button.click()
    [rule] = tracker.rules()
    assert isinstance(rule, TaskCap) and rule.limit == 300 and rule.action == "needs_approval"
    assert tab.rules.item(0).text() == "Any task over 300 credits: need approval."

    assert not tab.remove_button.isEnabled()  # nothing selected: nothing removed by accident
    tab.rules.setCurrentRow(0)
    tab.remove_button.click()
    assert tracker.rules() == []


def test_a_bad_rule_is_explained_inline(dialog: SettingsDialog, tracker: LedgerFile) -> None:
    tab = dialog.rules_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.type.setCurrentIndex(tab.type.findData("variant_limit"))
    tab.kind.setCurrentIndex(0)  # "(any task)": a variant limit needs one kind
    tab.add_button.click()
    assert tab.message.isVisibleTo(dialog) and tab.message.text()
    assert tracker.rules() == []


def test_alert_thresholds_are_saved(dialog: SettingsDialog, tracker: LedgerFile) -> None:
    alerts = dialog.alerts_tab
    alerts.amber.setValue(60)
    alerts.red.setValue(10)
    alerts.paused.setChecked(True)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert tracker.get_setting("gauge.amber_below") == 0.6
    assert tracker.get_setting("gauge.red_below") == 0.1
    assert tracker.get_setting("alerts.paused") is True
    assert not dialog.isVisible()


def test_meter_zone_and_refill_time_can_be_fixed(
    dialog: SettingsDialog, tracker: LedgerFile
) -> None:
    tab = dialog.meters_tab
    tab.zone.set_zone("UTC")
    tab.time.setTime(QTime(8, 30))
    tab.grant.setValue(100)
    tab.save_button.click()
    [meter] = tracker.meters()
    assert meter.rule == Daily(time(8, 30), "UTC") and meter.grant == 100
    assert "every day 08:30 (UTC)" in tab.table.item(0, 2).text()


def test_a_pack_is_recorded_with_its_expiry(
    dialog: SettingsDialog, tracker: LedgerFile, now: datetime
) -> None:
    tab = dialog.meters_tab
    tab.pack_credits.setValue(10_000)
    tab.add_pack_button.click()
    [pack] = tracker.status(now).packs
    assert pack.credits == 10_000
    assert pack.expires_at is not None and pack.expires_at - now > timedelta(days=89)
    assert "10,000 credits, 10,000 left" in tab.packs.item(0).text()


def test_a_bad_zone_is_refused(dialog: SettingsDialog, tracker: LedgerFile) -> None:
    dialog.general_tab.zone.set_zone("Atlantis/Nowhere")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()
    assert "Atlantis/Nowhere" in dialog.message.text()
    assert tracker.get_setting("tz") == "Asia/Tokyo"


def test_start_at_login_writes_the_autostart_entry(dialog: SettingsDialog) -> None:
    from desktopapp.platform import autostart

    entry = autostart.for_platform()
    assert not entry.is_enabled()
    dialog.general_tab.autostart.setChecked(True)
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert entry.is_enabled()
    dialog.general_tab.autostart.setChecked(False)
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert not entry.is_enabled()


def test_ok_keeps_settings_changed_elsewhere_while_the_dialog_was_open(
    dialog: SettingsDialog, tracker: LedgerFile
) -> None:
    # A restore (or a CLI edit) changes a setting while Settings is open...
    tracker.set_setting("alerts.pack_days", 3)
    # ...the user edits something else and presses OK: only that edit is written.
    dialog.alerts_tab.vanish.setValue(5)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert tracker.get_setting("alerts.pack_days") == 3
    assert tracker.get_setting("alerts.vanish_hours") == 5
