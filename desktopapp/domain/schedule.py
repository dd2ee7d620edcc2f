"""Reset rules: when a meter refills.

Conventions (also in the README):
- Instants are timezone-aware datetimes; results are in UTC unless said otherwise.
- A local reset time that does not exist (spring-forward gap) resolves forward by the
  gap: 02:30 on a night that jumps 02:00 -> 03:00 becomes 03:30. An ambiguous local time
  (fall-back) is its first occurrence. Both are what PEP 495 gives with ``fold=0``.
- Monthly anchor days 29-31 clamp to the month's last day; the anchor is remembered, so
  31 -> Feb 28 -> Mar 31 and never drifts.
- Every reset is computed from the rule's anchor and the instant asked about, never by
  adding to the previous reset, so sleep, clock jumps and zone changes cannot skew it.
- ``next_reset`` is the first reset strictly after the instant; ``last_reset`` the last
  one at or before it.

The rolling rule depends on when the user spends, so the ledger drives it; here it only
says how long a window lasts.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Daily:
    at: time
    tz: str
    family: Literal["daily"] = "daily"


@dataclass(frozen=True)
class Weekly:
    weekday: Weekday
    at: time
    tz: str
    family: Literal["weekly"] = "weekly"


@dataclass(frozen=True)
class Monthly:
    day: int  # 1..31, clamped per month
    at: time
    tz: str
    family: Literal["monthly"] = "monthly"


@dataclass(frozen=True)
class Every:
    """Every N hours of elapsed time from an anchor instant; zones and DST do not matter."""

    hours: float
    anchor: datetime
    family: Literal["every"] = "every"


@dataclass(frozen=True)
class Rolling:
    """A window of N hours opened by the first spend after the previous one closed."""

    hours: float
    family: Literal["rolling"] = "rolling"


@dataclass(frozen=True)
class Never:
    family: Literal["never"] = "never"


ResetRule = Daily | Weekly | Monthly | Every | Rolling | Never
CalendarRule = Daily | Weekly | Monthly


def local_instant(day: date, at: time, tz: str) -> datetime:
    """The UTC instant of a wall-clock time in a zone, gap forward, fold first."""
    return datetime.combine(day, at.replace(fold=0), tzinfo=ZoneInfo(tz)).astimezone(UTC)


def clamp_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _candidates(rule: CalendarRule, around: datetime) -> list[datetime]:
    """Resets of a calendar rule near an instant: enough to bracket it on both sides."""
    local_day = around.astimezone(ZoneInfo(rule.tz)).date()
    if isinstance(rule, Daily):
        days = [local_day + timedelta(days=d) for d in range(-2, 3)]
    elif isinstance(rule, Weekly):
        target = WEEKDAYS.index(rule.weekday)
        this_week = local_day + timedelta(days=target - local_day.weekday())
        days = [this_week + timedelta(weeks=w) for w in range(-2, 3)]
    else:
        days = []
        for delta in range(-2, 3):
            y, m = _add_months(local_day.year, local_day.month, delta)
            days.append(clamp_day(y, m, rule.day))
    return [local_instant(d, rule.at, rule.tz) for d in days]


def _utc(t: datetime) -> datetime:
    """UTC view of an aware instant.

    Arithmetic between two datetimes sharing one tzinfo (``ZoneInfo`` caches its
    instances) is wall-clock arithmetic in Python, so "24 h after 12:00" across a DST
    change would land an hour off; in UTC, wall time and elapsed time agree.
    """
    if t.tzinfo is None or t.utcoffset() is None:
        raise ValueError("naive datetime: the domain works in aware instants")
    return t.astimezone(UTC)


def next_reset(rule: ResetRule, after: datetime) -> datetime | None:
    """The first reset strictly after ``after`` (None for rules with no fixed resets)."""
    if isinstance(rule, Never | Rolling):
        return None
    after = _utc(after)
    if isinstance(rule, Every):
        anchor, step = _utc(rule.anchor), timedelta(hours=rule.hours)
        k = (after - anchor) // step + 1
        return anchor + k * step
    return min(c for c in _candidates(rule, after) if c > after)


def last_reset(rule: ResetRule, at_or_before: datetime) -> datetime | None:
    """The last reset at or before the instant (None for rules with no fixed resets)."""
    if isinstance(rule, Never | Rolling):
        return None
    at_or_before = _utc(at_or_before)
    if isinstance(rule, Every):
        anchor, step = _utc(rule.anchor), timedelta(hours=rule.hours)
        k = (at_or_before - anchor) // step
        return anchor + k * step
    return max(c for c in _candidates(rule, at_or_before) if c <= at_or_before)


def resets_between(rule: ResetRule, start: datetime, end: datetime) -> int:
    """How many resets fall in (start, end]."""
    count = 0
    t = next_reset(rule, start)
    while t is not None and t <= end:
        count += 1
        t = next_reset(rule, t)
    return count


def window_hours(rule: ResetRule) -> float | None:
    """Length of a rolling window, None for other rules."""
    return rule.hours if isinstance(rule, Rolling) else None


def rule_zone(rule: ResetRule) -> str:
    """The zone a rule's instants are shown in (UTC for elapsed-time rules)."""
    return rule.tz if isinstance(rule, Daily | Weekly | Monthly) else "UTC"
