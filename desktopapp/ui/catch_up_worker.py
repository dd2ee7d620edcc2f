"""Runs ``services.catch_up.bring_up_to_date`` on a worker thread, one at a time.

The thread opens its own connection (SQLite connections never cross threads) and only
leaves checkpoints in the file; ``finished`` comes back on the UI thread (a queued
signal: this object lives there), carrying the request's tag and any exception, which
the UI thread re-raises so the app's error hook logs and shows it once.
"""

from __future__ import annotations

import contextlib
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktopapp.services import catch_up
from desktopapp.ui import quiet_gc


class CatchUpWorker(QObject):
    finished = Signal(int, object)  # (tag, exception or None), on the UI thread
    _done = Signal(int, object)  # emitted by the worker thread, queued to this one

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._done.connect(self._finish)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, path: Path, now: datetime, tag: int) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._work, args=(path, now, tag), name="creditfuel-catch-up", daemon=True
        )
        self._thread.start()

    def _work(self, path: Path, now: datetime, tag: int) -> None:
        failure: Exception | None = None
        try:
            with quiet_gc.paused():  # no collector pauses on the UI thread
                catch_up.bring_up_to_date(path, now)
        except Exception as exc:  # handed to the UI thread, never lost in this one
            failure = exc
        with contextlib.suppress(RuntimeError):  # the session was deleted meanwhile
            self._done.emit(tag, failure)

    def _finish(self, tag: int, failure: object) -> None:
        if self._thread is not None:
            self._thread.join()  # it has emitted: only its last instructions remain
        self._thread = None
        self.finished.emit(tag, failure)

    def wait(self, timeout: float | None = None) -> None:
        """Tests and quitting: let a running replay finish (it only writes a cache)."""
        if self._thread is not None:
            self._thread.join(timeout)
