"""What every window shares: the LedgerFile, the injected clock and one "changed" signal.

Windows never read the clock and never write the store directly: they go through the
session so every write announces itself once (Anki's "operations" idea) and every screen
decides for itself whether to redraw.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimeZone, Signal

from desktopapp.domain.events import Event, Spend
from desktopapp.domain.status import Status
from desktopapp.store.ledger_file import LedgerFile

T = TypeVar("T")


def system_zone() -> str:
    """The machine's IANA zone (Qt knows it on every platform); UTC when unknown."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return "UTC" if zone in ("", "localtime") else zone


def env_lang() -> str:
    """CREDITFUEL_LANG, then LC_ALL / LC_MESSAGES / LANG, as messages.current_lang does.

    Repeated here rather than imported: desktopapp.messages loads every area's message
    table, which the tray does not need to start.
    """
    for var in ("CREDITFUEL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "ja" if value.lower().startswith("ja") else "en"
    return "en"


class Session(QObject):
    """The one object windows receive. ``changed`` fires after every write."""

    changed = Signal()

    def __init__(
        self,
        tracker: LedgerFile,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self._now = now

    # -- time and preferences ----------------------------------------------------------
    def now(self) -> datetime:
        return self._now()

    def user_zone(self) -> str:
        zone = self.tracker.get_setting("tz")
        return str(zone) if zone else system_zone()

    def lang(self) -> str:
        chosen = self.tracker.get_setting("lang")
        if chosen in ("ja", "en"):
            return str(chosen)
        return env_lang()

    # -- reads -------------------------------------------------------------------------
    def status(self) -> Status:
        return self.tracker.status(self.now())

    # -- writes (each announces itself) ------------------------------------------------
    def log_spend(self, kind: str, **kwargs: Any) -> Spend:
        now = self.now()
        kwargs.setdefault("at", now)
        spend = self.tracker.log_spend(kind, now=now, **kwargs)
        self.changed.emit()
        return spend

    def undo(self) -> Event | None:
        event = self.tracker.undo_last(now=self.now())
        if event is not None:
            self.changed.emit()
        return event

    def redo(self) -> Event | None:
        event = self.tracker.redo_last(now=self.now())
        if event is not None:
            self.changed.emit()
        return event

    def mutate(self, fn: Callable[[LedgerFile, datetime], T]) -> T:
        result = fn(self.tracker, self.now())
        self.changed.emit()
        return result

    def reopen(self) -> None:
        """The data file was replaced (a restore): read it afresh, then tell the windows."""
        self.tracker.reopen()
        self.changed.emit()

    def notify_external_change(self) -> None:
        """Another process (the CLI) wrote the database: tell the windows."""
        self.changed.emit()
