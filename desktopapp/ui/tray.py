"""The tray icon, its tooltip, its menu, and the doors to every window.

Start-up stays light: only what the icon needs is imported here; the panel and each
dialog are imported the first time the user opens them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Signal
from PySide6.QtGui import QAction, QCursor, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from desktopapp.domain.status import Status
from desktopapp.ui import countdown_text
from desktopapp.ui.alerts_view import AlertsView
from desktopapp.ui.gauge_icon import GaugeIconEngine, IconLook, badge_text
from desktopapp.ui.session import Session
from desktopapp.ui.theme import Thresholds, is_dark
from desktopapp.ui.ticker import Ticker


def _quick_log() -> Callable[..., QWidget]:
    from desktopapp.ui.quick_log import QuickLogDialog

    return QuickLogDialog


def _preflight() -> Callable[..., QWidget]:
    from desktopapp.ui.preflight_dialog import PreflightDialog

    return PreflightDialog


def _history() -> Callable[..., QWidget]:
    from desktopapp.ui.history_window import HistoryWindow

    return HistoryWindow


def _ledger() -> Callable[..., QWidget]:
    from desktopapp.ui.ledger_window import LedgerWindow

    return LedgerWindow


def _settings() -> Callable[..., QWidget]:
    from desktopapp.ui.settings_dialog import SettingsDialog

    return SettingsDialog


def _why() -> Callable[..., QWidget]:
    from desktopapp.ui.why_dialog import WhyDialog

    return WhyDialog


def _first_run() -> Callable[..., QWidget]:
    from desktopapp.ui.first_run import FirstRunWizard

    return FirstRunWizard


def _set_balance() -> Callable[..., QWidget]:
    from desktopapp.ui.set_balance_dialog import SetBalanceDialog

    return SetBalanceDialog


def _about() -> Callable[..., QWidget]:
    from desktopapp.ui.about_dialog import AboutDialog

    return AboutDialog


BADGE_SETTING = "tray_badge"  # "off" | "number" | "percent" (Settings > General)

# Each window's class, imported the first time it opens (start-up imports none of them).
WINDOWS: dict[str, Callable[[], Callable[..., QWidget]]] = {
    "quick_log": _quick_log,
    "preflight": _preflight,
    "history": _history,
    "ledger": _ledger,
    "settings": _settings,
    "why": _why,
    "first_run": _first_run,
    "about": _about,
    "set_balance": _set_balance,
}


def tooltip_text(status: Status, zone: str) -> str:
    """'Genspark daily, 150/200, refills in 3 h 12 min (Tue 09:00 JST)', one line a meter."""
    from desktopapp.ui.formatting import arg, fmt_int

    lines = []
    if status.updating:  # the last known figures, while a long history is replayed
        lines.append(QCoreApplication.translate("Tray", "CreditFuel: updating the figures…"))
        if not status.meters:
            return lines[0]
    elif not status.meters:
        return QCoreApplication.translate("Tray", "CreditFuel: no meter yet. Click to set up.")
    for m in status.meters:
        if m.balance < 0:  # old data that cannot be true: never shown as fuel
            amount = QCoreApplication.translate("Tray", "doesn't add up — set the balance")
        else:
            amount = arg(
                QCoreApplication.translate("Tray", "%1/%2"), fmt_int(m.balance), fmt_int(m.grant)
            )
        if m.idle_window:
            when = QCoreApplication.translate("Tray", "full until your next task")
        elif m.next_reset is None:
            when = QCoreApplication.translate("Tray", "no automatic refill")
        else:
            when = arg(
                QCoreApplication.translate("Tray", "refills in %1 (%2)"),
                countdown_text.remaining(status.as_of, m.next_reset),
                countdown_text.refill_when(status.as_of, m.next_reset, zone),
            )
        lines.append(arg(QCoreApplication.translate("Tray", "%1, %2, %3"), m.name, amount, when))
    return "\n".join(lines)


def shown_meter(status: Status) -> Any:
    """The meter the icon shows: the emptiest one (that is the one to worry about)."""
    credits = [m for m in status.meters if m.grant > 0]
    return min(credits, key=lambda m: (m.fraction, m.name)) if credits else None


class WindowOpener(QObject):
    """Opens each window once and brings it back to front when asked again."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.open_windows: dict[str, QWidget] = {}

    def open(self, name: str, *args: Any) -> QWidget | None:
        key = name if not args else f"{name}:{args}"
        existing = self.open_windows.get(key)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        window = WINDOWS[name]()(self.session, *args)
        self.open_windows[key] = window
        if hasattr(window, "open"):
            window.open()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        return window


