"""About CreditFuel: the version (the one in pyproject.toml, as `creditfuel --version`
prints it), where this ledger lives, and what the app runs on, for a support request.

Plain text the user can select and copy; nothing here goes online.
"""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktopapp.ui.formatting import arg
from desktopapp.ui.retranslate import Retranslator, RewordsWhenShown
from desktopapp.ui.session import Session
from desktopapp.version import version


class AboutDialog(RewordsWhenShown, QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("AboutDialog")
        self.rt = Retranslator()
        self.rt.bind(self.setWindowTitle, lambda: self.tr("About CreditFuel"))

        icon = QLabel(self)
        from desktopapp import resources

        icon.setPixmap(QIcon(str(resources.icon_path())).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.rt.bind(self.heading.setText, lambda: arg(self.tr("CreditFuel %1"), version()))
        summary = QLabel(self)
        summary.setWordWrap(True)
        self.rt.bind(summary.setText, lambda: self.tr(
            "A fuel gauge for the credits of your AI platforms. Everything stays on this "
            "computer: no account, no network."))
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rt.bind(self.details.setText, self._details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(summary)
        text.addSpacing(8)
        text.addWidget(self.details)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addSpacing(12)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _details(self) -> str:
        lines = [
            arg(self.tr("Version: %1"), version()),
            arg(self.tr("Your data: %1"), str(self.session.ledger.path)),
            arg(self.tr("Runs on: %1, Python %2, Qt %3 (PySide6 %4)"), platform.platform(
                terse=True), platform.python_version(), qVersion(), pyside_version),
            self.tr("Licence: MIT"),
        ]
        if getattr(sys, "frozen", False):
            lines.append(self.tr("Installed as a stand-alone bundle."))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.rt.apply()
