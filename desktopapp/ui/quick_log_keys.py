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
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLabel, QLineEdit
from shiboken6 import isValid

from desktopapp.domain.estimate import Estimate
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


def show_cost_context(session: Session, kind: str, label: QLabel) -> None:
    """'Video: usually 150–400 credits (you have 140).' in ``label`` for a high-octane
    kind, else nothing. On a busy ledger the kind's estimate (its
    90-day window) comes from a worker: until then the label says it is being worked
    out, and an estimate arriving for a kind no longer selected is never shown."""
    from desktopapp.services import estimates

    label.setProperty("cost_kind", kind)
    info = kind_info(kind)
    if info is None or not info.high_octane:
        label.setText("")
        label.setVisible(False)
        return

    def arrived(found: Estimate | None) -> None:
        if isValid(label) and label.property("cost_kind") == kind:
            label.setText(_cost_words(session, kind, found))
            label.setVisible(True)

    label.setText(arg(QCoreApplication.translate("QuickLog", "%1: working out its usual cost…"),
                      kind_label(kind)))
    label.setVisible(True)
    session.figures(f"quick_log.estimate:{id(label)}",
                    lambda ledger, now: estimates.estimate_for(ledger, now, kind),
                    arrived, cache=kind)


def _cost_words(session: Session, kind: str, found: Estimate | None) -> str:
    info = kind_info(kind)
    assert info is not None  # a high-octane kind is a built-in one
    low, high = (found.low, found.high) if found is not None else (
        info.default_low, info.default_high)
    have = session.status().total
    return arg(
        QCoreApplication.translate("QuickLog", "%1 usually costs %2–%3 credits (you have %4)."),
        kind_label(kind), fmt_int(low), fmt_int(high), fmt_int(max(0, have)),
    )