class TrayController(QObject):
    """Everything behind the tray icon. ``quit_requested`` ends the app."""

    quit_requested = Signal()

    def __init__(self, session: Session, ticker: Ticker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ticker = ticker
        self.windows = WindowOpener(session, self)
        self.icon = QSystemTrayIcon(self)
        self.icon.setToolTip("CreditFuel")  # the full one follows in settle()
        self.alerts = AlertsView(session, self.notify, self)
        self._look: IconLook | None = None
        self._engine: GaugeIconEngine | None = None  # PySide needs it alive with the QIcon
        self.redraws = 0
        self._panel: Any = None
        self.menu = QMenu()
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.menu.installEventFilter(self)  # its LanguageChange re-words the tooltip
        self.icon.setContextMenu(self.menu)
        self._settled = False  # alerts and the menu's items wait until the icon shows
        self.icon.activated.connect(self._activated)
        ticker.updated.connect(self.on_status)
        ticker.refilled.connect(self.on_refilled)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    # -- showing -------------------------------------------------------------------------
    def show(self) -> None:
        if self.ticker.status is not None:
            self.on_status(self.ticker.status)
        self.icon.show()

    def settle(self) -> None:
        """Right after the icon shows: the tooltip, the menu's items and the alerts. None
        is needed to draw the icon (and the tooltip's formatting is the first use of Qt's
        enum namespace, ~10 ms), so start-up does not wait for them."""
        self._settled = True
        self.rebuild_menu()
        if self.ticker.status is not None:
            self.on_status(self.ticker.status)

    def on_status(self, status: Status) -> None:
        meter = shown_meter(status)
        thresholds = Thresholds.from_settings(self.session.ledger.get_setting)
        fraction = meter.fraction if meter is not None else None
        look = IconLook.of(fraction, thresholds.band(fraction), is_dark())
        how = str(self.session.ledger.get_setting(BADGE_SETTING, "off") or "off")
        if meter is not None and how != "off":  # Settings > General: the balance on the icon
            look = replace(look, badge=badge_text(meter.balance, meter.fraction, how))
        if look != self._look:  # same look, same pixels: no redraw
            self._look = look
            self._engine = GaugeIconEngine(look)
            self.icon.setIcon(QIcon(self._engine))
            self.redraws += 1
        if self._settled:  # the words load after the icon shows (see settle)
            self.icon.setToolTip(tooltip_text(status, self.session.user_zone()))
        if self._panel is not None and self._panel.isVisible():
            self._panel.refresh(status)
        if self._settled:
            self.alerts.on_status(status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self.ticker.status is not None:
            self.icon.setToolTip(tooltip_text(self.ticker.status, self.session.user_zone()))
        return False

    def _scheme_changed(self, *_: object) -> None:
        self._look = None
        if self.ticker.status is not None:
            self.on_status(self.ticker.status)

    def notify(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)

    def on_refilled(self, meters: list[Any]) -> None:
        from desktopapp.ui.formatting import arg, fmt_int

        if len(meters) == 1:
            text = arg(
                QCoreApplication.translate("Tray", "Credits refilled: %1"),
                fmt_int(meters[0].balance),
            )
            body = meters[0].name
        else:
            text = QCoreApplication.translate("Tray", "Credits refilled")
            body = "\n".join(
                arg(QCoreApplication.translate("Tray", "%1: %2"), m.name, fmt_int(m.balance))
                for m in meters
            )
        self.notify(text, body)

    # -- the panel -----------------------------------------------------------------------
    def panel(self) -> Any:
        if self._panel is None:
            from desktopapp.ui.panel import Panel  # first click only: keeps start-up light

            panel = Panel(self.session)
            panel.become_popup()
            panel.quick_log_requested.connect(lambda: self._from_panel("quick_log"))
            panel.preflight_requested.connect(lambda: self._from_panel("preflight"))
            panel.history_requested.connect(lambda: self._from_panel("history"))
            panel.settings_requested.connect(lambda: self._from_panel("settings"))
            panel.why_requested.connect(lambda mid: self._from_panel("why", mid))
            panel.set_balance_requested.connect(
                lambda name: self._from_panel("set_balance", name))
            self._panel = panel
        return self._panel

    def _anchor(self) -> QRect:
        rect = self.icon.geometry()
        if rect.isNull() or rect.width() <= 0 or (rect.x() == 0 and rect.y() == 0):
            pos = QCursor.pos()  # some trays report no geometry: use where the click was
            return QRect(pos.x() - 8, pos.y() - 8, 16, 16)
        return rect

    def toggle_panel(self) -> None:
        self.panel().toggle_near(self._anchor())

    def show_panel(self) -> None:
        """A second launch asks for this; so does a click when the panel is closed."""
        self.panel().show_near(self._anchor())

    def _from_panel(self, name: str, *args: Any) -> None:
        if self._panel is not None:
            self._panel.hide()
        self.windows.open(name, *args)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_panel()
        elif reason == QSystemTrayIcon.ActivationReason.MiddleClick:
            self.windows.open("quick_log")

    # -- the menu ------------------------------------------------------------------------
    def rebuild_menu(self) -> None:
        """Rebuilt each time it opens, so Undo/Redo and Pause say what is true now."""
        menu = self.menu
        if self._panel is not None:
            self._panel.hide()  # one popup at a time
        menu.clear()
        menu.addAction(
            QCoreApplication.translate("Tray", "Quick &log…"),
            lambda: self.windows.open("quick_log"),
        )
        menu.addAction(
            QCoreApplication.translate("Tray", "&Before I start…"),
            lambda: self.windows.open("preflight"),
        )
        menu.addAction(
            QCoreApplication.translate("Tray", "&History"), lambda: self.windows.open("history")
        )
        menu.addAction(
            QCoreApplication.translate("Tray", "Le&dger…"), lambda: self.windows.open("ledger")
        )
        menu.addAction(
            QCoreApplication.translate("Tray", "&Settings…"), lambda: self.windows.open("settings")
        )
        menu.addAction(
            QCoreApplication.translate("Tray", "Backups and &export…"), self.open_data
        )
        menu.addAction(QCoreApplication.translate("Tray", "Show &panel"), self.show_panel)
        menu.addSeparator()
        # Always enabled: asking the ledger what is undoable would cost a query per
        # menu opening; an empty undo says so instead.
        menu.addAction(QCoreApplication.translate("Tray", "&Undo last log"), self.undo)
        menu.addAction(QCoreApplication.translate("Tray", "&Redo"), self.redo)
        pause = QAction(QCoreApplication.translate("Tray", "P&ause alerts"), menu)
        pause.setCheckable(True)
        pause.setChecked(self.alerts.paused())
        pause.toggled.connect(self.set_alerts_paused)
        menu.addAction(pause)
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("Tray", "Ab&out CreditFuel"),
            lambda: self.windows.open("about"),
        )
        menu.addAction(
            QCoreApplication.translate("Tray", "&Quit CreditFuel"), self.quit_requested.emit
        )

    def open_data(self) -> None:
        """Settings on its Data tab: back up, restore, export, import."""
        window = self.windows.open("settings")
        if window is not None and hasattr(window, "show_data"):
            window.show_data()

    def undo(self) -> None:
        """Undo the newest log, whichever face made it, and say which it was."""
        event = self.session.undo()
        if event is None:
            self.notify("CreditFuel", QCoreApplication.translate("Tray", "Nothing to undo."))
            return
        self.notify("CreditFuel", self._said("Undid: %1", event))

    def redo(self) -> None:
        event = self.session.redo()
        if event is None:
            self.notify("CreditFuel", QCoreApplication.translate("Tray", "Nothing to redo."))
            return
        self.notify("CreditFuel", self._said("Brought back: %1", event))

    def _said(self, template: str, event: Any) -> str:
        from desktopapp.services import log
        from desktopapp.ui.formatting import arg, event_summary

        # The two templates, listed for lupdate: "Undid: %1", "Brought back: %1".
        words = {
            "Undid: %1": QCoreApplication.translate("Tray", "Undid: %1"),
            "Brought back: %1": QCoreApplication.translate("Tray", "Brought back: %1"),
        }
        return arg(words[template], event_summary(event, log.meter_names(self.session.ledger)))

    def set_alerts_paused(self, paused: bool) -> None:
        self.alerts.set_paused(paused)
        if not paused and self.ticker.status is not None:
            self.alerts.on_status(self.ticker.status)

    def close(self) -> None:
        self.menu.removeEventFilter(self)
        self.menu.deleteLater()
        self.icon.hide()
        for window in list(self.windows.open_windows.values()):
            window.close()
        if self._panel is not None:
            self._panel.close()


def quit_app() -> None:
    app = QApplication.instance()
    if app is not None:
        app.quit()
