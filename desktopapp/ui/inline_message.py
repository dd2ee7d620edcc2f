"""The line under a form that says what is wrong (or right), and the confirmation bar
with Undo; colours that read on dark and light palettes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


def _dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def warning_colour(widget: QWidget | None = None) -> QColor:
    return QColor("#ff8a80") if _dark(widget) else QColor("#b3261e")


def caution_colour(widget: QWidget | None = None) -> QColor:
    return QColor("#ffd180") if _dark(widget) else QColor("#8a5300")


def good_colour(widget: QWidget | None = None) -> QColor:
    return QColor("#8be39a") if _dark(widget) else QColor("#1e6b2f")


class InlineMessage(QLabel):
    """A line under a form that says what is wrong (or right) in plain words.

    Hidden while empty so the form does not jump; the colour follows the palette's
    lightness so it reads in dark and light themes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(QCoreApplication.translate("Words", "Message"))
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, warning_colour(self))

    def show_note(self, text: str, colour: QColor | None = None) -> None:
        self._show(text, colour)

    def _show(self, text: str, colour: QColor | None) -> None:
        role = QPalette.ColorRole.WindowText
        palette = self.palette()
        parent = self.parentWidget()
        base = parent.palette() if parent is not None else QGuiApplication.palette()
        palette.setColor(role, colour if colour is not None else base.color(role))
        self.setPalette(palette)
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class ConfirmationBar(QWidget):
    """'Logged 50 credits (Slides).  [Undo]' after a save."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(QCoreApplication.translate("Words", "Un&do"), self)
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self.hide()

    def confirm(self, text: str) -> None:
        self.label.setText(text)
        self.undo_button.setEnabled(True)
        self.show()
