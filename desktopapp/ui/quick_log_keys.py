"""Quick log's keyboard manners: completion popups that never take keys meant for
another field, and the cost context of a kind shown inline (never a modal).

A completer's popup keeps the keyboard while it shows: Alt+E moved the focus to Credits
but the next digit still went into the kind ("research9"), and Enter only closed the
popup. Here the popup closes as soon as the focus leaves its field, an Alt/Ctrl key
passes through, and Enter takes the highlighted completion (if any) then saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit

from desktopapp.domain.kinds import kind_info
from desktopapp.ui.formatting import arg, fmt_int, kind_label
from desktopapp.ui.session import Session

PASS_THROUGH = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier


class PopupManners(QObject):
    """Installed on a completer's popup (after the completer's own filter, so first)."""

    def __init__(
        self, completer: QCompleter, field: QLineEdit, on_enter: Callable[[], None]
    ) -> None:
        super().__init__(completer)
        self.completer = completer
        self.field = field
        self.on_enter = on_enter
        self.popup().installEventFilter(self)
        field.installEventFilter(self)  # its focus-out closes the popup

    def popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a completer always has one once asked
        return popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "field" not in self.__dict__:  # being built or torn down
            return False
        if watched is self.field:
            if event.type() == QEvent.Type.FocusOut and self.popup().isVisible():
                self.popup().hide()  # the focus went elsewhere: so do the keys
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        popup = self.popup()
        if event.modifiers() & PASS_THROUGH:
            popup.hide()  # a mnemonic or shortcut: the popup must not keep the keys
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = popup.currentIndex()
            if index.isValid():
                self.field.setText(str(index.data()))
            popup.hide()
            self.field.editingFinished.emit()
            self.on_enter()
            return True
        return False


def cost_context(session: Session, kind: str) -> str:
    """'Video: usually 150–400 credits (you have 140).' for a high-octane kind, else ''."""
    from desktopapp.services import estimates

    info = kind_info(kind)
    if info is None or not info.high_octane:
        return ""
    now = session.now()
    found = session.cached(("quick_log_estimate", kind),
                           lambda: estimates.estimate_for(session.ledger, now, kind))
    low, high = (found.low, found.high) if found is not None else (
        info.default_low, info.default_high)
    have = session.status().total
    return arg(
        QCoreApplication.translate("QuickLog", "%1 usually costs %2–%3 credits (you have %4)."),
        kind_label(kind), fmt_int(low), fmt_int(high), fmt_int(max(0, have)),
    )
