"""An unexpected error: logged, shown once in plain words, and the tray keeps running.

Qt calls Python slots from its event loop; an exception escaping one would otherwise be
printed to a terminal nobody sees (or abort the process). ``install`` replaces
``sys.excepthook`` so every such error is written to the log file and the user sees one
short dialog, never a traceback. Several errors in a row show one dialog, not a cascade.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktopapp.platform.error_log import record_exception


class ErrorReporter(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self._showing = False
        self.dialog: QMessageBox | None = None

    def handle(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        path = record_exception("the tray", exc)
        self.count += 1
        if not self._showing:
            self._showing = True
            # Shown from the loop, not from inside the failing slot.
            QTimer.singleShot(0, lambda: self._show(str(path)))

    def _show(self, path: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("CreditFuel"), "", parent=None)
        box.setText(self.tr("Something went wrong, but nothing you saved was lost."))
        box.setInformativeText(
            self.tr("CreditFuel keeps running. If this happens again, the details are in "
                    "this file (you can send it with a question):\n%1").replace("%1", path)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.finished.connect(self._closed)
        self.dialog = box
        box.open()

    def _closed(self, _result: int) -> None:
        self._showing = False
        self.dialog = None


def install(parent: QWidget | QObject | None = None) -> ErrorReporter:
    reporter = ErrorReporter(parent)
    sys.excepthook = reporter.handle
    return reporter
