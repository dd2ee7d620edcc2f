"""Re-wording windows on a language switch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent


class Retranslator:
    """Remembers how each visible text is made, so a language switch can redo them all.

    ``bind(label.setText, lambda: self.tr("..."))`` sets the text now and again on every
    ``apply()`` (call it from ``changeEvent`` on ``QEvent.LanguageChange``).
    """

    def __init__(self) -> None:
        self._items: list[tuple[Callable[[str], object], Callable[[], str]]] = []

    def bind(self, setter: Callable[[str], object], text: Callable[[], str]) -> None:
        setter(text())
        self._items.append((setter, text))

    def apply(self) -> None:
        for setter, text in self._items:
            setter(text())


class RewordsWhenShown:
    """Mixin for a window with a ``retranslate()``: re-words it on a language switch, and
    a hidden one only when it is shown again (no work for windows nobody sees).
    List it before the Qt class: ``class SettingsDialog(RewordsWhenShown, QDialog)``."""

    _reword_pending = False

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self.isVisible():  # type: ignore[attr-defined]
                self.retranslate()
            else:
                self._reword_pending = True
        super().changeEvent(event)  # type: ignore[misc]

    def showEvent(self, event: QShowEvent) -> None:
        if self._reword_pending:
            self._reword_pending = False
            self.retranslate()
        super().showEvent(event)  # type: ignore[misc]
