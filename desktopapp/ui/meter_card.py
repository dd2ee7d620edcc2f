"""One meter in the panel: its name, balance / grant, a gauge bar in the band's colour,
the countdown with the refill time in the user's zone, and the "Why?" link."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktopapp.domain.status import MeterStatus
from desktopapp.ui import countdown_text
from desktopapp.ui.formatting import arg, fmt_int
from desktopapp.ui.theme import Band, Thresholds, fill_colour


class GaugeBar(QWidget):
    """A horizontal fuel bar in the band's colour; its text is for screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.band: Band = "unknown"
        self.setMinimumSize(160, 10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_level(self, fraction: float, band: Band, text: str) -> None:
        self.fraction = max(0.0, min(1.0, fraction))
        self.band = band
        self.setAccessibleName(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:  # ended whatever happens: a painter outliving its paint event crashes Qt
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            radius = rect.height() / 2
            track = self.palette().color(QPalette.ColorRole.WindowText)
            track.setAlpha(40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(rect, radius, radius)
            if self.fraction > 0:
                filled = QRectF(rect)
                filled.setWidth(max(rect.height(), rect.width() * self.fraction))
                painter.setBrush(fill_colour(self.band))
                painter.drawRoundedRect(filled, radius, radius)
        finally:
            painter.end()


def _link_button(text: str, parent: QWidget) -> QPushButton:
    """A flat, focusable button that looks like a link (a QLabel link is hard to Tab to)."""
    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAutoDefault(False)
    palette = button.palette()
    palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
    button.setPalette(palette)
    button.setStyleSheet("QPushButton { text-align: left; padding: 0px; border: none; }")
    return button


class MeterCard(QFrame):
    why_requested = Signal(str)  # meter id
    set_balance_requested = Signal(str)  # meter name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meter_id = ""
        self.meter_name = ""
        self.mismatch = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setVerticalSpacing(3)
        self.name = QLabel(self)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.balance = QLabel(self)
        self.balance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.gauge = GaugeBar(self)
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.why = _link_button("", self)
        self.why.clicked.connect(lambda: self.why_requested.emit(self.meter_id))
        self.set_balance = _link_button("", self)
        self.set_balance.clicked.connect(
            lambda: self.set_balance_requested.emit(self.meter_name))
        self.retranslate()
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.balance, 0, 1)
        grid.addWidget(self.gauge, 1, 0, 1, 2)
        grid.addWidget(self.countdown, 2, 0, 1, 2)
        grid.addWidget(self.why, 3, 0)
        grid.addWidget(self.set_balance, 3, 1, Qt.AlignmentFlag.AlignRight)

    def retranslate(self) -> None:
        self.why.setText(self.tr("Why didn't my credits come back?"))
        self.set_balance.setText(self.tr("Set balance…"))

    def show_meter(self, m: MeterStatus, now: datetime, zone: str, thresholds: Thresholds) -> None:
        self.meter_id = m.meter_id
        self.meter_name = m.name
        self.name.setText(m.name)
        # Below zero is old data that cannot be true (new writes are refused): never
        # shown as fuel, the fix is offered instead.
        self.mismatch = m.balance < 0
        if self.mismatch:
            self.balance.setText(self.tr("doesn't add up"))
            self.gauge.set_level(0.0, "unknown", self.tr(
                "The logs don't add up: set the balance"))
            self.set_balance.setText(self.tr("Doesn't add up — set the balance…"))
        else:
            unit = self.tr("credits") if m.unit == "credits" else self.tr("minutes")
            self.balance.setText(
                arg(self.tr("%1 / %2 %3"), fmt_int(m.balance), fmt_int(m.grant), unit))
            band = thresholds.band(m.fraction)
            self.gauge.set_level(
                m.fraction, band,
                arg(self.tr("%1 of %2 left"), fmt_int(m.balance), fmt_int(m.grant)))
            self.set_balance.setText(self.tr("Set balance…"))
        self.countdown.setText(refill_line(m, now, zone))
        self.why.setAccessibleName(arg(self.tr("Why didn't %1 come back?"), m.name))
        self.set_balance.setAccessibleName(arg(self.tr("Set the balance of %1"), m.name))
        self.setAccessibleName(m.name)


def refill_line(m: MeterStatus, now: datetime, zone: str) -> str:
    """'Refills in 3 h 12 min · Tue 09:00 JST' and its variants for other rules."""
    if m.idle_window:
        return QCoreApplication.translate("Panel", "Full: the window starts with your next task")
    if m.next_reset is None:
        return QCoreApplication.translate("Panel", "No automatic refill")
    left = countdown_text.remaining(now, m.next_reset)
    return arg(
        QCoreApplication.translate("Panel", "Refills in %1 · %2"),
        left,
        countdown_text.refill_when(now, m.next_reset, zone),
    )
