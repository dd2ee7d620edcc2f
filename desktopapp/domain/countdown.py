"""Countdown maths for the tray: when the shown text changes, how long to wait, what to show.

Pure: ``now`` comes from the caller. Every instant is compared in UTC, because Python
subtracts two datetimes that share one tzinfo by their wall clocks (an hour off across
a DST change) and ``ZoneInfo`` hands out one shared object per zone.

Display convention: the remaining time is rounded UP to the minute, so the tray never
says "0 min" while the credits have not come back yet; it changes from "1 min" straight
to the refilled balance at the reset instant.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
QTIMER_CAP_MS = 2_000_000_000  # QTimer intervals are signed 32-bit ms (~24.8 days); ~23 days
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Remaining:
    days: int
    hours: int
    minutes: int

    @property
    def total_minutes(self) -> int:
        return (self.days * 24 + self.hours) * 60 + self.minutes

    @property
    def due(self) -> bool:
        """The reset has happened (nothing left to count down)."""
        return self.total_minutes == 0


def _utc(t: datetime) -> datetime:
    if t.tzinfo is None or t.utcoffset() is None:
        raise ValueError("naive datetime: the countdown works in aware instants")
    return t.astimezone(UTC)


def shown(now: datetime, reset: datetime) -> Remaining:
    """The figure the countdown text shows: minutes while under a day, then whole days
    and hours ("2 d 5 h"), the hours floored from the rounded-up minutes."""
    return shown_for(_utc(reset) - _utc(now))


def shown_for(left: timedelta | float) -> Remaining:
    """``shown`` for a length of time (a timedelta or seconds): the one rounding every
    duration either face prints uses (the wizard, the tooltip, ``creditfuel status``)."""
    delta = left if isinstance(left, timedelta) else timedelta(seconds=left)
    if delta <= timedelta(0):
        return Remaining(0, 0, 0)
    total = -(-delta // MINUTE)  # ceiling: 30 s left shows as 1 min, never 0
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return Remaining(days, hours, 0) if days else Remaining(0, hours, minutes)


def _next_tick(now: datetime, reset: datetime) -> datetime:
    """The first instant after ``now`` at which ``shown(., reset)`` changes."""
    total = -(-(reset - now) // MINUTE)  # minutes left, rounded up as displayed
    unit = 60 if total >= 24 * 60 else 1  # from a day away the text shows hours only
    # The text changes when the rounded-up minutes drop into the next lower bucket.
    target = (total // unit) * unit - 1
    return reset if target <= 0 else reset - target * MINUTE


def next_display_change(
    now: datetime,
    resets: Sequence[datetime | None] | datetime | None,
) -> datetime:
    """The first instant strictly after ``now`` at which a shown countdown can change.

    Per reset: the reset itself, and the next instant its shown figure ticks down
    (``shown``): every minute within a day of it, every hour further out, each on the
    reset's own phase (a window closing at 15:03:27 ticks at :27). Nothing shown follows
    the wall clock's minutes, so an idle tray wakes only when a figure really changes;
    that is what keeps it at about one wake-up a minute at most. With no reset at all,
    the next whole hour (a cheap heartbeat for texts such as "used today"). In UTC.
    ``resets`` may be one instant or None (a meter with no countdown) as well as a list.
    """
    now = _utc(now)
    items: Sequence[datetime | None] = (
        [resets] if resets is None or isinstance(resets, datetime) else resets
    )
    future = [_utc(r) for r in items if r is not None and _utc(r) > now]
    candidates = [_next_tick(now, r) for r in future]
    if not candidates:
        return _EPOCH + ((now - _EPOCH) // HOUR + 1) * HOUR
    return min(candidates)


def ms_until(now: datetime, instant: datetime, cap_ms: int = QTIMER_CAP_MS) -> int:
    """Milliseconds from ``now`` to ``instant`` for a timer: rounded up (a timer that fires
    early would show the old text and re-arm for ~1 ms), never negative, at most
    ``cap_ms`` (a longer wait is re-armed when the capped one fires)."""
    delta = _utc(instant) - _utc(now)
    if delta <= timedelta(0):
        return 0
    ms = -(-delta // timedelta(milliseconds=1))  # ceiling division
    return min(ms, cap_ms)


def remaining(now: datetime, reset: datetime) -> Remaining:
    """Time left until ``reset``, rounded up to the minute; all zero once it is due."""
    delta = _utc(reset) - _utc(now)
    if delta <= timedelta(0):
        return Remaining(0, 0, 0)
    total = -(-delta // MINUTE)  # ceiling: 30 s left shows as 1 min, never 0
    days, rest = divmod(total, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return Remaining(days=days, hours=hours, minutes=minutes)


def clock_jumped(
    wall_before: datetime,
    mono_before: float,
    wall_now: datetime,
    mono_now: float,
    tolerance_s: float = 90,
) -> bool:
    """Did the wall clock move differently from the monotonic one (sleep/resume, the user
    or NTP setting the clock, a zone change of the machine)?

    ``mono_*`` are ``time.monotonic()`` readings in seconds: that clock does not count
    time asleep on Linux and never jumps, so a gap between the two elapsed times beyond
    ``tolerance_s`` means the countdown must be recomputed. A DST change is not a jump:
    the wall instants are compared in UTC.
    """
    wall_elapsed = (_utc(wall_now) - _utc(wall_before)).total_seconds()
    mono_elapsed = mono_now - mono_before
    return math.fabs(wall_elapsed - mono_elapsed) > tolerance_s
