"""Spends grouped for the fuel history, and the periods reports are cut by.

Days, weeks and months are the user's LOCAL ones (an IANA zone passed in): a task at
23:30 in Tokyo belongs to that Tokyo day, not to the UTC day it falls in. Usage trackers
that group by UTC days are a known source of "my history is wrong" reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from desktopapp.domain.events import OUTCOMES, WASTE_OUTCOMES, Spend
from desktopapp.domain.kinds import normalize_kind
from desktopapp.domain.meter import Meter
from desktopapp.domain.schedule import (
    Monthly,
    Never,
    Rolling,
    clamp_day,
    last_reset,
    local_instant,
    next_reset,
)

By = Literal["kind", "project", "day", "week", "month", "outcome", "member"]
BY_CHOICES: tuple[By, ...] = ("kind", "project", "day", "week", "month", "outcome", "member")


@dataclass(frozen=True)
class Group:
    key: str | None  # kind code, project (None: no project), ISO day/week start, YYYY-MM
    tasks: int
    credits: int
    wasted: int  # credits in failed / retake / abandoned runs


@dataclass(frozen=True)
class Period:
    start: datetime  # inclusive
    end: datetime  # exclusive
    label: str  # YYYY-MM of the local day the period starts on


def local_day(at: datetime, tz: str) -> date:
    return at.astimezone(ZoneInfo(tz)).date()


def day_start(day: date, tz: str) -> datetime:
    """The UTC instant a local day begins (midnight, or the first instant after a gap)."""
    return local_instant(day, time(0, 0), tz)


def key_of(spend: Spend, by: By, tz: str) -> str | None:
    if by == "kind":
        return normalize_kind(spend.kind)
    if by == "project":
        return spend.project
    if by == "outcome":
        return spend.outcome
    if by == "member":  # who logged it (a team shares one ledger)
        return spend.origin.member
    day = local_day(spend.origin.at, tz)
    if by == "day":
        return day.isoformat()
    if by == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return f"{day.year:04d}-{day.month:02d}"


def group_spends(spends: Iterable[Spend], by: By, *, tz: str) -> tuple[Group, ...]:
    """Totals per key. Time keys come oldest first, outcomes in their fixed order, kinds
    and projects by credits spent (largest first, then by name)."""
    tasks: dict[str | None, int] = {}
    credits: dict[str | None, int] = {}
    wasted: dict[str | None, int] = {}
    for s in spends:
        k = key_of(s, by, tz)
        tasks[k] = tasks.get(k, 0) + 1
        credits[k] = credits.get(k, 0) + s.credits
        if s.outcome in WASTE_OUTCOMES:
            wasted[k] = wasted.get(k, 0) + s.credits
    groups = [Group(k, tasks[k], credits[k], wasted.get(k, 0)) for k in tasks]
    if by in ("day", "week", "month"):
        groups.sort(key=lambda g: g.key or "")
    elif by == "outcome":
        groups.sort(key=lambda g: OUTCOMES.index(g.key) if g.key in OUTCOMES else 99)
    else:
        groups.sort(key=lambda g: (-g.credits, g.key is None, g.key or ""))
    return tuple(groups)


def last_days(now: datetime, days: int, tz: str) -> tuple[datetime, datetime]:
    """(since, until) covering today and the ``days - 1`` local days before it."""
    today = local_day(now, tz)
    return day_start(today - timedelta(days=max(days, 1) - 1), tz), now


def fill_days(groups: Sequence[Group], first: date, last: date) -> tuple[Group, ...]:
    """Day groups with the empty days in between present as zeros (for a table/chart)."""
    have = {g.key: g for g in groups}
    out: list[Group] = []
    day = first
    while day <= last:
        key = day.isoformat()
        out.append(have.get(key, Group(key, 0, 0, 0)))
        day += timedelta(days=1)
    return tuple(out)


# -- billing periods ------------------------------------------------------------------


def billing_meter(meters: Sequence[Meter]) -> Meter | None:
    """The meter whose monthly reset defines the billing month (first monthly credit meter)."""
    for m in meters:
        if isinstance(m.rule, Monthly) and m.unit == "credits":
            return m
    return None


def billing_period(meters: Sequence[Meter], now: datetime, tz: str) -> Period:
    """The billing month containing ``now``: between two resets of the monthly meter, or
    the local calendar month when no meter resets monthly."""
    meter = billing_meter(meters)
    if meter is not None:
        start = last_reset(meter.rule, now)
        end = next_reset(meter.rule, now)
        if start is not None and end is not None:
            return Period(start, end, _label(start, _zone(meter, tz)))
    day = local_day(now, tz)
    return calendar_month(day.year, day.month, tz)


def month_period(meters: Sequence[Meter], year: int, month: int, tz: str) -> Period:
    """The billing period that starts in the given month (``report --month YYYY-MM``)."""
    meter = billing_meter(meters)
    if meter is not None and isinstance(meter.rule, Monthly):
        rule = meter.rule
        start = local_instant(clamp_day(year, month, rule.day), rule.at, rule.tz)
        end = next_reset(rule, start)
        if end is not None:
            return Period(start, end, f"{year:04d}-{month:02d}")
    return calendar_month(year, month, tz)


def calendar_month(year: int, month: int, tz: str) -> Period:
    start = day_start(date(year, month, 1), tz)
    ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
    end = day_start(date(ny, nm, 1), tz)
    return Period(start, end, f"{year:04d}-{month:02d}")


def _zone(meter: Meter, fallback: str) -> str:
    return meter.rule.tz if isinstance(meter.rule, Monthly) else fallback


def _label(start: datetime, tz: str) -> str:
    day = local_day(start, tz)
    return f"{day.year:04d}-{day.month:02d}"


def period_grant(meters: Sequence[Meter], period: Period) -> int:
    """Credits the plan grants over a period: each credit meter's grant times its resets
    in the period (at least once: a meter that never resets still granted its credits)."""
    total = 0
    for m in meters:
        if m.unit != "credits":
            continue
        if isinstance(m.rule, Never):
            count = 1
        elif isinstance(m.rule, Rolling):
            span_h = (period.end - period.start).total_seconds() / 3600
            count = max(1, int(span_h // m.rule.hours))
        else:
            count = 0
            t = next_reset(m.rule, period.start - timedelta(microseconds=1))
            while t is not None and t < period.end:
                count += 1
                t = next_reset(m.rule, t)
            count = max(1, count)
        total += m.grant * count
    return total


def in_period(spends: Iterable[Spend], start: datetime, end: datetime) -> list[Spend]:
    return [s for s in spends if start <= s.origin.at < end]

