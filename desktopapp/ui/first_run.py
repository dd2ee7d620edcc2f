"""First run: a short welcome that turns "I am on Genspark Free" into a working meter.

Four pages: language, plan (the presets), the few details a plan needs (grant when
sources disagree, billing day for paid plans, time zone), and a summary with the first
countdown. The meters are created by ``LedgerFile.apply_preset``; this wizard only asks.
``PresetForm`` is shared with Settings, which edits the same things later.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktopapp.domain.history import local_day
from desktopapp.domain.meter import Meter
from desktopapp.domain.presets import PRESETS, Preset
from desktopapp.domain.problems import InvalidInput, Problem
from desktopapp.i18n import describe
from desktopapp.services import preferences, setup
from desktopapp.services.changes import SETTINGS
from desktopapp.services.ledger import LedgerFile
from desktopapp.ui import countdown_text, translations
from desktopapp.ui.formatting import (
    arg,
    describe_error,
    fmt_credits,
    fmt_instant,
    sentences,
    ui_lang,
)
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.pickers import LanguageBox, ZoneBox
from desktopapp.ui.retranslate import Retranslator, RewordsWhenShown
from desktopapp.ui.session import Session

DEFAULT_PRESET = "genspark-free"
# Sources disagree on Genspark Free's daily grant (the seed article's 200, other guides'
# 100; see the preset's note): offer both, 200 first.
GRANT_CHOICES = {"genspark-free": (200, 100)}
translate = QCoreApplication.translate


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
        }

    def apply(self) -> list[Meter] | None:
        """Create the preset's meters and remember the zone; None (and a message) on error."""
        values = self.values()
        key = self.preset.key
        lang = self.session.lang()

        grant, day, tz = values["grant"], values["billing_day"], str(values["tz"])

        def write(ledger: LedgerFile, now: datetime) -> list[Meter]:
            made = setup.apply_preset(
                ledger, key, now=now, lang=lang, tz=tz,
                grant=grant if isinstance(grant, int) else None,
                billing_day=day if isinstance(day, int) else None,
            )
            preferences.set_value(ledger, "timezone", tz)  # only once the meters exist
            return made

        try:
            made: list[Meter] = self.session.mutate(write)
        except InvalidInput as error:
            self.message.show_error(describe_error(error, self.session.lang()))
            return None
        self.message.clear_message()
        return made


