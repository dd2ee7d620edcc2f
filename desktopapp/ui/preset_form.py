"""The few details a plan needs: grant (when sources disagree), billing day, zone, and
for a paid plan the credits the user has now (a plan bought mid-month is not full).

Shared by the welcome wizard and Settings > Plan. ``apply`` adds the preset's meters
(first run); ``values`` feeds a plan switch (Settings).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from desktopapp.domain.history import local_day
from desktopapp.domain.meter import Meter
from desktopapp.domain.presets import PRESETS, Preset
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.i18n import describe
from desktopapp.services import preferences, set_balance, setup
from desktopapp.services.ledger import LedgerFile
from desktopapp.ui.formatting import arg, describe_error, fmt_credits, ui_lang
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.pickers import ZoneBox
from desktopapp.ui.retranslate import Retranslator
from desktopapp.ui.session import Session

DEFAULT_PRESET = "genspark-free"
# Sources disagree on Genspark Free's daily grant (the seed article's 200, other guides'
# 100; see the preset's note): offer both, 200 first.
GRANT_CHOICES = {"genspark-free": (200, 100)}


def preset_title(preset: Preset) -> str:
    return f"{preset.platform} {preset.plan}"


def preset_note(preset: Preset) -> str:
    if not preset.note_code:
        return ""
    return describe(Problem(preset.note_code), ui_lang(), app=True)


class PresetForm(QWidget):
    """Grant, billing day and zone for one preset; ``apply`` creates its meters."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preset: Preset = PRESETS[DEFAULT_PRESET]
        self.rt = Retranslator()
        form = QFormLayout(self)

        self.grant = QSpinBox(self)
        self.grant.setRange(1, 100_000_000)
        self.grant.setGroupSeparatorShown(True)
        self.rt.bind(self.grant.setAccessibleName, lambda: self.tr("Credits per refill"))
        self.grant_choices = QButtonGroup(self)
        self.choice_row = QWidget(self)
        choice_layout = QHBoxLayout(self.choice_row)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_buttons: list[QRadioButton] = []
        for i in range(2):
            button = QRadioButton(self.choice_row)
            self.grant_choices.addButton(button, i)
            self.choice_buttons.append(button)
            choice_layout.addWidget(button)
        self.other_grant = QRadioButton(self.choice_row)
        self.grant_choices.addButton(self.other_grant, 2)
        choice_layout.addWidget(self.other_grant)
        choice_layout.addWidget(self.grant)
        choice_layout.addStretch(1)
        self.grant_caption = QLabel(self)
        self.grant_caption.setBuddy(self.choice_buttons[0])
        self.rt.bind(self.grant_caption.setText, lambda: self.tr("&Credits per refill:"))
        form.addRow(self.grant_caption, self.choice_row)
        self.grant_hint = QLabel(self)
        self.grant_hint.setWordWrap(True)
        form.addRow("", self.grant_hint)

        self.billing_day = QSpinBox(self)
        self.billing_day.setRange(1, 31)
        self.billing_day.setValue(local_day(self.session.now(), session.user_zone()).day)
        self.billing_caption = QLabel(self)
        self.billing_caption.setBuddy(self.billing_day)
        self.rt.bind(self.billing_caption.setText, lambda: self.tr("&Billing day of the month:"))
        form.addRow(self.billing_caption, self.billing_day)
        self.billing_hint = QLabel(self)
        self.billing_hint.setWordWrap(True)
        self.rt.bind(self.billing_hint.setText, lambda: self.tr(
            "The day your plan renews each month (see your receipt). On the 29th-31st, short "
            "months use their last day."))
        form.addRow("", self.billing_hint)

        # A paid plan bought mid-month is not full: ask what the site shows now.
        self.balance = QSpinBox(self)
        self.balance.setRange(0, 100_000_000)
        self.balance.setGroupSeparatorShown(True)
        self.balance_caption = QLabel(self)
        self.balance_caption.setBuddy(self.balance)
        self.rt.bind(self.balance_caption.setText,
                     lambda: self.tr("How many credits do you &have now?"))
        form.addRow(self.balance_caption, self.balance)
        self.balance_hint = QLabel(self)
        self.balance_hint.setWordWrap(True)
        self.rt.bind(self.balance_hint.setText, lambda: self.tr(
            "The balance the site shows today. Full if you just renewed."))
        form.addRow("", self.balance_hint)

        self.zone = ZoneBox(session.user_zone(), self)
        zone_caption = QLabel(self)
        zone_caption.setBuddy(self.zone)
        self.rt.bind(zone_caption.setText, lambda: self.tr("&Time zone:"))
        form.addRow(zone_caption, self.zone)
        self.zone_hint = QLabel(self)
        self.zone_hint.setWordWrap(True)
        self.rt.bind(self.zone_hint.setText, lambda: self.tr(
            "The zone your account is set to; the refill time follows it. Type a city to find "
            "it, e.g. Tokyo."))
        form.addRow("", self.zone_hint)

        self.message = InlineMessage(self)
        form.addRow(self.message)
        self.grant.valueChanged.connect(lambda _v: self.other_grant.setChecked(True))
        self.grant.valueChanged.connect(lambda _v: self._fit_balance())
        self.grant_choices.idToggled.connect(lambda *_: self._fit_balance())
        self.set_preset(self.preset.key)

    def retranslate(self) -> None:
        self.rt.apply()
        self._texts_for_preset()

    def set_preset(self, key: str) -> None:
        self.preset = PRESETS[key]
        first = self.preset.meters[0]
        self.grant.blockSignals(True)
        self.grant.setValue(first.grant)
        self.grant.blockSignals(False)
        choices = GRANT_CHOICES.get(key, ())
        for button, value in zip(self.choice_buttons, (*choices, None, None), strict=False):
            button.setVisible(value is not None)
            button.setProperty("grant", value)
        self.other_grant.setVisible(bool(choices))
        if choices:
            self.choice_buttons[0].setChecked(True)
            self.grant_caption.setBuddy(self.choice_buttons[0])
        else:
            self.other_grant.setChecked(True)
            self.grant_caption.setBuddy(self.grant)
        asks = set(self.preset.asks)
        for widget in (self.grant_caption, self.choice_row, self.grant_hint):
            widget.setVisible("grant" in asks)
        for widget in (self.billing_caption, self.billing_day, self.billing_hint):
            widget.setVisible("billing_day" in asks)
        for widget in (self.balance_caption, self.balance, self.balance_hint):
            widget.setVisible(self.asks_balance())
        self._fit_balance(full=True)
        self.message.clear_message()
        self._texts_for_preset()

    def _texts_for_preset(self) -> None:
        for button in self.choice_buttons:
            value = button.property("grant")
            if value is None:
                continue
            if value == self.preset.meters[0].grant:
                button.setText(arg(self.tr("%1 (most accounts)"), fmt_credits(value)))
            else:
                button.setText(fmt_credits(value))
        self.other_grant.setText(self.tr("&Other:"))
        self.grant_hint.setText(preset_note(self.preset) or self.tr(
            "Not sure? Keep the figure shown; you can change it later in Settings."))

    def asks_balance(self) -> bool:
        """Paid plans (they renew on a billing day) are rarely full when set up."""
        return "billing_day" in self.preset.asks

    def _fit_balance(self, full: bool = False) -> None:
        grant = self.chosen_grant() if "grant" in self.preset.asks else self.preset.meters[0].grant
        at_top = self.balance.value() == self.balance.maximum()
        self.balance.setMaximum(grant)
        if full or at_top:
            self.balance.setValue(grant)

    def chosen_balance(self) -> int | None:
        """What the first meter holds now, when asked and not full; else None (full)."""
        if not self.asks_balance() or self.balance.value() >= self.balance.maximum():
            return None
        return self.balance.value()

    def chosen_grant(self) -> int:
        button = self.grant_choices.checkedButton()
        value = button.property("grant") if button is not None else None
        return int(value) if value is not None else self.grant.value()

    def values(self) -> dict[str, object]:
        asks = set(self.preset.asks)
        return {
            "grant": self.chosen_grant() if "grant" in asks else None,
            "billing_day": self.billing_day.value() if "billing_day" in asks else None,
            "tz": self.zone.zone(),
            "balance": self.chosen_balance(),
        }

    def apply(self) -> list[Meter] | None:
        """Create the preset's meters and remember the zone; None (and a message) on error."""
        values = self.values()
        key = self.preset.key
        lang = self.session.lang()

        grant, day, tz = values["grant"], values["billing_day"], str(values["tz"])
        balance = values["balance"]

        def write(ledger: LedgerFile, now: datetime) -> list[Meter]:
            made = setup.apply_preset(
                ledger, key, now=now, lang=lang, tz=tz,
                grant=grant if isinstance(grant, int) else None,
                billing_day=day if isinstance(day, int) else None,
            )
            preferences.set_value(ledger, "timezone", tz)  # only once the meters exist
            if isinstance(balance, int) and made:  # an observation, never a task
                set_balance.set_balance(ledger, now, balance, meter=made[0].name)
            return made

        try:
            made: list[Meter] = self.session.mutate(write)
        except InvalidInput as error:
            self.message.show_error(describe_error(error, self.session.lang()))
            return None
        self.message.clear_message()
        return made
