"""The offer a reading makes, shown without taking the focus from what the user is doing:
"Video done: 312 credits" with the outcome buttons (one click logs it with the derived
cost), or, for a drop with no task or several, a question: which kind was it?

Also says, once, what a reading found (a silent drain, a refused key, a page instead of
a balance, a refill at another time than the rule). Nothing here decides anything: the
services derived the figures; this window only asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.kinds import KINDS
from desktopapp.domain.problems import InvalidInput
from desktopapp.services import readings_tasks, readings_words
from desktopapp.services.changes import LEDGER
from desktopapp.services.readings import ReadReport
from desktopapp.services.readings_state import Offer
from desktopapp.ui.formatting import describe_error, kind_label, outcome_label
from desktopapp.ui.retranslate import Retranslator, RewordsWhenShown
from desktopapp.ui.session import Session

# Findings worth telling the user about when they happen (offline stays quiet).
TOLD = ("silent_drain", "key_refused", "unexpected_answer", "refill_mismatch",
        "plan_preset", "key_missing", "secrets_unavailable", "command_failed",
        "source_meter_gone")
OUTCOMES = ("ok", "failed", "retake", "abandoned")


class OfferWindow(RewordsWhenShown, QWidget):
    logged = Signal(object)  # the Spend

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("ReadingOffer")
        self.session = session
        self.rt = Retranslator()
        self.offer: Offer | None = None
        self.finding = QLabel(self)
        self.finding.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        for info in KINDS:
            self.kind.addItem(kind_label(info.code), info.code)
        self.outcome_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for code in OUTCOMES:
            button = QPushButton(self)
            button.clicked.connect(lambda _c=False, code=code: self.log(code))
            self.outcome_buttons[code] = button
            row.addWidget(button)
        self.not_task = QPushButton(self)
        self.later = QPushButton(self)
        self.rt.bind(self.not_task.setText, lambda: self.tr("&Not a task"))
        self.rt.bind(self.later.setText, lambda: self.tr("&Later"))
        self.not_task.clicked.connect(self.dismiss)
        self.later.clicked.connect(self.hide)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.not_task)
        bottom.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.addWidget(self.finding)
        layout.addWidget(self.message)
        layout.addWidget(self.kind)
        layout.addLayout(row)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CreditFuel — reading"))
        self.rt.apply()
        for code, button in self.outcome_buttons.items():
            button.setText(outcome_label(code))
        self._fill()

    # -- what to show ------------------------------------------------------------------
    def on_report(self, report: ReadReport) -> None:
        told = [f for f in report.findings if f.code in TOLD
                and (report.state_changed or report.failure is None)]
        if told:
            lang = self.session.lang()
            self.finding.setText("\n".join(readings_words.finding_text(f, lang) for f in told))
        if told or report.offers:
            self.show_next(keep_finding=bool(told))

    def show_next(self, keep_finding: bool = False) -> None:
        pending = readings_tasks.pending(self.session.ledger)
        self.offer = pending[0] if pending else None
        if not keep_finding:
            self.finding.clear()
        if self.offer is None and not self.finding.text():
            self.hide()
            return
        self._fill()
        self.adjustSize()
        self._place()
        self.show()  # WA_ShowWithoutActivating: the focus stays where the user is typing

    def _fill(self) -> None:
        self.finding.setVisible(bool(self.finding.text()))
        offer = self.offer
        shown = offer is not None
        for widget in (self.message, self.not_task, *self.outcome_buttons.values()):
            widget.setVisible(shown)
        self.kind.setVisible(shown and offer is not None and len(offer.tasks) != 1)
        if offer is not None:
            self.message.setText(
                readings_words.offer_text(self.session.ledger, offer, self.session.lang()))

    def _place(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(area.right() - self.width() - 16, area.bottom() - self.height() - 16)

    # -- the user's click --------------------------------------------------------------
    def log(self, outcome: str) -> None:
        offer = self.offer
        if offer is None:
            return
        kind = None
        if len(offer.tasks) != 1:
            kind = self.kind.currentData() if self.kind.currentText() == kind_label(
                str(self.kind.currentData())) else self.kind.currentText().strip()
        try:
            spend = self.session.mutate(
                lambda ledger, now: readings_tasks.accept(
                    ledger, offer.id, now=now, kind=kind, outcome=outcome),  # type: ignore[arg-type]
                LEDGER,
            )
        except InvalidInput as error:
            self.finding.setText(describe_error(error, self.session.lang()))
            self.finding.show()
            return
        self.logged.emit(spend)
        self.show_next()

    def dismiss(self) -> None:
        if self.offer is not None:
            offer_id = self.offer.id
            self.session.mutate(lambda ledger, _now: readings_tasks.dismiss(ledger, offer_id),
                                LEDGER)
        self.show_next()
