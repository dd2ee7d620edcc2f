"""In "Why didn't my credits come back?": what the readings saw about the real refill
("your credits came back at 09:00 JST each day, not 00:00 JST") and the one-click fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import refill_fix
from desktopapp.services.changes import METERS
from desktopapp.ui.formatting import describe_error
from desktopapp.ui.session import Session


class LearnedRefill(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.meter: str | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.fix = QPushButton(self)
        self.fix.setAutoDefault(False)
        self.fix.clicked.connect(self.apply)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.fix)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.fix.setText(self.tr("&Use what the readings saw"))

    def show_for(self, meter_name: str | None) -> None:
        self.meter = meter_name
        said = None
        if meter_name is not None:
            try:
                said = refill_fix.explanation(self.session.ledger, meter_name,
                                              self.session.lang())
            except InvalidInput:
                said = None
        self.setVisible(bool(said))
        self.fix.setEnabled(bool(said))
        if said:
            self.text.setText("📈 " + said)

    def apply(self) -> None:
        name = self.meter
        if name is None:
            return
        try:
            self.session.mutate(
                lambda ledger, now: refill_fix.apply_fix(ledger, name, now=now), METERS)
        except InvalidInput as error:
            self.text.setText(describe_error(error, self.session.lang()))
            return
        self.text.setText(self.tr("Done: the meter now refills as the readings saw."))
        self.fix.setEnabled(False)
