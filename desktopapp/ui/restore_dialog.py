"""The start-up offer after a damaged data file was moved aside: restore a backup or start empty.

app.py shows it when the start-up integrity check (store.integrity) returns
``moved_aside``, before it opens the LedgerFile. It says in plain words what happened, that
nothing was deleted (the damaged file is kept under its new name), and offers the newest
backup SQLite still reads as sound. The restore itself is ``services.backups.restore``
(which never deletes either); on failure the dialog stays open and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import backups
from desktopapp.services.backups import IntegrityResult
from desktopapp.ui.formatting import arg, describe_error
from desktopapp.ui.inline_message import InlineMessage

Choice = Literal["restored", "empty"]


def fmt_local(at: datetime) -> str:
    """A backup's time in the computer's own zone, as the locale writes dates."""
    qdt = QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))
    return QLocale().toString(qdt, QLocale.FormatType.LongFormat)


class RestoreDialog(QDialog):
    """``choice`` is "restored" or "empty" once the user decided (None while open).

    ``restored`` carries the backup's path after a successful restore.
    """

    restored = Signal(Path)

    def __init__(
        self,
        result: IntegrityResult,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.integrity = result
        self.now = now
        self.choice: Choice | None = None
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("CreditFuel — Your data file was damaged"))

        layout = QVBoxLayout(self)
        self.explanation = QLabel(self._explanation())
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.offer = QLabel(self._offer())
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        self.message = InlineMessage(self)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        if result.newest_backup is not None:
            self.restore_button = buttons.addButton(
                self.tr("Restore newest backup"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setDefault(True)
            self.restore_button.clicked.connect(self._restore)
        self.empty_button = buttons.addButton(
            self.tr("Start empty"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.empty_button.clicked.connect(self._start_empty)
        layout.addWidget(buttons)

    def _explanation(self) -> str:
        moved = self.integrity.moved_to.name if self.integrity.moved_to else ""
        return arg(
            self.tr(
                "CreditFuel could not read its data file, so it cannot be used as it is. "
                "Nothing was deleted: the damaged file was kept as “%1” in the same folder."
            ),
            moved,
        )

    def _offer(self) -> str:
        newest = self.integrity.newest_backup
        if newest is None:
            return self.tr(
                "There is no backup to go back to. You can start with an empty ledger; "
                "if you have an export file, you can import it afterwards."
            )
        return arg(
            self.tr(
                "The newest good backup is from %1. Restoring it brings back everything "
                "logged up to then; what was logged after it is not in that backup."
            ),
            fmt_local(newest.created),
        )

    def _restore(self) -> None:
        newest = self.integrity.newest_backup
        if newest is None:
            return
        try:
            backups.restore(self.integrity.db_path, newest.path, self.now())
        except InvalidInput as error:
            self.message.show_error(
                describe_error(error) + "\n" + self.tr("You can still start empty.")
            )
            return
        except OSError as error:
            self.message.show_error(
                arg(self.tr("The backup could not be restored: %1"), error.strerror or "")
            )
            return
        self.choice = "restored"
        self.restored.emit(newest.path)
        self.accept()

    def _start_empty(self) -> None:
        self.choice = "empty"
        self.reject()
