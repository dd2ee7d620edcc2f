"""The team folder's reading and writing, on one worker thread instead of the UI thread.

A sync merges every line other PCs wrote since the last one (joining a team with a long
history: a hundred thousand events, seconds of work) and every share appends and fsyncs
to a file in a folder that may be a NAS or a cloud placeholder: neither may freeze the
tray. Requests run one at a time in the order asked, on the worker's own connection
(SQLite connections never cross threads), so two shares never write the same lines. A
request of a kind already waiting (not started) is absorbed by it: what it would do is
done by the one waiting, which reads the folder and the ledger when it starts.

The answer comes back to the UI thread by a queued signal (``finished(Outcome)``). The
thread starts with the first request and ends after ``IDLE_SECONDS`` without one; while
idle it blocks on its queue and wakes for nothing. ``stop()`` returns at once: requests
not started are dropped (the next start's sync shares those lines: every event with no
team stamp is shared), one running finishes on its own and its answer is dropped, and
the thread is a daemon, so a slow folder never keeps the app from quitting.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import health, team
from desktopapp.services.ledger import Identity, LedgerFile
from desktopapp.services.team_sync import SyncReport
from desktopapp.ui import quiet_gc

SYNC = "sync"  # share what is pending, then merge what the other PCs wrote
SHARE = "share"  # after a write here: append this PC's new lines to its own file
IDLE_SECONDS = 30.0


@dataclass(frozen=True)
class Outcome:
    job: str  # SYNC or SHARE
    report: SyncReport | None  # a sync that went through
    problem: InvalidInput | OSError | None  # the folder or the file said no: worded later
    failure: Exception | None  # a bug: re-raised on the UI thread for the error hook
    identity: Identity  # this PC's identity after the job (a copied PC takes a new id)
    asked: Identity  # ... and when it was asked


class TeamWorker(QObject):
    finished = Signal(object)  # Outcome, on the UI thread
    _answered = Signal(int, object)  # (epoch, Outcome), emitted on the worker thread

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._lock = threading.Lock()
        self._epoch = 0  # stop() moves it on: a thread of an older epoch ends, unheard
        self._jobs: queue.SimpleQueue[str | None] | None = None
        self._thread: threading.Thread | None = None
        self._waiting: dict[str, tuple[datetime, Identity]] = {}  # asked, not started
        self._pending = 0  # asked and not answered here yet (tests and quitting wait)
        self._answered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- the UI thread -------------------------------------------------------------------
    def request(self, job: str, now: datetime, identity: Identity) -> bool:
        """Queue ``job``; False when one of that kind was waiting and absorbed it."""
        with self._lock:
            absorbed = job in self._waiting
            self._waiting[job] = (now, identity)  # the newest instant and identity count
            if absorbed:
                return False
            if self._jobs is None or self._thread is None:
                self._jobs = queue.SimpleQueue()
                previous = self._thread
                self._thread = threading.Thread(
                    target=self._work, args=(self._jobs, self._epoch, previous),
                    name="creditfuel-team", daemon=True)
                self._thread.start()
            self._jobs.put(job)
            self._pending += 1
        return True

    @property
    def busy(self) -> bool:
        """Whether an answer is still to come."""
        return self._pending > 0

    def stop(self) -> None:
        """End the worker without waiting for it (see the module's words)."""
        with self._lock:
            self._epoch += 1
            if self._jobs is not None:
                self._jobs.put(None)
            self._jobs = None  # the next request starts a thread that waits for this one
            self._waiting.clear()
            self._pending = 0

    def join(self, timeout: float | None = None) -> bool:
        """Tests: wait for the thread (a stopped one included) to end; True when it has."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def _deliver(self, epoch: int, outcome: Outcome) -> None:
        if epoch != self._epoch:
            return  # asked before stop(): the app is quitting or left the team
        self._pending = max(0, self._pending - 1)
        self.finished.emit(outcome)

    # -- the worker thread ---------------------------------------------------------------
    def _work(self, jobs: queue.SimpleQueue[str | None], epoch: int,
              previous: threading.Thread | None) -> None:
        if previous is not None:
            previous.join()  # a stopped thread's last job first: never two writers at once
        ledger: LedgerFile | None = None
        try:
            while True:
                try:
                    job = jobs.get(timeout=IDLE_SECONDS)
                except queue.Empty:
                    with self._lock:  # nothing asked since: end, or take the new job
                        if jobs.empty():
                            if self._jobs is jobs:
                                self._jobs = None
                                self._thread = None
                            return
                    continue
                with self._lock:
                    if job is None or epoch != self._epoch:
                        return
                    now, identity = self._waiting.pop(job)
                # A merge holds every line it read (a team's history: millions of
                # objects); a full collection among them takes the GIL for half a
                # second at a time, and the UI thread with it. Its lists are freed by
                # reference counting when the job ends (ui.quiet_gc: counted with the
                # other workers, so none turns collection back on under another).
                with quiet_gc.paused():
                    ledger, outcome = self._run(ledger, job, now, identity)
                if ledger is not None and (jobs.empty() or outcome.problem or outcome.failure):
                    ledger.close()  # a restore may replace the file before the next job
                    ledger = None
                try:
                    self._answered.emit(epoch, outcome)
                except RuntimeError:  # the app is gone (quitting): nobody to tell
                    return
        finally:
            if ledger is not None:
                ledger.close()

    def _run(self, ledger: LedgerFile | None, job: str, now: datetime, identity: Identity
             ) -> tuple[LedgerFile | None, Outcome]:
        asked = identity
        report: SyncReport | None = None
        problem: InvalidInput | OSError | None = None
        failure: Exception | None = None
        try:
            if ledger is None:
                ledger = LedgerFile.open(self.path, identity, create=False, make_folder=False)
            ledger.identity = identity
            if job == SYNC:
                report = team.sync(ledger, now=now)
            else:
                team.after_write(ledger, now=now)
        except InvalidInput as exc:  # a StoreError opening the file included
            problem = exc
        except (sqlite3.Error, OSError) as exc:
            # Worded as Session.mutate words a storage fault (read-only, full, busy...);
            # any other OSError is the folder's (gone mid-read: a USB disk, a NAS).
            fault = health.storage_problem(exc, self.path)
            if fault is not None:
                problem = InvalidInput(fault)
            elif isinstance(exc, OSError):
                problem = exc
            else:
                failure = exc
        except Exception as exc:  # a bug must reach the error hook, not die here
            failure = exc
        if ledger is not None:
            identity = ledger.identity  # a copied PC took a new id before failing
        return ledger, Outcome(job, report, problem, failure, identity, asked)
