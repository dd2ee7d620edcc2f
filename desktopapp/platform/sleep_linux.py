"""Linux resume: logind's ``PrepareForSleep(false)`` says the machine just woke up.

Timers do not run while suspended (Qt's timers use the monotonic clock, which stops), so
without this the countdown would stay stale until its next fire. Harmless where there is
no system bus (containers, CI): ``start`` then returns False and nothing else happens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SLOT, QObject, Slot

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
# PySide6 wants the str SLOT() gives, although its type stubs say bytes.
_SLOT: Any = SLOT("prepareForSleep(bool)")


class SleepWatcher(QObject):
    def __init__(self, on_resume: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_resume = on_resume

    def start(self, bus: Any = None) -> bool:
        """Subscribe to logind (on ``bus``, the system bus by default); False when there
        is no bus to listen on."""
        from PySide6.QtDBus import QDBusConnection  # loaded after start-up, only on Linux

        if bus is None:
            bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        service, path, interface = LOGIND
        return bool(bus.connect(service, path, interface, "PrepareForSleep", self, _SLOT))

    @Slot(bool)
    def prepareForSleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self._on_resume()
