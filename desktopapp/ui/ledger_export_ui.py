"""The ledger window's export buttons: ask where, write on the worker, say how it went.

Its words stay in the ledger window's translation context (they are that window's)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktopapp.domain.problems import InvalidInput
from desktopapp.ui import ledger_export, ledger_source
from desktopapp.ui.formatting import arg, describe_error, fmt_int
from desktopapp.ui.inline_message import InlineMessage
from desktopapp.ui.ledger_export import ExportDone, Exporter
from desktopapp.ui.ledger_filters import LedgerQuery
from desktopapp.ui.session import Session


class ExportControls(QObject):
    """Exports what the window shows: ``query()`` is asked when the user clicks."""

    def __init__(
        self,
        window: QWidget,
        session: Session,
        message: InlineMessage,
        buttons: Sequence[QPushButton],
        query: Callable[[], LedgerQuery],
    ) -> None:
        super().__init__(window)
        self.window, self.session, self.message = window, session, message
        self.buttons, self.query = list(buttons), query
        self.exporter = Exporter(self)
        self.exporter.finished.connect(self._done)
        self.exporter.progressed.connect(lambda n: self.message.show_note(arg(
            QCoreApplication.translate("LedgerWindow", "Exporting… %1 logs so far."),
            fmt_int(n))))

    def choose(self, fmt: str) -> None:
        zone = self.session.user_zone()
        name = ledger_export.suggested_name(self.session.now(), zone, fmt)
        if fmt == "csv":
            title = QCoreApplication.translate("LedgerWindow", "Export the logs shown as CSV")
            pattern = QCoreApplication.translate("LedgerWindow", "CSV files (*.csv)")
        else:
            title = QCoreApplication.translate("LedgerWindow", "Export the logs shown as Excel")
            pattern = QCoreApplication.translate("LedgerWindow", "Excel workbooks (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name),
                                              pattern)
        if path:
            self.export(Path(path), fmt)

    def export(self, target: Path, fmt: str) -> None:
        """Write every row the filters match (not only the loaded pages), off this thread."""
        if self.exporter.busy():
            self.message.show_note(
                QCoreApplication.translate("LedgerWindow", "An export is still being written."))
            return
        query, now, zone = self.query(), self.session.now(), self.session.user_zone()
        for button in self.buttons:
            button.setEnabled(False)
        self.message.show_note(QCoreApplication.translate("LedgerWindow", "Exporting…"))
        self.exporter.start(
            self.session.ledger.path,
            lambda ledger: ledger_source.fetch(ledger, query, now),
            target, fmt, zone, QCoreApplication.translate("LedgerWindow", "Ledger"),
        )

    def _done(self, done: ExportDone) -> None:
        for button in self.buttons:
            button.setEnabled(True)
        if done.error is not None:
            error = done.error
            if isinstance(error, InvalidInput):
                text = describe_error(error)
            else:
                text = getattr(error, "strerror", None) or str(error)
            self.message.show_error(arg(QCoreApplication.translate(
                "LedgerWindow", "Could not save the file: %1"), text))
            return
        self.message.show_note(arg(
            QCoreApplication.translate("LedgerWindow", "Saved %1 logs to %2."),
            fmt_int(done.rows), str(done.path)))
