"""Why didn't my credits come back? One plain explanation per meter, from its rule.

The facts come from services.explain (the refill instant, overwrite vs carry, spent
since the last refill) and its mismatch hints (a logged balance the rule cannot
produce: wrong plan, zone or billing day). This dialog only words them, showing each
instant in the user's zone and, when different, in the rule's own zone.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktopapp.domain.explain import Explanation, Hint
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import WEEKDAYS, Daily, Every, Monthly, Rolling, Weekly
from desktopapp.services import explain
from desktopapp.ui.countdown_text import remaining
from desktopapp.ui.formatting import arg, fmt_clock, fmt_credits, fmt_instant, fmt_int
from desktopapp.ui.refill_learned import LearnedRefill
from desktopapp.ui.session import Session

translate = QCoreApplication.translate


def _clock(meter: Meter) -> str:
    rule = meter.rule
    if isinstance(rule, Daily | Weekly | Monthly):
        return fmt_clock(rule.at)
    return ""


def rule_sentence(meter: Meter) -> str:
    """How the meter refills, in one sentence."""
    rule = meter.rule
    grant = fmt_credits(meter.grant)
    if isinstance(rule, Daily):
        return arg(translate("Why", "It refills every day at %1 (%2 time): %3."),
                   _clock(meter), rule.tz, grant)
    if isinstance(rule, Weekly):
        day = QLocale().dayName(WEEKDAYS.index(rule.weekday) + 1, QLocale.FormatType.LongFormat)
        return arg(translate("Why", "It refills once a week, on %1 at %2 (%3 time): %4."),
                   day, _clock(meter), rule.tz, grant)
    if isinstance(rule, Monthly):
        return arg(
            translate("Why", "It refills once a month, on day %1 at %2 (%3 time): %4. "
                             "There is no daily top-up in between."),
            fmt_int(rule.day), _clock(meter), rule.tz, grant)
    if isinstance(rule, Every):
        return arg(translate("Why", "It refills every %1 hours: %2."),
                   QLocale().toString(rule.hours, "g", 4), grant)
    if isinstance(rule, Rolling):
        return arg(translate("Why", "A %1-hour window opens at your first use after a refill; "
                                    "when it closes, the meter refills to %2."),
                   QLocale().toString(rule.hours, "g", 4), grant)
    return translate("Why", "It never refills by itself.")


def is_calendar(meter: Meter) -> str:
    """Which setting a mismatch most likely points at: 'day' (billing day) or 'time'."""
    return "day" if isinstance(meter.rule, Monthly) else "time"


class WhyDialog(QDialog):
    def __init__(self, session: Session, meter_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("WhyDialog")
        self.setWindowTitle(self.tr("CreditFuel — Why didn't my credits come back?"))
        self.explanation: Explanation | None = None
        self._shown: str | None = None  # the meter explained, the meter asked about
        self._wanted: str | None = None
        self._waiting = False
        self._build()
        for meter in explain.meters(session.ledger):
            self.meter_box.addItem(meter.name, meter.id)
        index = self.meter_box.findData(meter_id) if meter_id else 0
        self.meter_box.setCurrentIndex(max(index, 0))
        self.meter_box.currentIndexChanged.connect(self.refresh)
        self._stale = False
        session.changed.connect(self._on_session_changed)
        self.refresh()

    def _on_session_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _build(self) -> None:
        self.meter_box = QComboBox(self)
        meter_label = QLabel(self.tr("&Meter:"), self)
        meter_label.setBuddy(self.meter_box)
        top = QHBoxLayout()
        top.addWidget(meter_label)
        top.addWidget(self.meter_box, 1)

        self.headline = QLabel(self)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.body = QLabel(self)
        self.hints = QLabel(self)
        for label in (self.headline, self.body, self.hints):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hints.setObjectName("hints")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.settings_button = QPushButton(self.tr("Check the meter's &settings…"), self)
        self.settings_button.setAutoDefault(False)
        self.buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.settings_button.clicked.connect(self.open_settings)

        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.headline)
        root.addWidget(self.body)
        root.addWidget(self.hints)
        self.learned = LearnedRefill(self.session, self)  # from automatic readings
        root.addWidget(self.learned)
        root.addStretch(1)
        root.addWidget(self.buttons)
        self.setMinimumWidth(520)

    # -- content --------------------------------------------------------------------------------
    def refresh(self, *_: object) -> None:
        """The chosen meter's explanation. It replays the meter's recent readings, so on a
        busy ledger it comes from a worker: until then the dialog says it is working it
        out (keeping the last explanation only when it is of the same meter)."""
        meter_id = self.meter_box.currentData()
        self._wanted = meter_id
        self._waiting = True  # _arrived clears it, at once on a small ledger
        self.session.figures(
            f"why:{id(self)}",
            lambda ledger, now: (now, explain.why(ledger, now, meter_id)),
            lambda answer: self._arrived(meter_id, *answer),
        )
        if self._waiting and (self.explanation is None or self._shown != meter_id):
            self.explanation = None  # another meter's words would read as this one's
            self.headline.setText(self.meter_box.currentText())
            self.body.setText(self.tr("Working out when its credits come back…"))
            self.hints.hide()
            self.learned.hide()

    def _arrived(self, meter_id: str | None, now: datetime, found: explain.Why | None) -> None:
        if not isValid(self) or meter_id != self._wanted:
            return  # the dialog is gone, or another meter was chosen since
        self._waiting = False
        self._shown = meter_id
        if found is None:
            self.headline.setText(self.tr("No meter is set up yet."))
            self.body.setText(self.tr("Add your plan in Settings and CreditFuel will explain "
                                      "when its credits come back."))
            self.hints.hide()
            return
        meter, why = found.meter, found.explanation
        self.explanation = why
        self.headline.setText(arg(self.tr("%1: %2 of %3 left."), meter.name,
                                  fmt_int(why.balance), fmt_credits(why.grant)))
        self.body.setText("\n\n".join(self._paragraphs(meter, why, now)))
        hint_lines = [self.hint_text(meter, h) for h in why.hints[-3:]]
        self.hints.setText("\n\n".join(["⚠ " + line for line in hint_lines]))
        self.hints.setVisible(bool(hint_lines))
        self.learned.show_for(meter.name)

    def _when(self, at: datetime, rule_zone: str) -> str:
        """An instant in the user's zone, and in the rule's zone when that differs."""
        zone = self.session.user_zone()
        mine = fmt_instant(at, zone, with_date=True)
        if rule_zone == zone:
            return mine
        return arg(self.tr("%1 (%2 in the plan's zone)"), mine,
                   fmt_instant(at, rule_zone, with_date=True))

    def _paragraphs(self, meter: Meter, why: Explanation, now: datetime) -> list[str]:
        out = [rule_sentence(meter)]
        if why.idle_window:
            out.append(self.tr("The window has not started: it opens when you next use it, "
                               "and the meter is full until then."))
        elif why.next_refill is not None:
            out.append(arg(self.tr("Next refill: %1, in %2."),
                           self._when(why.next_refill, why.rule_zone),
                           remaining(now, why.next_refill)))
        clock = fmt_instant(why.next_refill, why.rule_zone) if why.next_refill else ""
        if why.next_refill is not None and why.mode == "overwrite":
            out.append(arg(
                self.tr("Leftover is not added: at %1 the balance becomes %2 whatever was left."),
                clock, fmt_int(why.grant)))
            if why.lost_at_refill > 0:
                out.append(arg(self.tr("So the %1 you have now will be gone then: use them "
                                       "before the refill if you can."),
                               fmt_credits(why.lost_at_refill)))
        elif why.next_refill is not None:
            if why.cap is not None:
                out.append(arg(self.tr("Leftover carries over: at %1 you get %2 on top of "
                                       "what is left, up to %3."),
                               clock, fmt_int(why.grant), fmt_credits(why.cap)))
            else:
                out.append(arg(self.tr("Leftover carries over: at %1 you get %2 on top of "
                                       "what is left."), clock, fmt_int(why.grant)))
            if why.lost_at_refill > 0:
                out.append(arg(self.tr("%1 above the cap will be lost at that refill."),
                               fmt_credits(why.lost_at_refill)))
        if why.last_refill is not None:
            out.append(arg(self.tr("Last refill: %1. Spent since then: %2."),
                           self._when(why.last_refill, why.rule_zone),
                           fmt_credits(why.spent_since_refill)))
        return out

    def hint_text(self, meter: Meter, hint: Hint) -> str:
        zone = self.session.user_zone()
        when = fmt_instant(hint.at, zone, with_date=True)
        check = (self.tr("Check the billing day in Settings > Meters.")
                 if is_calendar(meter) == "day"
                 else self.tr("Check the meter's time zone and reset time in Settings > Meters."))
        if hint.code == "grant_above_plan":
            return arg(self.tr("On %1 you logged a balance of %2, more than this meter's grant "
                               "of %3. Your plan probably gives more: check the plan."),
                       when, fmt_int(hint.observed), fmt_int(hint.expected))
        if hint.code == "refill_early":
            due = (fmt_instant(hint.rule_refill, zone, with_date=True)
                   if hint.rule_refill else "")
            return arg(self.tr("On %1 you logged %2, but by this meter's rule no refill was due "
                               "until %3, so about %4 was expected. The real refill comes "
                               "earlier. %5"),
                       when, fmt_int(hint.observed), due, fmt_int(hint.expected), check)
        if hint.code == "refill_missing":
            due = (fmt_instant(hint.rule_refill, zone, with_date=True)
                   if hint.rule_refill else "")
            return arg(self.tr("On %1 you logged %2, as if the refill this meter expected at %3 "
                               "had not happened yet. The real refill comes later. %4"),
                       when, fmt_int(hint.observed), due, check)
        return arg(self.tr("On %1 you logged %2, %3 less than your logs explain. Tasks that "
                           "were not logged, or background jobs, use credits too."),
                   when, fmt_int(hint.observed), fmt_credits(hint.expected - hint.observed))

    def open_settings(self) -> None:
        from desktopapp.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, parent=self)
        dialog.show_meters()
        dialog.open()
