"""Notices a tray host that appears after the app (start at login races the panel).

Two events, no polling:
- XEmbed (trayer, Xfce, LXDE...): Qt itself listens for the host's MANAGER announcement
  on the root window and docks an icon that was shown while no tray existed (Qt 6's
  QSystemTrayWatcher). We see that happen as the ``QSystemTrayIconSys`` widget showing,
  through an application event filter installed only while we wait.
- StatusNotifierItem (KDE, GNOME's AppIndicator extension): D-Bus ``NameOwnerChanged``
  for ``org.kde.StatusNotifierWatcher`` (QDBusServiceWatcher). An icon made before that
  host existed cannot move over, so ``appeared("dbus")`` asks for a new icon.
A safety net in case neither event comes (a Qt build without that watcher): a few checks
of ``QSystemTrayIcon.isSystemTrayAvailable`` with a doubling delay during the first
~4 minutes (start at login), then none: never polling for good.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

SNI_WATCHER = "org.kde.StatusNotifierWatcher"
XEMBED_ICON = "QSystemTrayIconSys"  # Qt's own widget for a docked XEmbed icon
BACKOFF_MS = (2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000)  # ~4 min, then stop


class TrayHostWatcher(QObject):
    """``appeared(how)`` once: "xembed" (the shown icon docked), "dbus" or "check"."""

    appeared = Signal(str)

    def __init__(self, parent: QObject | None = None,
                 backoff_ms: tuple[int, ...] = BACKOFF_MS) -> None:
        super().__init__(parent)
        self.done = False
        self._delays = list(backoff_ms)
        self._dbus: QObject | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._watch_dbus()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._next_check()

    def _watch_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
        except ImportError:  # a build without QtDBus (Windows, macOS): nothing to watch
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        watcher = QDBusServiceWatcher(
            SNI_WATCHER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForRegistration, self)
        watcher.serviceRegistered.connect(lambda _name: self._found("dbus"))
        self._dbus = watcher

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and watched.isWidgetType()
                and watched.metaObject().className() == XEMBED_ICON):
            self._found("xembed")
        return False

    def _next_check(self) -> None:
        if self._delays and not self.done:
            self._timer.start(self._delays.pop(0))

    def _check(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._found("check")
        else:
            self._next_check()

    def _found(self, how: str) -> None:
        if self.done:
            return
        self.stop()
        self.appeared.emit(how)

    def stop(self) -> None:
        """Nothing more to watch (found, or the app quits)."""
        self.done = True
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._dbus is not None:
            self._dbus.deleteLater()
            self._dbus = None
