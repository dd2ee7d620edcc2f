"""What every window shares: the ledger file, the injected clock and one "changed" signal.

Windows never read the clock and never touch the store: they call services with the
session's ledger and ``now()``, and every write goes through here so it announces
itself once, saying what it changed (``services.changes.Change``); each screen redraws
only what it shows. Derived figures (forecasts, estimates) are cached on the ledger's
``revision()``, so a screen asked right after a write never gets a figure from before it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktopapp.domain.events import Event, Spend
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.status import Status
from desktopapp.services import balances, health, log, preferences
from desktopapp.services.changes import EVERYTHING, LEDGER, Change
from desktopapp.services.ledger import LedgerFile
from desktopapp.services.preferences import env_lang

__all__ = ["Change", "Session", "env_lang"]  # env_lang: app.py words start-up problems

T = TypeVar("T")


class Session(QObject):
    """The one object windows receive. ``changed(Change)`` fires after every write."""

    changed = Signal(object)

    def __init__(
        self,
        ledger: LedgerFile,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self._now = now
        self._cache: dict[Hashable, tuple[object, Any]] = {}

    # -- time and preferences ----------------------------------------------------------
    def now(self) -> datetime:
        return self._now()

    def user_zone(self) -> str:
        return preferences.user_zone(self.ledger)

    def lang(self) -> str:
        return preferences.language(self.ledger)

    # -- reads -------------------------------------------------------------------------
    def status(self) -> Status:
        return balances.status(self.ledger, self.now())

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per ledger revision: a forecast an alert reads right after a
        log already counts that log, whichever listener of ``changed`` runs first."""
        revision = self.ledger.revision()
        hit = self._cache.get(key)
        if hit is not None and hit[0] == revision:
            return hit[1]  # type: ignore[no-any-return]
        value = compute()
        self._cache[key] = (revision, value)
        return value

    # -- writes (each announces itself) ------------------------------------------------
    def announce(self, what: Change) -> None:
        self.changed.emit(what)

    def log_spend(self, kind: str, **fields: Any) -> Spend:
        spend = log.log_spend(self.ledger, self.now(), kind, **fields)
        self.announce(LEDGER)
        return spend

    def undo(self, event_id: str | None = None) -> Event | None:
        """Undo that log (by id), else the newest one; the event undone, or None."""
        if event_id is not None:
            event = log.undo_event(self.ledger, self.now(), event_id)
        else:
            event = log.undo_last(self.ledger, self.now())
        if event is not None:
            self.announce(LEDGER)
        return event

    def redo(self) -> Event | None:
        event = log.redo_last(self.ledger, self.now())
        if event is not None:
            self.announce(LEDGER)
        return event

    def mutate(self, fn: Callable[[LedgerFile, datetime], T], what: Change = EVERYTHING) -> T:
        """Run one service write with the ledger and ``now``, then announce ``what``.

        A storage fault (read-only, disk full, damaged, locked) comes back as the
        ``InvalidInput`` every window already shows as one plain message, naming its cause
        (a damaged file: restart, and the start-up check offers the newest backup)."""
        try:
            result = fn(self.ledger, self.now())
        except (sqlite3.Error, OSError) as exc:
            fault = health.storage_problem(exc, self.ledger.path)
            if fault is None:
                raise
            raise InvalidInput(fault) from exc
        self.announce(what)
        return result

    def reopen(self) -> None:
        """The data file was replaced (a restore): read it afresh, then tell the windows."""
        self.ledger.reopen()
        self.announce(EVERYTHING)

    def notify_external_change(self) -> None:
        """Another process (the CLI) wrote the database: tell the windows."""
        self.announce(EVERYTHING)
