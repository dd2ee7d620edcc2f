"""Settings > Data's long actions (back up, restore, export, import) off the UI thread.

On a big ledger each takes seconds to minutes; run on the UI thread it froze the tray.
One ``DataJobs`` per session (a child of it, found again by ``DataJobs.of``) runs one
action at a time on a worker thread with its own connection to the ledger file: SQLite
connections belong to the thread that opened them, and WAL lets the tray keep reading
while the worker writes. The result comes back to the UI thread through a queued signal,
where the action's follow-up runs (an import announces its change, a restore reopens the
tray's connection) before ``finished`` tells whichever Data tab is listening, so closing
Settings mid-way loses nothing: the tray still refreshes, and a tab opened later shows
the action still running.

Problems a user can act on (``InvalidInput``, an ``OSError``, a storage fault worded by
``services.health``) come back as ``JobDone.error`` for the tab to word; anything else is
a bug and reaches the app's error hook (``sys.excepthook``, ui/error_dialog.py) on the
UI thread instead of dying silently in the worker.

Quitting mid-way: ``stop`` (on ``aboutToQuit``) cancels the running action, interrupting
its SQLite statements, so an export removes its temporary file and an import rolls back;
the final file of an export only ever appears whole (temporary file, then rename).
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import health
from desktopapp.services.ledger import Identity, LedgerFile
from desktopapp.ui import quiet_gc
from desktopapp.ui.session import Session

__all__ = ["DataJobs", "JobContext", "JobDone"]

STOP_WAIT_S = 3.0  # quitting waits this long for a cancelled action to clean up
STOP_TURN_S = 0.05


@dataclass(frozen=True)
class JobDone:
    kind: str  # "backup", "restore", "export" or "import"
    result: Any = None
    error: BaseException | None = None  # worded by the tab (InvalidInput or OSError)
    unexpected: bool = False  # a bug: the error hook has it, the tab says nothing more
    subject: Any = None  # what it was about (the backup restored, the file written...)


class Cancelled(Exception):
    """The app is quitting: the action stops and cleans up; nobody is told."""


class JobContext:
    """What an action gets on the worker thread: its own ledger connection on demand."""

    def __init__(self, path: Path, identity: Identity) -> None:
        self.path = path
        self.identity = identity
        self.cancelled = threading.Event()
        self._ledger: LedgerFile | None = None
        self._lock = threading.Lock()

    def open(self) -> LedgerFile:
        """The ledger on this thread (the tray's identity: opening writes nothing)."""
        if self.cancelled.is_set():
            raise Cancelled
        ledger = LedgerFile.open(self.path, self.identity, create=False, make_folder=False)
        with self._lock:
            self._ledger = ledger
        return ledger

    def check(self) -> None:
        """Called between steps: stop here when the app is quitting."""
        if self.cancelled.is_set():
            raise Cancelled

    def interrupt(self) -> None:
        # sqlite3's interrupt() is the one call made for another thread: the running
        # statement fails with "interrupted" and its transaction rolls back.
        with self._lock:
            if self._ledger is not None:
                self._ledger.db.conn.interrupt()

    def close(self) -> None:
        with self._lock:
            ledger, self._ledger = self._ledger, None
        if ledger is not None:
            ledger.close()


Work = Callable[[JobContext], Any]
FollowUp = Callable[[JobDone], None]


# Actions that rewrite the ledger: the tray's own writes wait for them (Quick log says so).
REWRITES = ("import", "restore")


class DataJobs(QObject):
    """One data action at a time for a session; ``finished(JobDone)`` on the UI thread."""

    started = Signal(str)  # the action's kind
    finished = Signal(object)
    _landed = Signal(object, object)

    @classmethod
    def of(cls, session: Session) -> DataJobs:
        """The session's runner (made on first use): it outlives any Settings window."""
        found = session.findChild(DataJobs)
        return found if isinstance(found, DataJobs) else DataJobs(session)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self._thread: threading.Thread | None = None
        self._kind: str | None = None
        self._context: JobContext | None = None
        self._landed.connect(self._land, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def running(self) -> str | None:
        """The kind of the action under way (until its follow-up has run), else None."""
        return self._kind

    def start(
        self, kind: str, work: Work, after: FollowUp | None = None, subject: Any = None
    ) -> bool:
        """Run ``work`` on a worker thread, then ``after`` and ``finished`` on this one.
        False (and nothing done) while another action runs: a second click is a no-op."""
        if self._kind is not None:
            return False
        ledger = self.session.ledger
        context = JobContext(ledger.path, ledger.identity)
        self._kind, self._context = kind, context
        if kind in REWRITES:
            self.session.hold_writes()
        self._thread = threading.Thread(
            target=self._run, args=(kind, subject, work, context, after),
            name=f"creditfuel-{kind}", daemon=True,
        )
        self.started.emit(kind)
        self._thread.start()
        return True

    def _run(
        self, kind: str, subject: Any, work: Work, context: JobContext,
        after: FollowUp | None,
    ) -> None:
        done: JobDone
        try:
            with quiet_gc.paused():  # no collector pauses on the UI thread
                done = JobDone(kind, work(context), subject=subject)
        except Cancelled as exc:
            done = JobDone(kind, error=exc, subject=subject)
        except (InvalidInput, OSError) as exc:
            done = JobDone(kind, error=exc, subject=subject)
        except sqlite3.Error as exc:
            fault = health.storage_problem(exc, context.path)
            if fault is not None:
                done = JobDone(kind, error=InvalidInput(fault), subject=subject)
            else:
                done = JobDone(kind, error=exc, unexpected=True, subject=subject)
        except Exception as exc:  # a bug: told on the UI thread, never a dead thread
            done = JobDone(kind, error=exc, unexpected=True, subject=subject)
        finally:
            with contextlib.suppress(sqlite3.Error):  # a finished action's connection
                context.close()
        if context.cancelled.is_set():
            return  # quitting: the windows are going; nothing to announce
        with contextlib.suppress(RuntimeError):  # the session is gone (the app closed)
            self._landed.emit(done, after)

    def _land(self, done: JobDone, after: FollowUp | None) -> None:
        kind = self._kind
        self._thread, self._kind, self._context = None, None, None
        try:
            if after is not None:
                after(done)  # the tray's own refresh first, so the message is the last word
        finally:
            if kind in REWRITES:
                self.session.release_writes()  # writes that waited go now
            self.finished.emit(done)
            error = done.error
            if done.unexpected and error is not None:
                sys.excepthook(type(error), error, error.__traceback__)

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker thread ends (the follow-up still needs the event loop)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def stop(self, timeout: float = STOP_WAIT_S) -> None:
        """Quitting: cancel the action and give it a moment to clean up after itself.

        An export deletes its temporary file, an import rolls back (and drops its
        "Before an import" copy); a backup's or restore's copy is one step SQLite
        either finishes or undoes, and a killed backup's temporary file is swept later.
        """
        context, thread = self._context, self._thread
        if context is None or thread is None:
            return
        context.cancelled.set()
        turns = max(1, round(timeout / STOP_TURN_S))  # no clock read outside app.py
        for _ in range(turns):
            if not thread.is_alive():
                return
            context.interrupt()  # again each turn: it only stops a statement that runs
            thread.join(STOP_TURN_S)
