"""A tray runs for weeks: Qt calls must not drain Python's singletons.

PySide6 6.12.0 returned None from void methods without a reference on CPython 3.11; a
few thousand calls later the interpreter aborted ("none_dealloc"). pyproject pins it out;
this keeps a future upgrade from bringing it back unnoticed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def test_void_qt_calls_keep_none_true_and_false_alive(qapp: QApplication) -> None:
    timer = QTimer()
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for _ in range(3000):
        timer.setSingleShot(True)
        timer.isSingleShot()
        timer.setInterval(10)
    after = [sys.getrefcount(x) for x in (None, True, False)]
    # Other threads may hold a few references meanwhile; a leak would be ~3000.
    drained = [b - a for b, a in zip(before, after, strict=True)]
    assert all(d < 100 for d in drained), drained
