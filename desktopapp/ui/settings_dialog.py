"""Settings: plan, meters and packs, task kinds, team rules, alerts, language and more.

List edits (a rule, a meter, a pack) are written when their own button is pressed;
the plain values on the Alerts and General tabs are written on OK / Apply. A language
switch installs the translator at once and every open window retranslates itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import preferences
from desktopapp.services.changes import SETTINGS, Change
from desktopapp.services.ledger import LedgerFile
from desktopapp.ui import translations
from desktopapp.ui.formatting import (
    arg,
    describe_error,
)
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.pickers import LanguageBox, ZoneBox
from desktopapp.ui.retranslate import Retranslator, RewordsWhenShown
from desktopapp.ui.session import Session
from desktopapp.ui.settings_data import DataTab
from desktopapp.ui.settings_journal import Journal
from desktopapp.ui.settings_kinds import KindsTab
from desktopapp.ui.settings_meters import MetersTab
from desktopapp.ui.settings_plan import PlanTab
from desktopapp.ui.settings_rules import RulesTab
from desktopapp.ui.settings_sources import SourcesTab
from desktopapp.ui.settings_team import TeamTab
from desktopapp.ui.tray import BADGE_SETTING

CURRENCIES = preferences.CURRENCIES


def _percent(value: Any, default: float) -> int:
    try:
        return round(float(value) * 100)
    except (TypeError, ValueError):
        return round(default * 100)


class AlertsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rt = Retranslator()
        ledger = session.ledger

        def get(stored: str, default: Any) -> Any:
            return preferences.setting(ledger, stored, default)

        form = QFormLayout(self)
        self.amber = self._spin(_percent(get("gauge.amber_below", 0.5), 0.5), " %")
        self.red = self._spin(_percent(get("gauge.red_below", 0.2), 0.2), " %")
        self.low = self._spin(_percent(get("alerts.low_fraction", 0.2), 0.2), " %")
        self.vanish = self._spin(int(float(get("alerts.vanish_hours", 3) or 3)), "", 0, 744)
        self.pack_days = self._spin(int(float(get("alerts.pack_days", 7) or 7)), "", 0, 366)
        self.paused = QCheckBox(self)
        self.paused.setChecked(bool(get("alerts.paused", False)))
        for widget, text in (
            (self.amber, lambda: self.tr("Gauge turns &amber below:")),
            (self.red, lambda: self.tr("Gauge turns &red below:")),
            (self.low, lambda: self.tr("Warn when a meter is &below:")),
            (self.vanish, lambda: self.tr("Warn about credits lost at a refill, &hours before:")),
            (self.pack_days, lambda: self.tr("Warn before a pack e&xpires, days before:")),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.rt.bind(label.setText, text)
            form.addRow(label, widget)
        self.rt.bind(self.paused.setText, lambda: self.tr("&Pause all alerts"))
        form.addRow("", self.paused)
        hint = QLabel(self)
        hint.setWordWrap(True)
        self.rt.bind(hint.setText, lambda: self.tr(
            "Each alert comes once per episode (for example once per low-balance stretch), "
            "never on every refresh."))
        form.addRow(hint)

    def _spin(self, value: int, suffix: str, low: int = 0, high: int = 100) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(max(low, min(high, value)))
        spin.setSuffix(suffix)
        return spin

    def values(self) -> dict[str, Any]:
        return {
            "gauge.amber_below": self.amber.value() / 100,
            "gauge.red_below": self.red.value() / 100,
            "alerts.low_fraction": self.low.value() / 100,
            "alerts.vanish_hours": self.vanish.value(),
            "alerts.pack_days": self.pack_days.value(),
            "alerts.paused": self.paused.isChecked(),
        }

    def retranslate(self) -> None:
        self.rt.apply()


class GeneralTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rt = Retranslator()
        ledger = session.ledger
        form = QFormLayout(self)
        self.language = LanguageBox(preferences.chosen_language(ledger), self)
        self.zone = ZoneBox(session.user_zone(), self)
        self.autostart = QCheckBox(self)
        self.autostart.setChecked(self._autostart_enabled())
        # The price per credit in the chosen currency: the one `creditfuel report`,
        # History and cost per client use (preferences.price_per_credit).
        self.price = QDoubleSpinBox(self)
        self.price.setRange(0, 1_000_000)
        self.price.setDecimals(4)
        self.price.setValue(preferences.price_per_credit(ledger) or 0)
        self.currency = QComboBox(self)
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        chosen = preferences.currency(ledger, session.lang())
        if self.currency.findData(chosen) < 0:
            self.currency.addItem(chosen, chosen)
        self.currency.setCurrentIndex(max(0, self.currency.findData(chosen)))
        # The balance on the tray icon (number or percent), drawn to read at 22 px.
        self.badge = QComboBox(self)
        for code in ("off", "number", "percent"):
            self.badge.addItem("", code)
        shown = str(ledger.get_setting(BADGE_SETTING, "off") or "off")
        self.badge.setCurrentIndex(max(0, self.badge.findData(shown)))
        for widget, text in (
            (self.language, lambda: self.tr("&Language:")),
            (self.zone, lambda: self.tr("Your &time zone:")),
            (self.price, lambda: self.tr("&Price per credit, in the currency below (0: not set):")),
            (self.currency, lambda: self.tr("C&urrency:")),
            (self.badge, lambda: self.tr("On the tray &icon, show:")),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.rt.bind(label.setText, text)
            form.addRow(label, widget)
        self.rt.bind(self.autostart.setText, lambda: self.tr("&Start CreditFuel when I log in"))
        form.addRow("", self.autostart)
        money_hint = QLabel(self)
        money_hint.setWordWrap(True)
        self.rt.bind(money_hint.setText, lambda: self.tr(
            "Money per client job: divide the plan's price by its monthly credits. "
            "Example: ¥3,000 for 10,000 credits is ¥0.3 per credit."))
        form.addRow(money_hint)

    def _autostart_enabled(self) -> bool:
        try:
            from desktopapp.platform import autostart

            return autostart.for_platform().is_enabled()
        except (ImportError, OSError):
            return False

    def set_autostart(self, enabled: bool) -> None:
        from desktopapp.platform import autostart

        entry = autostart.for_platform()
        if enabled:
            entry.enable(autostart.launch_command())
        else:
            entry.disable()

    def values(self) -> dict[str, Any]:
        """``creditfuel config`` keys; None: back to the default."""
        lang = self.language.choice()
        return {
            "language": lang if lang in preferences.LANGS else None,
            "timezone": self.zone.zone(),
            "price_per_credit": self.price.value() or None,
            "currency": self.currency.currentData(),
            BADGE_SETTING: self.badge.currentData(),
        }

    def retranslate(self) -> None:
        self.rt.apply()
        self.language.retranslate()
        for i, text in enumerate((self.tr("only the gauge"), self.tr("credits left"),
                                  self.tr("percent left"))):
            self.badge.setItemText(i, text)


class SettingsDialog(RewordsWhenShown, QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("SettingsDialog")
        self.tabs = QTabWidget(self)
        # Buttons on the Plan and Meters tabs act at once (and say so); Cancel takes
        # what they did back, OK keeps it: no half-applied change is left behind.
        self.journal = Journal(session)
        self.plan_tab = PlanTab(session, self, journal=self.journal)
        self.meters_tab = MetersTab(session, self, journal=self.journal)
        self.kinds_tab = KindsTab(session, self)
        self.rules_tab = RulesTab(session, self, journal=self.journal)
        self.alerts_tab = AlertsTab(session, self)
        self.general_tab = GeneralTab(session, self)
        self.data_tab = DataTab(session, self)
        self.sources_tab = SourcesTab(session, self)
        for tab in (self.plan_tab, self.meters_tab, self.kinds_tab, self.rules_tab,
                    self.alerts_tab, self.general_tab, self.data_tab, self.sources_tab):
            self.tabs.addTab(tab, "")
        self.team_tab = TeamTab(session, self)  # issue 13: acts at once, not on OK
        self.tabs.addTab(self.team_tab, "")
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        assert apply_button is not None
        apply_button.clicked.connect(self.apply_changes)
        session.changed.connect(self._refresh_lists)
        # What the form showed when it opened: only fields the user changes are written,
        # so a restore or a CLI edit made while this dialog is open is not written over.
        self._loaded = self._form_values()
        self.resize(680, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CreditFuel — Settings"))
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.sources_tab.table.setAccessibleName(self.tr("Reading sources"))
        # No access keys on the tabs: they would clash with the fields inside them;
        # Ctrl+Tab / Ctrl+PgDown move between tabs.
        titles = (self.tr("Plan"), self.tr("Meters and packs"), self.tr("Tasks"),
                  self.tr("Team rules"), self.tr("Alerts"), self.tr("General"), self.tr("Data"),
                  self.tr("Sources"))
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        for tab in (self.plan_tab, self.meters_tab, self.kinds_tab, self.rules_tab,
                    self.alerts_tab, self.general_tab, self.data_tab, self.sources_tab):
            tab.retranslate()
        self.tabs.setTabText(self.tabs.indexOf(self.team_tab),
                             self.team_tab.title())
        self.team_tab.retranslate()



    def _refresh_lists(self, what: Change | None = None) -> None:
        if what is None or what.touches("meters", "ledger"):
            self.plan_tab.refresh()
            self.meters_tab.refresh()
        if what is None or what.touches("rules"):
            self.rules_tab.refresh()
        if what is None or what.touches("settings", "meters", "ledger"):
            self.sources_tab.refresh()

    def show_meters(self) -> None:
        self.tabs.setCurrentWidget(self.meters_tab)

    def show_data(self) -> None:
        self.tabs.setCurrentWidget(self.data_tab)

    def show_sources(self) -> None:
        self.tabs.setCurrentWidget(self.sources_tab)

    def _form_values(self) -> dict[str, Any]:
        return {**self.alerts_tab.values(), **self.general_tab.values()}

    def apply_changes(self) -> bool:
        values = self._form_values()
        old_lang = self.session.lang()
        edited = {k: v for k, v in values.items() if self._loaded.get(k) != v}

        def write(ledger: LedgerFile, _now: object) -> None:
            preferences.apply_form(ledger, edited)

        if edited:
            try:
                self.session.mutate(write, SETTINGS)
            except InvalidInput as error:  # e.g. a zone that does not exist: nothing written
                self.message.show_error(describe_error(error, self.session.lang()))
                self.tabs.setCurrentWidget(self.general_tab)
                return False
        self._loaded = values
        try:
            if self.general_tab.autostart.isChecked() != self.general_tab._autostart_enabled():
                self.general_tab.set_autostart(self.general_tab.autostart.isChecked())
        except OSError as error:
            self.message.show_error(arg(self.tr("Could not change start at login: %1"),
                                        error.strerror or str(error)))
            return False
        self.message.clear_message()
        if self.session.lang() != old_lang:
            translations.install(self.session.lang())  # sends LanguageChange to every window
        return True

    def accept(self) -> None:
        if self.apply_changes():
            self.journal.keep()
            super().accept()

    def reject(self) -> None:
        """Cancel (or Esc, or closing): what the tabs did at once is taken back too."""
        refused = self.journal.take_back()
        if refused:  # e.g. a later log leaves nothing to restore: say so, stay open
            self.message.show_error("\n".join(
                describe_error(e, self.session.lang()) for e in refused))
            return
        super().reject()
