"""A refusal's fix, one key away: "180 is not lower than 140 expected. [Set balance to 180]".

A window shows the service's words and, when there is one, a button doing the fix (set
the balance, create the kind). The button takes the focus, so Enter applies it and Esc
still closes the window untouched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktopapp.ui.inline_message import warning_colour


class FixBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setAutoDefault(True)  # focused: Enter applies the fix
        self.button.clicked.connect(self._apply)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], None] | None = None
        self.hide()

    def offer(self, text: str, button: str | None, action: Callable[[], None] | None) -> None:
        """Say ``text``; with ``button``, offer ``action`` behind it (and focus it)."""
        palette = self.label.palette()
        palette.setColor(self.label.foregroundRole(), warning_colour(self))
        self.label.setPalette(palette)
        self.label.setText(text)
        self._action = action
        self.button.setVisible(button is not None)
        if button is not None:
            self.button.setText(button)
            self.button.setAccessibleName(button)
        self.show()
        if button is not None:
            self.button.setFocus()

    def clear(self) -> None:
        self._action = None
        self.label.clear()
        self.hide()

    def _apply(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()