# -- pages --------------------------------------------------------------------------------------
class WelcomePage(QWizardPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rt = Retranslator()
        self.rt.bind(self.setTitle, lambda: self.tr("Welcome to CreditFuel"))
        text = QLabel(self)
        text.setWordWrap(True)
        self.rt.bind(text.setText, lambda: self.tr(
            "CreditFuel shows how many credits you have left, when they come back, and warns "
            "you before an expensive task. Three quick questions and you are set."))
        self.language = LanguageBox(preferences.chosen_language(session.ledger), self)
        caption = QLabel(self)
        caption.setBuddy(self.language)
        self.rt.bind(caption.setText, lambda: self.tr("&Language:"))
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.language, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(1)
        self.language.currentIndexChanged.connect(self._language_changed)

    def _language_changed(self) -> None:
        choice = self.language.choice()

        def write(ledger: LedgerFile, _now: datetime) -> None:
            if choice in preferences.LANGS:
                preferences.set_value(ledger, "language", choice)
            else:  # "system": back to the environment's language
                preferences.unset(ledger, "language")

        self.session.mutate(write, SETTINGS)
        translations.install(self.session.lang())  # every window gets a LanguageChange event

    def retranslate(self) -> None:
        self.rt.apply()
        self.language.retranslate()


class PlanPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rt = Retranslator()
        self.rt.bind(self.setTitle, lambda: self.tr("Which plan are you on?"))
        self.rt.bind(self.setSubTitle, lambda: self.tr(
            "Pick the closest one: every figure can be changed later."))
        self.plans = QListWidget(self)
        for preset in PRESETS.values():
            item = QListWidgetItem(preset_title(preset), self.plans)
            item.setData(Qt.ItemDataRole.UserRole, preset.key)
        self.plans.setCurrentRow(list(PRESETS).index(DEFAULT_PRESET))
        caption = QLabel(self)
        caption.setBuddy(self.plans)
        self.rt.bind(caption.setText, lambda: self.tr("&Plan:"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.plans, 1)
        layout.addWidget(self.note)
        self.plans.currentRowChanged.connect(self._show_note)
        self._show_note()

    def key(self) -> str:
        item = self.plans.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else DEFAULT_PRESET

    def _show_note(self, *_: object) -> None:
        from desktopapp.i18n import preset_source

        preset = PRESETS[self.key()]
        where = preset_source(preset.key, ui_lang(), preset.source)  # no English in ja
        source = arg(self.tr("Figures from: %1."), where)
        self.note.setText("\n".join(t for t in (preset_note(preset), source) if t))

    def retranslate(self) -> None:
        self.rt.apply()
        self._show_note()


class DetailsPage(QWizardPage):
    def __init__(self, session: Session, plan: PlanPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.rt = Retranslator()
        self.rt.bind(self.setTitle, lambda: self.tr("A few details"))
        self.form = PresetForm(session, self)
        QVBoxLayout(self).addWidget(self.form)
        self.made: list[Meter] = []

    def initializePage(self) -> None:
        self.form.set_preset(self.plan.key())
        self.setSubTitle(preset_title(self.form.preset))

    def validatePage(self) -> bool:
        made = self.form.apply()
        if made is None:
            return False
        self.made = made
        return True

    def retranslate(self) -> None:
        self.rt.apply()
        self.form.retranslate()


class DonePage(QWizardPage):
    def __init__(self, session: Session, details: DetailsPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.details = details
        self.rt = Retranslator()
        self.rt.bind(self.setTitle, lambda: self.tr("All set"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        tip = QLabel(self)
        tip.setWordWrap(True)
        self.rt.bind(tip.setText, lambda: self.tr(
            "The fuel gauge lives in the system tray. Click it for your meters and Quick log; "
            "right-click it for every action."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(tip)
        layout.addStretch(1)

    def initializePage(self) -> None:
        now_status = self.session.status()
        row_as_of = now_status.as_of
        status = {m.meter_id: m for m in now_status.meters}
        zone = self.session.user_zone()
        lines: list[str] = []
        for meter in self.details.made:
            row = status.get(meter.id)
            if row is None:
                continue
            line = arg(self.tr("%1: %2 now."), meter.name, fmt_credits(row.balance))
            if row.next_reset is not None and row.seconds_to_reset is not None:
                # The tooltip's rounding: from the status instant to the reset instant.
                left = countdown_text.remaining(row_as_of, row.next_reset)
                line = sentences(line, arg(self.tr("Next refill %1 (in %2)."),
                                           fmt_instant(row.next_reset, zone, with_date=True),
                                           left))
            lines.append(line)
        self.summary.setText("\n".join(lines))

    def retranslate(self) -> None:
        self.rt.apply()
        if self.details.made:
            self.initializePage()


class FirstRunWizard(RewordsWhenShown, QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("FirstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.welcome = WelcomePage(session, self)
        self.plan = PlanPage(self)
        self.details = DetailsPage(session, self.plan, self)
        self.done_page = DonePage(session, self.details, self)
        for page in (self.welcome, self.plan, self.details, self.done_page):
            self.addPage(page)
        self.setMinimumSize(560, 440)
        self._title()

    def _title(self) -> None:
        self.setWindowTitle(self.tr("CreditFuel — Welcome"))

    def retranslate(self) -> None:
        self._title()
        for page in (self.welcome, self.plan, self.details, self.done_page):
            page.retranslate()


