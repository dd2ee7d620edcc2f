"""Ctrl+C in the terminal (SIGINT) and SIGTERM (logout, systemd, ``kill``) quit the tray
cleanly: the Qt loop ends through ``QApplication.quit``, so aboutToQuit's clean-up runs.

Python runs a signal handler only when the interpreter gets control, which a Qt loop
sitting in C++ never gives it: Ctrl+C did nothing. ``signal.set_wakeup_fd`` makes the C
level handler write the signal number into a socket; a ``QSocketNotifier`` on the other
end wakes the loop, and the Python handler runs. No timer, no polling: idle costs nothing.
Windows has no SIGTERM worth handling and no socket wake-up for console events there;
SIGINT still gets the same path where ``socketpair`` exists.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

SIGNALS = tuple(s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None))
                if s is not None)


class QuitOnSignals(QObject):
    """Keep it alive for the app's life; ``close()`` puts the old handlers back."""

    def __init__(self, quit_app: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.quit_app = quit_app
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._old = {s: signal.signal(s, self._handle) for s in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _handle(self, signum: int, _frame: object) -> None:
        # Python runs this at the next bytecode of whatever Python code runs, which may be
        # in the middle of painting the tray icon: quitting right there destroyed the
        # widget being painted (a crash). The quit waits for the loop's next turn.
        self.received.append(signum)
        QTimer.singleShot(0, self.quit_app)

    def _drain(self, *_: object) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def close(self) -> None:
        self._notifier.setEnabled(False)
        for s, old in self._old.items():
            signal.signal(s, old)
        signal.set_wakeup_fd(self._old_fd)
        self._reader.close()
        self._writer.close()
