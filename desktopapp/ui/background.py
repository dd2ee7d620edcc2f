"""Figures that grow with history, computed on one worker thread instead of the UI thread.

The panel's range line, the alerts' run-dry forecast, History's figures, the pre-task
check: each weighs every log of a 90-day window, which on a busy ledger is tens of
thousands of logs and most of a second. ``run`` hands such a computation to a worker
with its own connection (SQLite connections never cross threads) and calls ``done`` on
the UI thread with the answer. Per key only the newest request counts: an answer to an
older request (made before a newer write) is dropped, so it never overwrites a newer one.

The worker thread starts on the first request and ends after ``IDLE_SECONDS`` without
one, closing its connection: an idle tray holds no thread and wakes for nothing.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktopapp.services.ledger import LedgerFile, open_ledger
from desktopapp.ui import quiet_gc

IDLE_SECONDS = 30.0
Compute = Callable[[LedgerFile, datetime], Any]


class Background(QObject):
    _answered = Signal(int, object, object)  # (ticket, result, exception), queued here

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._jobs: queue.SimpleQueue[tuple[int, str, Compute, datetime] | None] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._ticket = 0
        self._newest: dict[str, int] = {}  # key -> the ticket whose answer counts
        self._waiting: dict[int, tuple[str, Callable[[Any], None]]] = {}
        self._answered.connect(self._deliver)

    def run(self, key: str, compute: Compute, done: Callable[[Any], None],
            now: datetime) -> None:
        """``compute(ledger, now)`` on the worker, then ``done(result)`` here, unless a
        newer request with the same ``key`` was made meanwhile."""
        self._ticket += 1
        ticket = self._ticket
        self._newest[key] = ticket
        self._waiting[ticket] = (key, done)
        with self._lock:
            self._jobs.put((ticket, key, compute, now))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="creditfuel-figures", daemon=True
                )
                self._thread.start()

    @property
    def busy(self) -> bool:
        """Whether an answer is still to come (tests and benchmarks wait on this)."""
        return bool(self._waiting)

    def pending(self, key: str) -> bool:
        return self._newest.get(key) in self._waiting

    def forget(self, key: str) -> None:
        """Drop the answer still to come for ``key`` (a newer one was had elsewhere)."""
        self._newest.pop(key, None)

    def reopen(self) -> None:
        """The file was replaced (a restore): the next job opens it afresh."""
        self._jobs.put(None)

    # -- the worker thread ---------------------------------------------------------------
    def _work(self) -> None:
        ledger: LedgerFile | None = None
        try:
            while True:
                try:
                    job = self._jobs.get(timeout=IDLE_SECONDS)
                except queue.Empty:
                    with self._lock:  # nothing queued since: end, or take the new job
                        if self._jobs.empty():
                            self._thread = None
                            return
                    continue
                if job is None:  # reopen
                    if ledger is not None:
                        ledger.close()
                        ledger = None
                    continue
                ticket, key, compute, now = job
                if self._newest.get(key) != ticket:  # superseded before it began
                    self._answer(ticket, None, None)
                    continue
                try:
                    if ledger is None:
                        ledger = open_ledger(self.path, create=False, make_folder=False)
                    with quiet_gc.paused():  # no collector pauses on the UI thread
                        result = compute(ledger, now)
                except Exception as exc:  # handed to the UI thread's error hook
                    self._answer(ticket, None, exc)
                else:
                    self._answer(ticket, result, None)
        finally:
            if ledger is not None:
                ledger.close()

    def _answer(self, ticket: int, result: object, failure: object) -> None:
        with contextlib.suppress(RuntimeError):  # the session was deleted meanwhile
            self._answered.emit(ticket, result, failure)

    # -- back on the UI thread -------------------------------------------------------------
    def _deliver(self, ticket: int, result: object, failure: object) -> None:
        quiet_gc.collect_due()  # what the worker left, collected here (see ui.quiet_gc)
        waiting = self._waiting.pop(ticket, None)
        if waiting is None or self._newest.get(waiting[0]) != ticket:
            return  # a newer request's answer is on its way
        if isinstance(failure, Exception):
            raise failure  # the app's error hook logs it and says so once
        waiting[1](result)
