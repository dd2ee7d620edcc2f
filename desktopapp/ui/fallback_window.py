"""When the desktop has no system tray (yet): a small ordinary window that says why.

Some desktops (GNOME without the AppIndicator extension, bare window managers) have
nowhere to put a tray icon, and at login the tray host may start after CreditFuel.
Rather than run invisibly, CreditFuel shows its panel in a normal window, with its icon
waiting: when a host appears (``tray_host``: XEmbed or StatusNotifierWatcher, events
only), the icon docks there, the tray takes over and this window goes. Closing the
window hides it (a second start brings it back); Quit quits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktopapp.domain.status import Status
from desktopapp.ui.alerts_view import AlertsView
from desktopapp.ui.panel import Panel
from desktopapp.ui.session import Session
from desktopapp.ui.ticker import Ticker
from desktopapp.ui.tray import TrayController, WindowOpener
from desktopapp.ui.tray_host import TrayHostWatcher


class FallbackWindow(QWidget):
    quit_requested = Signal()  # the Quit button, or Quit in the tray's menu once docked
    docked = Signal()  # a tray host appeared: the icon is there, this window went

    def __init__(self, session: Session, ticker: Ticker, parent: QWidget | None = None,
                 *, watch_for_tray: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.ticker = ticker
        self._settled = False
        self.tray: TrayController | None = None
        self.setWindowTitle("CreditFuel")
        self.windows = WindowOpener(session, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.panel = Panel(session, self)
        layout.addWidget(self.panel)
        self.last_alert = QLabel(self)
        self.last_alert.setWordWrap(True)
        self.last_alert.hide()
        layout.addWidget(self.last_alert)
        self.quit_button = QPushButton(self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.quit_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.quit_button)
        layout.addLayout(row)
        self.retranslate()
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
        self.host: TrayHostWatcher | None = None
        if watch_for_tray:
            self._new_icon()  # shown now: Qt docks it by itself when an XEmbed host comes
            self.host = TrayHostWatcher(self)
            self.host.appeared.connect(self.move_to_tray)
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(self.close_all)

    def retranslate(self) -> None:
        self.why.setText(
            self.tr(
                "This desktop has no system tray (notification area) yet, so CreditFuel "
                "shows its gauge in this window. When a tray appears, the icon moves there. "
                "Closing this window hides it (start CreditFuel again to bring it back)."
            )
        )
        self.quit_button.setText(self.tr("&Quit CreditFuel"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # -- the tray, once there is one ---------------------------------------------------------
    def _new_icon(self) -> None:
        if self.tray is not None:
            self.tray.close()
            self.tray.deleteLater()
        tray = TrayController(self.session, self.ticker, self)
        tray.quit_requested.connect(self.quit_requested)
        tray.show()
        self.tray = tray

    def move_to_tray(self, how: str = "xembed") -> None:
        """A host appeared: the tray takes over (alerts, menu, tooltip) and this goes."""
        if how == "dbus" or self.tray is None:
            self._new_icon()  # an icon made before a StatusNotifierWatcher cannot move
        assert self.tray is not None
        self.alerts.set_paused(True)  # the tray's alerts take over: never told twice
        if self._settled:
            self.tray.settle()
        self.hide()
        self.docked.emit()

    def is_docked(self) -> bool:
        return self.host is not None and self.host.done

    # -- as the app's shell ------------------------------------------------------------------
    def on_status(self, status: Status) -> None:
        if not self.isHidden():  # hidden (closed, or the tray took over): no work per tick
            self.panel.refresh(status)
        if self._settled and not self.is_docked():
            self.alerts.on_status(status)

    def settle(self) -> None:
        """Once the window shows: alerts (the tray does the same)."""
        self._settled = True
        if self.is_docked() and self.tray is not None:
            self.tray.settle()
        elif self.ticker.status is not None:
            self.alerts.on_status(self.ticker.status)

    def notify(self, title: str, text: str) -> None:
        """No tray balloon to show: the message goes into the window."""
        if self.is_docked() and self.tray is not None:
            self.tray.notify(title, text)
            return
        self.last_alert.setText(f"{title}\n{text}")
        self.last_alert.show()

    def on_refilled(self, meters: list[Any]) -> None:
        if self.is_docked():
            return  # the tray says it
        from desktopapp.ui.formatting import arg, fmt_int

        for m in meters:
            self.notify(arg(self.tr("Credits refilled: %1"), fmt_int(m.balance)), m.name)

    def show_panel(self) -> None:
        """A second launch asks for this: the tray's panel, or this window again."""
        if self.is_docked() and self.tray is not None:
            self.tray.show_panel()
            return
        self.panel.refresh()
        self.show()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The user closing the window hides it (the app keeps running: Quit quits)."""
        event.accept()
        self.hide()

    def close(self) -> bool:
        """The app ending (App.stop): the waiting icon and its watcher go too."""
        self.close_all()
        return super().close()

    def close_all(self) -> None:
        if self.host is not None:
            self.host.stop()
        if self.tray is not None:
            self.tray.close()
            self.tray.deleteLater()
            self.tray = None
