"""SIGINT/SIGTERM end the Qt loop (no timer: the signal wakes the loop through a socket)."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from pytestqt.qtbot import QtBot

from desktopapp.platform.quit_signals import QuitOnSignals


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_ends_a_running_loop(qtbot: QtBot, qapp, signum: int) -> None:
    loop = QEventLoop()
    quitter = QuitOnSignals(loop.quit)
    try:
        QTimer.singleShot(50, lambda: os.kill(os.getpid(), signum))
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)  # a failing test must not hang
        guard.start(5000)
        loop.exec()  # runs in C++ until the wake-up socket hands Python the signal
        assert quitter.received == [signum]
        assert guard.isActive()  # ended by the signal, not by the guard
    finally:
        quitter.close()
    assert signal.getsignal(signal.SIGINT) is not quitter._handle
