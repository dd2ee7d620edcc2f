"""Windows resume and clock changes: WM_POWERBROADCAST and WM_TIMECHANGE.

Windows broadcasts these to top-level windows, which Qt owns; a native event filter
sees them before Qt drops them. Installed only on Windows (``install`` is a no-op
elsewhere). WM_TIMECHANGE also covers a time-zone change.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication

WM_TIMECHANGE = 0x001E
WM_POWERBROADCAST = 0x0218
PBT_APMRESUMESUSPEND = 0x0007
PBT_APMRESUMEAUTOMATIC = 0x0012
_RESUME = {PBT_APMRESUMESUSPEND, PBT_APMRESUMEAUTOMATIC}


def wants_recompute(message: int, wparam: int) -> bool:
    """The decision, apart from the Win32 plumbing so it can be tested anywhere."""
    if message == WM_TIMECHANGE:
        return True
    return message == WM_POWERBROADCAST and wparam in _RESUME


class _Msg(ctypes.Structure):
    # The head of Win32's MSG: hwnd, message, wParam, lParam (pointer-sized fields).
    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    )


class PowerEventFilter(QAbstractNativeEventFilter):
    def __init__(self, on_change: Callable[[], None]) -> None:
        super().__init__()
        self._on_change = on_change

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":
            msg = _Msg.from_address(int(message))
            if wants_recompute(msg.message, msg.wParam):
                self._on_change()
        return False, 0  # never swallow: Qt and others want these too


def install(app: QCoreApplication, on_change: Callable[[], None]) -> PowerEventFilter | None:
    """Install on Windows; keep the returned filter alive for the app's lifetime."""
    if sys.platform != "win32":
        return None
    event_filter = PowerEventFilter(on_change)
    app.installNativeEventFilter(event_filter)
    return event_filter
