"""When the desktop has no system tray: a small ordinary window that says why.

Some desktops (GNOME without the AppIndicator extension, bare window managers) have
nowhere to put a tray icon. Rather than run invisibly, CreditFuel shows its panel in a
normal window; closing it quits, since nothing else would bring it back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktopapp.domain.status import Status
from desktopapp.ui.alerts_view import AlertsView
from desktopapp.ui.panel import Panel
from desktopapp.ui.session import Session
from desktopapp.ui.ticker import Ticker
from desktopapp.ui.tray import WindowOpener


class FallbackWindow(QWidget):
    closed = Signal()

    def __init__(self, session: Session, ticker: Ticker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ticker = ticker
        self._settled = False
        self.setWindowTitle("CreditFuel")
        self.windows = WindowOpener(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.retranslate()
        layout.addWidget(self.why)
        self.panel = Panel(session, self)
        layout.addWidget(self.panel)
        self.last_alert = QLabel(self)
        self.last_alert.setWordWrap(True)
        self.last_alert.hide()
        layout.addWidget(self.last_alert)
        self.alerts = AlertsView(session, self.notify, self)

        self.panel.quick_log_requested.connect(lambda: self.windows.open("quick_log"))
        self.panel.preflight_requested.connect(lambda: self.windows.open("preflight"))
        self.panel.history_requested.connect(lambda: self.windows.open("history"))
        self.panel.settings_requested.connect(lambda: self.windows.open("settings"))
        self.panel.why_requested.connect(lambda mid: self.windows.open("why", mid))
        self.panel.set_balance_requested.connect(
            lambda name: self.windows.open("set_balance", name))
        ticker.updated.connect(self.on_status)
        ticker.refilled.connect(self.on_refilled)
        if ticker.status is not None:
            self.panel.refresh(ticker.status)

    def retranslate(self) -> None:
        self.why.setText(
            self.tr(
                "This desktop has no system tray (notification area), so CreditFuel "
                "shows its gauge in this window instead. Closing it quits CreditFuel."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def on_status(self, status: Status) -> None:
        self.panel.refresh(status)
        if self._settled:
            self.alerts.on_status(status)

    def settle(self) -> None:
        """Once the window shows: alerts (the tray does the same)."""
        self._settled = True
        if self.ticker.status is not None:
            self.alerts.on_status(self.ticker.status)

    def notify(self, title: str, text: str) -> None:
        """No tray balloon to show: the message goes into the window."""
        self.last_alert.setText(f"{title}\n{text}")
        self.last_alert.show()

    def on_refilled(self, meters: list[Any]) -> None:
        from desktopapp.ui.formatting import arg, fmt_int

        for m in meters:
            self.notify(arg(self.tr("Credits refilled: %1"), fmt_int(m.balance)), m.name)

    def show_panel(self) -> None:
        """A second launch asks for this."""
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
