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
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktopapp.domain.meter import Meter
from desktopapp.domain.presets import PRESETS
from desktopapp.services import preferences
from desktopapp.services.changes import SETTINGS
from desktopapp.services.ledger import LedgerFile
from desktopapp.ui import countdown_text, translations
from desktopapp.ui.formatting import (
    arg,
    fmt_credits,
    fmt_instant,
    sentences,
    ui_lang,
)
from desktopapp.ui.pickers import LanguageBox
from desktopapp.ui.preset_form import (  # noqa: F401  (Settings > Plan imports them here)
    DEFAULT_PRESET,
    GRANT_CHOICES,
    PresetForm,
    preset_note,
    preset_title,
)
from desktopapp.ui.retranslate import Retranslator, RewordsWhenShown
from desktopapp.ui.session import Session

translate = QCoreApplication.translate


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
        # Automatic readings are offered here, off by default (no network unless asked).
        self.readings = QCheckBox(self)
        self.rt.bind(self.readings.setText, lambda: self.tr(
            "&Read my Genspark balance automatically (with my own API key): "
            "set it up when I press Finish"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(tip)
        layout.addSpacing(12)
        layout.addWidget(self.readings)
        layout.addStretch(1)

    def initializePage(self) -> None:
        genspark = any(m.account.lower().startswith("genspark") or
                       m.name.lower().startswith("genspark") for m in self.details.made)
        self.readings.setVisible(genspark)
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
        self.settings: QWidget | None = None  # Settings > Sources, when asked for
        self.accepted.connect(self._after_finish)

    def _after_finish(self) -> None:
        offer = self.done_page.readings
        if offer.isVisibleTo(self.done_page) and offer.isChecked():
            from desktopapp.ui.settings_dialog import SettingsDialog

            settings = SettingsDialog(self.session)
            settings.show_sources()
            settings.show()
            self.settings = settings  # kept: the wizard is kept by the tray's window list

    def _title(self) -> None:
        self.setWindowTitle(self.tr("CreditFuel — Welcome"))

    def retranslate(self) -> None:
        self._title()
        for page in (self.welcome, self.plan, self.details, self.done_page):
            page.retranslate()


