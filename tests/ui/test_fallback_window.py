"""The window shown while the desktop has no tray: closing hides it, Quit quits, and a
tray host that appears later takes the app over (events, and a bounded safety net)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from desktopapp.ui.fallback_window import FallbackWindow
from desktopapp.ui.ticker import Ticker
from desktopapp.ui.tray_host import TrayHostWatcher
from tests.ui.dialog_support import add_free, make_session

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


@pytest.fixture
def window(tracker, qapp, qtbot: QtBot) -> Iterator[FallbackWindow]:
    add_free(tracker, NOW)
    session = make_session(tracker, NOW)
    ticker = Ticker(session, lambda: 0.0)
    ticker.start(arm=False)
    w = FallbackWindow(session, ticker)
    qtbot.addWidget(w)
    w.show()
    w.settle()
    yield w
    w.close_all()  # its icon and menu go with the ledger


class QSystemTrayIconSys(QWidget):
    """Stands in for Qt's widget of a docked XEmbed icon (same class name)."""


def test_closing_hides_and_only_quit_quits(window: FallbackWindow, qtbot: QtBot) -> None:
    quits: list[bool] = []
    window.quit_requested.connect(lambda: quits.append(True))
    handle = window.windowHandle()
    assert handle is not None
    handle.close()  # what the window manager's close button does
    assert not window.isVisible() and quits == []
    window.show_panel()  # a second start brings it back
    assert window.isVisible()
    qtbot.keyClick(window.quit_button, Qt.Key.Key_Space)
    assert quits == [True]


def test_when_an_xembed_host_docks_the_icon_the_tray_takes_over(
    window: FallbackWindow, qtbot: QtBot
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    assert window.tray is not None and window.tray.icon.isVisible()  # waiting for a host
    with qtbot.waitSignal(window.docked, timeout=2000):
        docked_icon = QSystemTrayIconSys()  # what Qt shows when the host announces itself
        qtbot.addWidget(docked_icon)
        docked_icon.show()
    assert not window.isVisible()
    assert window.is_docked()
    told: list[str] = []
    window.tray.notify = lambda title, text: told.append(title)  # type: ignore[method-assign]
    window.notify("Credits running low", "Genspark Free: 20 credits left.")
    assert told == ["Credits running low"] and window.last_alert.isHidden()
    quits: list[bool] = []
    window.quit_requested.connect(lambda: quits.append(True))
    window.tray.quit_requested.emit()  # Quit in the tray's menu
    assert quits == [True]


def test_a_status_notifier_host_gets_a_new_icon(window: FallbackWindow) -> None:
    first = window.tray
    window.move_to_tray("dbus")
    assert window.tray is not None and window.tray is not first
    assert not window.isVisible()


def test_the_safety_net_checks_a_few_times_then_stops(qapp, qtbot: QtBot) -> None:
    watcher = TrayHostWatcher(backoff_ms=(10, 20, 40))
    seen: list[str] = []
    watcher.appeared.connect(seen.append)
    qtbot.waitUntil(lambda: not watcher._timer.isActive() and not watcher._delays,
                    timeout=2000)
    qtbot.wait(100)
    assert seen == [] and not watcher._timer.isActive()  # no tray offscreen: it gave up
    watcher.stop()
    assert timedelta(milliseconds=sum((10, 20, 40))) < timedelta(seconds=1)
