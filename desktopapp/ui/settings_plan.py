"""Settings > Plan: which plan the meters are, and switching plan.

The plan shown is read from the live meters (services.plan.current_plan), so it follows
any change to them. "Switch to this plan" replaces the account's meters with the chosen
plan's at once (services.plan.switch: history, estimates and packs stay); the tab says
so, a downgrade with a live pack warns that its credits may be stranded, Undo takes the
switch back and so does Settings' Cancel (the journal).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput
from desktopapp.i18n import describe
from desktopapp.services import plan, preferences, setup
from desktopapp.services.changes import METERS
from desktopapp.services.ledger import LedgerFile
from desktopapp.ui.formatting import arg, describe_error, sentences
from desktopapp.ui.inline_message import caution_colour
from desktopapp.ui.preset_form import DEFAULT_PRESET, PresetForm, preset_title
from desktopapp.ui.retranslate import Retranslator
from desktopapp.ui.session import Session
from desktopapp.ui.settings_journal import Journal, Undo


class PlanTab(QWidget):
    """Switch plan: Free → Plus → Pro → Free, each undoable."""

    def __init__(self, session: Session, parent: QWidget | None = None,
                 journal: Journal | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journal = journal if journal is not None else Journal(session)
        self.rt = Retranslator()
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.at_once = QLabel(self)
        self.at_once.setWordWrap(True)
        self.rt.bind(self.at_once.setText, lambda: self.tr(
            "A switch is made at once: the new plan's meters replace the old ones from now "
            "on (your history, estimates and packs stay). Undo or Cancel takes it back."))
        self.preset = QComboBox(self)
        for preset in setup.presets():
            self.preset.addItem(preset_title(preset), preset.key)
        caption = QLabel(self)
        caption.setBuddy(self.preset)
        self.rt.bind(caption.setText, lambda: self.tr("&Plan:"))
        self.form = PresetForm(session, self)
        self.switch_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.rt.bind(self.undo_button.setText, lambda: self.tr("&Undo the switch"))
        self.undo_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.preset, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.switch_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(row)
        layout.addWidget(self.form)
        layout.addWidget(self.at_once)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._switches: list[tuple[plan.Switch, Undo]] = []
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.switch_button.clicked.connect(self.switch)
        self.undo_button.clicked.connect(self.undo)
        self._followed = ""  # the plan the combo last took from the meters
        self.refresh()
        self._follow_meters()
        self.form.set_preset(str(self.preset.currentData()))

    # -- what the meters are ---------------------------------------------------------------
    def current_plan(self) -> plan.Plan:
        return plan.current_plan(self.session.ledger, self.session.now())

    def refresh(self) -> None:
        meters = setup.meters(self.session.ledger)
        if not meters:
            self.current.setText(self.tr("No meter yet: pick your plan below."))
            self.switch_button.setText(self.tr("&Add this plan's meters"))
            return
        found = self.current_plan().preset
        names = ", ".join(m.name for m in meters)
        title = preset_title(found) if found is not None else self.tr("your own meters")
        self.current.setText(arg(self.tr("Your plan now: %1 (meters: %2)."), title, names))
        self.switch_button.setText(self.tr("&Switch to this plan"))
        if self._followed and self.preset.currentData() == self._followed:
            self._follow_meters()  # changed elsewhere (the CLI): the combo follows, unless
            # the user has picked another plan here meanwhile

    def _follow_meters(self) -> None:
        """The combo shows the plan the meters are (the default plan with none)."""
        found = self.current_plan().preset
        key = found.key if found is not None else DEFAULT_PRESET
        self._followed = key
        if self.preset.currentData() != key:
            self.preset.setCurrentIndex(max(0, self.preset.findData(key)))
            self.form.set_preset(str(self.preset.currentData()))

    def _preset_changed(self, *_: object) -> None:
        self.form.set_preset(str(self.preset.currentData()))

    # -- switching -------------------------------------------------------------------------
    def switch(self) -> None:
        key = str(self.preset.currentData())
        values = self.form.values()
        lang = self.session.lang()
        grant, day, balance = values["grant"], values["billing_day"], values["balance"]
        tz = str(values["tz"])

        def write(ledger: LedgerFile, now: datetime) -> plan.Switch:
            done = plan.switch(
                ledger, now, key, lang=lang, tz=tz,
                billing_day=day if isinstance(day, int) else None,
                balance=balance if isinstance(balance, int) else None,
                grant=grant if isinstance(grant, int) else None,
            )
            preferences.set_value(ledger, "timezone", tz)
            return done

        try:
            done: plan.Switch = self.session.mutate(write, METERS)
        except InvalidInput as error:
            self.form.message.show_error(describe_error(error, self.session.lang()))
            return
        token = self.journal.record(lambda ledger, now: plan.undo_switch(ledger, now, done))
        self._switches.append((done, token))
        self.undo_button.setEnabled(True)
        said = arg(self.tr("Switched to %1."), preset_title(self.form.preset))
        warnings = [describe(p, self.session.lang(), app=True) for p in done.findings]
        if warnings:
            self.form.message.show_note(sentences(said, *warnings), caution_colour(self))
        else:
            self.form.message.show_note(said)
        self.refresh()
        self._follow_meters_keeping_message()

    def _follow_meters_keeping_message(self) -> None:
        text, palette = self.form.message.text(), self.form.message.palette()
        self._follow_meters()
        self.form.message.setPalette(palette)
        self.form.message.setText(text)
        self.form.message.show()

    def undo(self) -> None:
        """Take the newest switch back (the old plan's meters live again)."""
        if not self._switches:
            return
        done, token = self._switches.pop()
        try:
            self.session.mutate(lambda ledger, now: plan.undo_switch(ledger, now, done), METERS)
        except InvalidInput as error:
            self._switches.append((done, token))
            self.form.message.show_error(describe_error(error, self.session.lang()))
            return
        self.journal.forget(token)
        self.undo_button.setEnabled(bool(self._switches))
        self.refresh()
        self._follow_meters()
        self.form.message.show_note(self.tr("The switch was taken back."))
        self.form.message.show()

    def retranslate(self) -> None:
        self.rt.apply()
        self.form.retranslate()
        self.refresh()
