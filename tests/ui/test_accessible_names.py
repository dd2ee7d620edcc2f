"""Every focusable control of each window has a name a screen reader can say: its own
accessible name, its text (buttons, check boxes) or a label whose buddy it is."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktopapp.store.ledger_file import LedgerFile
from desktopapp.ui import translations
from desktopapp.ui.session import Session
from tests.ui.dialog_support import add_free, add_plus, make_session


def _buddied(root: QWidget) -> set[int]:
    found: set[int] = set()
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            found.add(id(buddy))
            proxy = buddy.focusProxy()
            if proxy is not None:
                found.add(id(proxy))
    return found


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for it (Qt's accessibility interface: the accessible
    name, a button's text, a label's text, a buddy label)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def unnamed(root: QWidget) -> list[str]:
    buddied = _buddied(root)
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.isWindow():
            continue
        if not widget.isVisibleTo(root):
            continue
        if id(widget) in buddied or spoken_name(widget):
            continue
        if type(widget).__name__ in {"QScrollBar", "QTabBar", "QCalendarWidget"}:
            continue
        name = widget.objectName() or ""
        if name.startswith("qt_"):  # Qt's own innards (a spin box's editor, the viewport)
            continue
        owner = type(widget.parentWidget()).__name__
        missing.append(f"{type(widget).__name__} {name!r} in {owner}")
    return missing


@pytest.fixture
def session(tracker: LedgerFile, now: datetime, qapp) -> Iterator[Session]:
    add_free(tracker, now)
    add_plus(tracker, now)
    yield make_session(tracker, now)
    translations.install("en")


def _quick_log(s: Session) -> QWidget:
    from desktopapp.ui.quick_log import QuickLogDialog
    return QuickLogDialog(s)


def _panel(s: Session) -> QWidget:
    from desktopapp.ui.panel import Panel
    panel = Panel(s)
    panel.refresh()
    return panel


def _set_balance(s: Session) -> QWidget:
    from desktopapp.ui.set_balance_dialog import SetBalanceDialog
    return SetBalanceDialog(s)


def _preflight(s: Session) -> QWidget:
    from desktopapp.ui.preflight_dialog import PreflightDialog
    return PreflightDialog(s)


def _first_run(s: Session) -> QWidget:
    from desktopapp.ui.first_run import FirstRunWizard
    return FirstRunWizard(s)


def _history(s: Session) -> QWidget:
    from desktopapp.ui.history_window import HistoryWindow
    return HistoryWindow(s)


def _why(s: Session) -> QWidget:
    from desktopapp.ui.why_dialog import WhyDialog
    return WhyDialog(s, s.status().meters[0].meter_id)


def _about(s: Session) -> QWidget:
    from desktopapp.ui.about_dialog import AboutDialog
    return AboutDialog(s)


def _ledger(s: Session) -> QWidget:
    from desktopapp.ui.ledger_window import LedgerWindow
    return LedgerWindow(s)


WINDOWS: dict[str, Callable[[Session], QWidget]] = {
    "quick_log": _quick_log, "panel": _panel, "set_balance": _set_balance,
    "preflight": _preflight, "first_run": _first_run, "history": _history, "why": _why,
    "about": _about, "ledger": _ledger,
}


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_every_control_has_a_name(qtbot: QtBot, session: Session, name: str) -> None:
    window = WINDOWS[name](session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert unnamed(window) == []


def test_every_settings_tab_names_its_controls(qtbot: QtBot, session: Session) -> None:
    from desktopapp.ui.settings_dialog import SettingsDialog

    window = SettingsDialog(session)
    qtbot.addWidget(window)
    window.show()
    missing: list[str] = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        missing += [f"{window.tabs.tabText(i)}: {m}" for m in unnamed(window)]
    assert sorted(set(missing)) == []


def test_first_run_pages_name_their_controls(qtbot: QtBot, session: Session) -> None:
    from desktopapp.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    missing: list[str] = []
    for _ in range(3):
        missing += unnamed(wizard)
        wizard.next()
    assert sorted(set(missing)) == []


def test_the_panel_is_reachable_by_a_screen_reader(qtbot: QtBot, session: Session) -> None:
    panel = _panel(session)
    qtbot.addWidget(panel)
    assert panel.accessibleName()
    for card in panel._cards:
        assert card.accessibleName() and card.gauge.accessibleName()
        assert card.balance.accessibleName() or card.balance.text()
    assert isinstance(panel.findChild(QComboBox), (QComboBox, type(None)))


def tab_chain(qtbot: QtBot, window: QWidget, first: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``first`` until it comes back round."""
    from PySide6.QtWidgets import QApplication

    first.setFocus()
    chain = [first]
    for _ in range(60):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now is first or now in chain:
            break
        chain.append(now)
    return chain


def in_reading_order(chain: list[QWidget], window: QWidget) -> list[str]:
    """Pairs where Tab goes back up the window (or left along a row)."""
    wrong = []
    for a, b in itertools.pairwise(chain):
        pa = a.mapTo(window, a.rect().center())
        pb = b.mapTo(window, b.rect().center())
        same_row = abs(pa.y() - pb.y()) < max(a.height(), b.height()) / 2
        if (same_row and pb.x() < pa.x()) or (not same_row and pb.y() < pa.y()):
            wrong.append(f"{type(a).__name__}({spoken_name(a)}) -> "
                         f"{type(b).__name__}({spoken_name(b)})")
    return wrong


@pytest.mark.parametrize("name", ["quick_log", "set_balance", "panel", "preflight"])
def test_tab_order_follows_the_visual_order(qtbot: QtBot, session: Session, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    window = WINDOWS[name](session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focusable = [w for w in window.findChildren(QWidget)
                 if w.isVisibleTo(window) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.isEnabled() and not w.objectName().startswith("qt_")]
    first = min(focusable, key=lambda w: (w.mapTo(window, w.rect().topLeft()).y(),
                                          w.mapTo(window, w.rect().topLeft()).x()))
    chain = tab_chain(qtbot, window, first)
    assert in_reading_order(chain, window) == []
