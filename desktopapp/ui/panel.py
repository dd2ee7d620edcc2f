"""The compact panel a left click on the tray icon opens (or the fallback window embeds).

Per meter: a gauge bar, balance / grant, the countdown and the refill time in the user's
zone, and a "Why didn't my credits come back?" link. Below: today's burn, the range line
and the four actions. Keyboard: Tab walks every control, Esc closes the panel.
"""

from __future__ import annotations

import html
from datetime import datetime
from urllib.parse import quote, unquote
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.fuel_range import FuelRange
from desktopapp.domain.status import PackStatus, Status
from desktopapp.i18n import describe, text
from desktopapp.services import balances, estimates, health
from desktopapp.ui.formatting import arg, fmt_date, fmt_int
from desktopapp.ui.meter_card import MeterCard
from desktopapp.ui.range_words import range_words, unbreakable
from desktopapp.ui.reading_line import ReadingLine
from desktopapp.ui.session import Session
from desktopapp.ui.theme import Thresholds


class Panel(QWidget):
    """The panel's content. As a top-level it is a frameless popup near the tray icon."""

    quick_log_requested = Signal()
    preflight_requested = Signal()
    history_requested = Signal()
    settings_requested = Signal()
    why_requested = Signal(str)
    set_balance_requested = Signal(str)  # meter name

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("CreditFuel")
        self.setObjectName("CreditFuelPanel")
        self._cards: list[MeterCard] = []
        self._just_hidden = False
        self._popup = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.setSpacing(6)
        header = QLabel("CreditFuel", self)
        font = header.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        header.setFont(font)
        outer.addWidget(header)

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        # Shown while a long history is replayed on a worker: the figures are the last known.
        self.updating = QLabel(self)
        self.updating.setWordWrap(True)
        self.updating.setEnabled(False)  # quiet: the disabled (grey) text colour
        self.updating.hide()
        outer.addWidget(self.updating)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(2)
        outer.addLayout(self.cards_box)
        self.packs = QLabel(self)
        self.packs.setWordWrap(True)
        outer.addWidget(self.packs)
        # A meter or setting the app cannot use (an older version, a hand edit): named,
        # with what to do; everything else keeps working.
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.problems.setStyleSheet("color: #b3261e;")
        self.problems.linkActivated.connect(self._remove_unusable)
        outer.addWidget(self.problems)
        self.readings = ReadingLine(session, self)  # automatic readings, when connected
        outer.addWidget(self.readings)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        outer.addWidget(line)
        self.today = QLabel(self)
        self.range = QLabel(self)
        self.range.setWordWrap(True)
        outer.addWidget(self.today)
        outer.addWidget(self.range)

        buttons = QGridLayout()
        buttons.setSpacing(6)
        self.quick_log = QPushButton(self)
        self.preflight = QPushButton(self)
        self.history = QPushButton(self)
        self.settings = QPushButton(self)
        for i, (button, signal) in enumerate(
            (
                (self.quick_log, self.quick_log_requested),
                (self.preflight, self.preflight_requested),
                (self.history, self.history_requested),
                (self.settings, self.settings_requested),
            )
        ):
            button.setAutoDefault(False)
            button.clicked.connect(signal)
            buttons.addWidget(button, i // 2, i % 2)
        outer.addLayout(buttons)
        self.setMinimumWidth(360)
        self.retranslate()

    def retranslate(self) -> None:
        """Words set once; the rest is rewritten by every refresh."""
        self.empty.setText(self.tr("No meter yet. Open Settings to pick your plan."))
        self.updating.setText(self.tr("Updating the figures…"))
        self.setAccessibleName(self.tr("CreditFuel panel"))
        self.setAccessibleDescription(self.tr("Your meters, refill times and actions"))
        self.quick_log.setText(self.tr("&Quick log"))
        self.preflight.setText(self.tr("&Before I start…"))
        self.history.setText(self.tr("&History"))
        self.settings.setText(self.tr("&Settings"))
        for card in self._cards:
            card.retranslate()
        self.readings.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # Settings switched the language
            self.retranslate()
            if self.isVisible():
                self.refresh()

    # -- content -------------------------------------------------------------------------
    def refresh(self, status: Status | None = None) -> None:
        status = status or self.session.status()
        now = status.as_of
        zone = self.session.user_zone()
        thresholds = Thresholds.from_settings(self.session.ledger.get_setting)
        while len(self._cards) < len(status.meters):
            card = MeterCard(self)
            card.why_requested.connect(self.why_requested)
            card.set_balance_requested.connect(self.set_balance_requested)
            self.cards_box.addWidget(card)
            self._cards.append(card)
        for card, m in zip(self._cards, status.meters, strict=False):
            card.show_meter(m, now, zone, thresholds)
            card.show()
        for card in self._cards[len(status.meters) :]:
            card.hide()
        self.empty.setVisible(not status.meters and not status.updating)
        self.updating.setVisible(status.updating)
        self.packs.setText(self._packs_text(status.packs, zone))
        self.packs.setVisible(bool(self.packs.text()))
        self._show_problems()
        self.readings.refresh()
        self.today.setText(self._today_text(now, zone))
        if not status.updating:  # a range from last-known (or no) figures would mislead
            self._ask_range(status, now)
        self.range.setVisible(bool(self.range.text()))
        if self.isWindow() and self.isVisible():
            self.fit()

    def _show_problems(self) -> None:
        lang = self.session.lang()
        found = health.problems(self.session.ledger)
        lines = []
        for p in found:
            line = html.escape(describe(p, lang, app=True))
            if p.code == "meter_unusable":  # the one fix a window can offer: remove it
                href = "remove:" + quote(p.params.get("name", ""))
                label = html.escape(text("meter_unusable.remove", lang))
                line += f' <a href="{href}">{label}</a>'
            lines.append(line)
        self.problems.setText("<br>".join(lines))
        self.problems.setVisible(bool(found))

    def _remove_unusable(self, href: str) -> None:
        if href.startswith("remove:"):
            name = unquote(href.removeprefix("remove:"))
            self.session.mutate(lambda ledger, now: health.remove_meter(ledger, now, name))
            self.refresh()

    def fit(self) -> None:
        """Size a top-level panel to its content, wrapped lines included (Japanese text
        wraps more): the height is asked for the width we chose."""
        layout = self.layout()
        if layout is None:
            self.adjustSize()
            return
        layout.activate()
        width = max(self.minimumWidth(), self.sizeHint().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, height if height > 0 else self.sizeHint().height())

    def _packs_text(self, packs: tuple[PackStatus, ...], zone: str) -> str:
        lines = []
        for p in packs:
            if p.expired or p.credits_left <= 0:
                continue
            if p.expires_at is not None:
                lines.append(
                    arg(
                        self.tr("Pack: %1 credits left, expires %2"),
                        fmt_int(p.credits_left),
                        fmt_date(p.expires_at.astimezone(ZoneInfo(zone))),
                    )
                )
            else:
                lines.append(arg(self.tr("Pack: %1 credits left"), fmt_int(p.credits_left)))
        return "\n".join(lines)

    def _today_text(self, now: datetime, zone: str) -> str:
        start = local_midnight(now, zone)
        spent = balances.spent_between(self.session.ledger, start, now)
        return arg(self.tr("Used today: %1 credits"), fmt_int(spent))

    def _ask_range(self, status: Status, now: datetime) -> None:
        """The range line weighs the 90-day window: on a busy ledger a worker computes
        it (the last line stays until then). Kept per ledger revision and day: the
        countdown's ticks redraw the panel without a new log."""
        total = status.total
        self.session.figures(
            "panel.range",
            lambda ledger, at: estimates.range_line_figures(ledger, at, total),
            self._show_range,
            cache=(total, now.date()),
        )

    def _show_range(self, found: FuelRange) -> None:
        if not found.enough_history:
            self.range.setText(self.tr("Range: not enough history yet (log a few tasks)"))
        else:
            parts = [unbreakable(range_words(i.kind, i.count)) for i in found.items]
            self.range.setText(arg(self.tr("Range: ≈ %1"), " · ".join(parts)))
        self.range.show()
        if self.isWindow() and self.isVisible():
            self.fit()

    # -- as a popup ----------------------------------------------------------------------
    def become_popup(self) -> None:
        """A top-level popup like a menu: a click anywhere else closes it (Qt grabs the
        mouse while it shows, so this works with or without a window manager)."""
        self.setParent(None)
        self.setWindowFlags(Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setAutoFillBackground(True)
        self._popup = True

    def toggle_near(self, anchor: QRect) -> None:
        """Left click on the icon: open near it, or close when open. A click on the icon
        while the popup is open first closes the popup (a click outside it); the grace
        flag keeps that same click from reopening it."""
        if self.isVisible():
            self.hide()
            return
        if self._just_hidden:
            return
        self.show_near(anchor)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        _tell_reader(True)  # read more often while the user looks at the numbers

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        _tell_reader(False)
        if self._popup:
            self._just_hidden = True
            QTimer.singleShot(300, self._clear_just_hidden)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._popup:  # a frameless popup needs its own edge on a same-coloured desktop
            painter = QPainter(self)
            painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            painter.end()

    def show_near(self, anchor: QRect) -> None:
        self.refresh()
        self.fit()
        self.move(place_near(anchor, self.size(), self._screen(anchor)))
        self.show()
        self.raise_()
        self.activateWindow()
        self.quick_log.setFocus()

    def _screen(self, anchor: QRect) -> QRect:
        screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isWindow():
            self.hide()
            return
        super().keyPressEvent(event)

    def _clear_just_hidden(self) -> None:
        self._just_hidden = False
        self._popup = False


def _tell_reader(shown: bool) -> None:
    from desktopapp.ui.reader import Reader

    if Reader.current is not None:
        Reader.current.set_panel_open(shown)


def local_midnight(now: datetime, zone: str) -> datetime:
    """Start of the user's local day (history.day_start: a DST gap at midnight is handled)."""
    from desktopapp.domain.history import day_start, local_day

    return day_start(local_day(now, zone), zone)


def place_near(anchor: QRect, size: object, screen: QRect) -> QPoint:
    """Top-left for a panel of ``size`` next to the tray icon ``anchor``, on screen.

    Below the icon when the tray is at the top of the screen, above it otherwise; right
    edges aligned; clamped to the screen. With no usable anchor: the bottom-right corner.
    """
    width, height = size.width(), size.height()  # type: ignore[attr-defined]
    if anchor.isNull() or anchor.width() <= 0 or not screen.intersects(anchor):
        x = screen.right() - width - 8
        y = screen.bottom() - height - 8
    else:
        x = anchor.right() - width + 1
        if anchor.center().y() < screen.center().y():
            y = anchor.bottom() + 4
        else:
            y = anchor.top() - height - 4
    x = max(screen.left(), min(x, screen.right() - width + 1))
    y = max(screen.top(), min(y, screen.bottom() - height + 1))
    return QPoint(x, y)
