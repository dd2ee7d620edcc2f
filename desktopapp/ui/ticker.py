"""The countdown's heartbeat, without polling.

One single-shot timer, armed for the next instant at which anything shown changes (the
next minute boundary of a countdown, a reset instant) and re-armed after every fire. Each
fire recomputes from the wall clock, never by subtracting elapsed time, so a late fire
or a clock change heals itself. Timers follow the monotonic clock; the wall clock can
jump (sleep, NTP, the user, a zone change), so each fire compares how far each moved and
announces a jump. Between fires the process sleeps: no per-second work.

At a reset the tray gets ``refilled`` once per refill instant, however many times the
status is recomputed around it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, QTimer, Signal

from desktopapp.domain import countdown
from desktopapp.domain.schedule import Daily, next_reset
from desktopapp.domain.status import MeterStatus, Status
from desktopapp.ui import quiet_gc
from desktopapp.ui.session import Session

SLACK_MS = 5  # fire just after the boundary, never just before it


class Ticker(QObject):
    updated = Signal(object)  # Status, after every recompute
    refilled = Signal(list)  # list[MeterStatus]: meters whose reset just happened
    clock_jumped = Signal()  # the wall clock moved differently from the monotonic one

    def __init__(
        self,
        session: Session,
        monotonic: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._monotonic = monotonic
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._precise = False
        self.status: Status | None = None
        self.target: datetime | None = None  # what the timer is armed for
        self._armed_at: tuple[datetime, float] | None = None
        self._notified: set[tuple[str, datetime]] = set()
        self._arm_on_recompute = True
        self.fires = 0
        session.changed.connect(self.recompute)
        session.caught_up.connect(self.recompute)

    # -- public --------------------------------------------------------------------------
    def start(self, arm: bool = True) -> Status:
        """The first status; with ``arm=False`` the timer waits for ``arm()`` (the app
        arms it right after the icon shows: nothing can change within that turn)."""
        self._arm_on_recompute = arm
        status = self.recompute()
        self._arm_on_recompute = True
        return status

    def arm(self) -> None:
        if self.status is not None:
            self._arm(self.session.now(), self.status)

    def stop(self) -> None:
        self._timer.stop()

    @property
    def interval_ms(self) -> int | None:
        """The armed wait (None when not armed): what tests and benchmarks look at."""
        return self._timer.interval() if self._timer.isActive() else None

    def recompute(self) -> Status:
        """Read the status as of the wall clock now, announce it and re-arm."""
        now = self.session.now()
        status = self.session.status()
        previous = self.status
        self.status = status
        if status.updating:
            pass  # the last known figures again: no refill can be told from them
        elif previous is not None and previous.meters:
            fresh = self._refills_between(previous.as_of, status)
            if fresh:
                self.refilled.emit(fresh)
        else:
            self._remember_refills(status)
        self.updated.emit(status)
        if self._arm_on_recompute:
            self._arm(now, status)
        return status

    # -- timer ---------------------------------------------------------------------------
    def _on_timeout(self) -> None:
        self.fires += 1
        quiet_gc.collect_due()  # awake anyway: the UI thread collects (see ui.quiet_gc)
        if self._armed_at is not None:
            wall_then, mono_then = self._armed_at
            if countdown.clock_jumped(wall_then, mono_then, self.session.now(), self._monotonic()):
                self.clock_jumped.emit()
        self.recompute()

    def check_clock(self) -> None:
        """Resume / time-change hooks call this: recompute whatever the timer thinks."""
        self.recompute()

    def _arm(self, now: datetime, status: Status) -> None:
        if not self._precise:
            # Precise: a coarse timer may fire up to 5 % early (3 s in a minute), which
            # would show the old minute and cost a second wake-up. Set here, not in
            # __init__: the Qt namespace's first use costs ~10 ms of start-up.
            from PySide6.QtCore import Qt

            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._precise = True
        target = next_change(now, status, self.session.user_zone())
        self.target = target
        self._armed_at = (now, self._monotonic())
        wait = countdown.ms_until(now, target) + SLACK_MS
        self._timer.start(max(0, min(wait, countdown.QTIMER_CAP_MS)))

    # -- refills -------------------------------------------------------------------------
    def _remember_refills(self, status: Status) -> None:
        for m in status.meters:
            if m.last_refill is not None:
                self._notified.add((m.meter_id, m.last_refill))

    def _refills_between(self, since: datetime, status: Status) -> list[MeterStatus]:
        """Meters whose last refill falls in (since, now] and was not announced yet.

        A clock set back and forward again crosses the same reset twice: the set of
        announced (meter, instant) pairs keeps it to one notification.
        """
        fresh = []
        for m in status.meters:
            key = (m.meter_id, m.last_refill)
            if m.last_refill is None or key in self._notified:
                continue
            if since < m.last_refill <= status.as_of:
                fresh.append(m)
            self._notified.add((m.meter_id, m.last_refill))
        if len(self._notified) > 1000:  # years of daily resets; keep memory flat
            self._notified = {(m.meter_id, m.last_refill) for m in status.meters if m.last_refill}
        return fresh


def next_change(now: datetime, status: Status, zone: str | None = None) -> datetime:
    """The soonest instant anything shown changes: a meter's countdown ticking down, a
    reset, a pack expiring (its credits leave the total then), or the user's midnight
    ("used today" starts again; with only monthly meters the ticks are hours apart).

    Pack expiries are not counted down (the panel shows their date), so they are only
    candidates themselves, not fed to ``next_display_change``: an expiry at hh:mm:41
    would otherwise add a wake-up at :41 of every minute.
    """
    change = countdown.next_display_change(now, [m.next_reset for m in status.meters])
    expiries = [p.expires_at for p in status.packs if not p.expired and p.expires_at]
    candidates = [change, *(e for e in expiries if e > now)]
    if zone:
        candidates.append(next_reset(Daily(at=time(0, 0), tz=zone), now) or change)
    return min(candidates)
