"""Reads connected sources on their schedule, off the UI thread.

One single-shot timer, armed for the earliest ``services.readings.next_read_at`` of the
connected sources (hourly when there is no reason to read sooner): no polling, so an
idle tray wakes once an hour at most for readings. The network (or the command) runs on
a worker thread; the short write that follows runs here, on the ledger's thread.
"""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktopapp.domain.problems import InvalidInput
from desktopapp.services import readings, readings_tasks, sources
from desktopapp.services.changes import LEDGER, SETTINGS, Change
from desktopapp.services.readings import ReadReport
from desktopapp.ui.session import Session

MAX_WAIT_MS = 6 * 3600 * 1000  # re-check now and then (a clock change, a source added)


class Reader(QObject):
    """``reported(ReadReport)`` after every reading (offers, findings, failures)."""

    reported = Signal(object)
    _fetched = Signal(str, object, object)  # source name, answer, instant asked

    current: Reader | None = None  # the app's one reader (Settings and the panel use it)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.panel_open = False
        self._busy: set[str] = set()
        self._threads: list[threading.Thread] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self._due)
        self._fetched.connect(self._record, Qt.ConnectionType.QueuedConnection)
        session.changed.connect(self._on_change)

    # -- control -----------------------------------------------------------------------
    def start(self) -> None:
        Reader.current = self
        self.reschedule()

    def stop(self) -> None:
        self._timer.stop()
        if Reader.current is self:
            Reader.current = None

    def set_panel_open(self, shown: bool) -> None:
        if shown != self.panel_open:
            self.panel_open = shown
            self.reschedule()

    def read_now(self, name: str | None = None) -> bool:
        """"Read now": every source (or the one named), whatever the schedule says,
        except a Retry-After still running. False when no source is connected."""
        ledger = self.session.ledger
        chosen = [c for c in sources.configs(ledger) if name in (None, c.name)]
        for cfg in chosen:
            readings.acknowledge(ledger, cfg.name)
            self._launch(cfg)
        return bool(chosen)

    def busy(self) -> bool:
        return bool(self._busy)

    # -- schedule ----------------------------------------------------------------------
    def next_due(self, now: datetime) -> datetime | None:
        ledger = self.session.ledger
        times = []
        for cfg in sources.configs(ledger):
            if cfg.name in self._busy:
                continue
            when = readings.next_read_at(ledger, cfg.name, now, panel_open=self.panel_open)
            if when is not None:
                times.append(when)
        return min(times) if times else None

    def reschedule(self) -> None:
        try:
            due = self.next_due(self.session.now())
        except InvalidInput:
            due = None
        if due is None:
            self._timer.stop()
            return
        wait = (due - self.session.now()).total_seconds() * 1000
        self._timer.start(int(min(max(wait, 0), MAX_WAIT_MS)))

    def _on_change(self, what: Change) -> None:
        if what.touches("settings", "meters"):  # a source added or removed, a new key
            self.reschedule()

    def _due(self) -> None:
        now = self.session.now()
        ledger = self.session.ledger
        for cfg in sources.configs(ledger):
            when = readings.next_read_at(ledger, cfg.name, now, panel_open=self.panel_open)
            if when is not None and when <= now:
                self._launch(cfg)
        self.reschedule()

    # -- one reading -------------------------------------------------------------------
    def _launch(self, cfg: sources.SourceConfig) -> None:
        if cfg.name in self._busy:
            return
        at = self.session.now()
        waiting = readings.gate(self.session.ledger, cfg.name, at)
        if waiting is not None:  # Retry-After still running: Genspark is not asked
            report = ReadReport(cfg.name, None, failure=waiting, contacted=False)
            self.reported.emit(report)
            return
        self._busy.add(cfg.name)
        worker = threading.Thread(
            target=self._work, args=(cfg, at), name="creditfuel-reading", daemon=True
        )
        self._threads = [t for t in self._threads if t.is_alive()] + [worker]
        worker.start()

    def _work(self, cfg: sources.SourceConfig, at: datetime) -> None:
        try:
            answer: object = readings.fetch(cfg, at)
        except Exception as exc:  # a bug in a source must not take the tray down
            answer = exc
        self._fetched.emit(cfg.name, answer, at)

    def _record(self, name: str, answer: object, at: datetime) -> None:
        self._busy.discard(name)
        if isinstance(answer, Exception):
            raise answer  # the app's error hook logs it and says so once
        try:
            report = readings.record(self.session.ledger, name, answer, at)  # type: ignore[arg-type]
        except InvalidInput:  # the source was removed while it was being read
            report = None
        if report is not None:
            self.session.announce(LEDGER if report.recorded or report.offers else SETTINGS)
            self.reported.emit(report)
        self.reschedule()

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Tests and quitting: let running reads finish."""
        for thread in list(self._threads):
            thread.join(timeout)


def mark_started(session: Session, kind: str, size: float | None, project: str | None) -> None:
    """"Start" in the pre-task warning: a running task whose cost the readings will
    derive. Nothing to mark while no source reads the balance."""
    if not kind or not sources.configs(session.ledger):
        return
    try:
        session.mutate(lambda ledger, now: readings_tasks.start_task(
            ledger, kind, now=now, size=size, project=project or None), SETTINGS)
    except InvalidInput:
        return
    if Reader.current is not None:
        Reader.current.reschedule()  # a running task is a reason to read soon
