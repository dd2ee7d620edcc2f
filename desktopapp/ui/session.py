"""What every window shares: the ledger file, the injected clock and one "changed" signal.

Windows never read the clock and never touch the store: they call services with the
session's ledger and ``now()``, and every write goes through here so it announces
itself once, saying what it changed (``services.changes.Change``); each screen redraws
only what it shows. Derived figures (forecasts, estimates) are cached on the ledger's
``revision()``, so a screen asked right after a write never gets a figure from before it.

A status that would replay a long history (after a meter edit over its whole life, an
import, a restore) is never computed here: the last known figures come back marked
``updating`` while a worker brings the file's checkpoints up to date, then
``caught_up`` fires and the real status, now a short replay, is read from the file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from desktopapp.domain.events import Event, Spend
from desktopapp.domain.problems import InvalidInput
from desktopapp.domain.status import Status
from desktopapp.services import balances, catch_up, health, log, preferences
from desktopapp.services.changes import EVERYTHING, LEDGER, Change
from desktopapp.services.ledger import LedgerFile
from desktopapp.services.preferences import env_lang
from desktopapp.ui import quiet_gc

__all__ = ["Change", "Session", "env_lang"]  # env_lang: app.py words start-up problems

T = TypeVar("T")


class Session(QObject):
    """The one object windows receive. ``changed(Change)`` fires after every write."""

    changed = Signal(object)
    caught_up = Signal()  # a long replay finished on its worker: ask for the status again
    team_sync_requested = Signal()  # Settings → Team asks the tray's TeamLink to sync
    team_synced = Signal(object, object)  # its answer: report dict | None, problem | None

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
        self._last: Status | None = None
        # Counts announcements: a replay started before a write is not the last word.
        self._generation = 0
        # The generation whose replay finished and still left the file behind (a
        # read-only file keeps no checkpoint): computed here then, never looped.
        self._settled = -1
        self._worker: Any = None
        self._waiting: list[Callable[[], object]] = []
        self._holds = 0  # imports and restores under way (hold_writes)
        self._background: Any = None

    # -- time and preferences ----------------------------------------------------------
    def now(self) -> datetime:
        return self._now()

    def user_zone(self) -> str:
        return preferences.user_zone(self.ledger)

    def lang(self) -> str:
        return preferences.language(self.ledger)

    # -- reads -------------------------------------------------------------------------
    def status(self) -> Status:
        """The figures now; the last known ones marked ``updating`` while they are a
        long replay away (a worker replays; ``caught_up`` says when to ask again) or
        while an import or a restore is rewriting the file (``hold_writes``)."""
        now = self.now()
        if self._holds:
            return self._last_known(now)
        if self._replaying() or (
            self._settled != self._generation and catch_up.is_behind(self.ledger, now)
        ):
            self._catch_up(now)
            return self._last_known(now)
        found = balances.status(self.ledger, now)
        self._last = found
        return found

    def _last_known(self, now: datetime) -> Status:
        if self._last is not None:
            return replace(self._last, updating=True)
        return Status(as_of=now, meters=(), packs=(), updating=True)

    @property
    def updating(self) -> bool:
        """The figures are being brought up to date: a write waits (``when_caught_up``)."""
        return self._holds > 0 or self._replaying()

    def _replaying(self) -> bool:
        return self._worker is not None and bool(self._worker.running)

    def _catch_up(self, now: datetime) -> None:
        if self._worker is None:
            from desktopapp.ui.catch_up_worker import CatchUpWorker

            self._worker = CatchUpWorker(self)
            self._worker.finished.connect(self._caught_up)
        self._worker.start(self.ledger.path, now, self._generation)

    def _caught_up(self, generation: int, failure: object) -> None:
        if generation == self._generation:
            self._settled = generation  # no write since: the next status is computed
        self.caught_up.emit()  # the tray asks again (and may start another replay)
        self._run_waiting()
        if isinstance(failure, Exception) and generation == self._generation:
            raise failure  # the app's error hook logs it and says so once

    def _run_waiting(self) -> None:
        if self.updating:
            return
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    def hold_writes(self) -> None:
        """An import or a restore is rewriting the file on a worker: the tray shows the
        last known figures and writes wait (a write now would wait for its lock)."""
        self._holds += 1

    def release_writes(self) -> None:
        self._holds = max(0, self._holds - 1)
        if not self._holds:
            self.caught_up.emit()
            self._run_waiting()

    def when_caught_up(self, then: Callable[[], object]) -> None:
        """Run ``then`` once the figures are up to date (now, when they are): a write
        waits for the replay its checks need instead of doing it on the UI thread."""
        if not self.updating:
            then()
            return
        self._waiting.append(then)

    def wait_caught_up(self, timeout: float | None = None) -> None:
        """Tests and benchmarks: block until a running replay has finished."""
        if self._worker is not None:
            self._worker.wait(timeout)

    def figures(self, slot: str, compute: Callable[[LedgerFile, datetime], T],
                done: Callable[[T], object], *, cache: Hashable = None) -> None:
        """``done(compute(ledger, now))``: right here when the look-back window is small,
        else on a worker thread (ui.background) with ``done`` called back here later.
        Per ``slot`` (what a screen shows) only the newest request's answer arrives.
        With ``cache``, an answer is kept for this ledger revision: a figure asked right
        after a write already counts it, whichever listener of ``changed`` runs first."""
        revision = self.ledger.revision()
        hit = self._cache.get((slot, cache)) if cache is not None else None
        if hit is not None and hit[0] == revision:
            if self._background is not None:
                self._background.forget(slot)  # an older worker answer must not follow
            done(hit[1])
            return

        def keep(value: T) -> None:
            if cache is not None:
                self._cache[(slot, cache)] = (revision, value)
            done(value)

        from desktopapp.services import estimates  # not before the icon: ~50 ms of rules

        now = self.now()
        if not estimates.lookback_is_large(self.ledger, now):
            if self._background is not None:
                self._background.forget(slot)
            keep(compute(self.ledger, now))
            return
        if self._background is None:
            from desktopapp.ui.background import Background

            self._background = Background(self.ledger.path, self)
        self._background.run(slot, compute, keep, now)

    @property
    def computing(self) -> bool:
        """Whether a worker's answer is still to come (tests and benchmarks wait)."""
        return self._background is not None and bool(self._background.busy)

    # -- writes (each announces itself) ------------------------------------------------
    def announce(self, what: Change) -> None:
        self._generation += 1
        self.changed.emit(what)
        quiet_gc.collect_due()  # the UI thread collects (see ui.quiet_gc)

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
        if self._background is not None:
            self._background.reopen()
        self.announce(EVERYTHING)

    def notify_external_change(self) -> None:
        """Another process (the CLI) wrote the database: tell the windows."""
        self.announce(EVERYTHING)
